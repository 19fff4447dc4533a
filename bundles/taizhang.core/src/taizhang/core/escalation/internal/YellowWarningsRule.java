package taizhang.core.escalation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import taizhang.core.escalation.EscalationContext;
import taizhang.core.escalation.EscalationRule;
import taizhang.core.escalation.Proposal;
import taizhang.model.Issue;
import taizhang.model.Organization;
import taizhang.model.WarningLevel;

/**
 * Two YELLOWs → a supervision notice and 1 point (DOMAIN.md): a lead unit with at least
 * {@code yellowCountForNotice} issues at YELLOW that no notice of this rule covers yet gets one notice
 * about them and one deduction of {@code yellowDeductionPoints}. Each lagging issue thus counts
 * towards one notice only; it counts again once that notice is dismissed.
 */
public final class YellowWarningsRule implements EscalationRule {

	public static final String ID = "taizhang.core.rules.yellowWarnings"; //$NON-NLS-1$

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label(Locale locale) {
		return Messages.format(locale, "yellowLabel"); //$NON-NLS-1$
	}

	@Override
	public List<Proposal> propose(EscalationContext context) {
		List<Proposal> proposals = new ArrayList<>();
		int threshold = context.settings().yellowCountForNotice();
		for (Map.Entry<Organization, List<Issue>> entry : context.issuesByLeadUnit(WarningLevel.YELLOW).entrySet()) {
			Organization unit = entry.getKey();
			List<Issue> fresh = context.uncovered(Proposal.Kind.SUPERVISION_NOTICE, ID, unit, entry.getValue());
			if (fresh.size() >= threshold) {
				Locale locale = context.locale();
				String reason = Messages.format(locale, "yellowReason", unit.getName(), fresh.size(), //$NON-NLS-1$
						context.asOf(), Rules.caseNumbers(fresh, locale));
				proposals.add(Proposal.notice(ID, unit, fresh, reason));
				proposals.add(Proposal.deduction(ID, unit, fresh, context.settings().yellowDeductionPoints(), reason));
			}
		}
		return proposals;
	}
}
