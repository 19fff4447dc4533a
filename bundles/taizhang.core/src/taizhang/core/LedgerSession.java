package taizhang.core;

import java.nio.file.Path;

import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.model.Ledger;

/**
 * An open ledger file: its model, the one editing domain through which every change is made, and
 * the persistence behind it.
 * <p>
 * Every {@link org.eclipse.emf.common.command.Command} executed, undone or redone on
 * {@link #editingDomain()}'s command stack is written to the file in its own transaction before the
 * call returns. If writing fails, the in-memory change is rolled back and a
 * {@link LedgerPersistenceException} is thrown, so memory and file never disagree.
 */
public interface LedgerSession extends AutoCloseable {

	/** The ledger file. */
	Path file();

	/** The root of the model. */
	Ledger ledger();

	/** The editing domain whose command stack persists every change. */
	EditingDomain editingDomain();

	/** Whether this session refuses edits (opened read-only, or the file is not writable). */
	boolean isReadOnly();

	/** The schema version the file has on disk (after any migration done while opening). */
	int schemaVersion();

	/** Releases the file and its lock. Idempotent. */
	@Override
	void close();
}
