package taizhang.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import taizhang.core.LedgerStore;
import taizhang.store.sqlite.SqliteLedgerStore;

class XmiCommandsTest {

	private final LedgerStore store = new SqliteLedgerStore();

	@TempDir
	Path dir;

	@Test
	void exportThenImportKeepsEveryFigure() throws Exception {
		Path original = LedgerFixture.district().save(store, dir.resolve("original.taizhang")); //$NON-NLS-1$
		Path xmi = dir.resolve("ledger.xmi"); //$NON-NLS-1$
		Path copy = dir.resolve("copy.taizhang"); //$NON-NLS-1$

		CliResult export = CliResult.run(store, "export-xmi", original.toString(), xmi.toString()); //$NON-NLS-1$
		CliResult imported = CliResult.run(store, "import-xmi", xmi.toString(), copy.toString()); //$NON-NLS-1$

		assertEquals(0, export.exitCode(), export::toString);
		assertTrue(export.out().startsWith("Exported 301 issues from " + original + " to " + xmi), export::toString); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, imported.exitCode(), imported::toString);
		assertTrue(imported.out().startsWith("Imported 301 issues from " + xmi + " into " + copy), imported::toString); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(stats(original), stats(copy));
		assertEquals(List.of(copy, xmi, original), LedgerFixture.filesIn(dir), "no temporary file is left"); //$NON-NLS-1$
	}

	@Test
	void exportRefusesToOverwriteWithoutForce() throws Exception {
		Path original = LedgerFixture.district().save(store, dir.resolve("original.taizhang")); //$NON-NLS-1$
		Path xmi = Files.writeString(dir.resolve("ledger.xmi"), "keep me"); //$NON-NLS-1$ //$NON-NLS-2$

		CliResult refused = CliResult.run(store, "export-xmi", original.toString(), xmi.toString()); //$NON-NLS-1$

		assertEquals(2, refused.exitCode());
		assertTrue(refused.err().contains("exists already; add --force"), refused::toString); //$NON-NLS-1$
		assertEquals("keep me", Files.readString(xmi)); //$NON-NLS-1$
		assertEquals(0, CliResult.run(store, "export-xmi", original.toString(), xmi.toString(), "--force").exitCode()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(Files.readString(xmi).startsWith("<?xml"), "replaced by the export"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void importOfAFileThatIsNotXmiFailsAndCreatesNothing() throws Exception {
		Path bogus = Files.writeString(dir.resolve("bogus.xmi"), "no xml here"); //$NON-NLS-1$ //$NON-NLS-2$
		Path target = dir.resolve("new.taizhang"); //$NON-NLS-1$

		CliResult result = CliResult.run(store, "import-xmi", bogus.toString(), target.toString()); //$NON-NLS-1$

		assertEquals(2, result.exitCode(), result::toString);
		assertTrue(result.err().contains("bogus.xmi"), result::toString); //$NON-NLS-1$
		assertTrue(Files.notExists(target));
	}

	@Test
	void importRefusesToOverwriteALedgerWithoutForce() throws Exception {
		Path original = LedgerFixture.district().save(store, dir.resolve("original.taizhang")); //$NON-NLS-1$
		Path xmi = dir.resolve("ledger.xmi"); //$NON-NLS-1$
		assertEquals(0, CliResult.run(store, "export-xmi", original.toString(), xmi.toString()).exitCode()); //$NON-NLS-1$

		CliResult result = CliResult.run(store, "import-xmi", xmi.toString(), original.toString()); //$NON-NLS-1$

		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("exists already; add --force"), result::toString); //$NON-NLS-1$
	}

	@Test
	void missingArgumentsAreNamed() {
		CliResult result = CliResult.run(store, "export-xmi", "only-one.taizhang"); //$NON-NLS-1$ //$NON-NLS-2$

		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("Missing argument OUT.xmi"), result::toString); //$NON-NLS-1$
	}

	private String stats(Path file) {
		CliResult result = CliResult.run(store, "stats", file.toString(), "--json", "--as-of", "2018-01-01"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(0, result.exitCode(), result::toString);
		return result.out().replace(file.toString(), "FILE"); //$NON-NLS-1$
	}
}
