package taizhang.core;

import java.nio.file.Path;

import taizhang.core.audit.AuditTrail;
import taizhang.model.Ledger;

/**
 * Opens, creates and inspects ledger files ({@code *.taizhang}).
 * <p>
 * Implementations are OSGi Declarative Services components; outside OSGi (tests, benchmarks) they
 * may be instantiated directly. A ledger file is one self-contained file; there is nothing to
 * "save": every command executed on a {@link LedgerSession}'s command stack is persisted in its own
 * transaction as it happens.
 */
public interface LedgerStore {

	/** The file extension of a ledger file, without the dot. */
	String FILE_EXTENSION = "taizhang"; //$NON-NLS-1$

	/**
	 * Creates a new ledger file holding {@code ledger} and opens it for writing. The ledger object
	 * becomes the session's root; it must not be contained in another resource.
	 *
	 * @throws LedgerStoreException if the file exists already or cannot be written
	 */
	LedgerSession create(Path file, Ledger ledger) throws LedgerStoreException;

	/**
	 * Opens an existing ledger file.
	 *
	 * @param readOnly open without taking the writer's lock; the session refuses every edit
	 * @throws LedgerLockedException if {@code readOnly} is false and another session (in this or
	 *                               another process) holds the file open for writing
	 * @throws LedgerStoreException  if the file is missing, not a ledger, damaged, or written by a
	 *                               newer version; the file is then left untouched
	 */
	LedgerSession open(Path file, boolean readOnly) throws LedgerStoreException;

	/**
	 * Reads the file's header only: schema version and the count of each object type, without
	 * loading the model. Never writes to the file.
	 */
	LedgerFileInfo inspect(Path file) throws LedgerStoreException;

	/**
	 * The audit trail of a ledger file, read without loading the model and without the writer's
	 * lock; never writes to the file.
	 *
	 * @throws LedgerStoreException if the file is missing, not a ledger, or written by a newer version
	 */
	AuditTrail auditTrail(Path file) throws LedgerStoreException;
}
