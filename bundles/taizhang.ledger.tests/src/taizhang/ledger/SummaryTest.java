package taizhang.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SummaryTest {

	private final Office office = new Office();

	@Test
	void countsTotalDoneOverdueLaggingAndEachWarning() {
		// 扬尘 lags (a measure due 05-31 is open), 污水 is overdue, 噪声 signed off, 油烟 due in 9 days
		Summary summary = Summary.of(office.ledger, office.ledger.getIssues(), Office.AS_OF);
		assertEquals(new Summary(5, 1, 1, 1, 1, 1, 1), summary);
	}

	@Test
	void summarisesTheFilteredIssuesOnTheDayChosen() {
		assertEquals(new Summary(2, 0, 0, 0, 0, 0, 0),
				Summary.of(Set.of(office.dust, office.fumes), LocalDate.of(2024, 1, 1), LedgerColumns.rules(office.ledger)));
		assertEquals(new Summary(2, 0, 2, 0, 2, 0, 0),
				Summary.of(List.of(office.dust, office.fumes), LocalDate.of(2024, 7, 1), LedgerColumns.rules(office.ledger)));
		assertEquals(new Summary(0, 0, 0, 0, 0, 0, 0), Summary.of(office.ledger, List.of(), Office.AS_OF));
	}

	@Test
	void followsTheLedgersOwnBlueDays() {
		office.ledger.setSettings(taizhang.model.ModelFactory.eINSTANCE.createLedgerSettings());
		office.ledger.getSettings().setBlueDays(5);
		assertEquals(0, Summary.of(office.ledger, office.ledger.getIssues(), Office.AS_OF).blue());
	}
}
