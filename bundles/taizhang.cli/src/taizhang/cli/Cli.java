package taizhang.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import taizhang.cli.internal.AuditCommand;
import taizhang.cli.internal.BenchCommand;
import taizhang.cli.internal.CliException;
import taizhang.cli.internal.CliCommand;
import taizhang.cli.internal.CommandContext;
import taizhang.cli.internal.EscalateCommand;
import taizhang.cli.internal.ExitCodes;
import taizhang.cli.internal.ExportXmiCommand;
import taizhang.cli.internal.GenerateCommand;
import taizhang.cli.internal.ImportXmiCommand;
import taizhang.cli.internal.InfoCommand;
import taizhang.cli.internal.Messages;
import taizhang.cli.internal.PeriodCommand;
import taizhang.cli.internal.StatsCommand;
import taizhang.cli.internal.TextTable;
import taizhang.cli.internal.ValidateCommand;
import taizhang.cli.internal.WarningsCommand;
import taizhang.core.LedgerPersistenceException;
import taizhang.core.LedgerStore;

/**
 * The headless commands, {@code taizhang <command> [args]}. Usable without OSGi:
 * {@code new Cli(store, out, err).run(args)} returns the exit code (0 ok, 1 problems found, 2 wrong
 * command line or unusable file).
 */
public final class Cli {

	private final CommandContext context;
	private final Map<String, CliCommand> commands = new LinkedHashMap<>();

	/** Texts in the default locale's language (Chinese for zh, English otherwise). */
	public Cli(LedgerStore store, PrintStream out, PrintStream err) {
		this(store, out, err, Locale.getDefault());
	}

	public Cli(LedgerStore store, PrintStream out, PrintStream err, Locale locale) {
		this.context = new CommandContext(store, out, err, new Messages(locale));
		for (CliCommand command : List.of(new GenerateCommand(), new StatsCommand(), new WarningsCommand(),
				new EscalateCommand(), new ValidateCommand(), new InfoCommand(), new BenchCommand(),
				new PeriodCommand(), new AuditCommand(), new ExportXmiCommand(), new ImportXmiCommand())) {
			commands.put(command.name(), command);
		}
	}

	/** Runs one command line and returns its exit code. Never throws for user errors. */
	public int run(String... args) {
		Messages messages = context.messages();
		if (args.length == 0) {
			printOverview(context.err());
			return ExitCodes.ERROR;
		}
		String name = args[0];
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		if (name.equals("help") || name.equals("--help") || name.equals("-h")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return help(rest);
		}
		CliCommand command = commands.get(name);
		if (command == null) {
			context.err().println(messages.get("error.unknownCommand", name)); //$NON-NLS-1$
			context.err().println(messages.get("hint.help")); //$NON-NLS-1$
			return ExitCodes.ERROR;
		}
		try {
			return command.run(context, rest);
		} catch (CliException e) {
			context.err().println("taizhang " + name + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			if (e.isUsage()) {
				context.err().println(messages.get("hint.commandHelp", name)); //$NON-NLS-1$
			}
			return e.exitCode();
		} catch (LedgerPersistenceException e) {
			// An edit could not be written (disk full, file gone): the store has rolled it back.
			context.err().println("taizhang " + name + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			return ExitCodes.ERROR;
		} catch (RuntimeException e) {
			// A bug or an unexpected state: say so plainly instead of a bare stack trace.
			context.err().println("taizhang " + name + ": " + messages.get("error.internal", e)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			e.printStackTrace(context.err());
			return ExitCodes.ERROR;
		}
	}

	private int help(List<String> rest) {
		if (rest.isEmpty()) {
			printOverview(context.out());
			return ExitCodes.OK;
		}
		CliCommand command = commands.get(rest.get(0));
		if (command == null) {
			context.err().println(context.messages().get("error.unknownCommand", rest.get(0))); //$NON-NLS-1$
			return ExitCodes.ERROR;
		}
		command.printHelp(context);
		return ExitCodes.OK;
	}

	private void printOverview(PrintStream out) {
		Messages messages = context.messages();
		out.println(messages.get("help.overview")); //$NON-NLS-1$
		out.println();
		out.println(messages.get("help.commands")); //$NON-NLS-1$
		TextTable table = new TextTable(TextTable.Align.LEFT, TextTable.Align.LEFT);
		for (CliCommand command : commands.values()) {
			table.row("  " + command.name(), command.summary(messages)); //$NON-NLS-1$
		}
		table.row("  help", messages.get("help.summary")); //$NON-NLS-1$ //$NON-NLS-2$
		table.printBody(out);
		out.println();
		out.println(messages.get("hint.help")); //$NON-NLS-1$
	}
}
