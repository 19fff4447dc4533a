package taizhang.ledger.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import taizhang.demo.DemoLedgerGenerator;
import taizhang.ledger.ColumnFilters;
import taizhang.ledger.Grouping;
import taizhang.ledger.LedgerColumn;
import taizhang.ledger.LedgerColumns;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.WarningLevel;

/** The grid's rows without a table: scope, filters, sort and groups. */
class GridRowsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	private Ledger ledger;
	private GridRows rows;

	@BeforeEach
	void showAGeneratedLedger() {
		ledger = new DemoLedgerGenerator(3, TODAY).generate(300);
		rows = new GridRows();
		rows.setLedger(ledger, TODAY);
	}

	private int index(String id) {
		for (int i = 0; i < rows.columns().size(); i++) {
			if (rows.column(i).id().equals(id)) {
				return i;
			}
		}
		throw new AssertionError(id);
	}

	@Test
	void rowsAreTheLedgersIssuesInLedgerOrder() {
		assertEquals(ledger.getIssues(), rows.rows());
		assertEquals(LedgerColumns.of(ledger, TODAY).size(), rows.getColumnCount());
	}

	@Test
	void secondSortKeyOrdersWithinTheFirst() {
		int county = index(LedgerColumns.COUNTY);
		int received = index(LedgerColumns.RECEIVED);
		rows.sort(county, SortDirectionEnum.ASC, false);
		rows.sort(received, SortDirectionEnum.DESC, true);
		Comparator<Issue> order = rows.column(county).comparator()
				.thenComparing(rows.column(received).comparator().reversed());
		List<Issue> issues = rows.issues();
		for (int i = 1; i < issues.size(); i++) {
			assertTrue(order.compare(issues.get(i - 1), issues.get(i)) <= 0);
		}
		assertEquals(SortDirectionEnum.DESC, rows.getSortDirection(received));
		assertEquals(1, rows.getSortOrder(received));
	}

	@Test
	void scopeFiltersAndSearchAllApply() {
		LedgerColumn status = rows.column(index(LedgerColumns.STATUS));
		String label = status.text(ledger.getIssues().get(0));
		rows.setFilters(Map.of(index(LedgerColumns.STATUS), ColumnFilters.parse(status, label).predicate()));
		var round = ledger.getIssues().get(0).getRound();
		rows.setScope(issue -> issue.getRound() == round, "round");
		long expected = ledger.getIssues().stream().filter(issue -> issue.getRound() == round)
				.filter(ColumnFilters.parse(status, label).predicate()).count();
		assertEquals(expected, rows.getRowCount());
		assertTrue(rows.getRowCount() > 0);
	}

	@Test
	void groupsByWarningPutTheGravestFirstAndTheUnwarnedLast() {
		rows.setGrouping(Grouping.WARNING);
		List<Object> keys = rows.rows().stream().filter(GroupRow.class::isInstance).map(row -> ((GroupRow) row).key())
				.toList();
		List<Object> expected = new java.util.ArrayList<>(List.of(WarningLevel.RED, WarningLevel.YELLOW, WarningLevel.BLUE));
		expected.retainAll(keys);
		expected.add(null);
		assertEquals(expected, keys);
		assertInstanceOf(GroupRow.class, rows.getRowObject(0));
		assertEquals(ledger.getIssues().size(), rows.shownIssues().size());
	}

	@Test
	void showingAHiddenIssueLiftsTheFilterAndOpensItsGroup() {
		Issue issue = ledger.getIssues().get(17);
		rows.setScope(other -> other != issue, "all but one");
		rows.setGrouping(Grouping.STATUS);
		rows.setAllCollapsed(true);
		rows.show(issue);
		assertTrue(rows.indexOfRowObject(issue) >= 0);
	}
}
