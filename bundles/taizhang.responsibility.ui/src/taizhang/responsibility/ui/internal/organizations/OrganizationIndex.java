package taizhang.responsibility.ui.internal.organizations;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.model.structure.Organizations;

/**
 * The organization tree of a ledger as the view shows it, made in one walk: the units in the tree
 * (retired ones apart), the people of each unit, and how many issues each unit and person holds a role
 * on.
 */
public final class OrganizationIndex {

	/** A node of the tree that is not a model object. */
	public enum Group {
		/** Units merged, split up or dissolved, kept for the record. */
		RETIRED,
		/** People who belong to no unit. */
		WITHOUT_UNIT
	}

	private final Ledger ledger;
	private final List<Organization> roots = new ArrayList<>();
	private final List<Organization> retired = new ArrayList<>();
	private final List<Person> withoutUnit = new ArrayList<>();
	private final Map<Organization, List<Object>> children = new IdentityHashMap<>();
	private final Map<Object, Map<AssignmentRole, Integer>> roleCounts = new IdentityHashMap<>();

	public OrganizationIndex(Ledger ledger) {
		this.ledger = ledger;
		for (Organization unit : ledger.getOrganizations()) {
			if (unit.isRetired()) {
				retired.add(unit);
			} else if (isTop(unit)) {
				roots.add(unit);
			} else {
				children.computeIfAbsent(unit.getParent(), u -> new ArrayList<>()).add(unit);
			}
		}
		for (Person person : ledger.getPersons()) {
			Organization unit = person.getOrganization();
			if (unit == null) {
				withoutUnit.add(person);
			} else {
				children.computeIfAbsent(unit, u -> new ArrayList<>()).add(person);
			}
		}
		for (Issue issue : ledger.getIssues()) {
			for (Assignment assignment : issue.getAssignments()) {
				Object holder = assignment.getPerson() != null ? assignment.getPerson() : assignment.getOrganization();
				if (holder != null && assignment.getRole() != null) {
					roleCounts.computeIfAbsent(holder, h -> new EnumMap<>(AssignmentRole.class))
							.merge(assignment.getRole(), 1, Integer::sum);
				}
			}
		}
	}

	/**
	 * Whether the unit shows at the top: it has no parent in the tree, or it lies in a cycle of parents
	 * (a problem the validation reports), which the tree cuts there so that the unit stays reachable.
	 */
	private static boolean isTop(Organization unit) {
		return unit.getParent() == null || unit.getParent().isRetired() || Organizations.isInCycle(unit);
	}

	public Ledger ledger() {
		return ledger;
	}

	/** The top level: units without a parent, then the groups that have members. */
	public Object[] roots() {
		List<Object> top = new ArrayList<>(roots);
		if (!retired.isEmpty()) {
			top.add(Group.RETIRED);
		}
		if (!withoutUnit.isEmpty()) {
			top.add(Group.WITHOUT_UNIT);
		}
		return top.toArray();
	}

	/** A unit's subordinate units and people, a group's members. */
	public Object[] children(Object element) {
		if (element == Group.RETIRED) {
			return retired.toArray();
		}
		if (element == Group.WITHOUT_UNIT) {
			return withoutUnit.toArray();
		}
		List<Object> list = children.get(element);
		return list == null ? new Object[0] : list.toArray();
	}

	public boolean hasChildren(Object element) {
		if (element instanceof Group) {
			return true;
		}
		List<Object> list = children.get(element);
		return list != null && !list.isEmpty();
	}

	/** The node above {@code element} in the tree, or {@code null} at the top. */
	public Object parent(Object element) {
		if (element instanceof Organization unit) {
			if (unit.isRetired()) {
				return Group.RETIRED;
			}
			return isTop(unit) ? null : unit.getParent();
		}
		if (element instanceof Person person) {
			return person.getOrganization() == null ? Group.WITHOUT_UNIT : person.getOrganization();
		}
		return null;
	}

	/** How many issues the unit or person holds {@code role} on. */
	public int count(Object holder, AssignmentRole role) {
		Map<AssignmentRole, Integer> counts = roleCounts.get(holder);
		return counts == null ? 0 : counts.getOrDefault(role, 0);
	}

	/** How many people work in the unit. */
	public int people(Organization unit) {
		List<Object> list = children.get(unit);
		return list == null ? 0 : (int) list.stream().filter(Person.class::isInstance).count();
	}

	/** Whether the element is in the tree (a unit of the ledger, a person of it, a group). */
	public boolean contains(Object element) {
		if (element instanceof Group) {
			return true;
		}
		if (element instanceof Organization unit) {
			return unit.eContainer() == ledger;
		}
		return element instanceof Person person && person.eContainer() == ledger;
	}
}
