package taizhang.responsibility.validation.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import taizhang.model.Assignment;
import taizhang.model.Issue;
import taizhang.model.Measure;
import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.responsibility.validation.ConstraintContext;
import taizhang.responsibility.validation.Severity;

/**
 * Nothing still answers to a retired unit: no issue names it as its region, in an assignment or as
 * the unit of a measure; no person works in it; no unit in service lies under it; and a retired
 * unit's successor is not retired itself.
 */
public final class RetiredUnitConstraint extends BaseConstraint {

	public RetiredUnitConstraint() {
		super("retiredUnit", ModelPackage.Literals.ISSUE, ModelPackage.Literals.PERSON, //$NON-NLS-1$
				ModelPackage.Literals.ORGANIZATION);
		reads(ModelPackage.Literals.ORGANIZATION__RETIRED);
	}

	@Override
	public void check(EObject target, ConstraintContext context) {
		switch (target) {
			case Issue issue -> checkIssue(issue, context);
			case Person person -> {
				if (isRetired(person.getOrganization())) {
					report(context, person, ModelPackage.Literals.PERSON__ORGANIZATION, person, person.getOrganization());
				}
			}
			case Organization unit -> {
				if (!unit.isRetired() && isRetired(unit.getParent())) {
					report(context, unit, ModelPackage.Literals.ORGANIZATION__PARENT, unit, unit.getParent());
				} else if (unit.isRetired() && isRetired(unit.getSuccessor())) {
					report(context, unit, ModelPackage.Literals.ORGANIZATION__SUCCESSOR, unit, unit.getSuccessor());
				}
			}
			default -> {
				// not a target
			}
		}
	}

	private static void checkIssue(Issue issue, ConstraintContext context) {
		if (isRetired(issue.getRegion())) {
			report(context, issue, ModelPackage.Literals.ISSUE__REGION, issue, issue.getRegion());
		}
		for (Assignment assignment : issue.getAssignments()) {
			if (isRetired(assignment.getOrganization())) {
				report(context, assignment, ModelPackage.Literals.ASSIGNMENT__ORGANIZATION, issue,
						assignment.getOrganization());
			}
		}
		if (issue.getPlan() != null) {
			for (Measure measure : issue.getPlan().getMeasures()) {
				if (isRetired(measure.getUnit())) {
					report(context, measure, ModelPackage.Literals.MEASURE__UNIT, issue, measure.getUnit());
				}
			}
		}
	}

	private static void report(ConstraintContext context, EObject object,
			EStructuralFeature feature, EObject owner, Organization retired) {
		context.report(Severity.ERROR, "retiredUnit", object, feature, //$NON-NLS-1$
				message("problem.retiredUnit", owner, feature, retired)); //$NON-NLS-1$
	}

	private static boolean isRetired(Organization unit) {
		return unit != null && unit.isRetired();
	}
}
