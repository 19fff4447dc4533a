package taizhang.store.sqlite.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import taizhang.core.LedgerFileInfo;
import taizhang.core.LedgerSession;
import taizhang.model.Deduction;
import taizhang.model.Evidence;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.ModelFactory;
import taizhang.model.StatusChange;
import taizhang.store.sqlite.SqliteLedgerStore;
import taizhang.store.sqlite.internal.Schema;

class RoundTripTest {

	@TempDir
	Path dir;

	private final SqliteLedgerStore store = new SqliteLedgerStore();

	@Test
	void richLedgerReadsBackEqual() throws Exception {
		Path file = dir.resolve("rich.taizhang");
		Ledger expected;
		try (LedgerSession session = store.create(file, TestLedgers.rich())) {
			expected = EcoreUtil.copy(session.ledger());
		}
		try (LedgerSession session = store.open(file, true)) {
			assertTrue(Models.samePersistedContent(expected, session.ledger()),
					() -> Models.firstDifference(expected, session.ledger()));
		}
	}

	@Test
	void largeLedgerReadsBackEqual() throws Exception {
		// enough issues for several batches on the pool before and after the small lists are read
		Path file = dir.resolve("large.taizhang");
		Ledger expected;
		try (LedgerSession session = store.create(file, TestLedgers.generate(3000, 11L))) {
			expected = EcoreUtil.copy(session.ledger());
		}
		try (LedgerSession session = store.open(file, true)) {
			assertTrue(Models.samePersistedContent(expected, session.ledger()),
					() -> Models.firstDifference(expected, session.ledger()));
		}
	}

	@Test
	void everyIdentifiableObjectGetsAnIdAndReferencesCrossRecords() throws Exception {
		Path file = dir.resolve("ids.taizhang");
		try (LedgerSession created = store.create(file, TestLedgers.rich())) {
			for (EObject o : Models.all(created.ledger())) {
				if (o.eClass().getEIDAttribute() != null) {
					assertNotNull(EcoreUtil.getID(o), o.eClass().getName());
				}
			}
		}
		try (LedgerSession session = store.open(file, true)) {
			Ledger ledger = session.ledger();
			Issue issue = ledger.getIssues().get(3);
			assertTrue(ledger.getRounds().contains(issue.getRound()));
			assertTrue(ledger.getOrganizations().contains(issue.getRegion()));
			Evidence evidence = issue.getEvidence().get(0);
			assertEquals(List.of(issue.getPlan().getMeasures().get(0), issue.getPlan().getMeasures().get(2)),
					evidence.getMeasures());
			assertTrue(ledger.getIssues().contains(ledger.getSupervisionNotices().get(0).getIssues().get(0)));
			assertTrue(ledger.getOrganizations().get(3).getParent().getChildren().contains(ledger.getOrganizations().get(3)),
					"the transient opposite is rebuilt");
		}
	}

	@Test
	void extremeValuesReadBackExactly() throws Exception {
		ModelFactory f = ModelFactory.eINSTANCE;
		Ledger ledger = f.createLedger();
		ledger.setName("名称 with ASCII, emoji 😀 and \u0000 nul");
		Issue issue = f.createIssue();
		issue.setSequenceNumber(Integer.MIN_VALUE);
		issue.setDescription("");
		issue.setReceivedDate(LocalDate.of(1, 1, 1));
		StatusChange change = f.createStatusChange();
		change.setAt(Instant.ofEpochSecond(-62_000_000_000L, 999_999_999));
		issue.getStatusChanges().add(change);
		Evidence evidence = f.createEvidence();
		evidence.setSize(Long.MAX_VALUE);
		evidence.setCapturedAt(Instant.parse("9999-12-31T23:59:59.123456789Z"));
		issue.getEvidence().add(evidence);
		ledger.getIssues().add(issue);
		Deduction nan = f.createDeduction();
		nan.setPoints(Double.NaN);
		nan.setYear(Integer.MAX_VALUE);
		ledger.getDeductions().add(nan);
		Deduction farFuture = f.createDeduction();
		farFuture.setPoints(-1e300);
		farFuture.setDate(LocalDate.of(999_999, 12, 31));
		ledger.getDeductions().add(farFuture);

		Path file = dir.resolve("extremes.taizhang");
		Ledger expected;
		try (LedgerSession session = store.create(file, ledger)) {
			expected = EcoreUtil.copy(session.ledger());
		}
		try (LedgerSession session = store.open(file, true)) {
			assertTrue(Models.samePersistedContent(expected, session.ledger()),
					() -> Models.firstDifference(expected, session.ledger()));
			assertTrue(Double.isNaN(session.ledger().getDeductions().get(0).getPoints()));
		}
	}

	@Test
	void inspectCountsEveryClassWithoutLoading() throws Exception {
		Path file = dir.resolve("counts.taizhang");
		Map<String, Long> expected = new HashMap<>();
		try (LedgerSession session = store.create(file, TestLedgers.rich())) {
			for (EObject o : Models.all(session.ledger())) {
				expected.merge(o.eClass().getName(), 1L, Long::sum);
			}
		}
		LedgerFileInfo info = store.inspect(file);
		assertEquals(Schema.CURRENT.version(), info.schemaVersion());
		assertEquals("某市生态环境保护督察整改台账", info.ledgerName());
		info.counts().forEach((name, count) -> assertEquals(expected.getOrDefault(name, 0L), count, name));
		assertEquals(expected.keySet(), info.counts().entrySet().stream().filter(e -> e.getValue() > 0)
				.map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet()));
	}

	@Test
	void closedLedgerLeavesOneFileBehind() throws Exception {
		Path file = dir.resolve("single.taizhang");
		store.create(file, TestLedgers.rich()).close();
		assertTrue(Files.exists(file));
		assertTrue(Files.notExists(dir.resolve("single.taizhang-wal")) || Files.size(dir.resolve("single.taizhang-wal")) == 0);
	}
}
