package taizhang.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

import taizhang.core.LedgerSession;
import taizhang.core.LedgerStore;
import taizhang.model.InspectionRound;
import taizhang.model.IssueStatus;
import taizhang.model.ModelPackage;
import taizhang.model.RoundKind;
import taizhang.store.sqlite.SqliteLedgerStore;

/** {@code taizhang audit verify|log}: an untouched trail, and one tampered with directly in the SQLite file. */
class AuditCommandTest {

	private final LedgerStore store = new SqliteLedgerStore();

	@TempDir
	Path dir;

	private Path file;

	/** Three issues c-1 … c-3; entry 1 creates the file, entries 2 to 6 set progress notes. */
	@BeforeEach
	void ledgerWithFiveEdits() throws Exception {
		LedgerFixture fixture = new LedgerFixture();
		InspectionRound round = fixture.round("c", RoundKind.CENTRAL); //$NON-NLS-1$
		for (int i = 0; i < 3; i++) {
			fixture.issue(round, IssueStatus.RECTIFYING, fixture.countyA, fixture.personA, LocalDate.of(2018, 6, 30));
		}
		file = fixture.save(store, dir.resolve("audited.taizhang")); //$NON-NLS-1$
		try (LedgerSession session = store.open(file, false)) {
			session.setActor("王科长"); //$NON-NLS-1$
			int[] issues = { 0, 1, 0, 2, 1 };
			for (int i = 0; i < issues.length; i++) {
				session.editingDomain().getCommandStack()
						.execute(SetCommand.create(session.editingDomain(), session.ledger().getIssues().get(issues[i]),
								ModelPackage.Literals.ISSUE__PROGRESS_NOTE, "进展" + (i + 2))); //$NON-NLS-1$
			}
		}
	}

