package taizhang.core.audit;

import java.time.Instant;
import java.util.List;

/**
 * One persisted change of a ledger, as the audit trail holds it.
 *
 * @param sequence    the entry's number: 1 for the first, one more for each following
 * @param time        when the change was written
 * @param actor       who made it: the name the session was given, by default the system user
 * @param action      what was done: a command executed, undone or redone, the file created or
 *                    upgraded
 * @param command     the command's label, e.g. {@code Set}; for {@link AuditAction#MIGRATE} the
 *                    versions ({@code schema 1 → 2})
 * @param commandType the command's Java class, or null for a creation or migration
 * @param objects     the ids of the objects changed, added or removed, in order of first mention
 * @param caseNumbers the case numbers of the issues concerned
 * @param changes     every feature changed, with its values before and after
 * @param hash        the entry's SHA-256 (64 lower-case hex digits), which chains it to the one before
 */
public record AuditEntry(long sequence, Instant time, String actor, AuditAction action, String command,
		String commandType, List<String> objects, List<String> caseNumbers, List<AuditChange> changes, String hash) {

	public AuditEntry {
		objects = List.copyOf(objects);
		caseNumbers = List.copyOf(caseNumbers);
		changes = List.copyOf(changes);
	}

	/** Whether the entry concerns the issue with {@code caseNumber} (compared without surrounding blanks). */
	public boolean concerns(String caseNumber) {
		String wanted = caseNumber.trim();
		return caseNumbers.stream().anyMatch(c -> c.trim().equals(wanted));
	}
}
