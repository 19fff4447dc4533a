package taizhang.ledger.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.core.Ids;
import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.Evidence;
import taizhang.model.Issue;
import taizhang.model.Measure;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.RectificationPlan;

/**
 * The EMF commands behind cell edits. Edits of the plan and of assignments are deferred (see
 * {@link DeferredCommand}) so that they look at the issue as it is when they run.
 */
public final class ModelEdits {

	private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;
	private static final ModelPackage MODEL = ModelPackage.eINSTANCE;

	private ModelEdits() {
	}

	/** Sets features of the issue's plan, creating the plan when the issue has none. */
	public static Command setPlan(EditingDomain domain, Issue issue, Map<EStructuralFeature, Object> values) {
		Map<EStructuralFeature, Object> copy = new LinkedHashMap<>(values);
		return new DeferredCommand(Messages.Command_edit, () -> {
			RectificationPlan plan = issue.getPlan();
			if (plan == null) {
				if (copy.values().stream().allMatch(Objects::isNull)) {
					return new IdentityCommand(); // clearing a cell of a plan that does not exist
				}
				RectificationPlan fresh = FACTORY.createRectificationPlan();
				copy.forEach(fresh::eSet);
				return SetCommand.create(domain, issue, MODEL.getIssue_Plan(), fresh);
			}
			CompoundCommand sets = new CompoundCommand(Messages.Command_edit);
			copy.forEach((feature, value) -> sets.append(SetCommand.create(domain, plan, feature, value)));
			return sets;
		});
	}

	public static Command setPlan(EditingDomain domain, Issue issue, EStructuralFeature feature, Object value) {
		return setPlan(domain, issue, Collections.singletonMap(feature, value));
	}

	/**
	 * Makes {@code target} the unit or person of the issue's first assignment of {@code role}, adding
	 * the assignment when there is none; {@code null} removes every assignment of the role.
	 */
	public static Command setRole(EditingDomain domain, Issue issue, AssignmentRole role, EReference feature,
			Object target) {
		return new DeferredCommand(Messages.Command_edit, () -> {
			List<Assignment> ofRole = new ArrayList<>();
			for (Assignment assignment : issue.getAssignments()) {
				if (assignment.getRole() == role) {
					ofRole.add(assignment);
				}
			}
			if (target == null) {
				return ofRole.isEmpty() ? new IdentityCommand()
						: RemoveCommand.create(domain, issue, MODEL.getIssue_Assignments(), ofRole);
			}
			if (!ofRole.isEmpty()) {
				return SetCommand.create(domain, ofRole.get(0), feature, target);
			}
			Assignment assignment = FACTORY.createAssignment();
			assignment.setRole(role);
			assignment.eSet(feature, target);
			return AddCommand.create(domain, issue, MODEL.getIssue_Assignments(), assignment);
		});
	}

	/**
	 * Makes {@code units} the cooperating units, in this order, keeping the assignment (and its note)
	 * of every unit that stays.
	 */
	public static Command setCooperatingUnits(EditingDomain domain, Issue issue, List<Organization> units) {
		List<Organization> wanted = List.copyOf(units);
		return new DeferredCommand(Messages.Command_edit, () -> {
			List<Assignment> next = new ArrayList<>();
			Map<Organization, Assignment> kept = new IdentityHashMap<>();
			for (Assignment assignment : issue.getAssignments()) {
				if (assignment.getRole() != AssignmentRole.COOPERATING_UNIT) {
					next.add(assignment);
				} else if (assignment.getOrganization() != null) {
					kept.putIfAbsent(assignment.getOrganization(), assignment);
				}
			}
			for (Organization unit : wanted) {
				Assignment assignment = kept.get(unit);
				if (assignment == null) {
					assignment = FACTORY.createAssignment();
					assignment.setRole(AssignmentRole.COOPERATING_UNIT);
					assignment.setOrganization(unit);
				}
				next.add(assignment);
			}
			if (next.equals(issue.getAssignments())) {
				return new IdentityCommand();
			}
			return SetCommand.create(domain, issue, MODEL.getIssue_Assignments(), next);
		});
	}

	/**
	 * Makes the plan's measures those described, in this order. A measure whose description is
	 * unchanged stays the same object, with its due date, done flag and evidence; evidence loses its
	 * links to measures that go.
	 */
	public static Command setMeasures(EditingDomain domain, Issue issue, List<String> descriptions) {
		List<String> wanted = List.copyOf(descriptions);
		return new DeferredCommand(Messages.Command_edit, () -> {
			RectificationPlan plan = issue.getPlan();
			List<Measure> old = plan == null ? List.of() : plan.getMeasures();
			Set<Measure> reused = Collections.newSetFromMap(new IdentityHashMap<>());
			List<Measure> next = new ArrayList<>();
			for (String description : wanted) {
				Measure measure = null;
				for (Measure candidate : old) {
					if (!reused.contains(candidate) && description.equals(Cells.orEmpty(candidate.getDescription()).strip())) {
						measure = candidate;
						break;
					}
				}
				if (measure == null) {
					measure = FACTORY.createMeasure();
					measure.setId(Ids.newId());
					measure.setDescription(description);
				}
				reused.add(measure);
				next.add(measure);
			}
			if (plan == null) {
				RectificationPlan fresh = FACTORY.createRectificationPlan();
				fresh.getMeasures().addAll(next);
				return SetCommand.create(domain, issue, MODEL.getIssue_Plan(), fresh);
			}
			if (next.equals(old)) {
				return new IdentityCommand();
			}
			CompoundCommand edit = new CompoundCommand(Messages.Command_edit);
			for (Evidence evidence : issue.getEvidence()) {
				List<Measure> gone = new ArrayList<>();
				for (Measure measure : evidence.getMeasures()) {
					if (old.contains(measure) && !reused.contains(measure)) {
						gone.add(measure);
					}
				}
				if (!gone.isEmpty()) {
					edit.append(RemoveCommand.create(domain, evidence, MODEL.getEvidence_Measures(), gone));
				}
			}
			edit.append(SetCommand.create(domain, plan, MODEL.getRectificationPlan_Measures(), next));
			return edit;
		});
	}
}
