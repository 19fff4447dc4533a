package taizhang.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import taizhang.core.LedgerSession;
import taizhang.core.LedgerStore;
import taizhang.store.sqlite.SqliteLedgerStore;

class GenerateCommandTest {

	private final LedgerStore store = new SqliteLedgerStore();

	@TempDir
	Path dir;

	@Test
	void writesALedgerWithTheRequestedIssuesAndSaysSo() throws Exception {
		Path file = dir.resolve("demo.taizhang"); //$NON-NLS-1$

		CliResult result = CliResult.run(store, "generate", "--issues", "120", "--seed", "7", "--as-of", "2026-11-24", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				file.toString());

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().startsWith("Wrote 120 issues to " + file + " (seed 7, as of 2026-11-24) in "), //$NON-NLS-1$ //$NON-NLS-2$
				result::toString);
		try (LedgerSession session = store.open(file, true)) {
			assertEquals(120, session.ledger().getIssues().size());
		}
	}

	@Test
	void sameSeedAndDayGiveTheSameFigures() {
		List<String> args = List.of("--issues", "300", "--seed", "42", "--as-of", "2026-11-24"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

		String first = generateAndStats(args, "first.taizhang"); //$NON-NLS-1$
		String second = generateAndStats(args, "second.taizhang"); //$NON-NLS-1$

		assertEquals(first, second);
	}

	@Test
	void anotherSeedGivesAnotherLedger() {
		String first = generateAndStats(List.of("--issues", "300", "--seed", "1", "--as-of", "2026-11-24"), "a.taizhang"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		String second = generateAndStats(List.of("--issues", "300", "--seed", "2", "--as-of", "2026-11-24"), "b.taizhang"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

		assertNotEquals(first, second);
	}

	@Test
	void refusesToOverwriteAnExistingFileWithoutForce() throws Exception {
		Path file = Files.writeString(dir.resolve("keep.taizhang"), "precious"); //$NON-NLS-1$ //$NON-NLS-2$

		CliResult result = CliResult.run(store, "generate", "--issues", "5", "--seed", "1", file.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

		assertEquals(2, result.exitCode(), result::toString);
		assertTrue(result.err().contains("exists already; add --force"), result::toString); //$NON-NLS-1$
		assertEquals("precious", Files.readString(file)); //$NON-NLS-1$
	}

	@Test
	void forceReplacesAnExistingLedger() throws Exception {
		Path file = dir.resolve("replace.taizhang"); //$NON-NLS-1$
		assertEquals(0, CliResult.run(store, "generate", "--issues", "5", "--seed", "1", file.toString()).exitCode()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

		CliResult result = CliResult.run(store, "generate", "--issues", "9", "--seed", "1", "--force", file.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

		assertEquals(0, result.exitCode(), result::toString);
		try (LedgerSession session = store.open(file, true)) {
			assertEquals(9, session.ledger().getIssues().size());
		}
		assertEquals(List.of(file), LedgerFixture.filesIn(dir), "no temporary file is left"); //$NON-NLS-1$
	}

	@Test
	void issuesAndSeedAreRequired() {
		Path file = dir.resolve("x.taizhang"); //$NON-NLS-1$

		CliResult noIssues = CliResult.run(store, "generate", "--seed", "1", file.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		CliResult noSeed = CliResult.run(store, "generate", "--issues", "1", file.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertEquals(2, noIssues.exitCode());
		assertTrue(noIssues.err().contains("Option --issues is required"), noIssues::toString); //$NON-NLS-1$
		assertEquals(2, noSeed.exitCode());
		assertTrue(noSeed.err().contains("Option --seed is required"), noSeed::toString); //$NON-NLS-1$
		assertTrue(Files.notExists(file));
	}

	@Test
	void badValuesNameTheOption() {
		Path file = dir.resolve("x.taizhang"); //$NON-NLS-1$

		CliResult words = CliResult.run(store, "generate", "--issues", "many", "--seed", "1", file.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		CliResult zero = CliResult.run(store, "generate", "--issues", "0", "--seed", "1", file.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		CliResult date = CliResult.run(store, "generate", "--issues", "3", "--seed", "1", "--as-of", "2026-13-01", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				file.toString());

		assertEquals(2, words.exitCode());
		assertTrue(words.err().contains("--issues: \"many\" is not a whole number"), words::toString); //$NON-NLS-1$
		assertEquals(2, zero.exitCode());
		assertTrue(zero.err().contains("--issues: 0 is too small"), zero::toString); //$NON-NLS-1$
		assertEquals(2, date.exitCode());
		assertTrue(date.err().contains("--as-of: \"2026-13-01\" is not a valid date"), date::toString); //$NON-NLS-1$
		assertTrue(Files.notExists(file));
	}

	@Test
	void missingDirectoryIsNamed() {
		Path file = dir.resolve("no/such/dir/x.taizhang"); //$NON-NLS-1$

		CliResult result = CliResult.run(store, "generate", "--issues", "3", "--seed", "1", file.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("Directory not found"), result::toString); //$NON-NLS-1$
	}

	/** Generates a ledger and returns its statistics as JSON, without the file name. */
	private String generateAndStats(List<String> options, String name) {
		Path file = dir.resolve(name);
		String[] generate = concat(List.of("generate"), options, List.of(file.toString())); //$NON-NLS-1$
		assertEquals(0, CliResult.run(store, generate).exitCode());
		CliResult stats = CliResult.run(store, "stats", file.toString(), "--json", "--as-of", "2026-11-24"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(0, stats.exitCode(), stats::toString);
		return stats.out().replace(file.toString(), "FILE"); //$NON-NLS-1$
	}

	@SafeVarargs
	private static String[] concat(List<String>... parts) {
		return java.util.Arrays.stream(parts).flatMap(List::stream).toArray(String[]::new);
	}

	@Test
	void generatedFileIsNotChangedByStats() throws Exception {
		Path file = dir.resolve("stable.taizhang"); //$NON-NLS-1$
		assertEquals(0, CliResult.run(store, "generate", "--issues", "20", "--seed", "3", file.toString()).exitCode()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		byte[] before = Files.readAllBytes(file);

		CliResult.run(store, "stats", file.toString()); //$NON-NLS-1$

		assertArrayEquals(before, Files.readAllBytes(file));
	}
}
