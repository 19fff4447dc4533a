package taizhang.core;

import java.nio.file.Path;

import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.core.audit.AuditTrail;
import taizhang.model.Ledger;

/**
 * An open ledger file: its model, the one editing domain through which every change is made, and
 * the persistence behind it.
 * <p>
 * Every {@link org.eclipse.emf.common.command.Command} executed, undone or redone on
 * {@link #editingDomain()}'s command stack is written to the file in its own transaction before the
 * call returns. If writing fails, the in-memory change is rolled back and a
 * {@link LedgerPersistenceException} is thrown, so memory and file never disagree. The same
 * transaction appends an entry to the file's {@link #auditTrail() audit trail}, naming the
 * {@link #actor() actor}.
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

	/**
	 * Who makes the changes of this session, as the audit trail records it: the name given with
	 * {@link #setActor(String)}, by default the system user's name.
	 */
	String actor();

	/** Names who makes the following changes; null or blank restores the system user's name. */
	void setActor(String actor);

	/** The file's audit trail: every change persisted, chained so that tampering shows. */
	AuditTrail auditTrail();

	/** Releases the file and its lock. Idempotent. */
	@Override
	void close();
}
