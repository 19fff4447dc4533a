package taizhang.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.validation.LedgerDiagnostician;

class DemoLedgerGeneratorTest {

	private static final LocalDate AS_OF = LocalDate.of(2021, 11, 24);

	@Test
	void sameSeedAndDayGiveEqualLedgers() {
		Ledger first = new DemoLedgerGenerator(7, AS_OF).generate(2000);
		Ledger second = new DemoLedgerGenerator(7, AS_OF).generate(2000);

		assertTrue(new EcoreUtil.EqualityHelper().equals(first, second));
		assertEquals(first.getIssues().get(1999).getId(), second.getIssues().get(1999).getId());
	}

	@Test
	void otherSeedGivesOtherLedger() {
		Ledger first = new DemoLedgerGenerator(7, AS_OF).generate(200);
		Ledger second = new DemoLedgerGenerator(8, AS_OF).generate(200);

		assertFalse(new EcoreUtil.EqualityHelper().equals(first, second));
		assertNotEquals(first.getIssues().get(0).getId(), second.getIssues().get(0).getId());
	}

	@Test
	void laterAsOfDayShiftsRoundsAndReceivedDates() {
		Ledger now = new DemoLedgerGenerator(7, AS_OF).generate(1000);
		Ledger later = new DemoLedgerGenerator(7, AS_OF.plusDays(400)).generate(1000);

		for (int i = 0; i < now.getRounds().size(); i++) {
			InspectionRound round = now.getRounds().get(i);
			InspectionRound shifted = later.getRounds().get(i);
			assertEquals(round.getStartDate().plusDays(400), shifted.getStartDate(), round.getName());
			assertEquals(round.getEndDate().plusDays(400), shifted.getEndDate(), round.getName());
		}
		for (int i = 0; i < now.getIssues().size(); i++) {
			assertEquals(now.getIssues().get(i).getReceivedDate().plusDays(400),
					later.getIssues().get(i).getReceivedDate());
		}
	}

	@Test
	void latestRoundStartedAboutAMonthBeforeAsOfDay() {
		Ledger ledger = new DemoLedgerGenerator(7, AS_OF).generate(100);

		LocalDate latest = ledger.getRounds().stream().map(InspectionRound::getStartDate).max(LocalDate::compareTo)
				.orElseThrow();
		assertTrue(latest.isAfter(AS_OF.minusDays(60)) && latest.isBefore(AS_OF), latest.toString());
	}

	@Test
	void generatedLedgersHaveNoValidationProblems() {
		for (long seed : new long[] { 1, 2, 3 }) {
			Ledger ledger = new DemoLedgerGenerator(seed, AS_OF.plusDays(seed * 97)).generate(3000);

			Diagnostic result = new LedgerDiagnostician(Locale.ENGLISH).validate(ledger);

			List<String> problems = new ArrayList<>();
			result.getChildren().stream().limit(10).forEach(problem -> problems.add(problem.getMessage()));
			assertEquals(Diagnostic.OK, result.getSeverity(), "seed " + seed + ": " + problems);
		}
	}

	@Test
	void progressIsReportedUpToTheIssueCount() {
		List<Integer> reported = new ArrayList<>();

		new DemoLedgerGenerator(7, AS_OF).generate(2500, reported::add);

		assertEquals(List.of(1000, 2000, 2500), reported);
	}

	@Test
	void sequenceNumbersCountUpFromOne() {
		Ledger ledger = new DemoLedgerGenerator(7, AS_OF).generate(500);

		for (int i = 0; i < ledger.getIssues().size(); i++) {
			Issue issue = ledger.getIssues().get(i);
			assertEquals(i + 1, issue.getSequenceNumber());
		}
	}

	@Test
	void emptyLedgerStillHasItsCityAndRounds() {
		Ledger ledger = new DemoLedgerGenerator(7, AS_OF).generate(0);

		assertTrue(ledger.getIssues().isEmpty());
		assertEquals(8, ledger.getRounds().size());
		assertTrue(ledger.getOrganizations().size() > 40);
		assertEquals(2, ledger.getCustomFields().size());
	}

	@Test
	void negativeIssueCountIsRefused() {
		DemoLedgerGenerator generator = new DemoLedgerGenerator(7, AS_OF);

		assertThrows(IllegalArgumentException.class, () -> generator.generate(-1));
	}
}
