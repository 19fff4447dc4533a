package taizhang.cli.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import taizhang.core.LedgerStore;
import taizhang.store.sqlite.SqliteLedgerStore;

/** Tests of commands that read the {@link WarningsFixture} ledger, saved afresh to {@link #file} for each test. */
abstract class WarningsLedgerFileTest {

	final LedgerStore store = new SqliteLedgerStore();

	@TempDir
	Path dir;

	WarningsFixture fixture;
	Path file;

	@BeforeEach
	void writeLedger() throws Exception {
		fixture = new WarningsFixture();
		file = fixture.ledger.save(store, dir.resolve("warnings.taizhang")); //$NON-NLS-1$
	}
}
