package taizhang.store.sqlite.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

import taizhang.core.LedgerSession;
import taizhang.core.LedgerStoreException;
import taizhang.core.audit.AuditAction;
import taizhang.core.audit.AuditBreak;
import taizhang.core.audit.AuditEntry;
import taizhang.core.audit.AuditVerification;
import taizhang.model.Ledger;
import taizhang.model.ModelPackage;
import taizhang.store.sqlite.SqliteLedgerStore;
import taizhang.store.sqlite.internal.LedgerFiles;
import taizhang.store.sqlite.internal.MigrationStep;
import taizhang.store.sqlite.internal.Schema;

/**
 * Upgrading files written by an older version: the real step from schema 1 (no audit trail) to
 * schema 2, and the migration framework itself, played by a version with one more (schema 3) for
 * which files written by today's store are the older files.
 */
class MigrationTest {

	/** A plausible step: a new column for every record, filled from the data that is there. */
	private static final MigrationStep ADD_SIZE_COLUMN = new MigrationStep() {
		@Override
		public int from() {
			return Schema.CURRENT.version();
		}

		@Override
		public void apply(Connection connection) throws SQLException {
			try (Statement s = connection.createStatement()) {
				s.execute("ALTER TABLE records ADD COLUMN size INTEGER");
				s.execute("UPDATE records SET size = length(data)");
			}
		}
	};

	private static final MigrationStep FAILING = new MigrationStep() {
		@Override
		public int from() {
			return Schema.CURRENT.version();
		}

		@Override
		public void apply(Connection connection) throws SQLException {
			try (Statement s = connection.createStatement()) {
				s.execute("ALTER TABLE records ADD COLUMN size INTEGER");
				s.execute("UPDATE records SET size = no_such_function(data)");
			}
		}
	};

	/** Schema 1, as Taizhang wrote it before the audit trail: tables meta and records only. */
	private static final LedgerFiles VERSION_1 = new LedgerFiles(new Schema(1, List.of()));

	@TempDir
	Path dir;

	private Path file;
	private Ledger written;

	@BeforeEach
	void writeCurrentFile() throws Exception {
		file = dir.resolve("old.taizhang");
		try (LedgerSession session = new SqliteLedgerStore().create(file, TestLedgers.rich())) {
			written = EcoreUtil.copy(session.ledger());
		}
		assertEquals(2, new SqliteLedgerStore().inspect(file).schemaVersion());
	}

	private static LedgerFiles nextVersion(MigrationStep step) {
		List<MigrationStep> steps = new ArrayList<>(Schema.CURRENT.steps());
		steps.add(step);
		return new LedgerFiles(new Schema(Schema.CURRENT.version() + 1, steps));
	}

