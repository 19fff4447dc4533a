package taizhang.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.CustomFieldDefinition;
import taizhang.model.CustomFieldValue;
import taizhang.model.Evidence;
import taizhang.model.EvidenceKind;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.IssueCategory;
import taizhang.model.IssueKind;
import taizhang.model.IssueStatus;
import taizhang.model.Measure;
import taizhang.model.Organization;
import taizhang.model.OrganizationKind;
import taizhang.model.Person;
import taizhang.model.ProgressReport;
import taizhang.model.RectificationPlan;
import taizhang.model.RectificationType;
import taizhang.model.ReviewDecision;
import taizhang.model.ReviewLevel;
import taizhang.model.SignOffReview;
import taizhang.model.StageGoal;
import taizhang.model.StatusChange;
import taizhang.model.Warning;
import taizhang.model.WarningLevel;

/**
 * Describes one issue made by {@link LedgerBuilder#issue(String)}; every method changes the issue at
 * once and returns this builder, {@link #get()} returns the issue.
 */
public final class IssueBuilder {

	/** Status changes are recorded at 09:00 China Standard Time of the day given. */
	private static final ZoneOffset ZONE = ZoneOffset.ofHours(8);

	private final LedgerBuilder ledger;
	private final Issue issue;

	IssueBuilder(LedgerBuilder ledger, Issue issue) {
		this.ledger = ledger;
		this.issue = issue;
	}

	public Issue get() {
		return issue;
	}

	public IssueBuilder round(InspectionRound round) {
		issue.setRound(round);
		return this;
	}

	public IssueBuilder kind(IssueKind kind) {
		issue.setKind(kind);
		return this;
	}

	public IssueBuilder category(IssueCategory category) {
		issue.setCategory(category);
		return this;
	}

	public IssueBuilder description(String description) {
		issue.setDescription(description);
		return this;
	}

	public IssueBuilder received(LocalDate received) {
		issue.setReceivedDate(received);
		return this;
	}

	/** The county the issue belongs to (所属县区). */
	public IssueBuilder region(Organization county) {
		issue.setRegion(county);
		return this;
	}

	/** Sets the status without recording a change; see {@link #moveTo(IssueStatus, LocalDate)}. */
	public IssueBuilder status(IssueStatus status) {
		issue.setStatus(status);
		return this;
	}

	/** Moves the issue to {@code status}, recording the change on {@code day}. */
	public IssueBuilder moveTo(IssueStatus status, LocalDate day) {
		return moveTo(status, day, "测试", null); //$NON-NLS-1$
	}

	public IssueBuilder moveTo(IssueStatus status, LocalDate day, String actor, String reason) {
		statusChange(day.atTime(9, 0).toInstant(ZONE), issue.getStatus(), status, actor, reason);
		issue.setStatus(status);
		return this;
	}

	/** The status change at an exact instant, without touching the issue's status. */
	public IssueBuilder statusChange(Instant at, IssueStatus from, IssueStatus to, String actor, String reason) {
		StatusChange change = LedgerBuilder.FACTORY.createStatusChange();
		change.setAt(at);
		change.setActor(actor);
		change.setFrom(from);
		change.setTo(to);
		change.setReason(reason);
		issue.getStatusChanges().add(change);
		return this;
	}

	// --- responsibility

	/**
	 * The lead unit (牵头单位) and the responsible person (责任人). Sets the region too when the unit is,
	 * or lies under, a county and no region is set yet.
	 */
	public IssueBuilder lead(Organization unit, Person responsible) {
		role(AssignmentRole.LEAD_UNIT, unit, null);
		role(AssignmentRole.RESPONSIBLE_PERSON, null, responsible);
		if (issue.getRegion() == null) {
			for (Organization o = unit; o != null; o = o.getParent()) {
				if (o.getKind() == OrganizationKind.COUNTY_DISTRICT) {
					issue.setRegion(o);
					break;
				}
			}
		}
		return this;
	}

	public IssueBuilder cooperating(Organization... units) {
		for (Organization unit : units) {
			role(AssignmentRole.COOPERATING_UNIT, unit, null);
		}
		return this;
	}

	public IssueBuilder leaderInCharge(Person leader) {
		return role(AssignmentRole.LEADER_IN_CHARGE, null, leader);
	}

	public IssueBuilder cityContactLeader(Person leader) {
		return role(AssignmentRole.CITY_CONTACT_LEADER, null, leader);
	}

	/** Any assignment; either {@code unit} or {@code person} may be null. */
	public IssueBuilder role(AssignmentRole role, Organization unit, Person person) {
		Assignment assignment = LedgerBuilder.FACTORY.createAssignment();
		assignment.setRole(role);
		assignment.setOrganization(unit);
		assignment.setPerson(person);
		issue.getAssignments().add(assignment);
		return this;
	}

	// --- the plan

