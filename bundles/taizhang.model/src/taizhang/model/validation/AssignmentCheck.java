package taizhang.model.validation;

import java.util.ArrayList;
import java.util.List;

import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.Issue;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.model.structure.Organizations;

/**
 * The responsibility rules of one issue (一个问题、一套方案、一名责任人): exactly one lead unit, exactly one
 * responsible person, who works in the lead unit or in one of its parent units, every unit role naming
 * a unit and every responsible-person role a person, and no cooperating unit that is also the lead
 * unit.
 * <p>
 * The one definition of these rules: {@link LedgerValidator} turns the findings into diagnostics, the
 * lifecycle into the preconditions of planning, the responsibility constraints into live problems.
 */
public final class AssignmentCheck {

	/** What is wrong. */
	public enum Kind {
		/** No lead unit. */
		LEAD_UNIT_MISSING,
		/** More than one lead unit; {@link Finding#count()} says how many. */
		LEAD_UNIT_MULTIPLE,
		/** No responsible person. */
		RESPONSIBLE_PERSON_MISSING,
		/** More than one responsible person; {@link Finding#count()} says how many. */
		RESPONSIBLE_PERSON_MULTIPLE,
		/** A lead or cooperating unit assignment names no unit. */
		ASSIGNMENT_WITHOUT_UNIT,
		/** A responsible-person assignment names no person. */
		ASSIGNMENT_WITHOUT_PERSON,
		/** The responsible person belongs to no unit. */
		RESPONSIBLE_PERSON_WITHOUT_UNIT,
		/** The responsible person belongs neither to the lead unit nor to one of its parents. */
		RESPONSIBLE_PERSON_OUTSIDE_LEAD_UNIT,
		/** A cooperating unit is also the lead unit. */
		COOPERATING_UNIT_IS_LEAD_UNIT;

		/** The {@link LedgerValidator} diagnostic code of this kind. */
		public int code() {
			return switch (this) {
				case LEAD_UNIT_MISSING, LEAD_UNIT_MULTIPLE -> LedgerValidator.LEAD_UNIT_COUNT;
				case RESPONSIBLE_PERSON_MISSING, RESPONSIBLE_PERSON_MULTIPLE -> LedgerValidator.RESPONSIBLE_PERSON_COUNT;
				case ASSIGNMENT_WITHOUT_UNIT, ASSIGNMENT_WITHOUT_PERSON -> LedgerValidator.ASSIGNMENT_INCOMPLETE;
				case RESPONSIBLE_PERSON_WITHOUT_UNIT, RESPONSIBLE_PERSON_OUTSIDE_LEAD_UNIT ->
					LedgerValidator.RESPONSIBLE_PERSON_OUTSIDE_LEAD_UNIT;
				case COOPERATING_UNIT_IS_LEAD_UNIT -> LedgerValidator.COOPERATING_UNIT_IS_LEAD_UNIT;
			};
		}
	}

	/**
	 * One broken rule.
	 *
	 * @param kind       what is wrong
	 * @param issue      the issue
	 * @param assignment the offending assignment; {@code null} for the counts
	 * @param count      for the counts, how many there are; otherwise 0
	 * @param leadUnit   for {@link Kind#RESPONSIBLE_PERSON_OUTSIDE_LEAD_UNIT}, the lead unit; otherwise
	 *                   {@code null}
	 */
	public record Finding(Kind kind, Issue issue, Assignment assignment, int count, Organization leadUnit) {

		/** The person of the offending assignment, or {@code null}. */
		public Person person() {
			return assignment == null ? null : assignment.getPerson();
		}

		/** The unit of the offending assignment, or {@code null}. */
		public Organization unit() {
			return assignment == null ? null : assignment.getOrganization();
		}
	}

	private AssignmentCheck() {
	}

	/** Whether {@code role} is held by a unit (lead, cooperating) rather than by a person. */
	public static boolean needsUnit(AssignmentRole role) {
		return role == AssignmentRole.LEAD_UNIT || role == AssignmentRole.COOPERATING_UNIT;
	}

	/** What breaks the rules in the issue's assignments, in the order above; empty when nothing does. */
	public static List<Finding> check(Issue issue) {
		List<Finding> findings = new ArrayList<>(0);
		List<Assignment> leads = new ArrayList<>(1);
		List<Assignment> responsibles = new ArrayList<>(1);
		List<Assignment> incomplete = new ArrayList<>(0);
		for (Assignment assignment : issue.getAssignments()) {
			AssignmentRole role = assignment.getRole();
			if (needsUnit(role) && assignment.getOrganization() == null
					|| role == AssignmentRole.RESPONSIBLE_PERSON && assignment.getPerson() == null) {
				incomplete.add(assignment);
			}
			if (role == AssignmentRole.LEAD_UNIT) {
				leads.add(assignment);
			} else if (role == AssignmentRole.RESPONSIBLE_PERSON) {
				responsibles.add(assignment);
			}
		}
		for (Assignment assignment : incomplete) {
			findings.add(new Finding(needsUnit(assignment.getRole()) ? Kind.ASSIGNMENT_WITHOUT_UNIT
					: Kind.ASSIGNMENT_WITHOUT_PERSON, issue, assignment, 0, null));
		}
		if (leads.size() != 1) {
			findings.add(new Finding(leads.isEmpty() ? Kind.LEAD_UNIT_MISSING : Kind.LEAD_UNIT_MULTIPLE, issue, null,
					leads.size(), null));
		}
		if (responsibles.size() != 1) {
			findings.add(new Finding(responsibles.isEmpty() ? Kind.RESPONSIBLE_PERSON_MISSING
					: Kind.RESPONSIBLE_PERSON_MULTIPLE, issue, null, responsibles.size(), null));
		}
		if (leads.size() == 1 && responsibles.size() == 1) {
			checkResponsibleInLeadUnit(issue, leads.get(0).getOrganization(), responsibles.get(0), findings);
		}
		for (Assignment assignment : issue.getAssignments()) {
			Organization unit = assignment.getOrganization();
			if (assignment.getRole() == AssignmentRole.COOPERATING_UNIT && unit != null && isLead(unit, leads)) {
				findings.add(new Finding(Kind.COOPERATING_UNIT_IS_LEAD_UNIT, issue, assignment, 0, null));
			}
		}
		return findings;
	}

	private static void checkResponsibleInLeadUnit(Issue issue, Organization leadUnit, Assignment responsible,
			List<Finding> findings) {
		Person person = responsible.getPerson();
		if (leadUnit == null || person == null) {
			return; // reported as an incomplete assignment
		}
		Organization unit = person.getOrganization();
		if (unit == null) {
			findings.add(new Finding(Kind.RESPONSIBLE_PERSON_WITHOUT_UNIT, issue, responsible, 0, leadUnit));
		} else if (!Organizations.isSelfOrAncestor(unit, leadUnit)) {
			findings.add(new Finding(Kind.RESPONSIBLE_PERSON_OUTSIDE_LEAD_UNIT, issue, responsible, 0, leadUnit));
		}
	}

	private static boolean isLead(Organization unit, List<Assignment> leads) {
		for (Assignment lead : leads) {
			if (lead.getOrganization() == unit) {
				return true;
			}
		}
		return false;
	}
}
