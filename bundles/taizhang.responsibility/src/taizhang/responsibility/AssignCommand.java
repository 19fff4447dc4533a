package taizhang.responsibility;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.Issue;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.Person;

/**
 * Gives a role to a unit or a person on a selection of issues, or takes it away, in one undoable
 * step: bulk assignment, and the edit of one cell of the responsibility matrix.
 * <p>
 * A role an issue has once ({@link Roles#isSingle}) is replaced: the issue's assignment of that role
 * names the new holder, and further ones are removed. Other roles are added where missing. A unit
 * that becomes the lead unit stops being a cooperating unit of that issue; a unit is not made a
 * cooperating unit of an issue it leads ({@link #skipped()}).
 */
public final class AssignCommand extends ResponsibilityCommand {

	private enum Mode {
		ASSIGN, UNASSIGN, CELL
	}

	private static final ModelPackage MODEL = ModelPackage.eINSTANCE;

	private final Mode mode;
	private final List<Issue> issues;
	private final AssignmentRole role;
	private final EObject holder;
	private final List<Issue> skipped = new ArrayList<>();

	private AssignCommand(EditingDomain domain, String labelKey, Mode mode, Collection<Issue> issues,
			AssignmentRole role, EObject holder) {
		super(domain, labelKey, holder, role, issues.size());
		this.mode = mode;
		this.issues = List.copyOf(issues);
		this.role = role;
		this.holder = holder;
	}

	/**
	 * Gives {@code role} to {@code holder} on every issue of {@code issues}: a unit for the unit roles
	 * ({@link Roles#isUnitRole}), a person for the others.
	 */
	public static AssignCommand assign(EditingDomain domain, Collection<Issue> issues, AssignmentRole role,
			EObject holder) {
		return new AssignCommand(domain, "assign.label", Mode.ASSIGN, issues, Objects.requireNonNull(role, "role"), //$NON-NLS-1$ //$NON-NLS-2$
				Objects.requireNonNull(holder, "holder")); //$NON-NLS-1$
	}

	/** Takes {@code role} from {@code holder} on every issue of {@code issues}; a null holder: from everyone. */
	public static AssignCommand unassign(EditingDomain domain, Collection<Issue> issues, AssignmentRole role,
			EObject holder) {
		return new AssignCommand(domain, "unassign.label", Mode.UNASSIGN, issues, //$NON-NLS-1$
				Objects.requireNonNull(role, "role"), holder); //$NON-NLS-1$
	}

	/**
	 * Sets one cell of the responsibility matrix: {@code unit}'s role on {@code issue} becomes
	 * {@code role} (a unit role), or none when {@code role} is {@code null}. Making a unit the lead unit
	 * replaces the previous lead unit.
	 */
	public static AssignCommand setUnitRole(EditingDomain domain, Issue issue, Organization unit,
			AssignmentRole role) {
		return new AssignCommand(domain, "cell.label", Mode.CELL, List.of(issue), role, //$NON-NLS-1$
				Objects.requireNonNull(unit, "unit")); //$NON-NLS-1$
	}

	/** Issues left as they were because the unit leads them and cannot also cooperate on them. */
	public List<Issue> skipped() {
		canExecute();
		return List.copyOf(skipped);
	}

	@Override
	protected void plan() {
		if (issues.isEmpty()) {
			refuse("refusal.noIssues"); //$NON-NLS-1$
			return;
		}
		if (role != null && holder != null) {
			boolean unitRole = Roles.isUnitRole(role);
			if (unitRole ? !(holder instanceof Organization) : !(holder instanceof Person)) {
				refuse(unitRole ? "refusal.roleNeedsUnit" : "refusal.roleNeedsPerson", role); //$NON-NLS-1$ //$NON-NLS-2$
				return;
			}
		}
		if (mode != Mode.UNASSIGN && holder instanceof Organization unit && unit.isRetired()) {
			refuse("refusal.retired", unit); //$NON-NLS-1$
			return;
		}
		Set<Assignment> removed = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Issue issue : issues) {
			switch (mode) {
				case ASSIGN -> assign(issue, role, removed);
				case UNASSIGN -> unassign(issue, removed);
				case CELL -> cell(issue, (Organization) holder, removed);
			}
			affects(issue);
		}
	}

	private void assign(Issue issue, AssignmentRole assigned, Set<Assignment> removed) {
		List<Assignment> existing = withRole(issue, assigned, removed);
		if (Roles.isSingle(assigned)) {
			if (existing.isEmpty()) {
				add(issue, MODEL.getIssue_Assignments(), newAssignment(assigned));
			} else {
				Assignment kept = existing.get(0);
				if (holderOf(kept) != holder) {
					set(kept, holderFeature(assigned), holder);
				}
				for (Assignment extra : existing.subList(1, existing.size())) {
					remove(issue, extra, removed);
				}
			}
			if (assigned == AssignmentRole.LEAD_UNIT) {
				for (Assignment cooperation : withRole(issue, AssignmentRole.COOPERATING_UNIT, removed)) {
					if (cooperation.getOrganization() == holder) {
						remove(issue, cooperation, removed);
					}
				}
			}
			return;
		}
		if (existing.stream().anyMatch(assignment -> holderOf(assignment) == holder)) {
			return;
		}
		if (assigned == AssignmentRole.COOPERATING_UNIT && withRole(issue, AssignmentRole.LEAD_UNIT, removed).stream()
				.anyMatch(lead -> lead.getOrganization() == holder)) {
			skipped.add(issue);
			return;
		}
		add(issue, MODEL.getIssue_Assignments(), newAssignment(assigned));
	}

	private void unassign(Issue issue, Set<Assignment> removed) {
		for (Assignment assignment : withRole(issue, role, removed)) {
			if (holder == null || holderOf(assignment) == holder) {
				remove(issue, assignment, removed);
			}
		}
	}

	/** The unit's unit roles on the issue become exactly {@code role} (or none). */
	private void cell(Issue issue, Organization unit, Set<Assignment> removed) {
		for (AssignmentRole unitRole : Roles.UNIT_ROLES) {
			if (unitRole != role) {
				for (Assignment assignment : withRole(issue, unitRole, removed)) {
					if (assignment.getOrganization() == unit) {
						remove(issue, assignment, removed);
					}
				}
			}
		}
		if (role != null) {
			assign(issue, role, removed);
		}
	}

	private List<Assignment> withRole(Issue issue, AssignmentRole wanted, Set<Assignment> removed) {
		List<Assignment> found = new ArrayList<>(1);
		for (Assignment assignment : issue.getAssignments()) {
			if (assignment.getRole() == wanted && !removed.contains(assignment)) {
				found.add(assignment);
			}
		}
		return found;
	}

	private void remove(Issue issue, Assignment assignment, Set<Assignment> removed) {
		if (removed.add(assignment)) {
			remove(issue, MODEL.getIssue_Assignments(), assignment);
		}
	}

	private Assignment newAssignment(AssignmentRole assigned) {
		Assignment assignment = ModelFactory.eINSTANCE.createAssignment();
		assignment.setRole(assigned);
		if (holder instanceof Organization unit) {
			assignment.setOrganization(unit);
		} else {
			assignment.setPerson((Person) holder);
		}
		return assignment;
	}

	private static EObject holderOf(Assignment assignment) {
		return Roles.isUnitRole(assignment.getRole()) ? assignment.getOrganization() : assignment.getPerson();
	}

	private static EReference holderFeature(AssignmentRole role) {
		return Roles.isUnitRole(role) ? MODEL.getAssignment_Organization() : MODEL.getAssignment_Person();
	}
}
