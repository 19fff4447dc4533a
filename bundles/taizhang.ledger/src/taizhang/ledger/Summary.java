package taizhang.ledger;

import java.time.LocalDate;
import java.util.Collection;

import taizhang.core.time.TimeRules;
import taizhang.model.Issue;

/** The summary bar: total, done, overdue, lagging, red, yellow, blue for some issues as of a day. */
public record Summary(int total, int done, int overdue, int lagging, int red, int yellow, int blue) {

	public static Summary of(Collection<? extends Issue> issues, LocalDate asOf, TimeRules rules) {
		throw new UnsupportedOperationException();
	}
}
