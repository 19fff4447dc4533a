package taizhang.responsibility.validation.internal;

import org.eclipse.emf.ecore.EObject;

import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.structure.Organizations;
import taizhang.responsibility.validation.ConstraintContext;
import taizhang.responsibility.validation.Severity;

/** No unit is its own parent, directly or through other units: the organization tree has no cycle. */
public final class OrganizationCycleConstraint extends BaseConstraint {

	public OrganizationCycleConstraint() {
		super("organizationCycle", ModelPackage.Literals.ORGANIZATION); //$NON-NLS-1$
		reads(ModelPackage.Literals.ORGANIZATION__PARENT);
	}

	@Override
	public void check(EObject target, ConstraintContext context) {
		Organization unit = (Organization) target;
		if (Organizations.isInCycle(unit)) {
			context.report(Severity.ERROR, "cycle", unit, ModelPackage.Literals.ORGANIZATION__PARENT, //$NON-NLS-1$
					message("problem.cycle", unit, unit.getParent())); //$NON-NLS-1$
		}
	}
}