	private void sql(String... statements) throws SQLException {
		try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file); //$NON-NLS-1$
				Statement s = c.createStatement()) {
			for (String statement : statements) {
				s.execute(statement);
			}
		}
	}

	private CliResult verify(Locale locale) {
		return CliResult.run(store, locale, "audit", "verify", file.toString()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	// ---- verify

	@Test
	void untouchedTrailIsIntactAndExits0() {
		CliResult result = verify(Locale.ENGLISH);

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().contains(file + ": 6 entries, chain intact."), result::toString); //$NON-NLS-1$
		assertTrue(result.out().contains("Last entry: no. 6, hash "), result::toString); //$NON-NLS-1$
	}

	@Test
	void untouchedTrailIsIntactInChineseToo() {
		CliResult result = verify(Locale.CHINESE);

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().contains("共 6 条，链条完好"), result::toString); //$NON-NLS-1$
	}

	@Test
	void editedEntryIsNamedAndExits1() throws Exception {
		sql("UPDATE audit SET entry = replace(entry, '进展4', '进展四') WHERE seq = 4"); //$NON-NLS-1$

		CliResult result = verify(Locale.ENGLISH);

		assertEquals(1, result.exitCode(), result::toString);
		assertTrue(result.out().contains("the audit trail is broken: entry 4 ("), result::toString); //$NON-NLS-1$
		assertTrue(result.out().contains("has been changed"), result::toString); //$NON-NLS-1$
		assertTrue(result.out().contains("6 entries found; those before entry 4 are intact."), result::toString); //$NON-NLS-1$
	}

	@Test
	void deletedEntryIsNamedAndExits1() throws Exception {
		sql("DELETE FROM audit WHERE seq = 3"); //$NON-NLS-1$

		CliResult result = verify(Locale.ENGLISH);

		assertEquals(1, result.exitCode(), result::toString);
		assertTrue(result.out().contains("entry 3 is missing: entry 4 ("), result::toString); //$NON-NLS-1$
	}

	@Test
	void reorderedEntriesAreNamedAndExit1() throws Exception {
		sql("UPDATE audit SET seq = -seq WHERE seq IN (2, 5)", //$NON-NLS-1$
				"UPDATE audit SET seq = CASE seq WHEN -2 THEN 5 ELSE 2 END WHERE seq < 0"); //$NON-NLS-1$

		CliResult result = verify(Locale.ENGLISH);

		assertEquals(1, result.exitCode(), result::toString);
		assertTrue(result.out().contains("entry 2 has been moved: its place holds entry 5 ("), result::toString); //$NON-NLS-1$
	}

	@Test
	void brokenChainIsNamedInChinese() throws Exception {
		sql("DELETE FROM audit WHERE seq = 6"); //$NON-NLS-1$

		CliResult result = verify(Locale.CHINESE);

		assertEquals(1, result.exitCode(), result::toString);
		assertTrue(result.out().contains("第 6 条及其后各条缺失：文件记载共有 6 条"), result::toString); //$NON-NLS-1$
	}

	@Test
	void removedTrailExits1() throws Exception {
		sql("DROP TABLE audit"); //$NON-NLS-1$

		CliResult result = verify(Locale.ENGLISH);

		assertEquals(1, result.exitCode(), result::toString);
		assertTrue(result.out().contains("has no audit trail"), result::toString); //$NON-NLS-1$
	}

	@Test
	void optionsOfLogAreRefusedByVerify() {
		CliResult result = CliResult.run(store, "audit", "verify", file.toString(), "--issue", "c-1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

		assertEquals(2, result.exitCode(), result::toString);
		assertTrue(result.err().contains("--issue does not apply to audit verify"), result::toString); //$NON-NLS-1$
	}

	@Test
	void missingOrUnknownSubcommandIsAUsageError() {
		CliResult missing = CliResult.run(store, "audit"); //$NON-NLS-1$
		CliResult unknown = CliResult.run(store, "audit", "check", file.toString()); //$NON-NLS-1$ //$NON-NLS-2$

		assertEquals(2, missing.exitCode(), missing::toString);
		assertTrue(missing.err().contains("Missing argument SUBCOMMAND (verify or log)"), missing::toString); //$NON-NLS-1$
		assertEquals(2, unknown.exitCode(), unknown::toString);
		assertTrue(unknown.err().contains("Unknown subcommand \"check\""), unknown::toString); //$NON-NLS-1$
	}

	@Test
	void missingFileExits2() {
		CliResult result = CliResult.run(store, "audit", "verify", dir.resolve("none.taizhang").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertEquals(2, result.exitCode(), result::toString);
		assertTrue(result.err().contains("File not found"), result::toString); //$NON-NLS-1$
	}

	// ---- log

	@Test
	void logPrintsEveryEntryWithValuesBeforeAndAfter() {
		CliResult result = CliResult.run(store, "audit", "log", file.toString()); //$NON-NLS-1$ //$NON-NLS-2$

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().startsWith("Audit trail of " + file + ": 6 entries"), result::toString); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(result.out().contains("created: create"), result::toString); //$NON-NLS-1$
		List<String> fourth = result.out().lines().dropWhile(l -> !l.startsWith("#4 ")).limit(4).toList(); //$NON-NLS-1$
		assertTrue(fourth.get(0).contains("  王科长  executed: "), fourth::toString); //$NON-NLS-1$
		assertEquals("  Issues: c-1", fourth.get(1)); //$NON-NLS-1$
		assertTrue(fourth.get(3).matches("  Issue \\[.+\\] of c-1 · Progress: 进展2 → 进展4"), fourth::toString); //$NON-NLS-1$
	}

	@Test
	void logOfOneIssueListsOnlyItsEntries() {
		CliResult result = CliResult.run(store, "audit", "log", file.toString(), "--issue", "c-2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().startsWith("Audit trail of " + file + ", entries concerning c-2: 2"), result::toString); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of("#3", "#6"), result.out().lines().filter(l -> l.startsWith("#")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.map(l -> l.substring(0, l.indexOf(' '))).toList());
	}

	@Test
	void logIsChineseWhenTheLocaleIsChinese() {
		CliResult result = CliResult.run(store, Locale.CHINESE, "audit", "log", file.toString(), "--issue", "c-3"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().contains("涉及 c-3 的审计记录：共 1 条"), result::toString); //$NON-NLS-1$
		assertTrue(result.out().contains("王科长  执行："), result::toString); //$NON-NLS-1$
		assertTrue(result.out().contains("（c-3） · 进展情况：（无） → 进展5"), result::toString); //$NON-NLS-1$
	}

	@Test
	void logAsJsonHasStableKeys() {
		CliResult result = CliResult.run(store, "audit", "log", file.toString(), "--issue", "c-1", "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

		assertEquals(0, result.exitCode(), result::toString);
		Map<?, ?> json = (Map<?, ?>) Json.parse(result.out());
		assertEquals("c-1", json.get("issue")); //$NON-NLS-1$ //$NON-NLS-2$
		List<?> entries = (List<?>) json.get("entries"); //$NON-NLS-1$
		assertEquals(2, entries.size());
		Map<?, ?> second = (Map<?, ?>) entries.get(1);
		assertEquals(List.of("seq", "time", "actor", "action", "command", "commandType", "objects", "cases", "changes", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
				"hash"), List.copyOf(second.keySet())); //$NON-NLS-1$
		assertEquals("王科长", second.get("actor")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("EXECUTE", second.get("action")); //$NON-NLS-1$ //$NON-NLS-2$
		Map<?, ?> change = (Map<?, ?>) ((List<?>) second.get("changes")).get(0); //$NON-NLS-1$
		assertEquals("progressNote", change.get("feature")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("进展2", change.get("before")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("进展4", change.get("after")); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(((String) second.get("hash")).isEmpty()); //$NON-NLS-1$
	}
}
