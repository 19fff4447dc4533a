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
 * A RED → 2 points and an interview (DOMAIN.md): for each lead unit with issues at RED that no
 * interview of this rule covers yet, one interview about them and, for each of them, a deduction of
 * {@code redDeductionPoints}. The person to talk to is left for the office to name.
 */
public final class RedWarningRule implements EscalationRule {

	public static final String ID = "taizhang.core.rules.redWarning"; //$NON-NLS-1$

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label(Locale locale) {
		return Messages.format(locale, "redLabel"); //$NON-NLS-1$
	}

	@Override
	public List<Proposal> propose(EscalationContext context) {
		List<Proposal> proposals = new ArrayList<>();
		Locale locale = context.locale();
		for (Map.Entry<Organization, List<Issue>> entry : context.issuesByLeadUnit(WarningLevel.RED).entrySet()) {
			Organization unit = entry.getKey();
			List<Issue> fresh = context.uncovered(Proposal.Kind.INTERVIEW, ID, unit, entry.getValue());
			if (fresh.isEmpty()) {
				continue;
			}
			proposals.add(Proposal.interview(ID, unit, null, fresh, Messages.format(locale, "interviewReason", //$NON-NLS-1$
					unit.getName(), fresh.size(), context.asOf(), Rules.caseNumbers(fresh, locale))));
			for (Issue issue : fresh) {
				proposals.add(Proposal.deduction(ID, unit, List.of(issue), context.settings().redDeductionPoints(),
						Messages.format(locale, "redReason", unit.getName(), Rules.caseNumber(issue), //$NON-NLS-1$
								context.asOf())));
			}
		}
		return proposals;
	}
}
