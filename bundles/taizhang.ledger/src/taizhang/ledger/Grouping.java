package taizhang.ledger;

import java.time.LocalDate;

import taizhang.core.time.TimeRules;
import taizhang.model.Issue;

/** What the grid can group its rows by. */
public enum Grouping {
	ROUND, COUNTY, LEAD_UNIT, STATUS, WARNING;

	/** The name of the grouping in the user's language. */
	public String label() {
		throw new UnsupportedOperationException();
	}

	/** The group of {@code issue}; {@code null} for the issues that have none (no county, no warning …). */
	public Object key(Issue issue, LocalDate asOf, TimeRules rules) {
		throw new UnsupportedOperationException();
	}

	/** The text of a group's header; a {@code null} key has one too (无 / none). */
	public String keyLabel(Object key) {
		throw new UnsupportedOperationException();
	}
}
