package taizhang.core;

import java.nio.file.Path;

/**
 * The ledger is open for writing elsewhere. {@link #holder()} says who holds it; the caller may
 * offer to open the file read-only instead.
 */
public class LedgerLockedException extends LedgerStoreException {

	private static final long serialVersionUID = 1L;

	private final LockHolder holder;

	public LedgerLockedException(Path file, String message, LockHolder holder) {
		super(file, message);
		this.holder = holder;
	}

	public LockHolder holder() {
		return holder;
	}

	/** Who holds a ledger open for writing. Fields may be empty when the holder could not be read. */
	public record LockHolder(String host, long pid, String user, String since) {
	}
}
