package taizhang.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;

import taizhang.core.LedgerSession;
import taizhang.model.Ledger;

/**
 * A command that reports on one ledger as of a day, {@code taizhang <name> FILE [--as-of YYYY-MM-DD]
 * [--json]}: it opens the file read-only, computes the report for the day (today by default) and
 * prints it as JSON or as text. The help text of {@code --as-of} is the message key
 * {@code <name>.option.asOf}.
 *
 * @param <R> what the command computes from the ledger
 */
public abstract class LedgerReportCommand<R> extends CliCommand {

	protected LedgerReportCommand(String name) {
		super(name, Option.value("as-of", "YYYY-MM-DD", name + ".option.asOf"), JSON); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	protected final int execute(CommandContext context, Arguments args) throws CliException {
		// Command-line mistakes are reported before anything about the file.
		args.expectPositionals("FILE"); //$NON-NLS-1$
		LocalDate asOf = args.date("as-of", LocalDate.now()); //$NON-NLS-1$
		Path file = existingFile(context, args.positional(0));
		try (LedgerSession session = openReadOnly(context, file)) {
			Ledger ledger = session.ledger();
			R report = compute(context, ledger, asOf);
			if (args.has(JSON.name())) {
				context.out().println(json(file, ledger, report, context.messages()));
			} else {
				print(context.out(), file, ledger, report, context.messages());
			}
		}
		return ExitCodes.OK;
	}

	/** What the report shows of {@code ledger} on {@code asOf}; notes for the user go to {@code context.err()}. */
	protected abstract R compute(CommandContext context, Ledger ledger, LocalDate asOf);

	/** The report as one JSON object with stable keys. */
	protected abstract String json(Path file, Ledger ledger, R report, Messages messages);

	/** The report as text for people. */
	protected abstract void print(PrintStream out, Path file, Ledger ledger, R report, Messages messages);
}
