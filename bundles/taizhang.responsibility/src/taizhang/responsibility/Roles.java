package taizhang.responsibility;

import java.util.List;

import taizhang.model.AssignmentRole;

/** Which assignment roles a unit holds and which a person, and which an issue has only once. */
public final class Roles {

	/** The roles held by units, strongest first. */
	public static final List<AssignmentRole> UNIT_ROLES = List.of(AssignmentRole.LEAD_UNIT,
			AssignmentRole.COOPERATING_UNIT, AssignmentRole.INDUSTRY_SUPERVISOR);

	/** The roles held by people. */
	public static final List<AssignmentRole> PERSON_ROLES = List.of(AssignmentRole.RESPONSIBLE_PERSON,
			AssignmentRole.LEADER_IN_CHARGE, AssignmentRole.CITY_CONTACT_LEADER);

	private Roles() {
	}

	/** Whether a unit holds {@code role} (lead, cooperating, industry supervisor); otherwise a person does. */
	public static boolean isUnitRole(AssignmentRole role) {
		return UNIT_ROLES.contains(role);
	}

	/**
	 * Whether an issue has {@code role} at most once: one lead unit, one responsible person, one leader
	 * in charge, one contact leader. Cooperating units and industry supervisors may be several.
	 */
	public static boolean isSingle(AssignmentRole role) {
		return role != AssignmentRole.COOPERATING_UNIT && role != AssignmentRole.INDUSTRY_SUPERVISOR;
	}
}
