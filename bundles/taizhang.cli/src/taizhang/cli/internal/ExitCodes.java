package taizhang.cli.internal;

/** The CLI's exit codes. */
public final class ExitCodes {

	/** The command did what was asked. */
	public static final int OK = 0;

	/** The command ran and found problems (validate). */
	public static final int PROBLEMS = 1;

	/** Wrong command line, or a file that is missing, unreadable, not a ledger or not writable. */
	public static final int ERROR = 2;

	private ExitCodes() {
	}
}
