package taizhang.responsibility.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import taizhang.core.issues.IssueFacts;
import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.Issue;
import taizhang.model.Person;
import taizhang.responsibility.AssignCommand;
import taizhang.responsibility.RetireUnitCommand;

/** Bulk assignment of a role to a selection of issues, and the edit of one matrix cell. */
class AssignCommandTest {

	private final Fixture f = new Fixture();

	private static List<Person> people(Issue issue, AssignmentRole role) {
		return issue.getAssignments().stream().filter(a -> a.getRole() == role).map(Assignment::getPerson).toList();
	}

	@Test
	void bulkAssignmentReplacesTheLeaderInChargeOfEveryIssueInOneCommand() {
		String before = Snapshot.of(f.ledger);
		AssignCommand assign = AssignCommand.assign(f.domain, List.of(f.lake, f.river, f.dust),
				AssignmentRole.LEADER_IN_CHARGE, f.viceMayor);
		f.execute(assign);
		for (Issue issue : List.of(f.lake, f.river, f.dust)) {
			assertEquals(List.of(f.viceMayor), people(issue, AssignmentRole.LEADER_IN_CHARGE), issue.getCaseNumber());
		}
		assertEquals(List.of(f.lake, f.river, f.dust), List.copyOf(assign.getAffectedObjects()));
		f.stack.undo();
		assertEquals(before, Snapshot.of(f.ledger));
		assertFalse(f.stack.canUndo()); // one command for all three issues
	}

	@Test
	void aRoleAnIssueLacksIsAdded() {
		AssignCommand contact = AssignCommand.assign(f.domain, List.of(f.lake, f.dust), AssignmentRole.CITY_CONTACT_LEADER,
				f.viceMayor);
		f.execute(contact);
		assertEquals(List.of(f.viceMayor), people(f.lake, AssignmentRole.CITY_CONTACT_LEADER));
		assertEquals(List.of(f.viceMayor), people(f.dust, AssignmentRole.CITY_CONTACT_LEADER));
	}

	@Test
	void aNewLeadUnitStopsCooperating() {
		f.execute(AssignCommand.assign(f.domain, List.of(f.lake), AssignmentRole.LEAD_UNIT, f.bureau));
		assertSame(f.bureau, IssueFacts.leadUnit(f.lake));
		assertEquals(List.of(f.street), IssueFacts.cooperatingUnits(f.lake));
	}

	@Test
	void aCooperatingUnitIsAddedOnceAndNotToIssuesItLeads() {
		AssignCommand cooperate = AssignCommand.assign(f.domain, List.of(f.lake, f.river, f.dust),
				AssignmentRole.COOPERATING_UNIT, f.street);
		f.execute(cooperate);
		assertEquals(List.of(f.bureau, f.street), IssueFacts.cooperatingUnits(f.lake)); // already there
		assertEquals(List.of(f.bureau, f.street), IssueFacts.cooperatingUnits(f.river));
		assertEquals(List.of(f.east), IssueFacts.cooperatingUnits(f.dust)); // the street leads it
		assertEquals(List.of(f.dust), cooperate.skipped());
	}

	@Test
	void unassignRemovesTheRoleFromEveryIssue() {
		f.execute(AssignCommand.unassign(f.domain, List.of(f.lake, f.river), AssignmentRole.COOPERATING_UNIT, f.bureau));
		assertEquals(List.of(f.street), IssueFacts.cooperatingUnits(f.lake));
		assertEquals(List.of(), IssueFacts.cooperatingUnits(f.river));
		f.execute(AssignCommand.unassign(f.domain, List.of(f.lake), AssignmentRole.COOPERATING_UNIT, null));
		assertEquals(List.of(), IssueFacts.cooperatingUnits(f.lake));
	}

	@Test
	void aMatrixCellSetsTheUnitsOneRoleOnTheIssue() {
		String before = Snapshot.of(f.ledger);
		f.execute(AssignCommand.setUnitRole(f.domain, f.lake, f.street, AssignmentRole.LEAD_UNIT));
		assertSame(f.street, IssueFacts.leadUnit(f.lake));
		assertEquals(List.of(f.bureau), IssueFacts.cooperatingUnits(f.lake));
		f.execute(AssignCommand.setUnitRole(f.domain, f.lake, f.west, AssignmentRole.COOPERATING_UNIT));
		assertEquals(List.of(f.bureau, f.west), IssueFacts.cooperatingUnits(f.lake));
		f.execute(AssignCommand.setUnitRole(f.domain, f.lake, f.bureau, null));
		assertEquals(List.of(f.west), IssueFacts.cooperatingUnits(f.lake));
		f.stack.undo();
		f.stack.undo();
		f.stack.undo();
		assertEquals(before, Snapshot.of(f.ledger));
	}

	@Test
	void rolesGoToTheRightHolders() {
		assertEquals("The role Lead unit is held by a unit.", //$NON-NLS-1$
				AssignCommand.assign(f.domain, List.of(f.lake), AssignmentRole.LEAD_UNIT, f.mayor).refusal(Locale.ENGLISH));
		assertEquals("“责任人”须由人员承担。", //$NON-NLS-1$
				AssignCommand.assign(f.domain, List.of(f.lake), AssignmentRole.RESPONSIBLE_PERSON, f.east)
						.refusal(Locale.CHINESE));
		assertEquals("No issue is selected.", //$NON-NLS-1$
				AssignCommand.assign(f.domain, List.of(), AssignmentRole.RESPONSIBLE_PERSON, f.mayor).refusal(Locale.ENGLISH));
	}

	@Test
	void aRetiredUnitGetsNoNewRoles() {
		f.execute(RetireUnitCommand.merge(f.domain, f.ledger, f.west, f.east, Fixture.AS_OF));
		assertFalse(AssignCommand.assign(f.domain, List.of(f.dust), AssignmentRole.COOPERATING_UNIT, f.west).canExecute());
	}

	@Test
	void assigningWhatIsAlreadySoChangesNothing() {
		AssignCommand same = AssignCommand.assign(f.domain, List.of(f.lake), AssignmentRole.LEAD_UNIT, f.east);
		assertFalse(same.canExecute());
		assertEquals("没有需要更改的内容。", same.refusal(Locale.CHINESE)); //$NON-NLS-1$
	}
}
