package taizhang.store.sqlite.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

import taizhang.core.LedgerStoreException;
import taizhang.store.sqlite.SqliteLedgerStore;
import taizhang.store.sqlite.internal.Schema;

/** Files that are not ledgers this version can use are refused, named, and never changed. */
class FileValidationTest {

	@TempDir
	Path dir;

	private final SqliteLedgerStore store = new SqliteLedgerStore();

	private Path ledger(String name) throws Exception {
		Path file = dir.resolve(name);
		store.create(file, TestLedgers.generate(300, 3L)).close();
		return file;
	}

	/** Opening for writing, for reading and inspecting all fail, naming the file; nothing changes. */
	private void assertRefused(Path file, String... expectedInMessage) throws Exception {
		assertRefused(file, 3, expectedInMessage);
	}

	/**
	 * Damage deep inside the records shows when they are read; inspecting reads only the header and
	 * does not see it.
	 */
	private void assertOpenRefused(Path file, String... expectedInMessage) throws Exception {
		assertRefused(file, 2, expectedInMessage);
	}

	private void assertRefused(Path file, int attempts, String... expectedInMessage) throws Exception {
		byte[] before = Files.readAllBytes(file);
		for (int attempt = 0; attempt < attempts; attempt++) {
			int which = attempt;
			LedgerStoreException e = assertThrows(LedgerStoreException.class, () -> {
				switch (which) {
				case 0 -> store.open(file, false);
				case 1 -> store.open(file, true);
				default -> store.inspect(file);
				}
			});
			assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
			for (String expected : expectedInMessage) {
				assertTrue(e.getMessage().contains(expected), e.getMessage());
			}
			assertTrue(e.file().equals(file));
		}
		assertArrayEquals(before, Files.readAllBytes(file), "the file is unchanged");
		assertFalse(Files.exists(dir.resolve(file.getFileName() + "-wal")), "no -wal file is left");
		assertFalse(Files.exists(dir.resolve(file.getFileName() + "-shm")), "no -shm file is left");
	}

	private static void sql(Path file, String... statements) throws Exception {
		try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file);
				Statement s = c.createStatement()) {
			for (String statement : statements) {
				s.execute(statement);
			}
		}
	}

	@Test
	void ledgerFromNewerVersionIsRefused() throws Exception {
		Path file = ledger("newer.taizhang");
		sql(file, "UPDATE meta SET value = '7' WHERE key = 'schema_version'");
		// Names the file's schema and the newest this version reads (the file's path has no spaces).
		assertRefused(file, " 7", " " + Schema.CURRENT.version());
	}

	@Test
	void ledgerWithFieldsOfANewerModelOpensOnlyReadOnly() throws Exception {
		Path file = ledger("newermodel.taizhang");
		// A newer model appended a field to Issue (dictionary entries are only ever appended).
		sql(file, "UPDATE meta SET value = replace(value, 'reboundOf:r' || char(10), 'reboundOf:r colour:s' || char(10))"
				+ " WHERE key = 'dictionary'");
		byte[] before = Files.readAllBytes(file);
		LedgerStoreException e = assertThrows(LedgerStoreException.class, () -> store.open(file, false));
		assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("Issue.colour"), e.getMessage());
		try (var session = store.open(file, true)) {
			assertTrue(session.ledger().getIssues().size() == 300);
		}
		assertArrayEquals(before, Files.readAllBytes(file), "the file is unchanged");
	}

	@Test
	void sqliteDatabaseOfAnotherProgramIsRefused() throws Exception {
		Path file = dir.resolve("other.taizhang");
		sql(file, "CREATE TABLE photos(name TEXT)", "INSERT INTO photos VALUES('a.jpg')");
		assertRefused(file, "not a Taizhang ledger");
	}

	@Test
	void sqliteDatabaseWithAForeignMetaTableIsRefused() throws Exception {
		Path file = dir.resolve("othermeta.taizhang");
		sql(file, "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)", "INSERT INTO meta VALUES('format', 'x')");
		assertRefused(file, "not a Taizhang ledger");
	}

	@Test
	void textFileIsRefused() throws Exception {
		Path file = dir.resolve("notes.taizhang");
		Files.writeString(file, "问题清单\n1. 某企业废气超标\n", StandardCharsets.UTF_8);
		assertRefused(file, "not a Taizhang ledger");
	}

	@Test
	void emptyFileIsRefused() throws Exception {
		Path file = dir.resolve("empty.taizhang");
		Files.createFile(file);
		assertRefused(file, "not a Taizhang ledger");
	}

	@Test
	void truncatedLedgerIsRefused() throws Exception {
		Path file = ledger("truncated.taizhang");
		byte[] whole = Files.readAllBytes(file);
		Files.write(file, Arrays.copyOf(whole, whole.length / 2));
		assertRefused(file, "damaged");
	}

	@Test
	void ledgerCutInsideItsHeaderIsRefused() throws Exception {
		Path file = ledger("cut.taizhang");
		byte[] whole = Files.readAllBytes(file);
		Files.write(file, Arrays.copyOf(whole, 60));
		assertRefused(file, "damaged");
	}

	@Test
	void ledgerWithAGarbledPageIsRefused() throws Exception {
		Path file = ledger("garbled.taizhang");
		byte[] bytes = Files.readAllBytes(file);
		int page = 4096;
		int start = (bytes.length / page / 2) * page;
		for (int i = start; i < start + page; i++) {
			bytes[i] = (byte) (i * 31 + 7);
		}
		Files.write(file, bytes);
		assertOpenRefused(file, "damaged");
	}

	@Test
	void recordWithAFlippedByteIsRefused() throws Exception {
		Path file = ledger("flipped.taizhang");
		byte[] bytes = Files.readAllBytes(file);
		// Text with Chinese characters is stored as UTF-16.
		byte[] marker = "整改前后对比照片_150.jpg".getBytes(StandardCharsets.UTF_16LE);
		int at = indexOf(bytes, marker);
		assertTrue(at > 0, "marker found");
		bytes[at + marker.length - 10] ^= 0x01; // "150" becomes "151": still valid text
		Files.write(file, bytes);
		assertOpenRefused(file, "damaged", "checksum");
	}

	@Test
	void missingFileIsNamed() {
		Path file = dir.resolve("missing.taizhang");
		LedgerStoreException e = assertThrows(LedgerStoreException.class, () -> store.open(file, false));
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertFalse(Files.exists(file));
	}

	@Test
	void createRefusesToOverwrite() throws Exception {
		Path file = dir.resolve("exists.taizhang");
		Files.writeString(file, "keep me");
		LedgerStoreException e = assertThrows(LedgerStoreException.class,
				() -> store.create(file, TestLedgers.rich()));
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertTrue(Files.readString(file).equals("keep me"));
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
