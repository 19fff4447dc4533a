package taizhang.core.stats;

import taizhang.model.WarningLevel;

/**
 * The counts for one group of issues (or for the whole ledger) on the day of the statistics.
 * <p>
 * Every issue stands in exactly one {@link taizhang.core.time.Schedule} ({@code doc/rules.md} §5), so
 * {@code onSchedule + lagging + overdue + doneOnTime() == total}. A long-term issue at STAGE_DONE
 * that missed a later stage goal counts as done and as lagging.
 *
 * @param total          number of issues
 * @param done           issues counted as done ({@link taizhang.core.issues.IssueFacts#isDone}):
 *                       reported done, under review, signed off or stage done
 * @param signedOff      issues at SIGNED_OFF (已销号)
 * @param rejectedIssues issues whose claimed completion was rejected at least once
 *                       ({@link taizhang.core.lifecycle.Lifecycle#rejections})
 * @param rejections     the number of rejections of all the issues together
 * @param onSchedule     open issues neither overdue nor lagging (按序时进度推进)
 * @param lagging        issues lagging (进度滞后), not overdue
 * @param overdue        issues past their deadline and not done (到期未完成)
 * @param blue           issues that deserve a BLUE warning (deadline near)
 * @param yellow         issues that deserve a YELLOW warning (lagging)
 * @param red            issues that deserve a RED warning (overdue)
 */
public record Figures(int total, int done, int signedOff, int rejectedIssues, int rejections, int onSchedule,
		int lagging, int overdue, int blue, int yellow, int red) {

	/** An empty group. */
	public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

	/** {@code done / total} between 0 and 1, or NaN for an empty group. */
	public double completionRate() {
		return total == 0 ? Double.NaN : (double) done / total;
	}

	/** {@code signedOff / total} between 0 and 1, or NaN for an empty group. */
	public double signOffRate() {
		return total == 0 ? Double.NaN : (double) signedOff / total;
	}

	/** Issues not yet done. */
	public int open() {
		return total - done;
	}

	/** Done issues that do not lag: the issues at {@link taizhang.core.time.Schedule#DONE}. */
	public int doneOnTime() {
		return total - onSchedule - lagging - overdue;
	}

	/** How many issues deserve a warning of {@code level}. */
	public int warnings(WarningLevel level) {
		return switch (level) {
			case BLUE -> blue;
			case YELLOW -> yellow;
			case RED -> red;
		};
	}

	/** How many issues deserve a warning of any level. */
	public int warnings() {
		return blue + yellow + red;
	}
}
