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
import taizhang.model.Ledger;
import taizhang.model.ModelPackage;
import taizhang.store.sqlite.SqliteLedgerStore;
import taizhang.store.sqlite.internal.LedgerFiles;
import taizhang.store.sqlite.internal.MigrationStep;
import taizhang.store.sqlite.internal.Schema;

/**
 * Upgrading files written by an older version. Taizhang has written only schema 1 so far, so these
 * tests play a version with schema 2: files written by today's store are its older files.
 */
class MigrationTest {

	/** A plausible step: a new column for every record, filled from the data that is there. */
	private static final MigrationStep ADD_SIZE_COLUMN = new MigrationStep() {
		@Override
		public int from() {
			return 1;
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
			return 1;
		}

		@Override
		public void apply(Connection connection) throws SQLException {
			try (Statement s = connection.createStatement()) {
				s.execute("ALTER TABLE records ADD COLUMN size INTEGER");
				s.execute("UPDATE records SET size = no_such_function(data)");
			}
		}
	};

	@TempDir
	Path dir;

	private Path file;
	private Ledger written;

	@BeforeEach
	void writeVersionOneFile() throws Exception {
		file = dir.resolve("old.taizhang");
		try (LedgerSession session = new SqliteLedgerStore().create(file, TestLedgers.rich())) {
			written = EcoreUtil.copy(session.ledger());
		}
		assertEquals(1, new SqliteLedgerStore().inspect(file).schemaVersion());
	}

	private List<Path> backups() throws Exception {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(p -> p.getFileName().toString().contains(".schema1-")).toList();
		}
	}

	@Test
	void olderFileIsUpgradedAfterABackupIsWritten() throws Exception {
		LedgerFiles version2 = new LedgerFiles(new Schema(2, List.of(ADD_SIZE_COLUMN)));
		try (LedgerSession session = version2.open(file, false)) {
			assertEquals(2, session.schemaVersion());
			assertTrue(Models.samePersistedContent(written, session.ledger()));
			session.editingDomain().getCommandStack().execute(SetCommand.create(session.editingDomain(),
					session.ledger(), ModelPackage.eINSTANCE.getLedger_Name(), "升级后的台账"));
		}
		assertEquals(2, version2.inspect(file).schemaVersion());
		try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file);
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT count(*) FROM records WHERE size = length(data)")) {
			assertTrue(rs.next() && rs.getInt(1) > 0, "the step ran");
		}
		try (LedgerSession reopened = version2.open(file, true)) {
			assertEquals("升级后的台账", reopened.ledger().getName());
		}

		List<Path> backups = backups();
		assertEquals(1, backups.size());
		try (LedgerSession backup = new SqliteLedgerStore().open(backups.get(0), true)) {
			assertEquals(1, backup.schemaVersion());
			assertTrue(Models.samePersistedContent(written, backup.ledger()), "the backup holds the old file");
		}
	}

	@Test
	void upgradedFileIsRefusedByTheOlderVersion() throws Exception {
		new LedgerFiles(new Schema(2, List.of(ADD_SIZE_COLUMN))).open(file, false).close();
		LedgerStoreException e = assertThrows(LedgerStoreException.class, () -> new SqliteLedgerStore().open(file, false));
		assertTrue(e.getMessage().contains("schema 2"), e.getMessage());
	}

	@Test
	void failingStepLeavesTheFileAsItWas() throws Exception {
		byte[] before = Files.readAllBytes(file);
		LedgerFiles broken = new LedgerFiles(new Schema(2, List.of(FAILING)));
		LedgerStoreException e = assertThrows(LedgerStoreException.class, () -> broken.open(file, false));
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertTrue(e.getMessage().contains(backups().get(0).toString()), "the message names the backup");
		assertArrayEquals(before, Files.readAllBytes(file));
		try (LedgerSession session = new SqliteLedgerStore().open(file, false)) {
			assertEquals(1, session.schemaVersion());
			assertTrue(Models.samePersistedContent(written, session.ledger()));
		}
	}

	@Test
	void readOnlyOpeningOfAnOlderFileLeavesItAlone() throws Exception {
		byte[] before = Files.readAllBytes(file);
		try (LedgerSession session = new LedgerFiles(new Schema(2, List.of(ADD_SIZE_COLUMN))).open(file, true)) {
			assertEquals(1, session.schemaVersion(), "the file on disk is still version 1");
			assertTrue(Models.samePersistedContent(written, session.ledger()));
		}
		assertArrayEquals(before, Files.readAllBytes(file));
		assertTrue(backups().isEmpty());
		assertFalse(Files.exists(dir.resolve("old.taizhang-wal")));
	}

	@Test
	void newFilesAreMadeByTheSameSteps() throws Exception {
		LedgerFiles version2 = new LedgerFiles(new Schema(2, List.of(ADD_SIZE_COLUMN)));
		Path fresh = dir.resolve("fresh.taizhang");
		version2.create(fresh, TestLedgers.rich()).close();
		assertEquals(2, version2.inspect(fresh).schemaVersion());
		try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + fresh);
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT count(*) FROM pragma_table_info('records') WHERE name = 'size'")) {
			assertTrue(rs.next() && rs.getInt(1) == 1, "the step's column is there");
		}
	}
}
