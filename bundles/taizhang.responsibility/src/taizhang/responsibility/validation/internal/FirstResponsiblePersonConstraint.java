package taizhang.responsibility.validation.internal;

import org.eclipse.emf.ecore.EObject;

import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.OrganizationKind;
import taizhang.model.Person;
import taizhang.model.PositionKind;
import taizhang.responsibility.validation.ConstraintContext;
import taizhang.responsibility.validation.Severity;

/**
 * Every county or district (县区) that is not retired has a first responsible person (第一责任人): a
 * person of the county itself whose position is {@link PositionKind#FIRST_RESPONSIBLE_PERSON}. Under
 * 党政同责 the party secretary and the head of government both are; one is enough for this rule.
 */
public final class FirstResponsiblePersonConstraint extends BaseConstraint {

	public FirstResponsiblePersonConstraint() {
		super("firstResponsiblePerson", ModelPackage.Literals.ORGANIZATION); //$NON-NLS-1$
		reads(ModelPackage.Literals.PERSON__POSITION, ModelPackage.Literals.PERSON__ORGANIZATION);
	}

	@Override
	public void check(EObject target, ConstraintContext context) {
		Organization unit = (Organization) target;
		if (unit.getKind() != OrganizationKind.COUNTY_DISTRICT || unit.isRetired()) {
			return;
		}
		for (Person person : context.ledger().getPersons()) {
			if (person.getOrganization() == unit && person.getPosition() == PositionKind.FIRST_RESPONSIBLE_PERSON) {
				return;
			}
		}
		context.report(Severity.WARNING, "noFirstResponsiblePerson", unit, null, //$NON-NLS-1$
				message("problem.noFirstResponsiblePerson", unit)); //$NON-NLS-1$
	}
}
