package taizhang.core.escalation;

import java.util.List;
import java.util.Locale;

/**
 * A rule that turns the warnings of a ledger into proposed supervision notices, deductions and
 * interviews, which the office then confirms or dismisses. Rules are contributed through the
 * extension point {@code taizhang.core.rules} (see {@code schema/rules.exsd}); the built-in ones
 * use it too. An implementation needs a public no-argument constructor and must not change the
 * ledger: it only reads the context and returns proposals.
 */
public interface EscalationRule {

	/**
	 * A stable id, unique among all rules (prefix it with the contributing bundle's name). It is
	 * recorded in every record the rule proposes ({@code Escalation.proposedBy}), so changing it makes
	 * earlier proposals unknown to the rule.
	 */
	String id();

	/** The rule's name for people: Chinese for a {@code zh} locale, English otherwise. */
	String label(Locale locale);

	/**
	 * What the rule proposes for the ledger of {@code context} as of its day. The service drops
	 * proposals that an equivalent PROPOSED or CONFIRMED record already covers, so a rule may propose
	 * the same thing on every run; a rule that counts warnings should count only those not yet
	 * covered ({@link EscalationContext#isCovered}).
	 */
	List<Proposal> propose(EscalationContext context);
}
