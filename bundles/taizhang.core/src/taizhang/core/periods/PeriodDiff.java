package taizhang.core.periods;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import taizhang.model.Issue;
import taizhang.model.Organization;
import taizhang.model.PeriodEntry;
import taizhang.model.ReportingPeriod;

/**
 * The changes between two closed periods' snapshots, by lead unit: issues newly done, newly overdue,
 * status moves and new rejections, and the list of issues that changed. An issue counts for its lead
 * unit in the later snapshot; one the earlier snapshot does not hold counts as moved from nothing.
 */
public final class PeriodDiff {

	private final ReportingPeriod from;
	private final ReportingPeriod to;
	private final List<IssueChange> changes;
	private final List<UnitChanges> units;
	private final UnitChanges total;

	private PeriodDiff(ReportingPeriod from, ReportingPeriod to, List<IssueChange> changes) {
		this.from = from;
		this.to = to;
		this.changes = Collections.unmodifiableList(changes);
		Map<Organization, List<IssueChange>> byUnit = new LinkedHashMap<>();
		for (IssueChange change : changes) {
			byUnit.computeIfAbsent(change.leadUnit(), unit -> new ArrayList<>()).add(change);
		}
		List<UnitChanges> perUnit = new ArrayList<>(byUnit.size());
		byUnit.forEach((unit, list) -> perUnit.add(summarize(unit, list)));
		this.units = Collections.unmodifiableList(perUnit);
		this.total = summarize(null, changes);
	}

	/** The changes from snapshot {@code a} to the later snapshot {@code b}. */
	public static PeriodDiff between(ReportingPeriod a, ReportingPeriod b) {
		Objects.requireNonNull(a, "a"); //$NON-NLS-1$
		Objects.requireNonNull(b, "b"); //$NON-NLS-1$
		Map<Issue, PeriodEntry> before = new HashMap<>();
		for (PeriodEntry entry : a.getEntries()) {
			if (entry.getIssue() != null) {
				before.put(entry.getIssue(), entry);
			}
		}
		List<IssueChange> changes = new ArrayList<>();
		for (PeriodEntry after : b.getEntries()) {
			if (after.getIssue() == null) {
				continue; // an issue deleted since: nothing to compare
			}
			PeriodEntry earlier = before.get(after.getIssue());
			if (earlier == null || differs(earlier, after)) {
				changes.add(new IssueChange(after.getIssue(), after.getLeadUnit(), earlier, after));
			}
		}
		return new PeriodDiff(a, b, changes);
	}

	private static boolean differs(PeriodEntry a, PeriodEntry b) {
		return a.getStatus() != b.getStatus() || a.isDone() != b.isDone() || a.isOverdue() != b.isOverdue()
				|| a.isLagging() != b.isLagging() || a.isSetWarning() != b.isSetWarning()
				|| a.isSetWarning() && a.getWarning() != b.getWarning() || a.getRejections() != b.getRejections()
				|| a.getLeadUnit() != b.getLeadUnit();
	}

	private static UnitChanges summarize(Organization unit, List<IssueChange> changes) {
		int done = 0;
		int overdue = 0;
		int rejections = 0;
		Map<StatusMove, Integer> moves = new LinkedHashMap<>();
		for (IssueChange change : changes) {
			done += change.newlyDone() ? 1 : 0;
			overdue += change.newlyOverdue() ? 1 : 0;
			rejections += change.newRejections();
			if (change.statusMoved()) {
				StatusMove move = new StatusMove(change.before() == null ? null : change.before().getStatus(),
						change.after().getStatus());
				moves.merge(move, 1, Integer::sum);
			}
		}
		return new UnitChanges(unit, done, overdue, moves, rejections);
	}

	/** The earlier period. */
	public ReportingPeriod from() {
		return from;
	}

	/** The later period. */
	public ReportingPeriod to() {
		return to;
	}

	/** Every issue that changed, in the later snapshot's order. */
	public List<IssueChange> changes() {
		return changes;
	}

	/**
	 * The changes of each lead unit with at least one changed issue, in order of its first changed
	 * issue; issues without a lead unit are under a {@code null} unit.
	 */
	public List<UnitChanges> units() {
		return units;
	}

	/** The changes of all issues together ({@code unit} null). */
	public UnitChanges total() {
		return total;
	}
}