	/** A plan of {@code type}; the deadline text is the ISO date, or 立行立改 / 长期坚持 without a deadline. */
	public IssueBuilder plan(RectificationType type, LocalDate deadline) {
		String text = deadline != null ? deadline.toString()
				: type == RectificationType.IMMEDIATE ? "立行立改" : "长期坚持"; //$NON-NLS-1$ //$NON-NLS-2$
		return plan(type, deadline, text);
	}

	public IssueBuilder plan(RectificationType type, LocalDate deadline, String deadlineText) {
		RectificationPlan plan = plan();
		plan.setType(type);
		plan.setDeadline(deadline);
		plan.setDeadlineText(deadlineText);
		return this;
	}

	/** What the plan is to achieve (整改目标). */
	public IssueBuilder target(String target) {
		plan().setTarget(target);
		return this;
	}

	/** An open measure. */
	public IssueBuilder measure(String description, LocalDate due) {
		return measure(description, due, null);
	}

	/** A measure, done on {@code doneOn} unless that is null. */
	public IssueBuilder measure(String description, LocalDate due, LocalDate doneOn) {
		Measure measure = LedgerBuilder.FACTORY.createMeasure();
		measure.setId(ledger.id("measure")); //$NON-NLS-1$
		measure.setDescription(description);
		measure.setDueDate(due);
		measure.setDone(doneOn != null);
		measure.setDoneDate(doneOn);
		plan().getMeasures().add(measure);
		return this;
	}

	public IssueBuilder stageGoal(String description, LocalDate due) {
		return stageGoal(description, due, null);
	}

	/** A stage goal, achieved on {@code achievedOn} unless that is null. */
	public IssueBuilder stageGoal(String description, LocalDate due, LocalDate achievedOn) {
		StageGoal goal = LedgerBuilder.FACTORY.createStageGoal();
		goal.setId(ledger.id("goal")); //$NON-NLS-1$
		goal.setDescription(description);
		goal.setDueDate(due);
		goal.setAchieved(achievedOn != null);
		goal.setAchievedDate(achievedOn);
		plan().getStageGoals().add(goal);
		return this;
	}

	private RectificationPlan plan() {
		if (issue.getPlan() == null) {
			issue.setPlan(LedgerBuilder.FACTORY.createRectificationPlan());
		}
		return issue.getPlan();
	}

	// --- what happened

	/** Evidence with the given content hash, linked to every measure done so far. */
	public IssueBuilder evidence(EvidenceKind kind, String fileName, String sha256) {
		Evidence evidence = LedgerBuilder.FACTORY.createEvidence();
		evidence.setId(ledger.id("evidence")); //$NON-NLS-1$
		evidence.setKind(kind);
		evidence.setFileName(fileName);
		evidence.setSha256(sha256);
		if (issue.getPlan() != null) {
			for (Measure measure : issue.getPlan().getMeasures()) {
				if (measure.isDone()) {
					evidence.getMeasures().add(measure);
				}
			}
		}
		issue.getEvidence().add(evidence);
		return this;
	}

	public IssueBuilder review(ReviewLevel level, ReviewDecision decision, LocalDate date, Person reviewer,
			String reasons) {
		SignOffReview review = LedgerBuilder.FACTORY.createSignOffReview();
		review.setId(ledger.id("review")); //$NON-NLS-1$
		review.setLevel(level);
		review.setDecision(decision);
		review.setDate(date);
		review.setReviewer(reviewer);
		review.setReviewerName(reviewer != null ? reviewer.getName() : null);
		review.setReasons(reasons);
		issue.getReviews().add(review);
		return this;
	}

	public IssueBuilder warning(WarningLevel level, LocalDate raisedOn, boolean resolved) {
		Warning warning = LedgerBuilder.FACTORY.createWarning();
		warning.setLevel(level);
		warning.setRaisedOn(raisedOn);
		warning.setResolved(resolved);
		issue.getWarnings().add(warning);
		return this;
	}

	/** A monthly report ({@code period} as YYYY-MM) from the issue's lead unit. */
	public IssueBuilder progressReport(String period, LocalDate submittedOn, int percentComplete) {
		ProgressReport report = LedgerBuilder.FACTORY.createProgressReport();
		report.setPeriod(period);
		report.setSubmittedOn(submittedOn);
		report.setPercentComplete(percentComplete);
		for (Assignment assignment : issue.getAssignments()) {
			if (assignment.getRole() == AssignmentRole.LEAD_UNIT) {
				report.setUnit(assignment.getOrganization());
			}
		}
		issue.getProgressReports().add(report);
		return this;
	}

	public IssueBuilder customValue(CustomFieldDefinition field, String value) {
		CustomFieldValue customValue = LedgerBuilder.FACTORY.createCustomFieldValue();
		customValue.setField(field);
		customValue.setValue(value);
		issue.getCustomValues().add(customValue);
		return this;
	}

	/** Marks the issue as the new complaint about {@code old}, which rebounded. */
	public IssueBuilder reboundOf(Issue old) {
		issue.setReboundOf(old);
		return this;
	}
}
