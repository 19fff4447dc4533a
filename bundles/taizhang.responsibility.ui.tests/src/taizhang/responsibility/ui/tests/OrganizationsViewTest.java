package taizhang.responsibility.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taizhang.responsibility.ui.tests.Workbench.answerNextDialog;
import static taizhang.responsibility.ui.tests.Workbench.click;
import static taizhang.responsibility.ui.tests.Workbench.execute;
import static taizhang.responsibility.ui.tests.Workbench.processEvents;
import static taizhang.responsibility.ui.tests.Workbench.widget;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.jface.action.LegacyActionTools;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;

import taizhang.core.issues.IssueFacts;
import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.OrganizationKind;
import taizhang.model.Person;
import taizhang.model.PositionKind;
import taizhang.model.labels.ModelLabels;
import taizhang.responsibility.ui.ResponsibilityViews;
import taizhang.responsibility.ui.internal.Messages;
import taizhang.ui.internal.Labels;

/**
 * The organizations view: its tree, and every edit of units and people through the view's commands
 * and dialogs (and a drop), each undone again through Undo.
 */
class OrganizationsViewTest extends ViewTest {

	private static final String NEW_UNIT = "taizhang.responsibility.ui.newUnit"; //$NON-NLS-1$
	private static final String RENAME_UNIT = "taizhang.responsibility.ui.renameUnit"; //$NON-NLS-1$
	private static final String MOVE_UNIT = "taizhang.responsibility.ui.moveUnit"; //$NON-NLS-1$
	private static final String MERGE_UNIT = "taizhang.responsibility.ui.mergeUnit"; //$NON-NLS-1$
	private static final String SPLIT_UNIT = "taizhang.responsibility.ui.splitUnit"; //$NON-NLS-1$
	private static final String RETIRE_UNIT = "taizhang.responsibility.ui.retireUnit"; //$NON-NLS-1$
	private static final String NEW_PERSON = "taizhang.responsibility.ui.newPerson"; //$NON-NLS-1$
	private static final String MOVE_PERSON = "taizhang.responsibility.ui.movePerson"; //$NON-NLS-1$
	private static final String UNDO = "org.eclipse.ui.edit.undo"; //$NON-NLS-1$
	private static final String REDO = "org.eclipse.ui.edit.redo"; //$NON-NLS-1$

	@Test
	void treeShowsUnitsUnderTheirParentsWithTheirPeople() throws Exception {
		organizations.reveal(f.streetHead);
		Tree tree = organizations.viewer().getTree();
		TreeItem city = item(tree.getItems(), Labels.name(f.city));
		assertNotNull(city, "the city at the top");
		TreeItem east = item(city.getItems(), Labels.name(f.east));
		assertNotNull(east, "the east county under the city");
		TreeItem street = item(east.getItems(), Labels.name(f.street));
		TreeItem head = item(street.getItems(), Labels.name(f.streetHead));
		assertNotNull(head, "the street's head under the street");
		assertEquals(f.streetHead.getTitle(), head.getText(1));
		assertEquals(Labels.of(PositionKind.FIRST_RESPONSIBLE_PERSON), head.getText(2));
		assertTrue(east.getText(3).contains(Labels.of(taizhang.model.AssignmentRole.LEAD_UNIT) + " 1"), east.getText(3));
		Workbench.screenshot(Workbench.window().getShell(), "organizations");
	}

	@Test
	void newUnitIsCreatedUnderTheSelectedUnitAndUndone() throws Exception {
		select(f.east);
		int units = f.ledger.getOrganizations().size();
		answerNextDialog("dialog-new-unit", shell -> {
			widget(shell, "name", Text.class).setText("东湖区水务局"); //$NON-NLS-1$
			Combo kind = widget(shell, "kind", Combo.class);
			kind.select(OrganizationKind.DEPARTMENT.ordinal());
			kind.notifyListeners(SWT.Selection, new Event());
		});
		execute(NEW_UNIT);
		assertEquals(units + 1, f.ledger.getOrganizations().size());
		Organization created = f.ledger.getOrganizations().get(units);
		assertEquals("东湖区水务局", created.getName()); //$NON-NLS-1$
		assertSame(f.east, created.getParent());
		assertEquals(created, organizations.selection().getFirstElement(), "the new unit is selected");

		execute(UNDO);
		assertEquals(units, f.ledger.getOrganizations().size());
		assertFalse(f.east.getChildren().contains(created));
		execute(REDO);
		assertSame(f.east, created.getParent());
	}

