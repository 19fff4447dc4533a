package taizhang.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

import taizhang.core.issues.IssueFacts;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.Measure;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.testing.SampleLedgers;

class LedgerSortTest {

	private final Ledger ledger = SampleLedgers.generated(2000);
	private final List<LedgerColumn> columns = LedgerColumns.of(ledger, SampleLedgers.AS_OF);

	private LedgerSort.Key key(String id, boolean descending) {
		return new LedgerSort.Key(LedgerColumns.byId(columns, id).orElseThrow(), descending);
	}

	private static Comparator<Issue> chained(List<LedgerSort.Key> keys) {
		Comparator<Issue> chained = null;
		for (LedgerSort.Key key : keys) {
			Comparator<Issue> byColumn = key.descending() ? key.column().comparator().reversed() : key.column().comparator();
			chained = chained == null ? byColumn : chained.thenComparing(byColumn);
		}
		return chained;
	}

	@Test
	void sortsAsTheChainedComparatorsWouldStably() {
		List<List<LedgerSort.Key>> cases = List.of(List.of(key("county", false), key("deadline", false)),
				List.of(key("leadUnit", true), key("received", false)), List.of(key("warning", true), key("sequence", true)),
				List.of(key("status", false), key("responsiblePerson", false), key("round", true)),
				List.of(key("cooperatingUnits", false)), List.of(key("description", false)),
				List.of(key("custom:investment", true)), List.of(key("measures", false), key("type", false)));
		for (List<LedgerSort.Key> keys : cases) {
			List<Issue> expected = new ArrayList<>(ledger.getIssues());
			expected.sort(chained(keys));
			List<Issue> sorted = new ArrayList<>(ledger.getIssues());
			LedgerSort.sort(sorted, keys);
			assertEquals(expected, sorted, keys.toString());
		}
	}

	@Test
	void sortsByEveryColumnBothWaysAsItsComparatorWould() {
		for (LedgerColumn column : columns) {
			for (boolean descending : new boolean[] { false, true, false }) {
				assertSortedAsComparatorsWould(ledger, List.of(new LedgerSort.Key(column, descending)));
			}
		}
	}

