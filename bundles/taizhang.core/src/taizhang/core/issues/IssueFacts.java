package taizhang.core.issues;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.Issue;
import taizhang.model.IssueStatus;
import taizhang.model.Organization;
import taizhang.model.OrganizationKind;
import taizhang.model.Person;
import taizhang.model.RectificationPlan;

/**
 * Small facts about one issue that statistics, warnings, the CLI and the workbench all need, defined
 * once so that they agree.
 */
public final class IssueFacts {

	/**
	 * The statuses counted as done (完成). STAGE_DONE counts: long-term issues that met their stage
	 * goals are reported as done in the offices' figures, though they stay under periodic checks.
	 */
	private static final Set<IssueStatus> DONE = EnumSet.of(IssueStatus.REPORTED_DONE, IssueStatus.UNDER_REVIEW,
			IssueStatus.SIGNED_OFF, IssueStatus.STAGE_DONE);

	private IssueFacts() {
	}

	/** Whether the issue counts as done: reported done, under review, signed off or stage done. */
	public static boolean isDone(Issue issue) {
		return issue.getStatus() != null && DONE.contains(issue.getStatus());
	}

	/** The plan's deadline, or {@code null} when the issue has no plan or the plan no deadline. */
	public static LocalDate deadline(Issue issue) {
		RectificationPlan plan = issue.getPlan();
		return plan == null ? null : plan.getDeadline();
	}

	/**
	 * Whether the issue is overdue (到期未完成) on {@code asOf}: its plan deadline is before that day
	 * and it is not done. An issue without a deadline is never overdue.
	 */
	public static boolean isOverdue(Issue issue, LocalDate asOf) {
		LocalDate deadline = deadline(issue);
		return deadline != null && deadline.isBefore(asOf) && !isDone(issue);
	}

	/** The organization of the issue's first LEAD_UNIT assignment, or {@code null}. */
	public static Organization leadUnit(Issue issue) {
		for (Assignment assignment : issue.getAssignments()) {
			if (assignment.getRole() == AssignmentRole.LEAD_UNIT && assignment.getOrganization() != null) {
				return assignment.getOrganization();
			}
		}
		return null;
	}

	/** The organizations of the issue's COOPERATING_UNIT assignments, in assignment order. */
	public static List<Organization> cooperatingUnits(Issue issue) {
		List<Organization> units = new ArrayList<>();
		for (Assignment assignment : issue.getAssignments()) {
			if (assignment.getRole() == AssignmentRole.COOPERATING_UNIT && assignment.getOrganization() != null) {
				units.add(assignment.getOrganization());
			}
		}
		return units;
	}

	/** The person of the issue's first RESPONSIBLE_PERSON assignment, or {@code null}. */
	public static Person responsiblePerson(Issue issue) {
		for (Assignment assignment : issue.getAssignments()) {
			if (assignment.getRole() == AssignmentRole.RESPONSIBLE_PERSON && assignment.getPerson() != null) {
				return assignment.getPerson();
			}
		}
		return null;
	}

	/**
	 * The county or district (县区) the issue belongs to: the county of its region if it has one,
	 * otherwise the county of its lead unit. {@code null} for issues of the city level (e.g. led by a
	 * city department, with no region).
	 */
	public static Organization county(Issue issue) {
		Organization county = countyOf(issue.getRegion());
		return county != null ? county : countyOf(leadUnit(issue));
	}

	/**
	 * The nearest COUNTY_DISTRICT organization among {@code organization} and its ancestors, or
	 * {@code null}.
	 */
	public static Organization countyOf(Organization organization) {
		// The depth bound guards against a cyclic parent chain in a damaged ledger.
		Organization current = organization;
		for (int depth = 0; current != null && depth < 64; depth++) {
			if (current.getKind() == OrganizationKind.COUNTY_DISTRICT) {
				return current;
			}
			current = current.getParent();
		}
		return null;
	}
}
