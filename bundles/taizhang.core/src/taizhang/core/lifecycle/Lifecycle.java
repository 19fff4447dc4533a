package taizhang.core.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.core.lifecycle.Missing.Item;
import taizhang.core.lifecycle.Missing.Kind;
import taizhang.model.Evidence;
import taizhang.model.Issue;
import taizhang.model.IssueStatus;
import taizhang.model.Ledger;
import taizhang.model.Measure;
import taizhang.model.RectificationPlan;
import taizhang.model.RectificationType;
import taizhang.model.ReviewCheckItem;
import taizhang.model.ReviewDecision;
import taizhang.model.ReviewLevel;
import taizhang.model.SignOffReview;
import taizhang.model.StageGoal;
import taizhang.model.StatusChange;
import taizhang.model.validation.AssignmentCheck;

/**
 * The one state machine of an issue's status, its preconditions, and the commands that move an issue
 * along it. The transitions:
 * <ul>
 * <li>RECEIVED → PLANNED → RECTIFYING → REPORTED_DONE → UNDER_REVIEW → SIGNED_OFF, the main line;</li>
 * <li>RECEIVED → RECTIFYING for a 立行立改 (IMMEDIATE) plan, which skips the planning stage;</li>
 * <li>UNDER_REVIEW → RECTIFYING, the rejection of a reported completion;</li>
 * <li>RECTIFYING → STAGE_DONE for LONG_TERM plans (instead of REPORTED_DONE), and STAGE_DONE →
 * RECTIFYING when the next stage is taken up again;</li>
 * <li>SIGNED_OFF or STAGE_DONE → REBOUND, and REBOUND → RECTIFYING when the old issue itself is
 * reopened.</li>
 * </ul>
 * Each transition's preconditions are listed in {@code doc/rules.md}; {@link #check} returns what is
 * missing, {@link #transition} makes the undoable command that changes the status and records a
 * {@link StatusChange}. A rebound is recorded on the old issue (SIGNED_OFF or STAGE_DONE → REBOUND)
 * and linked from the issue that revealed it, through that issue's {@link Issue#getReboundOf()}.
 */
public final class Lifecycle {

	/** The lifecycle with the default policy (county then city review, seven days of notice). */
	public static final Lifecycle DEFAULT = new Lifecycle(LifecyclePolicy.DEFAULTS);

	private static final Map<IssueStatus, List<IssueStatus>> TARGETS = new EnumMap<>(IssueStatus.class);
	static {
		TARGETS.put(IssueStatus.RECEIVED, List.of(IssueStatus.PLANNED, IssueStatus.RECTIFYING));
		TARGETS.put(IssueStatus.PLANNED, List.of(IssueStatus.RECTIFYING));
		TARGETS.put(IssueStatus.RECTIFYING, List.of(IssueStatus.REPORTED_DONE, IssueStatus.STAGE_DONE));
		TARGETS.put(IssueStatus.REPORTED_DONE, List.of(IssueStatus.UNDER_REVIEW));
		TARGETS.put(IssueStatus.UNDER_REVIEW, List.of(IssueStatus.SIGNED_OFF, IssueStatus.RECTIFYING));
		TARGETS.put(IssueStatus.SIGNED_OFF, List.of(IssueStatus.REBOUND));
		TARGETS.put(IssueStatus.STAGE_DONE, List.of(IssueStatus.REBOUND, IssueStatus.RECTIFYING));
		TARGETS.put(IssueStatus.REBOUND, List.of(IssueStatus.RECTIFYING));
	}

	private final LifecyclePolicy policy;

	public Lifecycle(LifecyclePolicy policy) {
		this.policy = Objects.requireNonNull(policy, "policy"); //$NON-NLS-1$
	}

	public LifecyclePolicy policy() {
		return policy;
	}

	/** The statuses the lifecycle leads to from {@code from}, preconditions aside. */
	public static List<IssueStatus> targets(IssueStatus from) {
		return TARGETS.get(from);
	}

	/** Whether the lifecycle has a transition from {@code from} to {@code to}, preconditions aside. */
	public static boolean isAllowed(IssueStatus from, IssueStatus to) {
		return from != null && TARGETS.get(from).contains(to);
	}