	private List<Path> backups(int version) throws Exception {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(p -> p.getFileName().toString().contains(".schema" + version + "-")).toList();
		}
	}

	private static Connection connect(Path file) throws SQLException {
		return new SQLiteConfig().createConnection("jdbc:sqlite:" + file);
	}

	private static List<String> tables(Path file) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Connection c = connect(file);
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
			while (rs.next()) {
				tables.add(rs.getString(1));
			}
		}
		return tables;
	}

	private static long count(Path file, String table) throws SQLException {
		try (Connection c = connect(file);
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	// ---- schema 1 → 2: the audit trail ---------------------------------------------------------

	@Test
	void versionOneFileIsMigratedKeepingEveryRecordAndGetsAnAuditTrail() throws Exception {
		Path old = dir.resolve("v1.taizhang");
		Ledger v1Ledger;
		try (LedgerSession session = VERSION_1.create(old, TestLedgers.rich())) {
			v1Ledger = EcoreUtil.copy(session.ledger());
		}
		assertEquals(List.of("meta", "records"), tables(old), "a version 1 file");
		assertEquals(1, new SqliteLedgerStore().inspect(old).schemaVersion());
		long records = count(old, "records");

		try (LedgerSession session = new SqliteLedgerStore().open(old, false)) {
			assertEquals(2, session.schemaVersion());
			assertTrue(Models.samePersistedContent(v1Ledger, session.ledger()),
					() -> Models.firstDifference(v1Ledger, session.ledger()));
			session.editingDomain().getCommandStack().execute(SetCommand.create(session.editingDomain(),
					session.ledger().getIssues().get(0), ModelPackage.Literals.ISSUE__PROGRESS_NOTE, "迁移后的第一次修改"));
		}
		assertEquals(List.of("audit", "meta", "records"), tables(old));
		assertEquals(records, count(old, "records"), "every record is kept");
		assertEquals(2, new SqliteLedgerStore().inspect(old).schemaVersion());

		List<AuditEntry> entries = new SqliteLedgerStore().auditTrail(old).entries();
		assertEquals(2, entries.size());
		assertEquals(AuditAction.MIGRATE, entries.get(0).action(), "the migration is the trail's first entry");
		assertEquals("schema 1 \u2192 2", entries.get(0).command());
		assertEquals(AuditAction.EXECUTE, entries.get(1).action());
		assertTrue(new SqliteLedgerStore().auditTrail(old).verify().isIntact());

		List<Path> backups = backups(1);
		assertEquals(1, backups.size());
		assertEquals(List.of("meta", "records"), tables(backups.get(0)), "the backup is the version 1 file");
		try (LedgerSession reopened = new SqliteLedgerStore().open(old, true)) {
			assertEquals("迁移后的第一次修改", reopened.ledger().getIssues().get(0).getProgressNote());
		}
	}

	@Test
	void versionOneFileOpenedReadOnlyHasNoTrailAndIsLeftAlone() throws Exception {
		Path old = dir.resolve("v1.taizhang");
		VERSION_1.create(old, TestLedgers.rich()).close();
		byte[] before = Files.readAllBytes(old);
		try (LedgerSession session = new SqliteLedgerStore().open(old, true)) {
			assertEquals(1, session.schemaVersion());
			assertTrue(session.auditTrail().entries().isEmpty());
			AuditVerification result = session.auditTrail().verify();
			assertFalse(result.isIntact(), "nothing can be verified");
			assertEquals(AuditBreak.Problem.NO_TRAIL, result.firstBreak().problem());
		}
		assertArrayEquals(before, Files.readAllBytes(old));
	}

	@Test
	void newFileRecordsItsCreationAsTheFirstEntry() throws Exception {
		List<AuditEntry> entries = new SqliteLedgerStore().auditTrail(file).entries();
		assertEquals(1, entries.size());
		assertEquals(AuditAction.CREATE, entries.get(0).action());
		assertEquals(List.of(written.getId()), entries.get(0).objects());
		assertEquals(System.getProperty("user.name"), entries.get(0).actor());
	}

	// ---- the framework, with a further version ---------------------------------------------------

	@Test
	void olderFileIsUpgradedAfterABackupIsWritten() throws Exception {
		LedgerFiles version3 = nextVersion(ADD_SIZE_COLUMN);
		try (LedgerSession session = version3.open(file, false)) {
			assertEquals(3, session.schemaVersion());
			assertTrue(Models.samePersistedContent(written, session.ledger()));
			session.editingDomain().getCommandStack().execute(SetCommand.create(session.editingDomain(),
					session.ledger(), ModelPackage.eINSTANCE.getLedger_Name(), "升级后的台账"));
		}
		assertEquals(3, version3.inspect(file).schemaVersion());
		try (Connection c = connect(file);
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT count(*) FROM records WHERE size = length(data)")) {
			assertTrue(rs.next() && rs.getInt(1) > 0, "the step ran");
		}
		try (LedgerSession reopened = version3.open(file, true)) {
			assertEquals("升级后的台账", reopened.ledger().getName());
			List<AuditEntry> entries = reopened.auditTrail().entries();
			assertEquals(List.of(AuditAction.CREATE, AuditAction.MIGRATE, AuditAction.EXECUTE),
					entries.stream().map(AuditEntry::action).toList());
			assertEquals("schema 2 \u2192 3", entries.get(1).command());
			assertTrue(reopened.auditTrail().verify().isIntact(), "the migration continues the chain");
		}

		List<Path> backups = backups(2);
		assertEquals(1, backups.size());
		try (LedgerSession backup = new SqliteLedgerStore().open(backups.get(0), true)) {
			assertEquals(2, backup.schemaVersion());
			assertTrue(Models.samePersistedContent(written, backup.ledger()), "the backup holds the old file");
		}
	}

	@Test
	void upgradedFileIsRefusedByTheOlderVersion() throws Exception {
		nextVersion(ADD_SIZE_COLUMN).open(file, false).close();
		LedgerStoreException e = assertThrows(LedgerStoreException.class, () -> new SqliteLedgerStore().open(file, false));
		assertTrue(e.getMessage().contains("schema 3"), e.getMessage());
	}

	@Test
	void failingStepLeavesTheFileAsItWas() throws Exception {
		byte[] before = Files.readAllBytes(file);
		LedgerFiles broken = nextVersion(FAILING);
		LedgerStoreException e = assertThrows(LedgerStoreException.class, () -> broken.open(file, false));
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertTrue(e.getMessage().contains(backups(2).get(0).toString()), "the message names the backup");
		assertArrayEquals(before, Files.readAllBytes(file));
		try (LedgerSession session = new SqliteLedgerStore().open(file, false)) {
			assertEquals(2, session.schemaVersion());
			assertTrue(Models.samePersistedContent(written, session.ledger()));
			assertEquals(1, session.auditTrail().entries().size(), "no migration entry");
		}
	}

	@Test
	void readOnlyOpeningOfAnOlderFileLeavesItAlone() throws Exception {
		byte[] before = Files.readAllBytes(file);
		try (LedgerSession session = nextVersion(ADD_SIZE_COLUMN).open(file, true)) {
			assertEquals(2, session.schemaVersion(), "the file on disk is still version 2");
			assertTrue(Models.samePersistedContent(written, session.ledger()));
		}
		assertArrayEquals(before, Files.readAllBytes(file));
		assertTrue(backups(2).isEmpty());
		assertFalse(Files.exists(dir.resolve("old.taizhang-wal")));
	}

	@Test
	void newFilesAreMadeByTheSameSteps() throws Exception {
		LedgerFiles version3 = nextVersion(ADD_SIZE_COLUMN);
		Path fresh = dir.resolve("fresh.taizhang");
		version3.create(fresh, TestLedgers.rich()).close();
		assertEquals(3, version3.inspect(fresh).schemaVersion());
		assertEquals(List.of("audit", "meta", "records"), tables(fresh));
		try (Connection c = connect(fresh);
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT count(*) FROM pragma_table_info('records') WHERE name = 'size'")) {
			assertTrue(rs.next() && rs.getInt(1) == 1, "the step's column is there");
		}
	}
}
