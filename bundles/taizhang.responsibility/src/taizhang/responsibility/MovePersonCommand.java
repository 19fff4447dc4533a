package taizhang.responsibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.core.issues.IssueFacts;
import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.model.structure.Organizations;

/**
 * Moves a person to another unit (调动), and says what becomes of what they answer for: they keep it
 * all, they hand it all over to a successor, or they hand over only what they could no longer answer
 * for — being the responsible person of an issue whose lead unit they no longer work in or above.
 */
public final class MovePersonCommand extends ResponsibilityCommand {

	/** What becomes of the moving person's assignments. */
	public enum Handling {
		/** They keep every assignment (e.g. promoted to a parent unit). */
		KEEP,
		/** Every assignment naming them goes to the successor. */
		HAND_OVER,
		/**
		 * Only the responsible-person assignments they could no longer hold ({@link #conflicts()}) go to
		 * the successor; they keep the rest.
		 */
		HAND_OVER_CONFLICTS
	}

	private final Ledger ledger;
	private final Person person;
	private final Organization target;
	private final Handling handling;
	private final Person successor;

	/**
	 * @param successor who takes over; required unless {@code handling} is {@link Handling#KEEP}
	 */
	public MovePersonCommand(EditingDomain domain, Ledger ledger, Person person, Organization target,
			Handling handling, Person successor) {
		super(domain, "movePerson.label", person, target); //$NON-NLS-1$
		this.ledger = Objects.requireNonNull(ledger, "ledger"); //$NON-NLS-1$
		this.person = Objects.requireNonNull(person, "person"); //$NON-NLS-1$
		this.target = Objects.requireNonNull(target, "target"); //$NON-NLS-1$
		this.handling = Objects.requireNonNull(handling, "handling"); //$NON-NLS-1$
		this.successor = successor;
	}

	/** Every assignment that names the person, in the ledger's order. */
	public List<Assignment> assignments() {
		List<Assignment> found = new ArrayList<>();
		for (Issue issue : ledger.getIssues()) {
			for (Assignment assignment : issue.getAssignments()) {
				if (assignment.getPerson() == person) {
					found.add(assignment);
				}
			}
		}
		return found;
	}

	/**
	 * The person's responsible-person assignments that the move would break: issues whose lead unit
	 * the target unit is neither nor lies under.
	 */
	public List<Assignment> conflicts() {
		List<Assignment> conflicts = new ArrayList<>();
		for (Assignment assignment : assignments()) {
			if (assignment.getRole() == AssignmentRole.RESPONSIBLE_PERSON) {
				Organization lead = IssueFacts.leadUnit((Issue) assignment.eContainer());
				if (lead != null && !Organizations.isSelfOrAncestor(target, lead)) {
					conflicts.add(assignment);
				}
			}
		}
		return conflicts;
	}

	@Override
	protected void plan() {
		if (target.isRetired()) {
			refuse("refusal.retired", target); //$NON-NLS-1$
			return;
		}
		if (handling != Handling.KEEP && (successor == null || successor == person)) {
			refuse("refusal.noSuccessor", person); //$NON-NLS-1$
			return;
		}
		if (person.getOrganization() != target) {
			set(person, ModelPackage.Literals.PERSON__ORGANIZATION, target);
		}
		List<Assignment> handedOver = switch (handling) {
			case KEEP -> List.of();
			case HAND_OVER -> assignments();
			case HAND_OVER_CONFLICTS -> conflicts();
		};
		for (Assignment assignment : handedOver) {
			Issue issue = (Issue) assignment.eContainer();
			if (holds(issue, assignment.getRole(), successor)) {
				remove(issue, ModelPackage.Literals.ISSUE__ASSIGNMENTS, assignment);
			} else {
				set(assignment, ModelPackage.Literals.ASSIGNMENT__PERSON, successor);
			}
			affects(issue);
		}
		affects(person);
	}

	private static boolean holds(Issue issue, AssignmentRole role, Person holder) {
		for (Assignment assignment : issue.getAssignments()) {
			if (assignment.getRole() == role && assignment.getPerson() == holder) {
				return true;
			}
		}
		return false;
	}
}
