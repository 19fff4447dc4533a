package taizhang.responsibility.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import taizhang.model.Organization;
import taizhang.model.OrganizationKind;
import taizhang.model.Person;
import taizhang.model.PositionKind;
import taizhang.responsibility.CreatePersonCommand;
import taizhang.responsibility.CreateUnitCommand;
import taizhang.responsibility.MoveUnitCommand;
import taizhang.responsibility.RenameUnitCommand;
import taizhang.responsibility.RetireUnitCommand;

/** Creating, renaming and moving units and adding people: each one command, undone and redone whole. */
class UnitCommandsTest {

	private final Fixture f = new Fixture();

	@Test
	void createdUnitJoinsTheTreeUnderItsParentAndLeavesOnUndo() {
		String before = Snapshot.of(f.ledger);
		CreateUnitCommand create = new CreateUnitCommand(f.domain, f.ledger, " 湖心街道 ", OrganizationKind.TOWNSHIP_STREET, //$NON-NLS-1$
				f.east);
		f.execute(create);
		Organization unit = create.unit();
		assertSame(f.ledger, unit.eContainer());
		assertEquals("湖心街道", unit.getName()); //$NON-NLS-1$
		assertSame(f.east, unit.getParent());
		assertTrue(f.east.getChildren().contains(unit));
		assertFalse(unit.getId() == null || unit.getId().isEmpty());
		assertEquals(List.of(unit), List.copyOf(create.getAffectedObjects()));

		f.stack.undo();
		assertEquals(before, Snapshot.of(f.ledger));
		assertFalse(f.east.getChildren().contains(unit));
		f.stack.redo();
		assertSame(f.east, unit.getParent());
	}

	@Test
	void aUnitNeedsANameAndALiveParent() {
		CreateUnitCommand nameless = new CreateUnitCommand(f.domain, f.ledger, "  ", OrganizationKind.DEPARTMENT, null); //$NON-NLS-1$
		assertFalse(nameless.canExecute());
		assertEquals("须填写名称。", nameless.refusal(Locale.CHINESE)); //$NON-NLS-1$
		f.west.setRetired(true);
		CreateUnitCommand underRetired = new CreateUnitCommand(f.domain, f.ledger, "某镇", OrganizationKind.TOWNSHIP_STREET, //$NON-NLS-1$
				f.west);
		assertEquals("西山县 is retired.", underRetired.refusal(Locale.ENGLISH)); //$NON-NLS-1$
		assertThrows(IllegalStateException.class, underRetired::execute);
		assertEquals(5, f.ledger.getOrganizations().size());
	}

	@Test
	void renameSetsNameAndShortNameAndUndoRestoresBoth() {
		String before = Snapshot.of(f.ledger);
		f.execute(new RenameUnitCommand(f.domain, f.street, "湖滨新区街道", "湖滨新区")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("湖滨新区街道", f.street.getName()); //$NON-NLS-1$
		assertEquals("湖滨新区", f.street.getShortName()); //$NON-NLS-1$
		f.stack.undo();
		assertEquals(before, Snapshot.of(f.ledger));
	}

	@Test
	void renamingToTheSameNameChangesNothing() {
		RenameUnitCommand same = new RenameUnitCommand(f.domain, f.street, f.street.getName(), null);
		assertFalse(same.canExecute());
		assertEquals("Nothing would change.", same.refusal(Locale.ENGLISH)); //$NON-NLS-1$
	}

	@Test
	void moveReparentsTheUnitWithEverythingUnderIt() {
		String before = Snapshot.of(f.ledger);
		f.execute(new MoveUnitCommand(f.domain, f.street, f.west));
		assertSame(f.west, f.street.getParent());
		assertTrue(f.west.getChildren().contains(f.street));
		assertFalse(f.east.getChildren().contains(f.street));
		f.stack.undo();
		assertSame(f.east, f.street.getParent());
		assertEquals(before, Snapshot.of(f.ledger));
	}

	@Test
	void moveRefusesCycles() {
		MoveUnitCommand underChild = new MoveUnitCommand(f.domain, f.east, f.street);
		assertFalse(underChild.canExecute());
		assertEquals("不能将东湖区移到湖滨街道之下：湖滨街道就是东湖区本身或其下级单位。", underChild.refusal(Locale.CHINESE)); //$NON-NLS-1$
		assertFalse(new MoveUnitCommand(f.domain, f.city, f.street).canExecute());
		assertFalse(new MoveUnitCommand(f.domain, f.east, f.east).canExecute());
		assertSame(f.city, f.east.getParent());
	}

	@Test
	void moveToTheTopOfTheTree() {
		f.execute(new MoveUnitCommand(f.domain, f.bureau, null));
		assertNull(f.bureau.getParent());
		f.stack.undo();
		assertSame(f.city, f.bureau.getParent());
	}

	@Test
	void moveRefusesARetiredParent() {
		f.execute(RetireUnitCommand.merge(f.domain, f.ledger, f.west, f.east, Fixture.AS_OF));
		assertFalse(new MoveUnitCommand(f.domain, f.bureau, f.west).canExecute());
	}

	@Test
	void addedPersonWorksInTheUnit() {
		String before = Snapshot.of(f.ledger);
		CreatePersonCommand add = new CreatePersonCommand(f.domain, f.ledger, "陈科长", "科长", PositionKind.LIAISON, f.bureau); //$NON-NLS-1$ //$NON-NLS-2$
		f.execute(add);
		Person person = add.person();
		assertSame(f.bureau, person.getOrganization());
		assertSame(f.ledger, person.eContainer());
		assertFalse(person.isLeadership());
		f.stack.undo();
		assertEquals(before, Snapshot.of(f.ledger));
	}
}
