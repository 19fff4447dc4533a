package taizhang.core.audit;

import java.util.List;

import taizhang.core.LedgerStoreException;

/**
 * The audit trail of one ledger file, read from the file at each call (so it includes what other
 * sessions have written since). Entries are appended by the store in the same transaction as the
 * change they record; nothing here writes.
 */
public interface AuditTrail {

	/**
	 * Every entry, oldest first.
	 *
	 * @throws LedgerStoreException if the file cannot be read or an entry is not a readable entry
	 *                              (then {@link #verify()} says more)
	 */
	List<AuditEntry> entries() throws LedgerStoreException;

	/** The entries that concern the issue with {@code caseNumber}, oldest first. */
	default List<AuditEntry> entries(String caseNumber) throws LedgerStoreException {
		return entries().stream().filter(e -> e.concerns(caseNumber)).toList();
	}

	/**
	 * Checks the whole chain: numbering without gaps, each entry's hash over the hash before it and
	 * its own content, and the last entry against the one the file records.
	 *
	 * @throws LedgerStoreException if the file cannot be read at all
	 */
	AuditVerification verify() throws LedgerStoreException;
}
