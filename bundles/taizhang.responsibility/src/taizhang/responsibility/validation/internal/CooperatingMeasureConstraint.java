package taizhang.responsibility.validation.internal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.Issue;
import taizhang.model.Measure;
import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.RectificationPlan;
import taizhang.responsibility.validation.ConstraintContext;
import taizhang.responsibility.validation.Severity;

/**
 * Every cooperating unit (配合单位) of an issue whose plan has measures carries out at least one of them
 * ({@code Measure.unit}): cooperating units that never act are what goes wrong in practice.
 */
public final class CooperatingMeasureConstraint extends BaseConstraint {

	public CooperatingMeasureConstraint() {
		super("cooperatingMeasure", ModelPackage.Literals.ISSUE); //$NON-NLS-1$
	}

	@Override
	public void check(EObject target, ConstraintContext context) {
		Issue issue = (Issue) target;
		RectificationPlan plan = issue.getPlan();
		if (plan == null || plan.getMeasures().isEmpty()) {
			return; // planning is not done yet: the lifecycle asks for measures first
		}
		Set<Organization> acting = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Measure measure : plan.getMeasures()) {
			if (measure.getUnit() != null) {
				acting.add(measure.getUnit());
			}
		}
		for (Assignment assignment : issue.getAssignments()) {
			Organization unit = assignment.getOrganization();
			if (assignment.getRole() == AssignmentRole.COOPERATING_UNIT && unit != null && acting.add(unit)) {
				context.report(Severity.WARNING, "cooperatingWithoutMeasure", assignment, //$NON-NLS-1$
						ModelPackage.Literals.ASSIGNMENT__ORGANIZATION,
						message("problem.cooperatingWithoutMeasure", issue, unit)); //$NON-NLS-1$
			}
		}
	}
}
