package taizhang.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import taizhang.model.Issue;
import taizhang.model.IssueCategory;
import taizhang.model.RectificationType;

class CellEditsTest {

	private final Office office = new Office();

	/** The grid's visible columns in this test: 交办编号, 所属县区, 类别, 问题描述, 牵头单位, 责任人, 整改时限. */
	private final List<LedgerColumn> visible = List.of(office.column("caseNumber"), office.column("county"),
			office.column("category"), office.column("description"), office.column("leadUnit"),
			office.column("responsiblePerson"), office.column("deadline"));

	@Test
	void pastingAGoodBlockIsOneCommandThatOneUndoReverts() {
		List<List<String>> before = office.cells();
		String block = "新港区\t大气\t露天焚烧秸秆\r\n" + "青岚县\tsoil\t\"历史遗留\n尾矿库\"\r\n";
		EditResult result = CellEdits.paste(office.domain, office.ledger, office.issues(), visible, 3, 1, block);
		assertTrue(result.ok(), result.problems().toString());
		office.execute(result.command());
		assertEquals(office.xingang, office.column("county").value(office.fumes));
		assertEquals(IssueCategory.AIR, office.fumes.getCategory());
		assertEquals("露天焚烧秸秆", office.fumes.getDescription());
		assertEquals(office.qinglan, office.fresh.getRegion());
		assertEquals("历史遗留\n尾矿库", office.fresh.getDescription());
		assertEquals(List.of(office.fumes, office.fresh), List.copyOf(result.command().getAffectedObjects()));

		office.stack.undo();
		assertEquals(before, office.cells());
		assertFalse(office.stack.canUndo());
		office.stack.redo();
		assertEquals("露天焚烧秸秆", office.fumes.getDescription());
	}

	@Test
	void pastingABadBlockListsEveryProblemByRowAndColumnAndChangesNothing() {
		List<List<String>> before = office.cells();
		String block = "ZY2023-009\t新港区\t大气\r\n" + "ZY2023-010\t江州市水务局\t火星\r\n" + "SJ2024-001\t青岚县\t水\r\n";
		EditResult result = CellEdits.paste(office.domain, office.ledger, office.issues(), visible, 1, 0, block);
		assertFalse(result.ok());
		assertNull(result.command());
		List<CellProblem> problems = result.problems();
		assertEquals(3, problems.size(), problems.toString());
		assertProblem(problems.get(0), 2, 2, office.column("county").header(), "江州市水务局");
		assertProblem(problems.get(1), 2, 3, office.column("category").header(), "火星");
		// SJ2024-001 is the case number of 噪声 in the same round
		assertProblem(problems.get(2), 3, 1, office.column("caseNumber").header(), "SJ2024-001");
		assertEquals(before, office.cells());
		assertFalse(office.stack.canUndo());
	}

	private static void assertProblem(CellProblem problem, int row, int column, String header, String text) {
		assertEquals(row, problem.row(), problem.toString());
		assertEquals(column, problem.column(), problem.toString());
		assertEquals(header, problem.columnHeader());
		assertTrue(problem.message().contains(text), problem.message());
	}

	@Test
	void aBlockTallerThanTheRowsLeftIsRefusedWithoutAddingIssues() {
		EditResult result = CellEdits.paste(office.domain, office.ledger, office.issues(), visible, 4, 0,
				"A-1\r\nA-2\r\nA-3\r\n");
		assertFalse(result.ok());
		assertEquals(2, result.problems().get(0).row());
		assertTrue(result.problems().get(0).message().contains("3"));
		assertEquals(5, office.ledger.getIssues().size());

		EditResult wide = CellEdits.paste(office.domain, office.ledger, office.issues(), visible, 0, 6, "a\tb\tc");
		assertFalse(wide.ok());
		assertEquals(2, wide.problems().get(0).column());
	}