	/**
	 * How often the issue's reported completion was rejected (否定办结结论): its recorded changes from
	 * UNDER_REVIEW back to RECTIFYING.
	 */
	public static int rejections(Issue issue) {
		int count = 0;
		for (StatusChange change : issue.getStatusChanges()) {
			if (change.getFrom() == IssueStatus.UNDER_REVIEW && change.getTo() == IssueStatus.RECTIFYING) {
				count++;
			}
		}
		return count;
	}

	/** The issues of the issue's ledger that name it as the issue they revealed to have rebounded. */
	public static List<Issue> revealingIssues(Issue issue) {
		List<Issue> revealing = new ArrayList<>(1);
		if (issue.eContainer() instanceof Ledger ledger) {
			for (Issue other : ledger.getIssues()) {
				if (other.getReboundOf() == issue && other != issue) {
					revealing.add(other);
				}
			}
		}
		return revealing;
	}

	/** The office's day of {@code instant}, in the policy's time zone. */
	public LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, policy.zone());
	}

	/**
	 * What keeps {@code issue} from moving from its current status to {@code target} on {@code asOf};
	 * empty when nothing does. Each entry names the issue and the missing thing.
	 */
	public List<Missing> check(Issue issue, IssueStatus target, LocalDate asOf) {
		return check(issue, target, asOf, null);
	}

	/**
	 * The command that moves {@code issue} to {@code target}: it sets the status and adds a
	 * {@link StatusChange} (at, actor, from, to, reason) in one undoable step. It cannot execute while
	 * {@link TransitionCommand#missing()} is not empty, evaluated on the day of {@code at}.
	 *
	 * @param reason why; required for a rejection (taken from the rejecting review when null), a
	 *               rebound and a reopening
	 */
	public TransitionCommand transition(EditingDomain domain, Issue issue, IssueStatus target, String actor,
			String reason, Instant at) {
		return new TransitionCommand(this, domain, issue, target, actor, reason, at, null);
	}

	/**
	 * The command that records the rebound (反弹) of {@code issue}: {@code revealedBy}, the new complaint
	 * or issue that revealed it, is linked to it ({@code revealedBy.reboundOf = issue}) and
	 * {@code issue} moves to REBOUND, in one undoable step.
	 */
	public TransitionCommand rebound(EditingDomain domain, Issue issue, Issue revealedBy, String actor, String reason,
			Instant at) {
		Objects.requireNonNull(revealedBy, "revealedBy"); //$NON-NLS-1$
		if (revealedBy == issue) {
			throw new IllegalArgumentException("an issue cannot reveal its own rebound"); //$NON-NLS-1$
		}
		return new TransitionCommand(this, domain, issue, IssueStatus.REBOUND, actor, reason, at, revealedBy);
	}

	/** {@link #check(Issue, IssueStatus, LocalDate)}, counting {@code revealedBy} as linked for a rebound. */
	List<Missing> check(Issue issue, IssueStatus target, LocalDate asOf, Issue revealedBy) {
		Objects.requireNonNull(target, "target"); //$NON-NLS-1$
		Objects.requireNonNull(asOf, "asOf"); //$NON-NLS-1$
		List<Missing> missing = new ArrayList<>();
		IssueStatus from = issue.getStatus();
		if (!isAllowed(from, target)) {
			missing.add(Missing.of(issue, Kind.NOT_ALLOWED, from, target));
			return missing;
		}
		RectificationPlan plan = issue.getPlan();
		switch (target) {
			case PLANNED -> checkPlan(issue, missing);
			case RECTIFYING -> {
				switch (from) {
					case RECEIVED -> {
						if (plan != null && plan.getType() != RectificationType.IMMEDIATE) {
							missing.add(Missing.of(issue, Kind.NOT_IMMEDIATE));
						}
						checkPlan(issue, missing);
					}
					case UNDER_REVIEW -> {
						if (rejectingReview(issue, asOf) == null) {
							missing.add(Missing.of(issue, Kind.NO_REJECTING_REVIEW));
						}
					}
					case STAGE_DONE -> {
						if (!hasOpenMeasure(plan, asOf) && !hasOpenStageGoal(plan, asOf)) {
							missing.add(Missing.of(issue, Kind.NOTHING_OPEN));
						}
					}
					case REBOUND -> {
						checkPlan(issue, missing);
						if (plan != null && !hasOpenMeasure(plan, asOf)) {
							missing.add(Missing.of(issue, Kind.NOTHING_OPEN));
						}
					}
					default -> checkPlan(issue, missing); // from PLANNED
				}
			}
			case REPORTED_DONE -> {
				if (plan != null && plan.getType() == RectificationType.LONG_TERM) {
					missing.add(Missing.of(issue, Kind.LONG_TERM_NOT_DONE));
				}
				checkMeasuresDone(issue, asOf, missing);
			}
			case UNDER_REVIEW -> checkMeasuresDone(issue, asOf, missing);
			case STAGE_DONE -> checkStageReached(issue, asOf, missing);
			case SIGNED_OFF -> checkReviews(issue, asOf, missing);
			case REBOUND -> {
				if (revealedBy == null && revealingIssues(issue).isEmpty()) {
					missing.add(Missing.of(issue, Kind.NO_REVEALING_ISSUE));
				}
			}
			default -> throw new IllegalStateException(target.toString()); // RECEIVED: no transition leads there
		}
		return missing;
	}

	/** A plan complete enough to start work on, and the responsibilities validation demands. */
	private static void checkPlan(Issue issue, List<Missing> missing) {
		RectificationPlan plan = issue.getPlan();
		if (plan == null) {
			missing.add(Missing.of(issue, Kind.NO_PLAN));
		} else {
			if (plan.getTarget() == null || plan.getTarget().isBlank()) {
				missing.add(Missing.of(issue, Kind.NO_TARGET));
			}
			if (plan.getType() == RectificationType.TIME_LIMITED && plan.getDeadline() == null) {
				missing.add(Missing.of(issue, Kind.NO_DEADLINE));
			}
			LocalDate received = issue.getReceivedDate();
			if (plan.getDeadline() != null && received != null && plan.getDeadline().isBefore(received)) {
				missing.add(Missing.of(issue, Kind.DEADLINE_BEFORE_RECEIVED, plan.getDeadline(), received));
			}
			if (plan.getMeasures().isEmpty()) {
				missing.add(Missing.of(issue, Kind.NO_MEASURES));
			}
			for (int i = 0; i < plan.getMeasures().size(); i++) {
				Measure measure = plan.getMeasures().get(i);
				if (measure.getDueDate() == null) {
					missing.add(Missing.of(issue, Kind.MEASURE_NO_DUE_DATE, item(i, measure.getDescription())));
				}
			}
			if (plan.getType() == RectificationType.LONG_TERM) {
				if (plan.getStageGoals().isEmpty()) {
					missing.add(Missing.of(issue, Kind.NO_STAGE_GOALS));
				}
				for (int i = 0; i < plan.getStageGoals().size(); i++) {
					StageGoal goal = plan.getStageGoals().get(i);
					if (goal.getDueDate() == null) {
						missing.add(Missing.of(issue, Kind.STAGE_GOAL_NO_DUE_DATE, item(i, goal.getDescription())));
					}
				}
			}
		}
		checkAssignments(issue, missing);
	}

	/** The responsibility rules, as the ledger validator applies them ({@link AssignmentCheck}). */
	private static void checkAssignments(Issue issue, List<Missing> missing) {
		for (AssignmentCheck.Finding finding : AssignmentCheck.check(issue)) {
			missing.add(switch (finding.kind()) {
				case ASSIGNMENT_WITHOUT_UNIT -> Missing.of(issue, Kind.ASSIGNMENT_WITHOUT_UNIT, finding.assignment().getRole());
				case ASSIGNMENT_WITHOUT_PERSON -> Missing.of(issue, Kind.ASSIGNMENT_WITHOUT_PERSON,
						finding.assignment().getRole());
				case LEAD_UNIT_MISSING -> Missing.of(issue, Kind.NO_LEAD_UNIT);
				case LEAD_UNIT_MULTIPLE -> Missing.of(issue, Kind.SEVERAL_LEAD_UNITS, finding.count());
				case RESPONSIBLE_PERSON_MISSING -> Missing.of(issue, Kind.NO_RESPONSIBLE_PERSON);
				case RESPONSIBLE_PERSON_MULTIPLE -> Missing.of(issue, Kind.SEVERAL_RESPONSIBLE_PERSONS, finding.count());
				case RESPONSIBLE_PERSON_WITHOUT_UNIT, RESPONSIBLE_PERSON_OUTSIDE_LEAD_UNIT -> Missing.of(issue,
						Kind.RESPONSIBLE_PERSON_OUTSIDE_LEAD_UNIT, finding.person().getName(), finding.leadUnit().getName());
				case COOPERATING_UNIT_IS_LEAD_UNIT -> Missing.of(issue, Kind.COOPERATING_UNIT_IS_LEAD_UNIT,
						finding.unit().getName());
			});
		}
	}

	/** Every measure done by {@code asOf}, and each backed by at least one piece of evidence. */
	private static void checkMeasuresDone(Issue issue, LocalDate asOf, List<Missing> missing) {
		RectificationPlan plan = issue.getPlan();
		if (plan == null) {
			missing.add(Missing.of(issue, Kind.NO_PLAN));
			return;
		}
		if (plan.getMeasures().isEmpty()) {
			missing.add(Missing.of(issue, Kind.NO_MEASURES));
		}
		for (int i = 0; i < plan.getMeasures().size(); i++) {
			Measure measure = plan.getMeasures().get(i);
			if (!isDone(measure, asOf)) {
				missing.add(Missing.of(issue, Kind.MEASURE_NOT_DONE, item(i, measure.getDescription())));
			}
			if (!hasEvidence(issue, measure)) {
				missing.add(Missing.of(issue, Kind.MEASURE_NO_EVIDENCE, item(i, measure.getDescription())));
			}
		}
	}

	/** A long-term plan whose stage goals due by {@code asOf} are all achieved, at least one of them. */
	private static void checkStageReached(Issue issue, LocalDate asOf, List<Missing> missing) {
		RectificationPlan plan = issue.getPlan();
		if (plan == null) {
			missing.add(Missing.of(issue, Kind.NO_PLAN));
			return;
		}
		if (plan.getType() != RectificationType.LONG_TERM) {
			missing.add(Missing.of(issue, Kind.NOT_LONG_TERM));
			return;
		}
		if (plan.getStageGoals().isEmpty()) {
			missing.add(Missing.of(issue, Kind.NO_STAGE_GOALS));
			return;
		}
		boolean anyAchieved = false;
		for (int i = 0; i < plan.getStageGoals().size(); i++) {
			StageGoal goal = plan.getStageGoals().get(i);
			boolean achieved = isAchieved(goal, asOf);
			anyAchieved |= achieved;
			if (!achieved && goal.getDueDate() != null && !goal.getDueDate().isAfter(asOf)) {
				missing.add(Missing.of(issue, Kind.STAGE_GOAL_NOT_ACHIEVED, item(i, goal.getDescription()),
						goal.getDueDate()));
			}
		}
		if (!anyAchieved) {
			missing.add(Missing.of(issue, Kind.NO_STAGE_GOAL_ACHIEVED));
		}
	}

	/**
	 * Accepted reviews of the current claim at every level the policy requires, in the policy's order,
	 * none with a failed check, and the public notice after the last of them over.
	 */
	private void checkReviews(Issue issue, LocalDate asOf, List<Missing> missing) {
		LocalDate claimed = lastClaim(issue);
		LocalDate lastAcceptance = null;
		ReviewLevel previousLevel = null;
		LocalDate previousDate = null;
		for (ReviewLevel level : policy.reviewLevels()) {
			SignOffReview review = latestReview(issue, level, claimed, asOf);
			if (review == null) {
				missing.add(Missing.of(issue, Kind.REVIEW_MISSING, level));
			} else if (review.getDecision() != ReviewDecision.ACCEPTED) {
				missing.add(Missing.of(issue, Kind.REVIEW_NOT_ACCEPTED, level, review.getDecision(), review.getDate()));
			} else if (review.getDate() == null) {
				missing.add(Missing.of(issue, Kind.REVIEW_UNDATED, level));
			} else {
				for (ReviewCheckItem item : review.getChecklist()) {
					if (!item.isPassed()) {
						missing.add(Missing.of(issue, Kind.REVIEW_CHECK_FAILED, level, item.getCriterion()));
					}
				}
				if (previousDate != null && review.getDate().isBefore(previousDate)) {
					missing.add(Missing.of(issue, Kind.REVIEW_OUT_OF_ORDER, level, previousLevel));
				}
				if (lastAcceptance == null || review.getDate().isAfter(lastAcceptance)) {
					lastAcceptance = review.getDate();
				}
				previousLevel = level;
				previousDate = review.getDate();
			}
		}
		if (lastAcceptance != null) {
			LocalDate signOffFrom = lastAcceptance.plusDays(policy.publicNoticeDays());
			if (asOf.isBefore(signOffFrom)) {
				missing.add(Missing.of(issue, Kind.PUBLIC_NOTICE_RUNNING, policy.publicNoticeDays(), lastAcceptance,
						signOffFrom));
			}
		}
	}

	/**
	 * The day completion was last reported (the latest recorded change to REPORTED_DONE), or
	 * {@code null} if none is recorded. Reviews before it belong to an earlier, rejected claim.
	 */
	LocalDate lastClaim(Issue issue) {
		Instant latest = null;
		for (StatusChange change : issue.getStatusChanges()) {
			if (change.getTo() == IssueStatus.REPORTED_DONE && change.getAt() != null
					&& (latest == null || change.getAt().isAfter(latest))) {
				latest = change.getAt();
			}
		}
		return latest == null ? null : day(latest);
	}

	/** Whether the review belongs to the current claim and had taken place by {@code asOf}. */
	private static boolean isCurrent(SignOffReview review, LocalDate claimed, LocalDate asOf) {
		LocalDate date = review.getDate();
		// an undated review cannot be placed: it counts, and is reported if it is to decide
		return date == null || !date.isAfter(asOf) && (claimed == null || !date.isBefore(claimed));
	}

	/** The latest current review at {@code level}; undated ones and later ones in the list win ties. */
	private static SignOffReview latestReview(Issue issue, ReviewLevel level, LocalDate claimed, LocalDate asOf) {
		SignOffReview latest = null;
		for (SignOffReview review : issue.getReviews()) {
			if (review.getLevel() == level && isCurrent(review, claimed, asOf) && (latest == null
					|| review.getDate() == null || latest.getDate() != null && !review.getDate().isBefore(latest.getDate()))) {
				latest = review;
			}
		}
		return latest;
	}

	/** The latest current review that rejected the claim, or {@code null}. */
	SignOffReview rejectingReview(Issue issue, LocalDate asOf) {
		LocalDate claimed = lastClaim(issue);
		SignOffReview rejecting = null;
		for (SignOffReview review : issue.getReviews()) {
			if (review.getDecision() == ReviewDecision.REJECTED && isCurrent(review, claimed, asOf)) {
				rejecting = review;
			}
		}
		return rejecting;
	}

	private static boolean hasOpenMeasure(RectificationPlan plan, LocalDate asOf) {
		if (plan != null) {
			for (Measure measure : plan.getMeasures()) {
				if (!isDone(measure, asOf)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean hasOpenStageGoal(RectificationPlan plan, LocalDate asOf) {
		if (plan != null) {
			for (StageGoal goal : plan.getStageGoals()) {
				if (!isAchieved(goal, asOf)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Done by {@code asOf}: flagged done, with no done date after that day. */
	private static boolean isDone(Measure measure, LocalDate asOf) {
		return measure.isDone() && (measure.getDoneDate() == null || !measure.getDoneDate().isAfter(asOf));
	}

	private static boolean isAchieved(StageGoal goal, LocalDate asOf) {
		return goal.isAchieved() && (goal.getAchievedDate() == null || !goal.getAchievedDate().isAfter(asOf));
	}

	private static boolean hasEvidence(Issue issue, Measure measure) {
		for (Evidence evidence : issue.getEvidence()) {
			if (evidence.getMeasures().contains(measure)) {
				return true;
			}
		}
		return false;
	}

	private static Item item(int index, String description) {
		return new Item(index + 1, description);
	}
}
