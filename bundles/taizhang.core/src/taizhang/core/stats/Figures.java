package taizhang.core.stats;

/**
 * The counts for one group of issues (or for the whole ledger).
 *
 * @param total   number of issues
 * @param done    issues counted as done ({@link taizhang.core.issues.IssueFacts#isDone})
 * @param overdue issues past their deadline and not done
 *                ({@link taizhang.core.issues.IssueFacts#isOverdue})
 */
public record Figures(int total, int done, int overdue) {

	/** An empty group. */
	public static final Figures NONE = new Figures(0, 0, 0);

	/** {@code done / total} between 0 and 1, or NaN for an empty group. */
	public double completionRate() {
		return total == 0 ? Double.NaN : (double) done / total;
	}

	/** Issues not yet done. */
	public int open() {
		return total - done;
	}
}
