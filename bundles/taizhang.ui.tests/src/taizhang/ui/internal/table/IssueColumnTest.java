package taizhang.ui.internal.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import taizhang.demo.DemoLedgerGenerator;
import taizhang.core.issues.IssueFacts;
import taizhang.model.Issue;
import taizhang.model.Ledger;

class IssueColumnTest {

	private final Ledger ledger = new DemoLedgerGenerator(5, LocalDate.of(2026, 11, 24)).generate(50);

	@Test
	void everyColumnHasAHeader() {
		for (IssueColumn column : IssueColumn.values()) {
			assertFalse(column.header().isBlank(), column.name());
		}
	}

	@Test
	void cellsShowTheIssuesFields() {
		Issue issue = ledger.getIssues().get(0);
		assertEquals(issue.getSequenceNumber(), IssueColumn.SEQUENCE.value(issue));
		assertEquals(issue.getCaseNumber(), IssueColumn.CASE_NUMBER.value(issue));
		assertEquals(issue.getRound().getName(), IssueColumn.ROUND.value(issue));
		assertEquals(IssueFacts.leadUnit(issue).getName(), IssueColumn.LEAD_UNIT.value(issue));
		assertEquals(issue.getReceivedDate().toString(), IssueColumn.RECEIVED.value(issue));
	}

	@Test
	void dataProviderComputesCellsOfItsRows() {
		IssueRowDataProvider rows = new IssueRowDataProvider();
		rows.setRows(ledger.getIssues());
		assertEquals(ledger.getIssues().size(), rows.getRowCount());
		assertEquals(IssueColumn.values().length, rows.getColumnCount());
		Issue third = ledger.getIssues().get(2);
		assertEquals(third.getCaseNumber(), rows.getDataValue(IssueColumn.CASE_NUMBER.ordinal(), 2));
		assertEquals(2, rows.indexOfRowObject(third));
	}
}