	@Test
	void renameChangesNameAndShortNameAndIsUndone() throws Exception {
		PropertySheet properties = (PropertySheet) Workbench.window().getActivePage()
				.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		select(f.bureau);
		answerNextDialog("dialog-rename-unit", shell -> {
			widget(shell, "name", Text.class).setText("江州市生态环境局"); //$NON-NLS-1$
			widget(shell, "shortName", Text.class).setText("市生态环境局"); //$NON-NLS-1$
		});
		execute(RENAME_UNIT);
		assertEquals("江州市生态环境局", f.bureau.getName()); //$NON-NLS-1$
		assertEquals("市生态环境局", f.bureau.getShortName()); //$NON-NLS-1$
		assertEquals("江州市生态环境局", organizations.viewer().getTree().getSelection()[0].getText(0)); //$NON-NLS-1$
		String nameLabel = ModelLabels.featureLabel(ModelPackage.Literals.ORGANIZATION__NAME, Labels.locale());
		Tree propertyTree = (Tree) properties.getCurrentPage().getControl();
		Workbench.waitUntil("the Properties view to show the new name", () -> { //$NON-NLS-1$
			TreeItem row = row(propertyTree.getItems(), nameLabel);
			return row != null && "江州市生态环境局".equals(row.getText(1)); //$NON-NLS-1$
		});
		execute(UNDO);
		assertEquals("生态环境局", f.bureau.getName()); //$NON-NLS-1$
	}

	@Test
	void moveCommandPutsTheUnitUnderTheChosenParentAndIsUndone() {
		select(f.street);
		answerNextDialog("dialog-move-unit", shell -> {
			Workbench.select(widget(shell, "units", Tree.class), f.west);
		});
		execute(MOVE_UNIT);
		assertSame(f.west, f.street.getParent());
		assertSame(f.west, organizations.viewer().getTree().getSelection()[0].getParentItem().getData());
		execute(UNDO);
		assertSame(f.east, f.street.getParent());
	}

	@Test
	void propertiesFollowAPersonDroppedOnAnotherUnit() throws Exception {
		PropertySheet properties = (PropertySheet) Workbench.window().getActivePage()
				.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		select(f.eastLiaison);
		String unitLabel = ModelLabels.featureLabel(ModelPackage.Literals.PERSON__ORGANIZATION, Labels.locale());
		Tree propertyTree = (Tree) properties.getCurrentPage().getControl();
		Workbench.waitUntil("the Properties view to show the person's unit", () -> { //$NON-NLS-1$
			TreeItem row = row(propertyTree.getItems(), unitLabel);
			return row != null && Labels.name(f.east).equals(row.getText(1));
		});
		assertTrue(organizations.drop(f.eastLiaison, f.west));
		Workbench.waitUntil("the Properties view to show the person's new unit", () -> { //$NON-NLS-1$
			TreeItem row = row(((Tree) properties.getCurrentPage().getControl()).getItems(), unitLabel);
			return row != null && Labels.name(f.west).equals(row.getText(1));
		});
		execute(UNDO);
	}

	@Test
	void dropMovesUnitsAndPeopleAndRefusesACycle() {
		assertFalse(organizations.drop(f.east, f.street), "a unit cannot go under its own subordinate");
		assertSame(f.city, f.east.getParent());

		assertTrue(organizations.drop(f.street, f.west));
		assertSame(f.west, f.street.getParent());
		assertTrue(organizations.drop(f.eastLiaison, f.west));
		assertSame(f.west, f.eastLiaison.getOrganization());
		select(f.west);
		execute(UNDO);
		execute(UNDO);
		assertSame(f.east, f.street.getParent());
		assertSame(f.east, f.eastLiaison.getOrganization());
	}

	@Test
	void mergeShowsWhatIsReassignedAndReassignsItAllInOneUndoableStep() throws Exception {
		select(f.east);
		List<String> usages = new ArrayList<>();
		answerNextDialog("dialog-merge-unit", shell -> {
			Table table = widget(shell, "usages", Table.class);
			for (int i = 0; i < table.getItemCount(); i++) {
				usages.add(table.getItem(i).getText());
			}
			Workbench.select(widget(shell, "units", Tree.class), f.west);
		});
		execute(MERGE_UNIT);
		assertFalse(usages.isEmpty(), "the dialog lists what refers to the unit");
		assertTrue(f.east.isRetired());
		assertSame(f.west, f.east.getSuccessor());
		assertSame(f.west, IssueFacts.leadUnit(f.lake));
		assertSame(f.west, f.eastHead.getOrganization());
		assertSame(f.west, f.street.getParent());
		assertEquals(List.of(f.west), organizations.selection().toList(), "the unit that took over is selected");
		assertEquals(1, organizations.viewer().getTree().getSelectionCount());
		organizations.reveal(f.east);
		TreeItem selected = organizations.viewer().getTree().getSelection()[0];
		assertEquals(Messages.Organizations_retired, selected.getParentItem().getText(0), "shown among the retired units");
		Workbench.screenshot(Workbench.window().getShell(), "organizations-after-merge");

		select(f.west);
		execute(UNDO);
		assertFalse(f.east.isRetired());
		assertSame(f.east, IssueFacts.leadUnit(f.lake));
		assertSame(f.east, f.eastHead.getOrganization());
		assertSame(f.city, f.east.getParent());
	}

