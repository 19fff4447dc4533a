package taizhang.core.stats;

import java.time.LocalDate;
import java.util.Comparator;

import taizhang.core.time.Lag;
import taizhang.model.Issue;
import taizhang.model.WarningLevel;

/**
 * An issue that deserves a warning on the day of the statistics, and why.
 *
 * @param issue    the issue
 * @param level    RED (overdue), YELLOW (lagging) or BLUE (deadline near)
 * @param deadline the plan deadline; {@code null} only for a YELLOW issue without one
 * @param lag      why a YELLOW issue lags; {@link Lag#NONE} for RED and BLUE
 * @param days     RED: days past the deadline (≥ 1); BLUE: days left until the deadline (0 = due
 *                 today); YELLOW: 0
 */
public record WarnedIssue(Issue issue, WarningLevel level, LocalDate deadline, Lag lag, long days) {

	/**
	 * The order of a warning list: RED, then YELLOW, then BLUE; within a level the earliest deadline
	 * first (none last), then by sequence number.
	 */
	public static final Comparator<WarnedIssue> ORDER = Comparator
			.comparing((WarnedIssue w) -> w.level().getValue(), Comparator.reverseOrder())
			.thenComparing(WarnedIssue::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparingInt(w -> w.issue().getSequenceNumber());
}
