package taizhang.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import taizhang.core.LedgerStore;
import taizhang.store.sqlite.SqliteLedgerStore;

class CliTest {

	private static final List<String> COMMANDS = List.of("generate", "stats", "warnings", "escalate", "validate", "info", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"bench", "audit", "export-xmi", "import-xmi"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private final LedgerStore store = new SqliteLedgerStore();

	@Test
	void helpListsEveryCommand() {
		CliResult result = CliResult.run(store, "help"); //$NON-NLS-1$

		assertEquals(0, result.exitCode(), result::toString);
		for (String command : COMMANDS) {
			assertTrue(result.out().contains("  " + command + " "), command); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void dashDashHelpIsTheSameAsHelp() {
		assertEquals(CliResult.run(store, "help").out(), CliResult.run(store, "--help").out()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void helpIsChineseWhenTheLocaleIsChinese() {
		CliResult result = CliResult.run(store, Locale.SIMPLIFIED_CHINESE, "help"); //$NON-NLS-1$

		assertEquals(0, result.exitCode());
		assertTrue(result.out().contains("命令："), result::toString); //$NON-NLS-1$
	}

	@Test
	void helpIsEnglishForAnyOtherLanguage() {
		CliResult result = CliResult.run(store, Locale.GERMAN, "help"); //$NON-NLS-1$

		assertTrue(result.out().contains("Commands:"), result::toString); //$NON-NLS-1$
	}

	@Test
	void noArgumentsListsTheCommandsAndIsAUsageError() {
		CliResult result = CliResult.run(store);

		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("stats"), result::toString); //$NON-NLS-1$
	}

	@Test
	void unknownCommandIsAUsageError() {
		CliResult result = CliResult.run(store, "frobnicate"); //$NON-NLS-1$

		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("Unknown command \"frobnicate\""), result::toString); //$NON-NLS-1$
	}

	@Test
	void everyCommandHasHelp() {
		for (String command : COMMANDS) {
			CliResult result = CliResult.run(store, command, "--help"); //$NON-NLS-1$

			assertEquals(0, result.exitCode(), result::toString);
			assertTrue(result.out().startsWith("Usage: taizhang " + command), result::toString); //$NON-NLS-1$
			assertTrue(result.out().contains("--help"), result::toString); //$NON-NLS-1$
			assertFalse(result.out().contains("!"), "every text is defined: " + result.out()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void everyCommandHasChineseHelp() {
		for (String command : COMMANDS) {
			CliResult result = CliResult.run(store, Locale.CHINA, command, "-h"); //$NON-NLS-1$

			assertEquals(0, result.exitCode(), result::toString);
			assertTrue(result.out().startsWith("用法：taizhang " + command), result::toString); //$NON-NLS-1$
			assertFalse(result.out().contains("!"), "every text is defined: " + result.out()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void helpWithACommandShowsThatCommandsHelp() {
		CliResult result = CliResult.run(store, "help", "stats"); //$NON-NLS-1$ //$NON-NLS-2$

		assertEquals(0, result.exitCode());
		assertTrue(result.out().startsWith("Usage: taizhang stats FILE"), result::toString); //$NON-NLS-1$
	}

	@Test
	void unknownOptionIsAUsageErrorWithAHint() {
		CliResult result = CliResult.run(store, "stats", "--frob", "x.taizhang"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("Unknown option --frob"), result::toString); //$NON-NLS-1$
		assertTrue(result.err().contains("taizhang stats --help"), result::toString); //$NON-NLS-1$
	}

	@Test
	void optionWithoutItsValueIsAUsageError() {
		CliResult result = CliResult.run(store, "stats", "x.taizhang", "--as-of"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("--as-of YYYY-MM-DD needs a value"), result::toString); //$NON-NLS-1$
	}

	@Test
	void missingFileArgumentIsNamed() {
		CliResult result = CliResult.run(store, "info"); //$NON-NLS-1$

		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("Missing argument FILE"), result::toString); //$NON-NLS-1$
	}

	@Test
	void extraArgumentIsNamed() {
		CliResult result = CliResult.run(store, "info", "a.taizhang", "b.taizhang"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("Unexpected argument \"b.taizhang\""), result::toString); //$NON-NLS-1$
	}

	@Test
	void errorsAreChineseWhenTheLocaleIsChinese() {
		CliResult result = CliResult.run(store, Locale.CHINESE, "info", "does-not-exist.taizhang"); //$NON-NLS-1$ //$NON-NLS-2$

		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("找不到文件：does-not-exist.taizhang"), result::toString); //$NON-NLS-1$
	}
}
