package taizhang.ledger;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import taizhang.core.issues.IssueFacts;
import taizhang.core.time.Schedule;
import taizhang.core.time.TimeEvaluation;
import taizhang.core.time.TimeRules;
import taizhang.ledger.internal.StandardColumns;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.WarningLevel;

/**
 * The summary bar: total, done, overdue, lagging, red, yellow, blue for some issues as of a day.
 * Done counts {@link IssueFacts#isDone}; overdue, lagging and the warnings are the time rules'.
 */
public record Summary(int total, int done, int overdue, int lagging, int red, int yellow, int blue) {

	public static Summary of(Collection<? extends Issue> issues, LocalDate asOf, TimeRules rules) {
		List<? extends Issue> list = issues instanceof List<? extends Issue> l ? l : List.copyOf(issues);
		TimeEvaluation evaluation = rules.evaluate(list, asOf);
		int done = 0;
		for (Issue issue : list) {
			if (IssueFacts.isDone(issue)) {
				done++;
			}
		}
		return new Summary(list.size(), done, evaluation.count(Schedule.OVERDUE), evaluation.count(Schedule.LAGGING),
				evaluation.count(WarningLevel.RED), evaluation.count(WarningLevel.YELLOW), evaluation.count(WarningLevel.BLUE));
	}

	/** The summary with the time rules of the ledger's own settings. */
	public static Summary of(Ledger ledger, Collection<? extends Issue> issues, LocalDate asOf) {
		return of(issues, asOf, StandardColumns.rules(ledger));
	}
}
