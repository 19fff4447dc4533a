package taizhang.responsibility.validation.internal;

import org.eclipse.emf.ecore.EObject;

import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.Issue;
import taizhang.model.ModelPackage;
import taizhang.model.Person;
import taizhang.responsibility.validation.ConstraintContext;
import taizhang.responsibility.validation.Severity;

/** A leader in charge (责任领导) and a contact leader (联系领导) of an issue hold a leadership position. */
public final class LeadershipConstraint extends BaseConstraint {

	public LeadershipConstraint() {
		super("leadership", ModelPackage.Literals.ISSUE); //$NON-NLS-1$
		reads(ModelPackage.Literals.PERSON__POSITION);
	}

	@Override
	public void check(EObject target, ConstraintContext context) {
		Issue issue = (Issue) target;
		for (Assignment assignment : issue.getAssignments()) {
			AssignmentRole role = assignment.getRole();
			Person person = assignment.getPerson();
			if ((role == AssignmentRole.LEADER_IN_CHARGE || role == AssignmentRole.CITY_CONTACT_LEADER) && person != null
					&& !person.isLeadership()) {
				context.report(Severity.WARNING, "notLeadership", assignment, ModelPackage.Literals.ASSIGNMENT__PERSON, //$NON-NLS-1$
						message("problem.notLeadership", issue, role, person, person.getPosition())); //$NON-NLS-1$
			}
		}
	}
}
