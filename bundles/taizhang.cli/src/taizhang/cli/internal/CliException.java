package taizhang.cli.internal;

/**
 * A command cannot go on; its message (in the user's language) is printed and the CLI exits with
 * {@link #exitCode()}.
 */
public class CliException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int exitCode;
	private final boolean usage;

	private CliException(String message, int exitCode, boolean usage, Throwable cause) {
		super(message, cause);
		this.exitCode = exitCode;
		this.usage = usage;
	}

	/** The command line is wrong (unknown option, bad value …): exit code 2 and a hint to --help. */
	public static CliException usage(String message) {
		return new CliException(message, ExitCodes.ERROR, true, null);
	}

	/** A file is missing, unreadable or not a ledger, or cannot be written: exit code 2. */
	public static CliException file(String message, Throwable cause) {
		return new CliException(message, ExitCodes.ERROR, false, cause);
	}

	public int exitCode() {
		return exitCode;
	}

	/** Whether the user should be pointed to the command's --help. */
	public boolean isUsage() {
		return usage;
	}
}
