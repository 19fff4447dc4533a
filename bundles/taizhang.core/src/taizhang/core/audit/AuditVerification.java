package taizhang.core.audit;

/**
 * The result of checking an audit trail from its first entry to its last.
 *
 * @param entries    the number of entries found
 * @param headHash   the hash of the last entry (the genesis value for an empty trail): note it
 *                   outside the file, and a later verification that still shows it proves that
 *                   nothing up to that entry was rewritten
 * @param firstBreak the first entry that fails, or null if the chain is intact
 */
public record AuditVerification(long entries, String headHash, AuditBreak firstBreak) {

	/** Whether every entry is in place and chained to the one before. */
	public boolean isIntact() {
		return firstBreak == null;
	}
}
