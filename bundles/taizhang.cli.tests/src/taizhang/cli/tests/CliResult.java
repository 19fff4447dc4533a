package taizhang.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import taizhang.cli.Cli;
import taizhang.core.LedgerStore;

/** One run of the CLI with its exit code and what it printed. */
record CliResult(int exitCode, String out, String err) {

	static CliResult run(LedgerStore store, Locale locale, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			int exitCode = new Cli(store, outStream, errStream, locale).run(args);
			return new CliResult(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
	}

	static CliResult run(LedgerStore store, String... args) {
		return run(store, Locale.ENGLISH, args);
	}

	@Override
	public String toString() {
		return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
