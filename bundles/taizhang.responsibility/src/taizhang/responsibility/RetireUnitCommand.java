package taizhang.responsibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.structure.Organizations;
import taizhang.responsibility.Usages.Usage;

/**
 * Retires a unit (撤销), or merges it into another (合并), in one undoable step: everything that refers
 * to the unit is made to refer to its successor, and the unit is marked retired, with the day and the
 * successor, and kept for the record, out of the organization tree.
 * <p>
 * Reassigned are the issues' assignments (lead, cooperating, industry supervisor), their regions,
 * their measures and progress reports, the people of the unit, its subordinate units, supervision
 * notices, interviews, deductions, accountability decisions, period snapshots and the successor of
 * units retired into it earlier: every persisted reference ({@link Usages}). Where the successor
 * already holds the role, the unit's assignment is dropped instead (the successor does not become a
 * cooperating unit of an issue it leads; it leads one it cooperated on); where a list already names
 * the successor, the unit is removed from it. When the successor lies under the unit, it first moves
 * up to the unit's parent, so that no cycle arises.
 * <p>
 * Without a successor a unit can be retired only when nothing refers to it ({@link #usages()} lists
 * what does).
 */
public final class RetireUnitCommand extends ResponsibilityCommand {

	private static final ModelPackage MODEL = ModelPackage.eINSTANCE;

	private final Ledger ledger;
	private final Organization unit;
	private final Organization successor;
	private final LocalDate day;

	private RetireUnitCommand(EditingDomain domain, Ledger ledger, Organization unit, Organization successor,
			LocalDate day, boolean merge) {
		super(domain, merge ? "merge.label" : "retire.label", unit, successor); //$NON-NLS-1$ //$NON-NLS-2$
		this.ledger = Objects.requireNonNull(ledger, "ledger"); //$NON-NLS-1$
		this.unit = Objects.requireNonNull(unit, "unit"); //$NON-NLS-1$
		this.successor = successor;
		this.day = Objects.requireNonNull(day, "day"); //$NON-NLS-1$
	}

	/** Merges {@code unit} into {@code into} on {@code day}: {@code into} takes over everything. */
	public static RetireUnitCommand merge(EditingDomain domain, Ledger ledger, Organization unit, Organization into,
			LocalDate day) {
		return new RetireUnitCommand(domain, ledger, unit, Objects.requireNonNull(into, "into"), day, true); //$NON-NLS-1$
	}

	/**
	 * Retires {@code unit} on {@code day}; {@code successor} takes over what refers to it, and may be
	 * {@code null} only when nothing does.
	 */
	public static RetireUnitCommand retire(EditingDomain domain, Ledger ledger, Organization unit,
			Organization successor, LocalDate day) {
		return new RetireUnitCommand(domain, ledger, unit, successor, day, false);
	}

	public Organization unit() {
		return unit;
	}

	public Organization successor() {
		return successor;
	}

	/** What refers to the unit now: what the command reassigns, or what keeps it from retiring. */
	public List<Usage> usages() {
		return Usages.of(ledger, unit);
	}

	@Override
	protected void plan() {
		if (unit.isRetired()) {
			refuse("refusal.retired", unit); //$NON-NLS-1$
			return;
		}
		if (unit.eContainer() != ledger) {
			refuse("refusal.notInLedger", unit); //$NON-NLS-1$
			return;
		}
		if (successor != null) {
			if (successor == unit) {
				refuse("refusal.mergeIntoItself", unit); //$NON-NLS-1$
				return;
			}
			if (successor.isRetired()) {
				refuse("refusal.retired", successor); //$NON-NLS-1$
				return;
			}
			if (successor.eContainer() != ledger) {
				refuse("refusal.notInLedger", successor); //$NON-NLS-1$
				return;
			}
		}
		List<Usage> usages = usages();
		if (successor == null) {
			if (!usages.isEmpty()) {
				refuse("refusal.stillUsed", unit, usages.size()); //$NON-NLS-1$
				return;
			}
		} else {
			reassign(usages);
		}
		if (unit.getParent() != null) {
			// out of the tree: its parent's list of subordinate units would still point at it
			set(unit, MODEL.getOrganization_Parent(), null);
		}
		set(unit, MODEL.getOrganization_Retired(), Boolean.TRUE);
		set(unit, MODEL.getOrganization_RetiredOn(), day);
		if (successor != null) {
			set(unit, MODEL.getOrganization_Successor(), successor);
		}
		affects(unit);
		affects(successor);
	}

	private void reassign(List<Usage> usages) {
		// The successor under the unit moves up first: otherwise it would become its own ancestor.
		if (Organizations.isSelfOrAncestor(unit, successor)) {
			set(successor, MODEL.getOrganization_Parent(), unit.getParent());
		}
		Set<Assignment> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
		List<Usage> assignments = new ArrayList<>();
		for (Usage usage : usages) {
			if (usage.reference() == MODEL.getAssignment_Organization()) {
				assignments.add(usage);
			} else if (usage.reference() == MODEL.getOrganization_Parent()) {
				if (usage.owner() != successor) {
					set(usage.owner(), usage.reference(), successor);
				}
			} else if (usage.reference().isMany()) {
				@SuppressWarnings("unchecked")
				List<Object> values = (List<Object>) usage.owner().eGet(usage.reference());
				if (values.contains(successor)) {
					remove(usage.owner(), usage.reference(), unit);
				} else {
					setAt(usage.owner(), usage.reference(), successor, values.indexOf(unit));
				}
			} else {
				set(usage.owner(), usage.reference(), successor);
			}
		}
		for (Usage usage : assignments) {
			reassign((Assignment) usage.owner(), dropped);
		}
	}

	/** The unit's assignment goes to the successor, unless the successor holds that role or a stronger one. */
	private void reassign(Assignment assignment, Set<Assignment> dropped) {
		Issue issue = (Issue) assignment.eContainer();
		AssignmentRole role = assignment.getRole();
		List<Assignment> successors = new ArrayList<>(1);
		for (Assignment other : issue.getAssignments()) {
			if (other.getOrganization() == successor && !dropped.contains(other)) {
				successors.add(other);
			}
		}
		boolean holdsRole = successors.stream().anyMatch(other -> other.getRole() == role);
		boolean leads = successors.stream().anyMatch(other -> other.getRole() == AssignmentRole.LEAD_UNIT);
		if (holdsRole || role == AssignmentRole.COOPERATING_UNIT && leads) {
			drop(assignment, dropped);
			return;
		}
		set(assignment, MODEL.getAssignment_Organization(), successor);
		if (role == AssignmentRole.LEAD_UNIT) {
			for (Assignment other : successors) {
				if (other.getRole() == AssignmentRole.COOPERATING_UNIT) {
					drop(other, dropped);
				}
			}
		}
	}

	private void drop(Assignment assignment, Set<Assignment> dropped) {
		if (dropped.add(assignment)) {
			remove(assignment.eContainer(), MODEL.getIssue_Assignments(), assignment);
		}
	}
}
