package taizhang.ledger;

import java.time.LocalDate;

import org.eclipse.emf.common.util.Enumerator;

import taizhang.core.issues.IssueFacts;
import taizhang.core.time.TimeRules;
import taizhang.ledger.internal.Cells;
import taizhang.ledger.internal.Messages;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.Organization;

/**
 * What the grid can group its rows by. Keys are model objects or literals (an InspectionRound, an
 * Organization, an IssueStatus, a WarningLevel) or {@code null} for issues without one; they order
 * with {@link LedgerColumn#comparator()}'s rules (see {@code Order}).
 */
public enum Grouping {
	ROUND, COUNTY, LEAD_UNIT, STATUS, WARNING;

	/** The name of the grouping in the user's language. */
	public String label() {
		return switch (this) {
			case ROUND -> Messages.Grouping_round;
			case COUNTY -> Messages.Grouping_county;
			case LEAD_UNIT -> Messages.Grouping_leadUnit;
			case STATUS -> Messages.Grouping_status;
			case WARNING -> Messages.Grouping_warning;
		};
	}

	/** The group of {@code issue}; {@code null} for issues without one (no county, no warning …). */
	public Object key(Issue issue, LocalDate asOf, TimeRules rules) {
		return switch (this) {
			case ROUND -> issue.getRound();
			case COUNTY -> IssueFacts.county(issue);
			case LEAD_UNIT -> IssueFacts.leadUnit(issue);
			case STATUS -> issue.getStatus();
			case WARNING -> rules.warningLevel(issue, asOf);
		};
	}

	/** The title of a group; the group of a {@code null} key is called 无 / None. */
	public String keyLabel(Object key) {
		if (key == null) {
			return Messages.Grouping_none;
		}
		if (key instanceof Organization unit) {
			return this == COUNTY ? Cells.shortName(unit) : Cells.text(unit);
		}
		if (key instanceof InspectionRound || key instanceof Enumerator) {
			return Cells.text(key);
		}
		return String.valueOf(key);
	}
}
