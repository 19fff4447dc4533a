package taizhang.core.periods;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import taizhang.core.issues.IssueFacts;
import taizhang.core.settings.Settings;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.Organization;
import taizhang.model.ProgressReport;
import taizhang.model.StatusChange;

/**
 * Which units reported on time, late or not at all for one month. A unit owes a report when it leads
 * an issue that was open that month: received by the cut-off day and not yet done when the month
 * began. Its report is the earliest {@link ProgressReport} it submitted for the month on any issue,
 * on time when submitted by the cut-off day.
 */
public final class Submissions {

	private final YearMonth month;
	private final LocalDate cutoff;
	private final List<Submission> submissions;

	private Submissions(YearMonth month, LocalDate cutoff, List<Submission> submissions) {
		this.month = month;
		this.cutoff = cutoff;
		this.submissions = Collections.unmodifiableList(submissions);
	}

	/** The submissions of {@code month} under the ledger's settings. */
	public static Submissions of(Ledger ledger, YearMonth month) {
		Settings settings = Settings.of(ledger);
		LocalDate cutoff = ReportingPeriods.cutoff(month, settings);
		ZoneId zone = settings.lifecyclePolicy().zone();
		LocalDate firstDay = month.atDay(1);
		String period = month.toString();

		// Units in the order they first lead an open issue, so output follows the ledger.
		Map<Organization, int[]> open = new LinkedHashMap<>();
		Map<Organization, LocalDate> earliest = new LinkedHashMap<>();
		for (Issue issue : ledger.getIssues()) {
			for (ProgressReport report : issue.getProgressReports()) {
				if (period.equals(report.getPeriod()) && report.getUnit() != null && report.getSubmittedOn() != null) {
					earliest.merge(report.getUnit(), report.getSubmittedOn(), (a, b) -> a.isBefore(b) ? a : b);
				}
			}
			Organization lead = IssueFacts.leadUnit(issue);
			if (lead != null && isOpen(issue, firstDay, cutoff, zone)) {
				open.computeIfAbsent(lead, unit -> new int[1])[0]++;
			}
		}
		List<Submission> result = new ArrayList<>(open.size());
		for (Map.Entry<Organization, int[]> entry : open.entrySet()) {
			LocalDate submitted = earliest.get(entry.getKey());
			SubmissionStatus status = submitted == null ? SubmissionStatus.MISSING
					: submitted.isAfter(cutoff) ? SubmissionStatus.LATE : SubmissionStatus.ON_TIME;
			result.add(new Submission(entry.getKey(), entry.getValue()[0], status, submitted));
		}
		return new Submissions(month, cutoff, result);
	}

	/**
	 * Received by the cut-off and not done before the month began. A done issue without a recorded
	 * change into its done status counts as done before: nothing says it was open.
	 */
	private static boolean isOpen(Issue issue, LocalDate firstDay, LocalDate cutoff, ZoneId zone) {
		if (issue.getReceivedDate() != null && issue.getReceivedDate().isAfter(cutoff)) {
			return false;
		}
		if (!IssueFacts.isDone(issue)) {
			return true;
		}
		List<StatusChange> changes = issue.getStatusChanges();
		for (int i = changes.size() - 1; i >= 0; i--) {
			StatusChange change = changes.get(i);
			if (change.getTo() == issue.getStatus() && change.getAt() != null) {
				return !change.getAt().atZone(zone).toLocalDate().isBefore(firstDay);
			}
		}
		return false;
	}

	public YearMonth month() {
		return month;
	}

	/** The cut-off day the reports were due by. */
	public LocalDate cutoff() {
		return cutoff;
	}

	/** One entry per unit that owed a report, in the order the units first lead an open issue. */
	public List<Submission> submissions() {
		return submissions;
	}

	/** How many units stand at each status (every status present, zero when none). */
	public Map<SubmissionStatus, Integer> counts() {
		Map<SubmissionStatus, Integer> counts = new EnumMap<>(SubmissionStatus.class);
		for (SubmissionStatus status : SubmissionStatus.values()) {
			counts.put(status, 0);
		}
		for (Submission submission : submissions) {
			counts.merge(submission.status(), 1, Integer::sum);
		}
		return counts;
	}
}
