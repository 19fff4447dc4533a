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

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;

import taizhang.model.AssignmentRole;
import taizhang.model.Organization;
import taizhang.model.OrganizationKind;
import taizhang.responsibility.ui.ResponsibilityViews;
import taizhang.responsibility.ui.internal.matrix.MatrixPart;
import taizhang.responsibility.ui.internal.problems.ProblemsPart;
import taizhang.responsibility.validation.Problem;

/** The problems view follows edits and their undo, and takes the user to the object of a problem. */
class ProblemsViewTest extends ViewTest {

	@Test
	void anEditThatBreaksARuleShowsAProblemAndItsUndoTakesItAway() throws Exception {
		ProblemsPart problems = validatedProblems();
		assertEquals(List.of(), problems.problems().stream().map(Problem::toString).toList(), "the fixture is valid");

		breakTheRiverIssue();
		waitUntil("a problem with the river issue", () -> !problemsOf(problems, p -> p.issue() == f.river).isEmpty());
		assertEquals(problems.problems().size(), problems.viewer().getTable().getItemCount(), "every problem is listed");
		Workbench.showView(ResponsibilityViews.PROBLEMS);
		Workbench.screenshot(Workbench.window().getShell(), "problems");

		// Selecting a problem shows its object in the Properties view, which follows the post selection.
		Problem problem = problemsOf(problems, p -> p.issue() == f.river).get(0);
		List<Object> posted = new ArrayList<>();
		ISelectionListener listener = (part, selection) -> posted
				.add(((IStructuredSelection) selection).getFirstElement());
		Workbench.window().getActivePage().addPostSelectionListener(listener);
		try {
			select(problems, problem);
			waitUntil("the problem's object in the post selection", () -> posted.contains(problem.object()));
		} finally {
			Workbench.window().getActivePage().removePostSelectionListener(listener);
		}

		execute("org.eclipse.ui.edit.undo"); //$NON-NLS-1$
		waitUntil("the problem to go with the undo", () -> problems.problems().isEmpty());
		assertEquals(0, problems.viewer().getTable().getItemCount());
		assertFalse(problems.lastRun().full(), "the undo was validated incrementally");
	}

	@Test
	void doubleClickOnAnIssueProblemSelectsTheIssueAndShowsItsProperties() throws Exception {
		ProblemsPart problems = validatedProblems();
		breakTheRiverIssue();
		waitUntil("a problem with the river issue", () -> !problemsOf(problems, p -> p.issue() == f.river).isEmpty());
		Problem problem = problemsOf(problems, p -> p.issue() == f.river).get(0);
		boolean issueEditor = Workbench.window().getService(ICommandService.class)
				.getCommand(ResponsibilityViews.OPEN_ISSUE_COMMAND).isDefined();

		doubleClick(problems, problem);
		if (!issueEditor) {
			IViewPart properties = Workbench.window().getActivePage().findView(IPageLayout.ID_PROP_SHEET);
			assertTrue(properties != null && Workbench.window().getActivePage().isPartVisible(properties),
					"the Properties view is shown");
			IStructuredSelection selection = (IStructuredSelection) Workbench.window().getSelectionService()
					.getSelection(ResponsibilityViews.PROBLEMS);
			assertSame(f.river, selection.getFirstElement(), "the issue is selected");
		}
		execute("org.eclipse.ui.edit.undo"); //$NON-NLS-1$
		// The issue's editor, where the issue editor is installed, is not part of the next test.
		Workbench.window().getActivePage().closeAllEditors(false);
		processEvents();
	}

	@Test
	void doubleClickOnAUnitProblemRevealsTheUnitInTheOrganizationsView() throws Exception {
		ProblemsPart problems = validatedProblems();
		select(f.city);
		answerNextDialog(null, shell -> {
			widget(shell, "name", Text.class).setText("南湖区"); //$NON-NLS-1$
			Combo kind = widget(shell, "kind", Combo.class);
			kind.select(OrganizationKind.COUNTY_DISTRICT.ordinal());
			kind.notifyListeners(SWT.Selection, new Event());
		});
		execute("taizhang.responsibility.ui.newUnit"); //$NON-NLS-1$
		Organization county = (Organization) organizations.selection().getFirstElement();
		waitUntil("the new county's missing first responsible person",
				() -> !problemsOf(problems, p -> p.object() == county).isEmpty());

		select(f.west);
		Workbench.showView(ResponsibilityViews.PROBLEMS);
		doubleClick(problems, problemsOf(problems, p -> p.object() == county).get(0));
		assertSame(county, organizations.selection().getFirstElement(), "the unit is selected in the organizations view");
		assertSame(Workbench.window().getActivePage().findView(ResponsibilityViews.ORGANIZATIONS),
				Workbench.window().getActivePage().getActivePart(), "the organizations view is active");
		execute("org.eclipse.ui.edit.undo"); //$NON-NLS-1$
		waitUntil("the problem to go with the unit", () -> problemsOf(problems, p -> p.object() == county).isEmpty());
	}

	/** The west deputy, responsible for the river issue, does not work in the street, its new lead unit. */
	private void breakTheRiverIssue() {
		MatrixPart matrix = Workbench.view(ResponsibilityViews.MATRIX, MatrixPart.class);
		assertTrue(matrix.setCell(f.river, f.street, AssignmentRole.LEAD_UNIT));
		processEvents();
	}

	private static List<Problem> problemsOf(ProblemsPart problems, Predicate<Problem> which) {
		return problems.problems().stream().filter(which).toList();
	}

	/** Selects the problem's row as a click does. */
	private static void select(ProblemsPart problems, Problem problem) {
		Workbench.showView(ResponsibilityViews.PROBLEMS);
		int index = problems.problems().indexOf(problem);
		Table table = problems.viewer().getTable();
		table.getItem(index).getText(); // a virtual row gets its problem when first shown
		table.setSelection(index);
		table.notifyListeners(SWT.Selection, new Event());
		processEvents();
	}

	/** Selects the problem's row and double-clicks it, as the user does. */
	private static void doubleClick(ProblemsPart problems, Problem problem) {
		select(problems, problem);
		int index = problems.problems().indexOf(problem);
		Table table = problems.viewer().getTable();
		Event event = new Event();
		event.item = table.getItem(index);
		table.notifyListeners(SWT.DefaultSelection, event);
		processEvents();
	}
}