	@Test
	void retireWithoutSuccessorOnlyForAUnitNothingRefersTo() {
		select(f.city);
		answerNextDialog(null, shell -> widget(shell, "name", Text.class).setText("临时工作专班")); //$NON-NLS-1$
		execute(NEW_UNIT);
		Organization temporary = (Organization) organizations.selection().getFirstElement();
		assertEquals("临时工作专班", temporary.getName()); //$NON-NLS-1$

		answerNextDialog("dialog-retire-unit", shell -> {
			Button without = widget(shell, "withoutSuccessor", Button.class);
			assertTrue(without.isEnabled() && without.getSelection(), "nothing refers to it: no successor needed");
		});
		execute(RETIRE_UNIT);
		assertTrue(temporary.isRetired());
		assertNull(temporary.getSuccessor());

		select(f.bureau);
		answerNextDialog(null, shell -> {
			Button without = widget(shell, "withoutSuccessor", Button.class);
			assertFalse(without.isEnabled(), "the bureau's issues and people need a successor");
			Workbench.select(widget(shell, "units", Tree.class), f.street);
		});
		execute(RETIRE_UNIT);
		assertTrue(f.bureau.isRetired());
		assertSame(f.street, f.bureauHead.getOrganization());
		assertEquals(List.of(f.street), IssueFacts.cooperatingUnits(f.river));

		select(f.city);
		execute(UNDO);
		execute(UNDO);
		assertFalse(f.bureau.isRetired());
		assertFalse(temporary.isRetired());
		assertEquals(List.of(f.bureau), IssueFacts.cooperatingUnits(f.river));
	}

	@Test
	void splitTakesTheTickedPeopleAndIssues() {
		select(f.east);
		answerNextDialog("dialog-split-unit", shell -> {
			widget(shell, "name", Text.class).setText("东湖新区"); //$NON-NLS-1$
			Workbench.check(widget(shell, "people", Table.class), f.eastLiaison);
			Workbench.check(widget(shell, "issues", Table.class), f.dust);
		});
		execute(SPLIT_UNIT);
		Organization split = f.eastLiaison.getOrganization();
		assertEquals("东湖新区", split.getName()); //$NON-NLS-1$
		assertSame(f.city, split.getParent());
		assertTrue(IssueFacts.cooperatingUnits(f.dust).contains(split));
		assertSame(f.east, IssueFacts.leadUnit(f.lake), "unticked issues stay");
		execute(UNDO);
		assertSame(f.east, f.eastLiaison.getOrganization());
		assertTrue(IssueFacts.cooperatingUnits(f.dust).contains(f.east));
	}

	@Test
	void peopleAreAddedAndMovedHandingOverWhatTheyCanNoLongerAnswerFor() {
		select(f.west);
		answerNextDialog("dialog-new-person", shell -> {
			widget(shell, "name", Text.class).setText("陈副县长"); //$NON-NLS-1$
			widget(shell, "title", Text.class).setText("副县长"); //$NON-NLS-1$
			Combo position = widget(shell, "position", Combo.class);
			position.select(PositionKind.LEADER_IN_CHARGE.ordinal());
			position.notifyListeners(SWT.Selection, new Event());
		});
		execute(NEW_PERSON);
		Person added = (Person) organizations.selection().getFirstElement();
		assertEquals("陈副县长", added.getName()); //$NON-NLS-1$
		assertSame(f.west, added.getOrganization());
		assertEquals(PositionKind.LEADER_IN_CHARGE, added.getPosition());

		// The west deputy is responsible for the river issue, which the west county leads.
		select(f.westDeputy);
		answerNextDialog("dialog-move-person", shell -> {
			Workbench.select(widget(shell, "units", Tree.class), f.bureau);
			click(widget(shell, "handling.KEEP", Button.class), false);
			click(widget(shell, "handling.HAND_OVER_CONFLICTS", Button.class), true);
			Workbench.select(widget(shell, "people", Table.class), added);
		});
		execute(MOVE_PERSON);
		assertSame(f.bureau, f.westDeputy.getOrganization());
		assertSame(added, IssueFacts.responsiblePerson(f.river));

		execute(UNDO);
		assertSame(f.west, f.westDeputy.getOrganization());
		assertSame(f.westDeputy, IssueFacts.responsiblePerson(f.river));
		execute(UNDO);
		assertFalse(f.ledger.getPersons().contains(added));
	}

