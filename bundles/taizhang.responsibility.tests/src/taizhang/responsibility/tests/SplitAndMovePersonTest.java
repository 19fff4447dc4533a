package taizhang.responsibility.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import taizhang.core.issues.IssueFacts;
import taizhang.model.AssignmentRole;
import taizhang.model.Organization;
import taizhang.responsibility.MovePersonCommand;
import taizhang.responsibility.MovePersonCommand.Handling;
import taizhang.responsibility.SplitUnitCommand;

/** Splitting a unit, and moving people between units with what they answer for. */
class SplitAndMovePersonTest {

	private final Fixture f = new Fixture();

	@Test
	void splitTakesTheChosenPeopleSubordinatesAndIssues() {
		String before = Snapshot.of(f.ledger);
		SplitUnitCommand split = new SplitUnitCommand(f.domain, f.ledger, f.east, "东湖新区", //$NON-NLS-1$
				List.of(f.eastDeputy), List.of(f.lake, f.dust), List.of(f.street));
		f.execute(split);
		Organization unit = split.unit();
		assertEquals(f.east.getKind(), unit.getKind());
		assertSame(f.city, unit.getParent());
		assertSame(unit, f.eastDeputy.getOrganization());
		assertSame(f.east, f.eastHead.getOrganization());
		assertSame(unit, f.street.getParent());
		assertSame(unit, IssueFacts.leadUnit(f.lake));
		assertSame(unit, f.lake.getRegion());
		assertEquals(List.of(unit), IssueFacts.cooperatingUnits(f.dust));
		assertSame(unit, f.dust.getPlan().getMeasures().get(1).getUnit());
		// the records stay with the old unit
		assertSame(f.east, f.notice.getUnit());
		assertSame(f.east, f.lake.getProgressReports().get(0).getUnit());
		f.stack.undo();
		assertEquals(before, Snapshot.of(f.ledger));
	}

	@Test
	void splitRefusesWhatIsNotTheUnits() {
		assertEquals("周县长 does not work in 东湖区.", new SplitUnitCommand(f.domain, f.ledger, f.east, "新区", //$NON-NLS-1$ //$NON-NLS-2$
				List.of(f.westHead), List.of(), List.of()).refusal(Locale.ENGLISH));
		assertEquals("东湖区 has no role in Issue ZY2020-02 (No. 2).", new SplitUnitCommand(f.domain, f.ledger, f.east, //$NON-NLS-1$
				"新区", List.of(), List.of(f.river), List.of()).refusal(Locale.ENGLISH)); //$NON-NLS-1$
		assertEquals("西山县 is not directly under 东湖区.", new SplitUnitCommand(f.domain, f.ledger, f.east, "新区", //$NON-NLS-1$ //$NON-NLS-2$
				List.of(), List.of(), List.of(f.west)).refusal(Locale.ENGLISH));
	}

	@Test
	void aMovedPersonKeepsTheirAssignments() {
		f.execute(new MovePersonCommand(f.domain, f.ledger, f.eastDeputy, f.west, Handling.KEEP, null));
		assertSame(f.west, f.eastDeputy.getOrganization());
		assertSame(f.eastDeputy, IssueFacts.responsiblePerson(f.lake));
		f.stack.undo();
		assertSame(f.east, f.eastDeputy.getOrganization());
	}

	@Test
	void conflictsAreTheResponsibilitiesTheMoveBreaks() {
		MovePersonCommand toWest = new MovePersonCommand(f.domain, f.ledger, f.eastDeputy, f.west, Handling.KEEP, null);
		assertEquals(List.of(f.lake.getAssignments().get(1)), toWest.conflicts());
		assertEquals(2, toWest.assignments().size()); // responsible for the lake, leader in charge of the dust
		MovePersonCommand up = new MovePersonCommand(f.domain, f.ledger, f.eastDeputy, f.city, Handling.KEEP, null);
		assertEquals(List.of(), up.conflicts()); // the city lies above the lead unit
	}

	@Test
	void handOverGivesEveryAssignmentToTheSuccessor() {
		String before = Snapshot.of(f.ledger);
		f.execute(new MovePersonCommand(f.domain, f.ledger, f.eastDeputy, f.west, Handling.HAND_OVER, f.eastHead));
		assertSame(f.eastHead, IssueFacts.responsiblePerson(f.lake));
		// the east head, already the lake's leader in charge, now also answers for it and leads the dust issue's work
		assertEquals(List.of(f.eastHead), f.dust.getAssignments().stream()
				.filter(a -> a.getRole() == AssignmentRole.LEADER_IN_CHARGE).map(a -> a.getPerson()).toList());
		f.stack.undo();
		assertEquals(before, Snapshot.of(f.ledger));
	}

	@Test
	void handOverOfConflictsOnlyKeepsTheRest() {
		f.execute(new MovePersonCommand(f.domain, f.ledger, f.eastDeputy, f.west, Handling.HAND_OVER_CONFLICTS,
				f.eastLiaison));
		assertSame(f.eastLiaison, IssueFacts.responsiblePerson(f.lake));
		assertEquals(1, f.dust.getAssignments().stream().filter(a -> a.getPerson() == f.eastDeputy).count());
	}

	@Test
	void handOverNeedsSomeoneElse() {
		MovePersonCommand noOne = new MovePersonCommand(f.domain, f.ledger, f.eastDeputy, f.west, Handling.HAND_OVER,
				f.eastDeputy);
		assertFalse(noOne.canExecute());
		assertEquals("须指定钱副区长以外的人员承接其职责。", noOne.refusal(Locale.CHINESE)); //$NON-NLS-1$
	}
}
