package taizhang.core.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.EList;

import taizhang.core.issues.IssueFacts;
import taizhang.model.Issue;
import taizhang.model.IssueStatus;
import taizhang.model.Ledger;
import taizhang.model.Measure;
import taizhang.model.ProgressReport;
import taizhang.model.RectificationPlan;
import taizhang.model.StageGoal;
import taizhang.model.WarningLevel;

/**
 * Overdue, lagging and the BLUE / YELLOW / RED warnings of an issue on a given day ("as of"), with the
 * thresholds of a {@link WarningPolicy}. The definitions are in {@code doc/rules.md}; in short:
 * <ul>
 * <li><b>overdue</b>: {@link IssueFacts#isOverdue(Issue, LocalDate)}, the deadline is before the day
 * and the issue is not done;</li>
 * <li><b>lagging</b>: not done and not overdue, and a measure or stage goal due before the day was not
 * met by the day, or the latest progress report lags the elapsed plan period by more than
 * {@link WarningPolicy#progressGap()} points; a long-term issue at STAGE_DONE lags when it missed a
 * later stage goal;</li>
 * <li><b>warning</b>: RED when overdue, else YELLOW when lagging, else BLUE when not done and the
 * deadline is at most {@link WarningPolicy#blueDays()} days ahead.</li>
 * </ul>
 * The rules read the ledger's current state; the day decides which dates have passed and which done
 * dates, achieved dates and reports count (those after the day do not). They allocate nothing per
 * issue, so a whole ledger evaluates in a few milliseconds.
 */
public final class TimeRules {

	/** The rules with DOMAIN.md's thresholds. */
	public static final TimeRules DEFAULT = new TimeRules(WarningPolicy.DEFAULTS);

	private final WarningPolicy policy;

	public TimeRules(WarningPolicy policy) {
		this.policy = Objects.requireNonNull(policy, "policy"); //$NON-NLS-1$
	}

	public WarningPolicy policy() {
		return policy;
	}

	/** Overdue (到期未完成): the plan deadline is before {@code asOf} and the issue is not done. */
	public boolean isOverdue(Issue issue, LocalDate asOf) {
		return IssueFacts.isOverdue(issue, asOf);
	}

	/** Whether the issue lags (进度滞后) on {@code asOf}. */
	public boolean isLagging(Issue issue, LocalDate asOf) {
		return lag(issue, asOf) != Lag.NONE;
	}

	/** Why the issue lags on {@code asOf}: the first rule that applies, or {@link Lag#NONE}. */
	public Lag lag(Issue issue, LocalDate asOf) {
		RectificationPlan plan = issue.getPlan();
		if (plan == null) {
			return Lag.NONE;
		}
		long day = asOf.toEpochDay();
		if (issue.getStatus() == IssueStatus.STAGE_DONE) {
			// a long-term issue stays under periodic checks: each later stage goal must still be met
			return goalMissed(plan.getStageGoals(), day) ? Lag.STAGE_GOAL_DUE : Lag.NONE;
		}
		if (IssueFacts.isDone(issue) || IssueFacts.isOverdue(issue, asOf)) {
			return Lag.NONE;
		}
		if (measureMissed(plan.getMeasures(), day)) {
			return Lag.MEASURE_DUE;
		}
		if (goalMissed(plan.getStageGoals(), day)) {
			return Lag.STAGE_GOAL_DUE;
		}
		return progressBehind(issue, plan, day) ? Lag.PROGRESS_BEHIND : Lag.NONE;
	}

	/**
	 * Whether the deadline is near: the issue is not done and its deadline lies between {@code asOf}
	 * and {@code asOf} + {@link WarningPolicy#blueDays()} days, both included.
	 */
	public boolean isDueSoon(Issue issue, LocalDate asOf) {
		LocalDate deadline = IssueFacts.deadline(issue);
		if (deadline == null || IssueFacts.isDone(issue)) {
			return false;
		}
		long daysLeft = deadline.toEpochDay() - asOf.toEpochDay();
		return daysLeft >= 0 && daysLeft <= policy.blueDays();
	}

	/** Where the issue stands on {@code asOf}. */
	public Schedule schedule(Issue issue, LocalDate asOf) {
		if (IssueFacts.isOverdue(issue, asOf)) {
			return Schedule.OVERDUE;
		}
		if (lag(issue, asOf) != Lag.NONE) {
			return Schedule.LAGGING;
		}
		return IssueFacts.isDone(issue) ? Schedule.DONE : Schedule.ON_SCHEDULE;
	}

