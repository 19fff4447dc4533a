package taizhang.core;

import java.nio.file.Path;

/**
 * A change could not be written to the ledger file; the in-memory change has been rolled back.
 * Thrown from the command stack's execute, undo and redo.
 */
public class LedgerPersistenceException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	public LedgerPersistenceException(Path file, String message, Throwable cause) {
		super(message, cause);
		this.file = file;
	}

	public Path file() {
		return file;
	}
}