	@Test
	void aSortAfterAnEditAnUndoOrARedoSeesTheCellsAsTheyAreNow() {
		Ledger edited = SampleLedgers.fresh(500);
		List<LedgerColumn> editedColumns = LedgerColumns.of(edited, SampleLedgers.AS_OF);
		BasicCommandStack stack = new BasicCommandStack();
		EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
		List<String> ids = List.of(LedgerColumns.DESCRIPTION, LedgerColumns.MEASURES, LedgerColumns.PROGRESS,
				LedgerColumns.CASE_NUMBER, "custom:investment"); //$NON-NLS-1$
		List<List<LedgerSort.Key>> sorts = new ArrayList<>();
		for (String id : ids) {
			LedgerColumn column = LedgerColumns.byId(editedColumns, id).orElseThrow();
			sorts.add(List.of(new LedgerSort.Key(column, false)));
			sorts.add(List.of(new LedgerSort.Key(column, true)));
		}
		sorts.forEach(keys -> assertSortedAsComparatorsWould(edited, keys)); // the columns' orders are remembered now
		List<Issue> issues = edited.getIssues();
		String[] texts = { "阿里山路工地扬尘", "1.封闭料场；2.安装喷淋", "已完成整改", "AA-0001", "0.5" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		for (int i = 0; i < ids.size(); i++) {
			LedgerColumn column = LedgerColumns.byId(editedColumns, ids.get(i)).orElseThrow();
			EditResult result = CellEdits.set(domain, edited, issues.get(400 - i), column, texts[i]);
			assertTrue(result.ok(), result.problems().toString());
			stack.execute(result.command());
		}
		sorts.forEach(keys -> assertSortedAsComparatorsWould(edited, keys));
		LedgerColumn description = LedgerColumns.byId(editedColumns, LedgerColumns.DESCRIPTION).orElseThrow();
		List<Issue> rows = new ArrayList<>(issues);
		LedgerSort.sort(rows, List.of(new LedgerSort.Key(description, false)));
		assertEquals(issues.get(400), rows.get(0), "阿 sorts first by pinyin");
		while (stack.canUndo()) {
			stack.undo();
			sorts.forEach(keys -> assertSortedAsComparatorsWould(edited, keys));
		}
		rows = new ArrayList<>(issues);
		LedgerSort.sort(rows, List.of(new LedgerSort.Key(description, false)));
		assertNotEquals(issues.get(400), rows.get(0), "the edit undone");
		while (stack.canRedo()) {
			stack.redo();
			sorts.forEach(keys -> assertSortedAsComparatorsWould(edited, keys));
		}
	}

	@Test
	void renamingAUnitReordersTheIssuesSortedByIt() {
		Ledger edited = SampleLedgers.fresh(300);
		List<LedgerColumn> editedColumns = LedgerColumns.of(edited, SampleLedgers.AS_OF);
		BasicCommandStack stack = new BasicCommandStack();
		EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
		List<LedgerSort.Key> byCounty = List.of(
				new LedgerSort.Key(LedgerColumns.byId(editedColumns, LedgerColumns.COUNTY).orElseThrow(), false),
				new LedgerSort.Key(LedgerColumns.byId(editedColumns, LedgerColumns.LEAD_UNIT).orElseThrow(), true));
		List<Issue> rows = new ArrayList<>(edited.getIssues());
		LedgerSort.sort(rows, byCounty);
		Organization first = IssueFacts.county(rows.get(0));
		stack.execute(SetCommand.create(domain, first, ModelPackage.Literals.ORGANIZATION__NAME, "最后县")); //$NON-NLS-1$
		assertSortedAsComparatorsWould(edited, byCounty);
		rows = new ArrayList<>(edited.getIssues());
		LedgerSort.sort(rows, byCounty);
		assertNotEquals(first, IssueFacts.county(rows.get(0)));
		stack.undo();
		assertSortedAsComparatorsWould(edited, byCounty);
	}

	@Test
	void sortingFewRowsThenManyThenFewAgainKeepsTheOrder() {
		List<LedgerColumn> fresh = LedgerColumns.of(ledger, SampleLedgers.AS_OF);
		LedgerColumn description = LedgerColumns.byId(fresh, LedgerColumns.DESCRIPTION).orElseThrow();
		List<Issue> all = ledger.getIssues();
		for (List<Issue> rows : List.of(all.subList(0, 100), all, all.subList(1990, 2000), all.subList(500, 1500), all)) {
			for (boolean descending : new boolean[] { false, true }) {
				List<LedgerSort.Key> keys = List.of(new LedgerSort.Key(description, descending));
				List<Issue> expected = new ArrayList<>(rows);
				expected.sort(chained(keys));
				List<Issue> sorted = new ArrayList<>(rows);
				LedgerSort.sort(sorted, keys);
				assertEquals(expected, sorted);
			}
		}
	}

	@Test
	void columnsPreparedAheadSortAsTheirComparatorsWouldAlsoAfterAnEdit() {
		Ledger edited = SampleLedgers.fresh(300);
		List<LedgerColumn> editedColumns = LedgerColumns.of(edited, SampleLedgers.AS_OF);
		LedgerSort.prepare(edited.getIssues().toArray(Issue[]::new), editedColumns, () -> false);
		BasicCommandStack stack = new BasicCommandStack();
		EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
		LedgerColumn description = LedgerColumns.byId(editedColumns, LedgerColumns.DESCRIPTION).orElseThrow();
		stack.execute(CellEdits.set(domain, edited, edited.getIssues().get(7), description, "阿").command()); //$NON-NLS-1$
		for (LedgerColumn column : editedColumns) {
			assertSortedAsComparatorsWould(edited, List.of(new LedgerSort.Key(column, true)));
		}
	}

	@Test
	void preparingStopsAtTheFirstColumnAfterItIsToldTo() {
		Ledger ledger = SampleLedgers.fresh(50);
		List<LedgerColumn> all = LedgerColumns.of(ledger, SampleLedgers.AS_OF);
		int[] asked = new int[1];
		LedgerSort.prepare(ledger.getIssues().toArray(Issue[]::new), all, () -> ++asked[0] > 3);
		assertEquals(4, asked[0], "asked before each of three columns, then stopped"); //$NON-NLS-1$
		asked[0] = 0;
		LedgerSort.prepare(ledger.getIssues().toArray(Issue[]::new), all, () -> ++asked[0] < 0);
		assertEquals(all.size(), asked[0], "asked before every column"); //$NON-NLS-1$
	}

	@Test
	void measuresRememberedBetweenSortsAreReadAgainWhenAMeasureThePlanOrTheIssuesPlanChanges() {
		Ledger edited = SampleLedgers.fresh(300);
		List<LedgerColumn> editedColumns = LedgerColumns.of(edited, SampleLedgers.AS_OF);
		BasicCommandStack stack = new BasicCommandStack();
		EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
		LedgerColumn measures = LedgerColumns.byId(editedColumns, LedgerColumns.MEASURES).orElseThrow();
		List<List<LedgerSort.Key>> sorts = List.of(List.of(new LedgerSort.Key(measures, false)),
				List.of(new LedgerSort.Key(measures, true),
						new LedgerSort.Key(LedgerColumns.byId(editedColumns, LedgerColumns.DESCRIPTION).orElseThrow(), false)));
		sorts.forEach(keys -> assertSortedAsComparatorsWould(edited, keys));
		List<Issue> planned = edited.getIssues().stream().filter(issue -> issue.getPlan() != null
				&& issue.getPlan().getMeasures().size() > 1).toList();
		Measure measure = planned.get(0).getPlan().getMeasures().get(1);
		Measure added = ModelFactory.eINSTANCE.createMeasure();
		added.setDescription("阿拉善"); //$NON-NLS-1$
		List<Command> edits = List.of(
				SetCommand.create(domain, measure, ModelPackage.Literals.MEASURE__DESCRIPTION, "啊"), //$NON-NLS-1$
				AddCommand.create(domain, planned.get(1).getPlan(), ModelPackage.Literals.RECTIFICATION_PLAN__MEASURES,
						added, 0),
				SetCommand.create(domain, added, ModelPackage.Literals.MEASURE__DESCRIPTION, "座"), //$NON-NLS-1$
				RemoveCommand.create(domain, planned.get(2).getPlan(), ModelPackage.Literals.RECTIFICATION_PLAN__MEASURES,
						planned.get(2).getPlan().getMeasures().get(0)),
				SetCommand.create(domain, planned.get(3), ModelPackage.Literals.ISSUE__PLAN, SetCommand.UNSET_VALUE));
		for (Command edit : edits) {
			stack.execute(edit);
			sorts.forEach(keys -> assertSortedAsComparatorsWould(edited, keys));
		}
		while (stack.canUndo()) {
			stack.undo();
			sorts.forEach(keys -> assertSortedAsComparatorsWould(edited, keys));
		}
	}

	private static void assertSortedAsComparatorsWould(Ledger ledger, List<LedgerSort.Key> keys) {
		List<Issue> expected = new ArrayList<>(ledger.getIssues());
		expected.sort(chained(keys));
		List<Issue> sorted = new ArrayList<>(ledger.getIssues());
		LedgerSort.sort(sorted, keys);
		assertEquals(expected, sorted, keys.toString());
	}

	@Test
	void noKeysLeaveTheOrderAlone() {
		List<Issue> rows = new ArrayList<>(ledger.getIssues());
		LedgerSort.sort(rows, List.of());
		assertEquals(ledger.getIssues(), rows);
	}
}