	/** The warning the issue deserves on {@code asOf}: RED, YELLOW, BLUE, or {@code null} for none. */
	public WarningLevel warningLevel(Issue issue, LocalDate asOf) {
		return warningLevel(issue, schedule(issue, asOf), asOf);
	}

	private WarningLevel warningLevel(Issue issue, Schedule schedule, LocalDate asOf) {
		return switch (schedule) {
			case OVERDUE -> WarningLevel.RED;
			case LAGGING -> WarningLevel.YELLOW;
			case ON_SCHEDULE -> isDueSoon(issue, asOf) ? WarningLevel.BLUE : null;
			case DONE -> null;
		};
	}

	/** Evaluates every issue of the ledger on {@code asOf}. */
	public TimeEvaluation evaluate(Ledger ledger, LocalDate asOf) {
		return evaluate(ledger.getIssues(), asOf);
	}

	/** Evaluates {@code issues} on {@code asOf}, in one pass. */
	public TimeEvaluation evaluate(List<? extends Issue> issues, LocalDate asOf) {
		Objects.requireNonNull(asOf, "asOf"); //$NON-NLS-1$
		int size = issues.size();
		byte[] codes = new byte[size];
		for (int i = 0; i < size; i++) {
			Issue issue = issues.get(i);
			Schedule schedule = schedule(issue, asOf);
			codes[i] = TimeEvaluation.code(schedule, warningLevel(issue, schedule, asOf));
		}
		return new TimeEvaluation(List.copyOf(issues), asOf, codes);
	}

	/** Whether a measure due before {@code day} was not done by {@code day}. */
	private static boolean measureMissed(EList<Measure> measures, long day) {
		for (int i = 0, n = measures.size(); i < n; i++) {
			Measure measure = measures.get(i);
			if (missed(measure.getDueDate(), measure.isDone(), measure.getDoneDate(), day)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a stage goal due before {@code day} was not achieved by {@code day}. */
	private static boolean goalMissed(EList<StageGoal> goals, long day) {
		for (int i = 0, n = goals.size(); i < n; i++) {
			StageGoal goal = goals.get(i);
			if (missed(goal.getDueDate(), goal.isAchieved(), goal.getAchievedDate(), day)) {
				return true;
			}
		}
		return false;
	}

	/** Due before {@code day} and not met on {@code day}: not flagged, or flagged with a later date. */
	private static boolean missed(LocalDate due, boolean met, LocalDate metOn, long day) {
		if (due == null || due.toEpochDay() >= day) {
			return false;
		}
		return !met || metOn != null && metOn.toEpochDay() > day;
	}

	/**
	 * Whether elapsed% − reported% exceeds the gap, where elapsed% is the share of the plan period
	 * (received date to deadline) passed on {@code day} and reported% the percent complete of the
	 * latest report submitted on or before {@code day}. Compared in whole days, without rounding.
	 */
	private boolean progressBehind(Issue issue, RectificationPlan plan, long day) {
		LocalDate received = issue.getReceivedDate();
		LocalDate deadline = plan.getDeadline();
		if (received == null || deadline == null) {
			return false;
		}
		long start = received.toEpochDay();
		long period = deadline.toEpochDay() - start;
		if (period <= 0 || day <= start) {
			return false;
		}
		ProgressReport latest = latestReport(issue.getProgressReports(), day);
		if (latest == null) {
			return false;
		}
		long elapsed = Math.min(day - start, period);
		// 100·elapsed/period − percent > gap, multiplied out by period
		return 100 * elapsed - (long) latest.getPercentComplete() * period > (long) policy.progressGap() * period;
	}

	/** The report with the latest submission day on or before {@code day}; the later one on a tie. */
	private static ProgressReport latestReport(EList<ProgressReport> reports, long day) {
		ProgressReport latest = null;
		long latestDay = Long.MIN_VALUE;
		for (int i = 0, n = reports.size(); i < n; i++) {
			ProgressReport report = reports.get(i);
			LocalDate submitted = report.getSubmittedOn();
			if (submitted != null) {
				long submittedDay = submitted.toEpochDay();
				if (submittedDay <= day && submittedDay >= latestDay) {
					latest = report;
					latestDay = submittedDay;
				}
			}
		}
		return latest;
	}
}
