package taizhang.ledger.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taizhang.ledger.ui.internal.GridTesting.answering;
import static taizhang.ledger.ui.internal.GridTesting.part;
import static taizhang.ledger.ui.internal.GridTesting.press;
import static taizhang.ledger.ui.internal.GridTesting.processEvents;
import static taizhang.ledger.ui.internal.GridTesting.waitUntil;
import static taizhang.ledger.ui.internal.GridTesting.window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowColumnInViewportCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import taizhang.core.LedgerSession;
import taizhang.core.LedgerStore;
import taizhang.demo.DemoLedgerGenerator;
import taizhang.ledger.CellEdits;
import taizhang.ledger.Choice;
import taizhang.ledger.ColumnFilters;
import taizhang.ledger.Grouping;
import taizhang.ledger.LedgerColumn;
import taizhang.ledger.LedgerColumns;
import taizhang.ledger.SearchIndex;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.testing.ui.Widgets;
import taizhang.ui.LedgerSessionService;
import taizhang.ui.internal.navigator.NavigatorPart;

/**
 * The ledger grid in the real workbench (the build runs it under Xvfb, in Chinese): edits through
 * the cell editor, undo and redo, refusals, filters, sorting, grouping, search, clipboard, fill down,
 * adding and deleting issues, the remembered layout and the navigator. Each test checks the model
 * and what the store wrote. Screenshots go to target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LedgerGridTest {

	private static final int ISSUES = 400;

	private static LedgerSessionService sessions;
	private static LedgerSession session;
	private static Ledger ledger;
	private static LedgerGridPart grid;

	@BeforeAll
	static void openGeneratedLedger() throws Exception {
		// First start: the workbench creates and opens the demo ledger in a job; let it finish first.
		waitUntil("the first start's jobs", () -> Job.getJobManager().isIdle());
		sessions = PlatformUI.getWorkbench().getService(LedgerSessionService.class);
		assertNotNull(sessions, "the workbench offers the ledger session service");
		Path folder = GridTesting.outputFolder().resolve("ledgers");
		Files.createDirectories(folder);
		Path file = folder.resolve("grid-" + System.nanoTime() + ".taizhang");
		ledger = new DemoLedgerGenerator(11, LocalDate.now()).generate(ISSUES);
		window().getActivePage().showView(LedgerGridPart.ID);
		grid = part(LedgerGridPart.ID, LedgerGridPart.class);
		grid.setLayoutFile(GridTesting.outputFolder().resolve("grid-layout-" + System.nanoTime() + ".properties"));
		session = sessions.create(file, ledger);
		waitUntil("the grid to show the ledger", () -> grid.session() == session && grid.rowCount() == ISSUES);
		processEvents();
	}

	@BeforeEach
	void showEveryIssueUnsortedAndUngrouped() {
		grid.setGrouping(null);
		grid.rows().clear();
		grid.setScope(null, null);
		for (int index = 0; index < grid.rows().getColumnCount(); index++) {
			grid.setFilter(index, "");
		}
		grid.setSearch("");
		grid.setAsOf(LocalDate.now());
		grid.table().refresh();
		processEvents();
	}

	// Helpers

	private static int index(String id) {
		List<LedgerColumn> columns = grid.rows().columns();
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).id().equals(id)) {
				return i;
			}
		}
		throw new AssertionError("no column " + id);
	}

	private static LedgerColumn column(String id) {
		return grid.rows().column(index(id));
	}

	/** The shown position of a column (all columns are shown unless a test hides some). */
	private static int position(String id) {
		return grid.table().selection.getColumnPositionByIndex(index(id));
	}

	private static NatTable natTable() {
		return grid.natTable();
	}

	private static void selectCell(Issue issue, String columnId) {
		grid.select(issue, position(columnId));
		processEvents();
	}

	/** Selects a block from the cell (first issue, first column) to (last issue, last column). */
	private static void selectBlock(Issue first, String firstColumn, Issue last, String lastColumn) {
		selectCell(first, firstColumn);
		int row = grid.rows().indexOfRowObject(last);
		grid.table().selection.doCommand(new SelectCellCommand(grid.table().selection, position(lastColumn), row, true, false));
		processEvents();
	}

	/** The text the store holds for the cell: read through a second, read-only session on the file. */
	private static String stored(Issue issue, LedgerColumn column) {
		LedgerStore store = PlatformUI.getWorkbench().getService(LedgerStore.class);
		try (LedgerSession reader = store.open(session.file(), true)) {
			for (Issue candidate : reader.ledger().getIssues()) {
				if (candidate.getId().equals(issue.getId())) {
					return LedgerColumns.byId(LedgerColumns.of(reader.ledger(), LocalDate.now()), column.id())
							.orElseThrow().text(candidate);
				}
			}
			return null;
		} catch (Exception e) {
			throw new AssertionError("could not read the ledger file", e);
		}
	}

	private static int storedIssueCount() {
		LedgerStore store = PlatformUI.getWorkbench().getService(LedgerStore.class);
		try (LedgerSession reader = store.open(session.file(), true)) {
			return reader.ledger().getIssues().size();
		} catch (Exception e) {
			throw new AssertionError("could not read the ledger file", e);
		}
	}

	/** Opens the cell editor with F2, replaces its text and commits with Enter, as the user does. */
	private static ICellEditor typeIntoCell(Issue issue, String columnId, String text) {
		selectCell(issue, columnId);
		natTable().forceFocus();
		press(natTable(), SWT.F2, '\0', SWT.NONE);
		processEvents();
		ICellEditor editor = natTable().getActiveCellEditor();
		assertNotNull(editor, "F2 opens an editor on " + columnId);
		Text control = (Text) editor.getEditorControl();
		control.setText(text);
		press(control, SWT.CR, '\r', SWT.NONE);
		processEvents();
		return editor;
	}

	private static void executeCommand(String id) throws Exception {
		window().getService(IHandlerService.class).executeCommand(id, null);
		processEvents();
	}

	private static Issue issueWhere(Predicate<Issue> test) {
		return ledger.getIssues().stream().filter(test).findFirst().orElseThrow();
	}

	// Tests

	@Test
	@Order(1)
	void gridShowsEveryIssueInTheColumnsOfTheLedger() throws Exception {
		List<LedgerColumn> columns = LedgerColumns.of(ledger, LocalDate.now());
		assertEquals(ISSUES, grid.rowCount());
		assertEquals(columns.size(), grid.rows().getColumnCount());
		assertFalse(grid.table().hideShow.hasHiddenColumns(), "every column shown");
		assertEquals("序号", natTable().getDataValueByPosition(1, 0), "Chinese headers");
		assertTrue(columns.stream().anyMatch(column -> column.id().startsWith(LedgerColumns.CUSTOM_PREFIX)),
				"the demo ledger's custom fields are columns too");
		Issue first = grid.rows().issues().get(0);
		assertEquals(column(LedgerColumns.CASE_NUMBER).text(first), natCell(first, LedgerColumns.CASE_NUMBER).getDataValue());
		assertTrue(grid.summaryText().contains(String.format("%,d", ISSUES)) || grid.summaryText().contains(Integer.toString(ISSUES)),
				grid.summaryText());
		GridTesting.screenshot(window().getShell(), "grid");
	}

	@Test
	@Order(2)
	void cellEditedInPlaceChangesTheModelAndTheStore() {
		Issue issue = grid.rows().issues().get(5);
		LedgerColumn progress = column(LedgerColumns.PROGRESS);
		typeIntoCell(issue, LedgerColumns.PROGRESS, "已完成围挡覆盖，待验收");
		assertEquals("已完成围挡覆盖，待验收", progress.text(issue));
		assertEquals("已完成围挡覆盖，待验收", stored(issue, progress));
		assertNull(natTable().getActiveCellEditor(), "Enter committed and closed the editor");
		assertTrue(session.editingDomain().getCommandStack().canUndo());
		// The edited cell stays selected, so that the keyboard goes on from there.
		var anchor = grid.table().anchor();
		assertNotNull(anchor, "a cell stays selected after the edit");
		assertEquals(position(LedgerColumns.PROGRESS), anchor.columnPosition, "the edited column stays selected");
		assertEquals(issue, grid.rows().getRowObject(anchor.rowPosition), "on the edited issue");
	}

	@Test
	@Order(3)
	void undoAndRedoOfTheEditMenuRevertAndRepeatTheEdit() throws Exception {
		Issue issue = grid.rows().issues().get(7);
		LedgerColumn responsible = column(LedgerColumns.PROGRESS);
		String before = responsible.text(issue);
		typeIntoCell(issue, LedgerColumns.PROGRESS, "第一次修改");
		assertEquals("第一次修改", stored(issue, responsible));

		executeCommand("org.eclipse.ui.edit.undo");
		assertEquals(before, responsible.text(issue));
		assertEquals(before, stored(issue, responsible));
		executeCommand("org.eclipse.ui.edit.redo");
		assertEquals("第一次修改", responsible.text(issue));
		assertEquals("第一次修改", stored(issue, responsible));

		// Ctrl+Z typed while the grid has focus takes the workbench's key binding.
		natTable().forceFocus();
		processEvents();
		GridTesting.postKeys(SWT.CTRL, 'z');
		waitUntil("Ctrl+Z to undo", () -> before.equals(responsible.text(issue)));
		GridTesting.postKeys(SWT.CTRL, 'y');
		waitUntil("Ctrl+Y to redo", () -> "第一次修改".equals(responsible.text(issue)));
	}

	@Test
	@Order(4)
	void refusedValueChangesNothingAndSaysWhyAtTheCell() throws Exception {
		Issue issue = grid.rows().issues().get(3);
		LedgerColumn received = column(LedgerColumns.RECEIVED);
		String before = received.text(issue);
		Object top = session.editingDomain().getCommandStack().getUndoCommand();

		ICellEditor editor = typeIntoCell(issue, LedgerColumns.RECEIVED, "2024年13月45日");
		assertFalse(editor.isClosed(), "the editor stays open on a value the column refuses");
		assertFalse(grid.statusText().isBlank(), "the reason is shown");
		editor.close();
		processEvents();
		assertEquals(before, received.text(issue));
		assertEquals(before, stored(issue, received));
		assertEquals(top, session.editingDomain().getCommandStack().getUndoCommand(), "no command was executed");

		// A value refused after the editor (by the command) is marked at its cell with the reason.
		grid.commit(issue, column(LedgerColumns.LEAD_UNIT), "没有这个单位");
		String refusal = grid.refusal(issue, column(LedgerColumns.LEAD_UNIT));
		assertNotNull(refusal);
		assertTrue(grid.statusText().contains(refusal), grid.statusText());
		selectCell(issue, LedgerColumns.LEAD_UNIT);
		assertTrue(natCell(issue, LedgerColumns.LEAD_UNIT).getConfigLabels().hasLabel(GridStyle.REFUSED),
				"the cell is framed in red");
		assertEquals(top, session.editingDomain().getCommandStack().getUndoCommand(), "still no command");
		GridTesting.screenshot(window().getShell(), "grid-refused");
	}

	/** The cell of {@code issue} in a column as the NatTable shows it (the cell must be in view). */
	private static ILayerCell natCell(Issue issue, String columnId) {
		int row = grid.rows().indexOfRowObject(issue);
		int column = index(columnId);
		for (int x = 0; x < natTable().getColumnCount(); x++) {
			for (int y = 0; y < natTable().getRowCount(); y++) {
				ILayerCell cell = natTable().getCellByPosition(x, y);
				if (cell != null && cell.getRowIndex() == row && cell.getColumnIndex() == column
						&& cell.getConfigLabels().hasLabel(GridRegion.BODY)) {
					return cell;
				}
			}
		}
		throw new AssertionError("cell not in view: " + columnId + " of row " + row);
	}

	@Test
	@Order(5)
	void filterRowFiltersByColumnAndMarksAnExpressionItCannotRead() throws Exception {
		LedgerColumn status = column(LedgerColumns.STATUS);
		String label = status.text(grid.rows().issues().get(0));
		grid.setFilter(index(LedgerColumns.STATUS), label);
		processEvents();
		long expected = ledger.getIssues().stream().filter(ColumnFilters.parse(status, label).predicate()).count();
		assertEquals(expected, grid.rowCount());
		assertTrue(grid.rows().issues().stream().allMatch(issue -> status.text(issue).contains(label)));

		LedgerColumn received = column(LedgerColumns.RECEIVED);
		grid.setFilter(index(LedgerColumns.RECEIVED), ">=2024-99");
		processEvents();
		assertNotNull(grid.table().filters.error(index(LedgerColumns.RECEIVED)), "the date filter is refused");
		assertEquals(expected, grid.rowCount(), "a filter that cannot be read filters nothing");
		GridTesting.screenshot(window().getShell(), "grid-filter-error");

		grid.setFilter(index(LedgerColumns.RECEIVED), ">=" + LocalDate.now().minusYears(1));
		processEvents();
		Predicate<Issue> recent = ColumnFilters.parse(received, ">=" + LocalDate.now().minusYears(1)).predicate();
		assertEquals(ledger.getIssues().stream().filter(ColumnFilters.parse(status, label).predicate()).filter(recent)
				.count(), grid.rowCount());
		executeCommand(GridCommands.CLEAR_FILTERS);
		assertEquals(ISSUES, grid.rowCount());
	}

	@Test
	@Order(6)
	void clickingTitlesSortsByOneAndThenSeveralColumns() {
		natTable().doCommand(new SortColumnCommand(natTable(), titleColumn(LedgerColumns.COUNTY), false));
		processEvents();
		assertSorted(grid.rows().issues(), column(LedgerColumns.COUNTY).comparator());

		natTable().doCommand(new SortColumnCommand(natTable(), titleColumn(LedgerColumns.DEADLINE), true));
		processEvents();
		Comparator<Issue> both = column(LedgerColumns.COUNTY).comparator()
				.thenComparing(column(LedgerColumns.DEADLINE).comparator());
		assertSorted(grid.rows().issues(), both);
		assertEquals(List.of(index(LedgerColumns.COUNTY), index(LedgerColumns.DEADLINE)),
				grid.rows().getSortedColumnIndexes());

		// A second click on the county title sorts it descending, alone.
		natTable().doCommand(new SortColumnCommand(natTable(), titleColumn(LedgerColumns.COUNTY), false));
		processEvents();
		assertSorted(grid.rows().issues(), column(LedgerColumns.COUNTY).comparator().reversed());
		assertEquals(ISSUES, grid.rowCount());
	}

	/** The NatTable column position of a column's title, after scrolling it into view. */
	private static int titleColumn(String columnId) {
		natTable().doCommand(new ShowColumnInViewportCommand(position(columnId)));
		processEvents();
		for (int x = 0; x < natTable().getColumnCount(); x++) {
			ILayerCell cell = natTable().getCellByPosition(x, 0);
			if (cell != null && cell.getColumnIndex() == index(columnId)
					&& cell.getConfigLabels().hasLabel(GridRegion.COLUMN_HEADER)) {
				return x;
			}
		}
		throw new AssertionError("title not in view: " + columnId);
	}

	private static void assertSorted(List<Issue> issues, Comparator<Issue> order) {
		for (int i = 1; i < issues.size(); i++) {
			assertTrue(order.compare(issues.get(i - 1), issues.get(i)) <= 0, "rows " + i + " and " + (i + 1) + " in order");
		}
	}

	@Test
	@Order(7)
	void groupingByCountyShowsEachGroupWithItsCount() throws Exception {
		grid.setGrouping(Grouping.COUNTY);
		processEvents();
		List<GroupRow> groups = new ArrayList<>();
		for (Object row : grid.rows().rows()) {
			if (row instanceof GroupRow group) {
				groups.add(group);
			}
		}
		assertTrue(groups.size() > 1, "several counties");
		assertEquals(ISSUES + groups.size(), grid.rowCount());
		assertEquals(ISSUES, groups.stream().mapToInt(GroupRow::count).sum());
		for (GroupRow group : groups) {
			long members = ledger.getIssues().stream().filter(issue -> Objects.equals(
					Grouping.COUNTY.key(issue, LocalDate.now(), grid.rows().rules()), group.key())).count();
			assertEquals(members, group.count(), group.label());
			assertTrue(group.label().contains(Integer.toString(group.count())), group.label());
		}
		GridTesting.screenshot(window().getShell(), "grid-grouped");

		// A double-click on a group row folds it.
		int firstGroupRow = grid.rows().indexOfRowObject(groups.get(0));
		grid.open(firstGroupRow);
		processEvents();
		assertEquals(ISSUES + groups.size() - groups.get(0).count(), grid.rowCount());
		executeCommand(GridCommands.COLLAPSE_GROUPS);
		assertEquals(groups.size(), grid.rowCount());
		executeCommand(GridCommands.EXPAND_GROUPS);
		assertEquals(ISSUES + groups.size(), grid.rowCount());
	}

	@Test
	@Order(8)
	void searchFindsChineseTextInAnyColumn() {
		String word = column(LedgerColumns.DESCRIPTION).text(grid.rows().issues().get(10)).substring(0, 2);
		grid.setSearch(word);
		processEvents();
		Predicate<Issue> matches = new SearchIndex(ledger).matcher(word);
		long expected = ledger.getIssues().stream().filter(matches).count();
		assertTrue(expected > 0);
		assertEquals(expected, grid.rowCount());
		assertTrue(grid.summaryText().contains(Long.toString(expected)), grid.summaryText());
	}

	@Test
	@Order(9)
	void copiedBlockIsTabSeparatedText() {
		List<Issue> issues = grid.rows().issues().subList(2, 5);
		selectBlock(issues.get(0), LedgerColumns.CASE_NUMBER, issues.get(2), LedgerColumns.CATEGORY);
		grid.copy();
		Clipboard clipboard = new Clipboard(natTable().getDisplay());
		try {
			String text = (String) clipboard.getContents(TextTransfer.getInstance());
			List<LedgerColumn> block = List.of(column(LedgerColumns.CASE_NUMBER), column(LedgerColumns.COUNTY),
					column(LedgerColumns.CATEGORY));
			assertEquals(CellEdits.copy(issues, block), text);
		} finally {
			clipboard.dispose();
		}
	}

	@Test
	@Order(10)
	void pastedBlockChangesEveryCellAsOneUndoableCommand() throws Exception {
		List<Issue> issues = grid.rows().issues().subList(20, 22);
		LedgerColumn progress = column(LedgerColumns.PROGRESS);
		List<String> before = issues.stream().map(progress::text).toList();
		selectCell(issues.get(0), LedgerColumns.PROGRESS);
		putOnClipboard("甲进展\n乙进展");
		natTable().forceFocus();
		processEvents();
		executeCommand("org.eclipse.ui.edit.paste");
		assertEquals("甲进展", progress.text(issues.get(0)));
		assertEquals("乙进展", progress.text(issues.get(1)));
		assertEquals("乙进展", stored(issues.get(1), progress));

		executeCommand("org.eclipse.ui.edit.undo");
		assertEquals(before, issues.stream().map(progress::text).toList(), "one undo reverts the whole block");
		assertEquals(before.get(1), stored(issues.get(1), progress));
	}

	private static void putOnClipboard(String text) {
		Clipboard clipboard = new Clipboard(natTable().getDisplay());
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	@Test
	@Order(11)
	void pastedBlockWithCellsThatDoNotFitChangesNothingAndListsThem() throws Exception {
		List<Issue> issues = grid.rows().issues().subList(30, 32);
		LedgerColumn received = column(LedgerColumns.RECEIVED);
		List<String> before = issues.stream().map(received::text).toList();
		Object top = session.editingDomain().getCommandStack().getUndoCommand();
		selectCell(issues.get(0), LedgerColumns.RECEIVED);
		List<String> dialogs = answering(IDialogConstants.OK_LABEL, () -> grid.edits().paste("2024-03-05\n不是日期"));
		assertEquals(1, dialogs.size(), "one dialog: " + dialogs);
		assertTrue(dialogs.get(0).contains("[2|"), "the problem's row is listed: " + dialogs.get(0));
		assertTrue(dialogs.get(0).contains(received.header()), "and its column: " + dialogs.get(0));
		assertEquals(before, issues.stream().map(received::text).toList(), "nothing changed, not even the good cell");
		assertEquals(before.get(0), stored(issues.get(0), received));
		assertEquals(top, session.editingDomain().getCommandStack().getUndoCommand());
	}

	@Test
	@Order(12)
	void fillDownCopiesTheFirstRowIntoTheSelectedRows() throws Exception {
		List<Issue> issues = grid.rows().issues().subList(40, 44);
		LedgerColumn progress = column(LedgerColumns.PROGRESS);
		List<String> before = issues.stream().map(progress::text).toList();
		selectBlock(issues.get(0), LedgerColumns.PROGRESS, issues.get(3), LedgerColumns.PROGRESS);
		natTable().forceFocus();
		executeCommand(GridCommands.FILL_DOWN);
		for (Issue issue : issues) {
			assertEquals(before.get(0), progress.text(issue));
		}
		assertEquals(before.get(0), stored(issues.get(3), progress));
		executeCommand("org.eclipse.ui.edit.undo");
		assertEquals(before, issues.stream().map(progress::text).toList());
	}

	@Test
	@Order(13)
	void addedIssueIsSelectedAndDeletedIssuesComeBackWithUndo() throws Exception {
		int before = ledger.getIssues().size();
		selectCell(grid.rows().issues().get(0), LedgerColumns.DESCRIPTION);
		executeCommand(GridCommands.ADD_ISSUE);
		assertEquals(before + 1, ledger.getIssues().size());
		assertEquals(before + 1, storedIssueCount());
		Issue added = ledger.getIssues().get(before);
		assertEquals(List.of(added), grid.table().selectedIssues(), "the new issue is selected");

		List<Issue> doomed = grid.rows().issues().subList(0, 2);
		List<Issue> copy = List.copyOf(doomed);
		selectBlock(copy.get(0), LedgerColumns.SEQUENCE, copy.get(1), LedgerColumns.SEQUENCE);
		List<String> asked = answering(IDialogConstants.OK_LABEL, () -> {
			try {
				executeCommand(GridCommands.DELETE_ISSUES);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
		assertEquals(1, asked.size(), "delete asks first");
		assertFalse(ledger.getIssues().contains(copy.get(0)));
		assertEquals(before - 1, ledger.getIssues().size());
		assertEquals(before - 1, storedIssueCount());
		assertEquals(before - 1, grid.rowCount());

		executeCommand("org.eclipse.ui.edit.undo");
		assertTrue(ledger.getIssues().containsAll(copy));
		assertEquals(before + 1, storedIssueCount());
		executeCommand("org.eclipse.ui.edit.undo");
		assertEquals(before, ledger.getIssues().size());
		assertEquals(ISSUES, grid.rowCount());
	}

	@Test
	@Order(14)
	void layoutIsRememberedForTheNextGrid() throws Exception {
		GridTable table = grid.table();
		table.hideShow.hideColumnIndexes(List.of(index(LedgerColumns.TARGET)));
		table.reorder.reorderColumnPosition(table.reorder.getColumnPositionByIndex(index(LedgerColumns.STATUS)), 0, true);
		table.body.setColumnWidthByPosition(index(LedgerColumns.DESCRIPTION), 433);
		grid.freezeColumns(2);
		grid.saveLayout();
		assertTrue(Files.isRegularFile(grid.layoutFile()), "saved to " + grid.layoutFile());

		// The same ledger shown anew (as after a restart) builds a new table from the saved layout.
		grid.sessionChanged(session);
		processEvents();
		GridTable fresh = grid.table();
		assertNotEquals(table, fresh);
		assertTrue(fresh.hideShow.isColumnIndexHidden(index(LedgerColumns.TARGET)), "hidden column stays hidden");
		assertEquals(index(LedgerColumns.STATUS), fresh.selection.getColumnIndexByPosition(0), "moved column stays first");
		assertEquals(433, fresh.body.getColumnWidthByPosition(index(LedgerColumns.DESCRIPTION)));
		assertEquals(2, fresh.frozenColumns());
		GridTesting.screenshot(window().getShell(), "grid-layout");

		executeCommand(GridCommands.RESET_LAYOUT);
		assertFalse(fresh.hideShow.hasHiddenColumns());
		assertEquals(0, fresh.selection.getColumnIndexByPosition(0));
		assertEquals(0, fresh.frozenColumns());
	}

	@Test
	@Order(15)
	void navigatorRoundScopesTheGridAndANavigatorIssueIsRevealed() {
		NavigatorPart navigator = part(NavigatorPart.ID, NavigatorPart.class);
		TreeItem rounds = navigator.viewer().getTree().getItem(0);
		TreeItem firstRound = rounds.getItem(0);
		firstRound.getText(); // a virtual item gets its element when first shown
		navigator.viewer().setSelection(new StructuredSelection(firstRound.getData()), true);
		processEvents();
		InspectionRound round = (InspectionRound) ((IStructuredSelection) window().getSelectionService()
				.getSelection(NavigatorPart.ID)).getFirstElement();
		long inRound = ledger.getIssues().stream().filter(issue -> issue.getRound() == round).count();
		assertEquals(inRound, grid.rowCount());
		assertTrue(grid.summaryText().contains(round.getName()), grid.summaryText());

		// An issue of another round, selected in the navigator, is selected in the grid (lifting the scope).
		TreeItem otherRound = rounds.getItem(1);
		otherRound.getText();
		navigator.viewer().expandToLevel(otherRound.getData(), 1);
		processEvents();
		TreeItem issueItem = otherRound.getItem(0);
		issueItem.getText();
		navigator.viewer().setSelection(new StructuredSelection(issueItem.getData()), true);
		processEvents();
		Issue issue = (Issue) ((IStructuredSelection) window().getSelectionService().getSelection(NavigatorPart.ID))
				.getFirstElement();
		assertTrue(grid.rows().indexOfRowObject(issue) >= 0, "revealing lifts the scope that hid it");
		assertEquals(List.of(issue), grid.table().selectedIssues());

		navigator.viewer().setSelection(new StructuredSelection(rounds.getData()), true);
		processEvents();
		assertEquals(ledger.getIssues().size(), grid.rowCount(), "the ledger's root shows every issue");

		window().getActivePage().activate(window().getActivePage().findView(LedgerGridPart.ID));
		selectCell(issue, LedgerColumns.DESCRIPTION);
		IStructuredSelection published = (IStructuredSelection) window().getSelectionService()
				.getSelection(LedgerGridPart.ID);
		assertEquals(issue, published.getFirstElement(), "the grid publishes the selected issue");
	}

	@Test
	@Order(16)
	void asOfDateReEvaluatesWarningsAndTheSummary() {
		Issue dueLater = issueWhere(issue -> issue.getPlan() != null && issue.getPlan().getDeadline() != null
				&& issue.getPlan().getDeadline().isAfter(LocalDate.now().plusDays(30))
				&& grid.rows().warning(issue) == null);
		String summaryToday = grid.summaryText();
		grid.setAsOf(dueLater.getPlan().getDeadline().plusYears(1));
		processEvents();
		assertNotNull(grid.rows().warning(dueLater), "a year after its deadline the issue warns (unless done)");
		assertNotEquals(summaryToday, grid.summaryText());
	}

	@Test
	@Order(17)
	void openingARowWithoutTheIssueEditorShowsTheProperties() throws Exception {
		Command editor = window().getService(ICommandService.class).getCommand(GridCommands.OPEN_ISSUE_EDITOR);
		IWorkbenchPage page = window().getActivePage();
		Issue issue = grid.rows().issues().get(1);
		selectCell(issue, LedgerColumns.DESCRIPTION);
		grid.open(grid.rows().indexOfRowObject(issue));
		processEvents();
		if (!editor.isDefined()) {
			assertNotNull(page.findView(IPageLayout.ID_PROP_SHEET), "the Properties view stands in for the issue editor");
		}
	}

	@Test
	@Order(18)
	void everyGridCommandIsDefinedAndTheCellKeysWorkInTheGrid() {
		ICommandService commands = window().getService(ICommandService.class);
		for (String id : List.of(GridCommands.ADD_ISSUE, GridCommands.DELETE_ISSUES, GridCommands.FILL_DOWN,
				GridCommands.OPEN_ISSUE, GridCommands.CHOOSE_COLUMNS, GridCommands.FREEZE_COLUMNS,
				GridCommands.UNFREEZE_COLUMNS, GridCommands.FIND, GridCommands.FILTER_COLUMN,
				GridCommands.CLEAR_FILTERS, GridCommands.GROUP_BY, GridCommands.RESET_LAYOUT)) {
			assertTrue(commands.getCommand(id).isDefined(), id);
		}
		// Ctrl+D typed in the grid fills down; Ctrl+Z undoes it.
		List<Issue> issues = grid.rows().issues().subList(50, 53);
		LedgerColumn progress = column(LedgerColumns.PROGRESS);
		List<String> before = issues.stream().map(progress::text).toList();
		selectBlock(issues.get(0), LedgerColumns.PROGRESS, issues.get(2), LedgerColumns.PROGRESS);
		natTable().forceFocus();
		processEvents();
		GridTesting.postKeys(SWT.CTRL, 'd');
		waitUntil("Ctrl+D to fill down", () -> before.get(0).equals(progress.text(issues.get(2))));
		GridTesting.postKeys(SWT.CTRL, 'z');
		waitUntil("Ctrl+Z to undo the fill", () -> before.equals(issues.stream().map(progress::text).toList()));
	}

	@Test
	@Order(19)
	void choiceEditorMovesBetweenFilterAndListWithTheArrowKeys() throws Exception {
		Issue issue = grid.rows().issues().get(60);
		LedgerColumn category = column(LedgerColumns.CATEGORY);
		String before = category.text(issue);
		String chosen = choiceNoOtherHolds(category, before, 1);

		selectCell(issue, LedgerColumns.CATEGORY);
		natTable().forceFocus();
		press(natTable(), SWT.F2, '\0', SWT.NONE);
		processEvents();
		assertTrue(natTable().getActiveCellEditor() instanceof ChoiceCellEditor, "F2 opens the list of choices");
		Text filter = dropdown(Text.class);
		Table list = dropdown(Table.class);
		assertEquals(filter, filter.getDisplay().getFocusControl(), "typing goes to the filter box first");

		press(filter, SWT.ARROW_DOWN, '\0', SWT.NONE);
		processEvents();
		assertEquals(list, list.getDisplay().getFocusControl(), "Down moves into the list");
		assertEquals(before, list.getSelection()[0].getText(), "on the cell's value");
		GridTesting.screenshot(window().getShell(), "grid-choice-list");
		list.setSelection(0); // as Up pressed until the first entry
		press(list, SWT.ARROW_UP, '\0', SWT.NONE);
		processEvents();
		assertEquals(filter, filter.getDisplay().getFocusControl(), "Up on the first entry goes back to the filter box");

		filter.setText(chosen);
		processEvents();
		assertEquals(1, list.getItemCount(), "the filter leaves the one choice holding " + chosen);
		press(filter, SWT.CR, '\r', SWT.NONE);
		processEvents();
		assertNull(natTable().getActiveCellEditor(), "Enter in the filter box chose the entry left and closed the editor");
		assertEquals(chosen, category.text(issue));
		assertEquals(chosen, stored(issue, category));
		executeCommand("org.eclipse.ui.edit.undo");
		assertEquals(before, category.text(issue));
	}

	@Test
	@Order(20)
	void typingOnAChoiceCellFiltersTheListByTheKeysTyped() throws Exception {
		Issue issue = grid.rows().issues().get(61);
		LedgerColumn category = column(LedgerColumns.CATEGORY);
		String before = category.text(issue);
		String chosen = choiceNoOtherHolds(category, before, 2);

		// The first character as an input method hands it over (no key code), on the selected cell.
		selectCell(issue, LedgerColumns.CATEGORY);
		natTable().forceFocus();
		String first = chosen.substring(0, 1);
		press(natTable(), 0, first.charAt(0), SWT.NONE);
		processEvents();
		assertTrue(natTable().getActiveCellEditor() instanceof ChoiceCellEditor, "a key typed opens the list of choices");
		Text filter = dropdown(Text.class);
		Table list = dropdown(Table.class);
		assertEquals(filter, filter.getDisplay().getFocusControl(), "the next keys go to the filter box");
		assertEquals(first, filter.getText(), "the key typed starts the filter");
		assertTrue(list.getItemCount() > 0 && list.getSelectionIndex() == 0, "the first choice left is selected");
		for (int i = 0; i < list.getItemCount(); i++) {
			assertTrue(list.getItem(i).getText().contains(first), list.getItem(i).getText());
		}
		// The input method's next characters reach the table's window, as keys typed fast do before the
		// keyboard has moved to the list's: they go to the filter box too.
		for (char next : chosen.substring(1).toCharArray()) {
			press(natTable(), 0, next, SWT.NONE);
		}
		processEvents();
		assertEquals(chosen, filter.getText());
		assertEquals(1, list.getItemCount(), "the filter " + chosen + " leaves one choice");
		assertEquals(chosen, list.getSelection()[0].getText());
		GridTesting.screenshot(window().getShell(), "grid-choice-typed");
		press(filter, SWT.CR, '\r', SWT.NONE);
		processEvents();
		assertNull(natTable().getActiveCellEditor(), "Enter chose the choice and closed the editor");
		assertEquals(chosen, category.text(issue));
		assertEquals(chosen, stored(issue, category));
		executeCommand("org.eclipse.ui.edit.undo");
		assertEquals(before, category.text(issue));
	}

	/**
	 * A choice of {@code column} of at least {@code length} characters, other than {@code except}, that
	 * no other choice holds: typing it in the filter box leaves one entry.
	 */
	private static String choiceNoOtherHolds(LedgerColumn column, String except, int length) {
		List<String> labels = column.choices(grid.rows().ledger()).stream().map(Choice::label).toList();
		return labels.stream()
				.filter(label -> label.length() >= length && !label.equals(except))
				.filter(label -> labels.stream().filter(other -> other.contains(label)).count() == 1)
				.findFirst().orElseThrow();
	}

	/** The control of the open choice editor's dropdown (a shell of its own). */
	private static <T extends Control> T dropdown(Class<T> type) {
		for (Shell shell : natTable().getDisplay().getShells()) {
			if (shell.isVisible()) {
				T found = Widgets.find(shell, type, control -> true);
				if (found != null && found.getShell() != natTable().getShell()) {
					return found;
				}
			}
		}
		throw new AssertionError("no open dropdown holds a " + type.getSimpleName());
	}
}
