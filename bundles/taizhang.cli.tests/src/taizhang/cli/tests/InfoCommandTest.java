package taizhang.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import taizhang.core.LedgerStore;
import taizhang.store.sqlite.SqliteLedgerStore;

class InfoCommandTest {

	private final LedgerStore store = new SqliteLedgerStore();

	@TempDir
	Path dir;

	@Test
	void showsSchemaVersionAndCountsWithoutChangingTheFile() throws Exception {
		Path file = LedgerFixture.district().save(store, dir.resolve("district.taizhang")); //$NON-NLS-1$
		byte[] before = Files.readAllBytes(file);

		CliResult result = CliResult.run(store, "info", file.toString()); //$NON-NLS-1$

		assertEquals(0, result.exitCode(), result::toString);
		int version = store.inspect(file).schemaVersion();
		assertTrue(result.out().contains("Schema version: " + version), result::toString); //$NON-NLS-1$
		assertTrue(StatsCommandTest.hasRow(result.out(), "Issue", "Issue", "301"), result::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(StatsCommandTest.hasRow(result.out(), "Organization", "Organization", "5"), result::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertArrayEquals(before, Files.readAllBytes(file));
	}

	@Test
	void typesAreNamedInChineseWhenTheLocaleIsChinese() throws Exception {
		Path file = LedgerFixture.district().save(store, dir.resolve("district.taizhang")); //$NON-NLS-1$

		CliResult result = CliResult.run(store, Locale.CHINESE, "info", file.toString()); //$NON-NLS-1$

		assertTrue(StatsCommandTest.hasRow(result.out(), "问题", "Issue", "301"), result::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(result.out().contains("格式版本："), result::toString); //$NON-NLS-1$
	}

	@Test
	void fileThatIsNotALedgerExits2() throws Exception {
		Path file = Files.writeString(dir.resolve("x.taizhang"), "not a ledger"); //$NON-NLS-1$ //$NON-NLS-2$

		CliResult result = CliResult.run(store, "info", file.toString()); //$NON-NLS-1$

		assertEquals(2, result.exitCode(), result::toString);
		assertTrue(result.err().contains("x.taizhang"), result::toString); //$NON-NLS-1$
		assertEquals("not a ledger", Files.readString(file)); //$NON-NLS-1$
	}
}
