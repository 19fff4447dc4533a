package taizhang.core;

import java.nio.file.Path;

/**
 * A ledger file could not be created, opened or read. The message names the file and says what is
 * wrong, in the user's language; the file has not been changed.
 */
public class LedgerStoreException extends Exception {

	private static final long serialVersionUID = 1L;

	private final Path file;

	public LedgerStoreException(Path file, String message) {
		super(message);
		this.file = file;
	}

	public LedgerStoreException(Path file, String message, Throwable cause) {
		super(message, cause);
		this.file = file;
	}

	/** The file concerned. */
	public Path file() {
		return file;
	}
}