	@Test
	void rowsCopiedFromTheGridPasteBackAcrossReadOnlyColumns() {
		List<Issue> rows = office.issues();
		String copied = CellEdits.copy(rows.subList(0, 2), office.columns);
		EditResult same = CellEdits.paste(office.domain, office.ledger, rows, office.columns, 0, 0, copied);
		assertTrue(same.ok(), same.problems().toString());
		assertTrue(same.changesNothing());

		// 扬尘's row pasted over 河道垃圾's, with its own case number, status and warning: every editable cell follows
		String row = CellEdits.copy(List.of(office.dust), office.columns).replace("ZY2023-001", "SJ2024-009")
				.replace(office.column("status").text(office.dust), office.column("status").text(office.fresh))
				.replace(office.column("warning").text(office.dust), "");
		EditResult over = CellEdits.paste(office.domain, office.ledger, rows, office.columns, 4, 0, row);
		assertTrue(over.ok(), over.problems().toString());
		office.execute(over.command());
		for (LedgerColumn column : office.columns) {
			if (column.isEditable() && !column.id().equals("caseNumber")) {
				assertEquals(column.text(office.dust), column.text(office.fresh), column.id());
			}
		}
		assertEquals("SJ2024-009", office.fresh.getCaseNumber());
	}

	@Test
	void valuesOfTheSameRowAreCheckedTogether() {
		// received after the current deadline, but the new deadline in the same row is later still
		List<LedgerColumn> dates = List.of(office.column("received"), office.column("deadline"));
		EditResult result = CellEdits.paste(office.domain, office.ledger, office.issues(), dates, 0, 0,
				"2024-07-01\t2024年12月31日");
		assertTrue(result.ok(), result.problems().toString());
		office.execute(result.command());
		assertEquals(LocalDate.of(2024, 7, 1), office.dust.getReceivedDate());
		assertEquals(LocalDate.of(2024, 12, 31), office.dust.getPlan().getDeadline());

		List<LedgerColumn> units = List.of(office.column("leadUnit"), office.column("cooperatingUnits"));
		EditResult swap = CellEdits.paste(office.domain, office.ledger, office.issues(), units, 0, 0,
				"江州市水务局\t江州市生态环境局");
		assertTrue(swap.ok(), swap.problems().toString());
		office.execute(swap.command());
		assertSame(office.water, office.column("leadUnit").value(office.dust));
		assertEquals(List.of(office.environment), office.column("cooperatingUnits").value(office.dust));
	}

	@Test
	void fillDownCopiesTheFirstRowIntoTheOthersAsOneCommand() {
		List<Issue> rows = office.issues();
		List<LedgerColumn> columns = List.of(office.column("type"), office.column("deadline"), office.column("target"));
		EditResult result = CellEdits.fillDown(office.domain, office.ledger, rows, columns, 2, 4, 0, 2);
		assertTrue(result.ok(), result.problems().toString());
		office.execute(result.command());
		for (Issue issue : List.of(office.fumes, office.fresh)) {
			assertEquals(RectificationType.IMMEDIATE, issue.getPlan().getType());
			assertEquals("立行立改", office.column("deadline").text(issue));
			assertNull(issue.getPlan().getDeadline());
		}
		office.stack.undo();
		assertNull(office.fresh.getPlan());
		assertEquals(LocalDate.of(2024, 6, 10), office.fumes.getPlan().getDeadline());
	}

	@Test
	void fillDownOfAValueThatDoesNotFitARowChangesNothing() {
		List<List<String>> before = office.cells();
		// 扬尘's case number would repeat in its round
		EditResult result = CellEdits.fillDown(office.domain, office.ledger, office.issues(), visible, 0, 1, 0, 0);
		assertFalse(result.ok());
		assertEquals(2, result.problems().get(0).row());
		assertEquals(before, office.cells());
	}

	@Test
	void copiedCellsParseBackIncludingTabsLineBreaksQuotesAndChinese() {
		office.dust.setDescription("含\t制表符、\"引号\"与\r\n换行的描述");
		office.noise.setProgressNote("\"已整改\"");
		List<Issue> rows = office.issues();
		String copied = CellEdits.copy(rows, office.columns);
		assertTrue(copied.endsWith("\r\n"));
		List<List<String>> cells = Tsv.parse(copied);
		assertEquals(office.cells(), cells);
		assertEquals("含\t制表符、\"引号\"与\r\n换行的描述", cells.get(0).get(5));
	}

	@Test
	void settingAnUnchangedCellChangesNothing() {
		EditResult result = CellEdits.set(office.domain, office.ledger, office.dust, office.column("status"),
				office.column("status").text(office.dust));
		assertTrue(result.ok());
		assertTrue(result.changesNothing());
	}
}
