package taizhang.cli.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import taizhang.core.LedgerSession;
import taizhang.core.LedgerStoreException;

/**
 * One CLI command ({@code taizhang <name> …}). Its texts come from the message keys
 * {@code <name>.synopsis}, {@code <name>.summary} and {@code <name>.description}; each option has
 * its own key. {@code --help} is handled here for every command.
 */
public abstract class CliCommand {

	private static final Option HELP = Option.flag("help", "option.help"); //$NON-NLS-1$ //$NON-NLS-2$

	/** {@code --json}: the report as JSON with stable keys instead of text. */
	protected static final Option JSON = Option.flag("json", "stats.option.json"); //$NON-NLS-1$ //$NON-NLS-2$

	private final String name;
	private final List<Option> options;

	protected CliCommand(String name, Option... options) {
		this.name = name;
		this.options = new ArrayList<>(List.of(options));
		this.options.add(HELP);
	}

	public String name() {
		return name;
	}

	/** One line for the command list. */
	public String summary(Messages messages) {
		return messages.get(name + ".summary"); //$NON-NLS-1$
	}

	/** The usage line, e.g. {@code taizhang stats FILE [--as-of YYYY-MM-DD] [--json]}. */
	public String synopsis(Messages messages) {
		return "taizhang " + messages.get(name + ".synopsis"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Runs the command with the arguments after its name and returns the exit code. */
	public final int run(CommandContext context, List<String> args) throws CliException {
		if (asksForHelp(args)) {
			printHelp(context);
			return ExitCodes.OK;
		}
		return execute(context, Arguments.parse(options, args, context.messages()));
	}

	protected abstract int execute(CommandContext context, Arguments args) throws CliException;

	public void printHelp(CommandContext context) {
		Messages messages = context.messages();
		context.out().println(messages.get("help.usage", synopsis(messages))); //$NON-NLS-1$
		context.out().println();
		context.out().println(messages.get(name + ".description")); //$NON-NLS-1$
		context.out().println();
		context.out().println(messages.get("help.options")); //$NON-NLS-1$
		TextTable table = new TextTable(TextTable.Align.LEFT, TextTable.Align.LEFT);
		for (Option option : options) {
			table.row("  " + option.display(), messages.get(option.descriptionKey())); //$NON-NLS-1$
		}
		table.printBody(context.out());
	}

	/** {@code --help} or {@code -h} before any {@code --}. */
	private static boolean asksForHelp(List<String> args) {
		for (String arg : args) {
			if (arg.equals("--")) { //$NON-NLS-1$
				return false;
			}
			if (arg.equals("--help") || arg.equals("-h")) { //$NON-NLS-1$ //$NON-NLS-2$
				return true;
			}
		}
		return false;
	}

	/** A path given on the command line. */
	protected static Path path(CommandContext context, String argument) throws CliException {
		try {
			return Path.of(argument);
		} catch (InvalidPathException e) {
			throw CliException.usage(context.messages().get("error.badPath", argument)); //$NON-NLS-1$
		}
	}

	/** The command's only argument, {@code FILE}: a file that must exist. */
	protected static Path fileArgument(CommandContext context, Arguments args) throws CliException {
		args.expectPositionals("FILE"); //$NON-NLS-1$
		return existingFile(context, args.positional(0));
	}

	/** A path to a file that must exist and be a regular file. */
	protected static Path existingFile(CommandContext context, String argument) throws CliException {
		Path file = path(context, argument);
		if (Files.isDirectory(file)) {
			throw CliException.file(context.messages().get("error.isDirectory", file), null); //$NON-NLS-1$
		}
		if (!Files.exists(file)) {
			throw CliException.file(context.messages().get("error.fileNotFound", file), null); //$NON-NLS-1$
		}
		return file;
	}

	/**
	 * A path to write to: not a directory, in a directory that exists, and not an existing file
	 * unless {@code force}.
	 */
	protected static Path outputFile(CommandContext context, String argument, boolean force) throws CliException {
		Messages messages = context.messages();
		Path file = path(context, argument);
		if (Files.isDirectory(file)) {
			throw CliException.file(messages.get("error.isDirectory", file), null); //$NON-NLS-1$
		}
		Path parent = file.toAbsolutePath().getParent();
		if (parent == null || !Files.isDirectory(parent)) {
			throw CliException.file(messages.get("error.noSuchDirectory", parent), null); //$NON-NLS-1$
		}
		if (Files.exists(file) && !force) {
			throw CliException.usage(messages.get("error.fileExists", file)); //$NON-NLS-1$
		}
		return file;
	}

	/** Opens an existing ledger read-only; store errors become messages naming the file. */
	protected static LedgerSession openReadOnly(CommandContext context, Path file) throws CliException {
		try {
			return context.store().open(file, true);
		} catch (LedgerStoreException e) {
			throw storeError(e);
		}
	}

	/** The store's message already names the file and the problem, in the user's language. */
	protected static CliException storeError(LedgerStoreException e) {
		return CliException.file(e.getMessage(), e);
	}
}
