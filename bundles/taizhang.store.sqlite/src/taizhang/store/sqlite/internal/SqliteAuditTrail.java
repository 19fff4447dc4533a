package taizhang.store.sqlite.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import taizhang.core.LedgerStoreException;
import taizhang.core.audit.AuditBreak;
import taizhang.core.audit.AuditBreak.Problem;
import taizhang.core.audit.AuditEntry;
import taizhang.core.audit.AuditTrail;
import taizhang.core.audit.AuditVerification;

/**
 * Reads and verifies the audit trail of a ledger file through a read-only connection of its own,
 * so it takes no lock and sees what is committed.
 */
final class SqliteAuditTrail implements AuditTrail {

	private final Path file;

	SqliteAuditTrail(Path file) {
		this.file = file;
	}

	/** One stored row, as found. */
	private record Row(long seq, String text, String hash) {
	}

	@Override
	public List<AuditEntry> entries() throws LedgerStoreException {
		List<AuditEntry> entries = new ArrayList<>();
		for (Row row : rows()) {
			try {
				entries.add(AuditJson.read(row.text, row.hash));
			} catch (AuditJson.MalformedEntryException e) {
				throw new LedgerStoreException(file,
						NLS.bind(Messages.auditUnreadable, new Object[] { file, row.seq, e.getMessage() }), e);
			}
		}
		return entries;
	}

	@Override
	public AuditVerification verify() throws LedgerStoreException {
		List<Row> rows;
		String head;
		try (Connection c = Sqlite.openReadOnly(file)) {
			if (!AuditLog.exists(c)) {
				return new AuditVerification(0, AuditLog.hex(AuditLog.GENESIS), new AuditBreak(0, null, Problem.NO_TRAIL, 0));
			}
			rows = rows(c);
			head = Meta.get(c, AuditLog.HEAD);
		} catch (SQLException e) {
			throw failure(e);
		}
		MessageDigest digest = AuditLog.sha256();
		byte[] previous = AuditLog.GENESIS;
		long expected = 1;
		for (Row row : rows) {
			AuditBreak broken = check(row, expected, previous, digest);
			if (broken != null) {
				return new AuditVerification(rows.size(), AuditLog.hex(previous), broken);
			}
			previous = AuditLog.parseHex(row.hash);
			expected++;
		}
		long last = expected - 1;
		String headHash = AuditLog.hex(previous);
		AuditBreak tail = checkHead(head, last, headHash, rows);
		return new AuditVerification(rows.size(), headHash, tail);
	}

	/** The problem with {@code row} at the place of entry {@code expected}, or null. */
	private static AuditBreak check(Row row, long expected, byte[] previous, MessageDigest digest) {
		AuditEntry entry = readOrNull(row);
		Long claimed = entry != null ? Long.valueOf(entry.sequence()) : AuditJson.sequenceOf(row.text);
		Instant time = entry != null ? entry.time() : null;
		if (row.seq > expected) {
			return new AuditBreak(expected, time, Problem.MISSING, row.seq);
		}
		if (row.seq < expected) {
			return new AuditBreak(expected, time, Problem.MOVED, row.seq);
		}
		// An entry that names another number was moved here, whether or not its hash was redone.
		if (claimed != null && claimed != row.seq) {
			return new AuditBreak(row.seq, time, Problem.MOVED, claimed);
		}
		digest.update(previous);
		String computed = AuditLog.hex(digest.digest(row.text.getBytes(StandardCharsets.UTF_8)));
		if (!computed.equals(row.hash)) {
			return new AuditBreak(row.seq, time, Problem.CHANGED, 0);
		}
		return entry == null ? new AuditBreak(row.seq, null, Problem.UNREADABLE, 0) : null;
	}

	/** Checks the last entry against the one the file records; a missing head counts as none recorded. */
	private static AuditBreak checkHead(String head, long last, String lastHash, List<Row> rows) {
		long recordedSeq = 0;
		String recordedHash = AuditLog.hex(AuditLog.GENESIS);
		if (head != null) {
			int blank = head.indexOf(' ');
			try {
				recordedSeq = Long.parseLong(head.substring(0, Math.max(0, blank)));
				recordedHash = head.substring(blank + 1);
			} catch (NumberFormatException e) {
				recordedSeq = 0;
			}
		}
		if (recordedSeq > last) {
			return new AuditBreak(last + 1, null, Problem.TRUNCATED, recordedSeq);
		}
		if (recordedSeq < last) {
			Row first = rows.get((int) recordedSeq);
			return new AuditBreak(first.seq, timeOf(first), Problem.UNRECORDED, 0);
		}
		if (!recordedHash.equals(lastHash)) {
			Row lastRow = rows.get(rows.size() - 1);
			return new AuditBreak(lastRow.seq, timeOf(lastRow), Problem.CHANGED, 0);
		}
		return null;
	}

	private static AuditEntry readOrNull(Row row) {
		try {
			return AuditJson.read(row.text, row.hash);
		} catch (AuditJson.MalformedEntryException e) {
			return null;
		}
	}

	/** The time an entry states, if it can be read. */
	private static Instant timeOf(Row row) {
		AuditEntry entry = readOrNull(row);
		return entry == null ? null : entry.time();
	}

	private List<Row> rows() throws LedgerStoreException {
		try (Connection c = Sqlite.openReadOnly(file)) {
			return AuditLog.exists(c) ? rows(c) : List.of();
		} catch (SQLException e) {
			throw failure(e);
		}
	}

	private static List<Row> rows(Connection c) throws SQLException {
		List<Row> rows = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement("SELECT seq, entry, hash FROM audit ORDER BY seq"); //$NON-NLS-1$
				ResultSet rs = s.executeQuery()) {
			while (rs.next()) {
				rows.add(new Row(rs.getLong(1), String.valueOf(rs.getString(2)), String.valueOf(rs.getString(3))));
			}
		}
		return rows;
	}

	private LedgerStoreException failure(SQLException e) {
		String reason = e.getLocalizedMessage() != null ? e.getLocalizedMessage() : e.getClass().getSimpleName();
		return new LedgerStoreException(file, Sqlite.isDamage(e) ? NLS.bind(Messages.damaged, file, reason)
				: NLS.bind(Messages.cannotRead, file, reason), e);
	}
}
