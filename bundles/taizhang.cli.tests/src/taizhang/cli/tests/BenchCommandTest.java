package taizhang.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import taizhang.core.LedgerStore;
import taizhang.store.sqlite.SqliteLedgerStore;

class BenchCommandTest {

	private final LedgerStore store = new SqliteLedgerStore();

	@TempDir
	Path dir;

	@Test
	void printsEveryFigureAndLeavesTheLedgerUntouched() throws Exception {
		Path file = LedgerFixture.district().save(store, dir.resolve("bench.taizhang")); //$NON-NLS-1$
		byte[] before = Files.readAllBytes(file);

		CliResult result = CliResult.run(store, "bench", "open", file.toString(), "--runs", "2", "--edits", "5"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

		assertEquals(0, result.exitCode(), result::toString);
		for (String figure : List.of("Load time, first open in this process (cold)", "Load time, median of 2 opens", "Load time, fastest", //$NON-NLS-1$ //$NON-NLS-2$
				"Heap used, ledger open for editing (after GC)", "Persist one edit, median of 5", "Persist one undo, median")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertTrue(result.out().contains(figure), () -> figure + '\n' + result);
		}
		assertTrue(result.out().contains("Issues in the ledger: 301"), result::toString); //$NON-NLS-1$
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(List.of(file), LedgerFixture.filesIn(dir), "the benchmark copy is removed"); //$NON-NLS-1$
	}

	@Test
	void rulesBenchmarkPrintsEveryFigureAndLeavesTheLedgerUntouched() throws Exception {
		Path file = LedgerFixture.district().save(store, dir.resolve("rules.taizhang")); //$NON-NLS-1$
		byte[] before = Files.readAllBytes(file);

		CliResult result = CliResult.run(store, "bench", "rules", file.toString(), "--as-of", "2018-01-01", "--runs", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"3"); //$NON-NLS-1$

		assertEquals(0, result.exitCode(), result::toString);
		for (String figure : List.of("301 issues, evaluated as of 2018-01-01", //$NON-NLS-1$
				"Done 292, on schedule 0, lagging 0, overdue 9; warnings: 9 red, 0 yellow, 0 blue", //$NON-NLS-1$
				"Every statistic and every warning (3 runs)", "time rules: schedule and warning of every issue", //$NON-NLS-1$ //$NON-NLS-2$
				"figures by every dimension and ranking", "list of warned issues", "< 200 ms")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertTrue(result.out().contains(figure), () -> figure + '\n' + result);
		}
		assertArrayEquals(before, Files.readAllBytes(file));
	}

	@Test
	void validateBenchmarkPrintsEveryFigureAndLeavesTheLedgerUntouched() throws Exception {
		Path file = LedgerFixture.district().save(store, dir.resolve("validate.taizhang")); //$NON-NLS-1$
		byte[] before = Files.readAllBytes(file);

		CliResult result = CliResult.run(store, "bench", "validate", file.toString(), "--edits", "14"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

		assertEquals(0, result.exitCode(), result::toString);
		for (String figure : List.of("Issues: 301", "Full validation, first (cold)", "Full validation, again", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"After one edit, all 14 edits", "an issue's responsible person (", "a person's position (", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"< 50 ms", "the same as a full validation")) { //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(result.out().contains(figure), () -> figure + '\n' + result);
		}
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(List.of(file), LedgerFixture.filesIn(dir), "the benchmark copy is removed"); //$NON-NLS-1$
	}

	@Test
	void optionOfTheOtherBenchmarkIsRefused() {
		CliResult rules = CliResult.run(store, "bench", "rules", "x.taizhang", "--edits", "5"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		CliResult open = CliResult.run(store, "bench", "open", "x.taizhang", "--as-of", "2018-01-01"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

		assertEquals(2, rules.exitCode());
		assertTrue(rules.err().contains("--edits does not apply to bench rules"), rules::toString); //$NON-NLS-1$
		assertEquals(2, open.exitCode());
		assertTrue(open.err().contains("--as-of does not apply to bench open"), open::toString); //$NON-NLS-1$
		CliResult validate = CliResult.run(store, "bench", "validate", "x.taizhang", "--runs", "2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertEquals(2, validate.exitCode());
		assertTrue(validate.err().contains("--runs does not apply to bench validate"), validate::toString); //$NON-NLS-1$
	}

	@Test
	void unknownBenchmarkIsAUsageError() {
		CliResult result = CliResult.run(store, "bench", "close", "x.taizhang"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("Unknown benchmark \"close\""), result::toString); //$NON-NLS-1$
	}

	@Test
	void runsMustBePositive() {
		CliResult result = CliResult.run(store, "bench", "open", "x.taizhang", "--runs", "0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("--runs: 0 is too small"), result::toString); //$NON-NLS-1$
	}

	@Test
	void missingLedgerExits2() {
		CliResult result = CliResult.run(store, "bench", "open", dir.resolve("none.taizhang").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("File not found"), result::toString); //$NON-NLS-1$
	}
}
