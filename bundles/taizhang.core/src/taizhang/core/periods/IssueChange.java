package taizhang.core.periods;

import taizhang.model.Issue;
import taizhang.model.Organization;
import taizhang.model.PeriodEntry;

/**
 * How one issue changed between two snapshots.
 *
 * @param before its entry in the earlier snapshot; {@code null} when it was not yet received
 * @param after  its entry in the later snapshot
 */
public record IssueChange(Issue issue, Organization leadUnit, PeriodEntry before, PeriodEntry after) {

	public boolean newlyDone() {
		return after.isDone() && (before == null || !before.isDone());
	}

	public boolean newlyOverdue() {
		return after.isOverdue() && (before == null || !before.isOverdue());
	}

	/** Whether the status differs (an issue new in the later snapshot has moved from nothing). */
	public boolean statusMoved() {
		return before == null || before.getStatus() != after.getStatus();
	}

	/** Rejections recorded between the two snapshots. */
	public int newRejections() {
		return Math.max(0, after.getRejections() - (before == null ? 0 : before.getRejections()));
	}
}