	@Test
	void contextMenuKeysAndCommandNamesAreThere() throws Exception {
		select(f.east);
		Menu menu = organizations.viewer().getTree().getMenu();
		assertNotNull(menu, "the tree has a context menu");
		menu.notifyListeners(SWT.Show, new Event());
		processEvents();
		List<String> items = Arrays.stream(menu.getItems()).map(MenuItem::getText)
				.map(LegacyActionTools::removeMnemonics).toList();
		menu.notifyListeners(SWT.Hide, new Event());
		for (String label : List.of("新建单位", "新增人员", "重命名", "移动到", "合并到", "拆分", "撤销", "调动人员", "分配到所选问题")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			assertTrue(items.stream().anyMatch(item -> item.startsWith(label)), label + " in " + items);
		}
		ICommandService commands = Workbench.window().getService(ICommandService.class);
		for (String id : List.of(NEW_UNIT, RENAME_UNIT, MOVE_UNIT, MERGE_UNIT, SPLIT_UNIT, RETIRE_UNIT, NEW_PERSON)) {
			Command command = commands.getCommand(id);
			assertTrue(command.isEnabled(), id + " is enabled on a unit");
		}
		assertFalse(commands.getCommand(MOVE_PERSON).isEnabled(), "moving a person needs a person");
		assertEquals("合并单位", commands.getCommand(MERGE_UNIT).getName(), "Quick Access finds the command by its Chinese name"); //$NON-NLS-1$
		IBindingService bindings = Workbench.window().getService(IBindingService.class);
		assertEquals("F2", bindings.getBestActiveBindingFormattedFor(RENAME_UNIT)); //$NON-NLS-1$
		assertEquals("Insert", bindings.getBestActiveBindingFormattedFor(NEW_UNIT)); //$NON-NLS-1$
	}

	@Test
	void windowMenuListsTheViewsAfterTheWorkbenchsOwnAndBeforeResetLayout() {
		List<String> ours = List.of(ResponsibilityViews.ORGANIZATIONS, ResponsibilityViews.MATRIX,
				ResponsibilityViews.UNIT_DOSSIER, ResponsibilityViews.PERSON_DOSSIER, ResponsibilityViews.PROBLEMS)
				.stream().map(id -> PlatformUI.getWorkbench().getViewRegistry().find(id).getLabel()).toList();
		List<String> window = null;
		for (MenuItem top : Workbench.window().getShell().getMenuBar().getItems()) {
			Menu menu = top.getMenu();
			menu.notifyListeners(SWT.Show, new Event());
			processEvents();
			List<String> items = Arrays.stream(menu.getItems())
					.map(item -> (item.getStyle() & SWT.SEPARATOR) != 0 ? "-" : LegacyActionTools.removeMnemonics(item.getText())) //$NON-NLS-1$
					.toList();
			menu.notifyListeners(SWT.Hide, new Event());
			if (items.contains(ours.get(0))) {
				window = items;
			}
		}
		assertNotNull(window, "a menu of the menu bar shows the views");
		int first = window.indexOf(ours.get(0));
		assertEquals(ours, window.subList(first, first + ours.size()), "the views together, in order: " + window);
		assertTrue(first >= 4 && window.subList(0, first - 1).stream().noneMatch(ours::contains),
				"the workbench's own views first: " + window);
		assertEquals("-", window.get(first - 1), "a separator before the views: " + window); //$NON-NLS-1$
		assertEquals("-", window.get(first + ours.size()), "a separator after them: " + window); //$NON-NLS-1$
		List<String> after = window.subList(first + ours.size() + 1, window.size());
		assertTrue(!after.isEmpty() && !"-".equals(after.get(0)) && after.stream().noneMatch(ours::contains), //$NON-NLS-1$
				"then the window's own commands (Reset Layout, Quick Access): " + window);
	}

	/** The Properties view's row of a property, in any category. */
	private static TreeItem row(TreeItem[] items, String name) {
		for (TreeItem item : items) {
			if (name.equals(item.getText(0))) {
				return item;
			}
			TreeItem inside = row(item.getItems(), name);
			if (inside != null) {
				return inside;
			}
		}
		return null;
	}

	private static TreeItem item(TreeItem[] items, String text) {
		for (TreeItem item : items) {
			if (text.equals(item.getText(0))) {
				return item;
			}
		}
		return null;
	}
}
