package taizhang.responsibility;

/**
 * A unit's figures as of a day, over the issues it leads (the unit answers for those): how many it
 * leads and cooperates on, how many of those it leads are open (not done), overdue, and had a reported
 * completion rejected, and how many rejections that made in all.
 *
 * @param lead        issues it leads
 * @param cooperating issues it cooperates on
 * @param open        issues it leads that are not done
 * @param overdue     issues it leads that are overdue
 * @param rejected    issues it leads whose reported completion was rejected at least once
 * @param rejections  the rejections of the issues it leads, in all
 */
public record UnitCounts(int lead, int cooperating, int open, int overdue, int rejected, int rejections) {

	/** No issues at all. */
	public static final UnitCounts NONE = new UnitCounts(0, 0, 0, 0, 0, 0);
}
