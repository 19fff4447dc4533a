package taizhang.responsibility.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taizhang.responsibility.ui.tests.Workbench.answerNextDialog;
import static taizhang.responsibility.ui.tests.Workbench.execute;
import static taizhang.responsibility.ui.tests.Workbench.processEvents;
import static taizhang.responsibility.ui.tests.Workbench.waitUntil;
import static taizhang.responsibility.ui.tests.Workbench.widget;

import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.Test;

import taizhang.core.issues.IssueFacts;
import taizhang.model.AssignmentRole;
import taizhang.model.Issue;
import taizhang.model.Organization;
import taizhang.responsibility.ui.ResponsibilityViews;
import taizhang.responsibility.ui.internal.BackgroundRead;
import taizhang.responsibility.ui.internal.dossier.PersonDossierPart;
import taizhang.responsibility.ui.internal.dossier.UnitDossierPart;
import taizhang.responsibility.ui.internal.matrix.MatrixPart;

/** Bulk assignment on selected issues, the matrix with its editable cells, and the dossiers. */
class AssignmentTest extends ViewTest {

	@Test
	void dossiersFollowTheSelectedUnitAndPerson() throws Exception {
		UnitDossierPart unitDossier = Workbench.view(ResponsibilityViews.UNIT_DOSSIER, UnitDossierPart.class);
		PersonDossierPart personDossier = Workbench.view(ResponsibilityViews.PERSON_DOSSIER, PersonDossierPart.class);
		select(f.east);
		assertSame(f.east, unitDossier.subject());
		assertEquals(List.of(f.lake), unitDossier.asLead().viewer().getInput());
		select(f.eastDeputy);
		assertSame(f.eastDeputy, personDossier.subject());
		// responsible for the lake issue, leader in charge of the dust issue
		assertEquals(2, personDossier.entries().rowCount());
		Workbench.screenshot(Workbench.window().getShell(), "person-dossier");
	}

	@Test
	void bulkAssignmentGivesTheRoleOnEverySelectedIssueInOneUndoableCommand() throws Exception {
		List<Issue> selected = selectIssuesInTheUnitDossier(f.bureau, f.lake, f.river);
		answerNextDialog("dialog-assign", shell -> {
			Combo role = widget(shell, "role", Combo.class);
			role.select(AssignmentRole.CITY_CONTACT_LEADER.ordinal());
			role.notifyListeners(SWT.Selection, new Event());
			Workbench.select(widget(shell, "people", Table.class), f.mayor);
		});
		execute(ResponsibilityViews.ASSIGN_COMMAND);
		for (Issue issue : selected) {
			assertEquals(List.of(f.mayor), holders(issue, AssignmentRole.CITY_CONTACT_LEADER), issue.getCaseNumber());
		}
		assertTrue(holders(f.dust, AssignmentRole.CITY_CONTACT_LEADER).isEmpty(), "an issue not selected is left alone");

		execute("org.eclipse.ui.edit.undo"); //$NON-NLS-1$
		for (Issue issue : selected) {
			assertTrue(holders(issue, AssignmentRole.CITY_CONTACT_LEADER).isEmpty(), "undone in one step");
		}
	}

	@Test
	void aUnitChosenInTheOrganizationsViewIsAssignedToTheIssuesSelectedLast() {
		selectIssuesInTheUnitDossier(f.bureau, f.lake, f.river);
		select(f.street);
		answerNextDialog(null, shell -> {
			Tree units = widget(shell, "units", Tree.class);
			assertEquals(1, units.getSelectionCount(), "a unit is proposed");
			assertSame(f.street, units.getSelection()[0].getData(), "the unit selected is proposed");
		});
		execute(ResponsibilityViews.ASSIGN_COMMAND);
		assertSame(f.street, IssueFacts.leadUnit(f.lake));
		assertSame(f.street, IssueFacts.leadUnit(f.river));
		assertFalse(IssueFacts.cooperatingUnits(f.lake).contains(f.street), "the new lead unit no longer cooperates");
		execute("org.eclipse.ui.edit.undo"); //$NON-NLS-1$
		assertSame(f.east, IssueFacts.leadUnit(f.lake));
		assertSame(f.west, IssueFacts.leadUnit(f.river));
	}

	@Test
	void matrixCountsUnitsAndEditsACellInPlace() throws Exception {
		MatrixPart matrix = Workbench.view(ResponsibilityViews.MATRIX, MatrixPart.class);
		matrix.recompute();
		waitForReads();
		assertEquals(1, matrix.matrix().counts(f.east).lead());
		assertEquals(2, matrix.matrix().counts(f.bureau).cooperating());
		Workbench.select(matrix.units().getTable(), f.bureau, f.west);
		processEvents();
		assertEquals(List.of(f.west, f.bureau), matrix.columnUnits(), "the units chosen, in the order listed");
		assertEquals(List.of(f.lake, f.river), matrix.cells().getInput());
		Workbench.screenshot(Workbench.window().getShell(), "matrix");

		assertTrue(matrix.setCell(f.lake, f.west, AssignmentRole.COOPERATING_UNIT));
		assertTrue(IssueFacts.cooperatingUnits(f.lake).contains(f.west));
		matrix.recompute();
		waitForReads();
		assertEquals(2, matrix.matrix().counts(f.west).cooperating() + matrix.matrix().counts(f.west).lead());
		assertTrue(matrix.setCell(f.lake, f.bureau, null));
		assertFalse(IssueFacts.cooperatingUnits(f.lake).contains(f.bureau));

		execute("org.eclipse.ui.edit.undo"); //$NON-NLS-1$
		execute("org.eclipse.ui.edit.undo"); //$NON-NLS-1$
		assertEquals(List.of(f.bureau, f.street), IssueFacts.cooperatingUnits(f.lake));
		waitUntil("the matrix to follow the undo",
				() -> Job.getJobManager().find(BackgroundRead.FAMILY).length == 0 && matrix.matrix().counts(f.west).cooperating() == 0);
	}

	/**
	 * Shows the dossier of {@code unit}, which cooperates on {@code issues}, and selects them in its
	 * list, as a click does: they become the workbench's selection.
	 */
	private List<Issue> selectIssuesInTheUnitDossier(Organization unit, Issue... issues) {
		UnitDossierPart dossier = Workbench.view(ResponsibilityViews.UNIT_DOSSIER, UnitDossierPart.class);
		dossier.show(unit);
		waitForReads();
		dossier.asCooperating().viewer().getTable().setFocus();
		Workbench.select(dossier.asCooperating().viewer().getTable(), (Object[]) issues);
		processEvents();
		return List.of(issues);
	}

	private static List<Object> holders(Issue issue, AssignmentRole role) {
		return issue.getAssignments().stream().filter(assignment -> assignment.getRole() == role)
				.map(assignment -> assignment.getPerson() != null ? (Object) assignment.getPerson() : assignment.getOrganization())
				.toList();
	}
}
