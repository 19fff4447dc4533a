package taizhang.core.time;

/**
 * Where an issue stands against its dates on one day; every issue is in exactly one of these, taken
 * in this order of precedence: {@link #OVERDUE}, {@link #LAGGING}, {@link #DONE},
 * {@link #ON_SCHEDULE}.
 */
public enum Schedule {
	/** Deadline passed, not done (到期未完成). */
	OVERDUE,
	/**
	 * Not overdue, but lagging (进度滞后). Includes the long-term issues at STAGE_DONE that missed a
	 * later stage goal, which completion rates still count as done.
	 */
	LAGGING,
	/** Done (reported done, under review, signed off, stage done) and not lagging. */
	DONE,
	/** Neither done nor overdue nor lagging: proceeding on schedule (按序时进度推进). */
	ON_SCHEDULE
}
