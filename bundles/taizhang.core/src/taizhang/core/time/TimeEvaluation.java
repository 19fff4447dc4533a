package taizhang.core.time;

import java.time.LocalDate;
import java.util.List;

import taizhang.model.Issue;
import taizhang.model.WarningLevel;

/**
 * The {@link Schedule} and warning of every issue of a list on one day, as computed by
 * {@link TimeRules#evaluate(List, LocalDate)}; one byte per issue, in the list's order.
 */
public final class TimeEvaluation {

	private static final Schedule[] SCHEDULES = Schedule.values();
	/** Warning levels in the low two bits: 0 = none, 1 + level value otherwise. */
	private static final int WARNING_BITS = 2;
	private static final int WARNING_MASK = (1 << WARNING_BITS) - 1;

	private final List<Issue> issues;
	private final LocalDate asOf;
	private final byte[] codes;
	private final int[] scheduleCounts = new int[SCHEDULES.length];
	private final int[] warningCounts = new int[WarningLevel.VALUES.size()];

	TimeEvaluation(List<Issue> issues, LocalDate asOf, byte[] codes) {
		this.issues = issues;
		this.asOf = asOf;
		this.codes = codes;
		for (byte code : codes) {
			scheduleCounts[code >> WARNING_BITS]++;
			int warning = code & WARNING_MASK;
			if (warning != 0) {
				warningCounts[warning - 1]++;
			}
		}
	}

	static byte code(Schedule schedule, WarningLevel warning) {
		return (byte) (schedule.ordinal() << WARNING_BITS | (warning == null ? 0 : warning.getValue() + 1));
	}

	/** The day of the evaluation. */
	public LocalDate asOf() {
		return asOf;
	}

	/** How many issues were evaluated. */
	public int size() {
		return codes.length;
	}

	/** The issue at {@code index} of the evaluated list. */
	public Issue issue(int index) {
		return issues.get(index);
	}

	public Schedule schedule(int index) {
		return SCHEDULES[codes[index] >> WARNING_BITS];
	}

	/** The warning of the issue at {@code index}, or {@code null} for none. */
	public WarningLevel warningLevel(int index) {
		int warning = codes[index] & WARNING_MASK;
		return warning == 0 ? null : WarningLevel.get(warning - 1);
	}

	/** How many issues stand at {@code schedule}. */
	public int count(Schedule schedule) {
		return scheduleCounts[schedule.ordinal()];
	}

	/** How many issues deserve a warning of {@code level}. */
	public int count(WarningLevel level) {
		return warningCounts[level.getValue()];
	}
}
