package taizhang.store.sqlite.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import taizhang.core.audit.AuditAction;
import taizhang.core.audit.AuditChange;
import taizhang.core.audit.AuditEntry;

/**
 * The audit trail in the ledger file (schema 2 on): the table {@code audit(seq, entry, hash)}, one
 * row per persisted change, and the meta key {@value #HEAD} naming the last entry. Each hash is the
 * SHA-256 of the previous entry's hash (32 bytes; 32 zero bytes before the first) followed by the
 * UTF-8 bytes of the entry's text ({@link AuditJson}). doc/audit.md of taizhang.core defines it for
 * auditors.
 */
final class AuditLog {

	/** The meta key holding {@code "<seq> <hash>"} of the last entry ({@code "0 <genesis>"} when there is none). */
	static final String HEAD = "audit_head"; //$NON-NLS-1$

	/** What the first entry chains to. */
	static final byte[] GENESIS = new byte[32];

	private static final HexFormat HEX = HexFormat.of();

	/** Schema 1 → 2: the audit table, empty, and its head. */
	static final MigrationStep CREATE_TABLE = new MigrationStep() {
		@Override
		public int from() {
			return 1;
		}

		@Override
		public void apply(Connection connection) throws SQLException {
			try (Statement s = connection.createStatement()) {
				s.execute("CREATE TABLE audit(seq INTEGER PRIMARY KEY, entry TEXT NOT NULL, hash TEXT NOT NULL)"); //$NON-NLS-1$
			}
			Meta.put(connection, HEAD, head(0, GENESIS));
		}
	};

	private AuditLog() {
	}

	static String head(long seq, byte[] hash) {
		return seq + " " + HEX.formatHex(hash); //$NON-NLS-1$
	}

	static String hex(byte[] hash) {
		return HEX.formatHex(hash);
	}

	static byte[] parseHex(String hex) {
		return HEX.parseHex(hex);
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e); //$NON-NLS-1$
		}
	}

	/** Whether the file behind {@code connection} has an audit table (schema 2 or later). */
	static boolean exists(Connection connection) throws SQLException {
		try (PreparedStatement s = connection
				.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit'"); //$NON-NLS-1$
				ResultSet rs = s.executeQuery()) {
			return rs.next();
		}
	}

	/** What is known of a change before its entry is numbered. */
	record Event(AuditAction action, String command, String commandType, String actor) {
	}

	/** An entry ready to be inserted, with the chain state it leads to once committed. */
	record Pending(long seq, String text, byte[] hash) {
	}

	/**
	 * Appends entries through one connection: one prepared INSERT and one meta update per entry,
	 * the hash computed from the last one kept in memory. The caller runs them inside the
	 * transaction of the change and calls {@link #committed} once that is committed.
	 */
	static final class Writer implements AutoCloseable {
		private final PreparedStatement insert;
		private final PreparedStatement putHead;
		private final MessageDigest digest = sha256();
		private long lastSeq;
		private byte[] lastHash;

		/**
		 * @return a writer continuing the chain in the file, or null if the file has no audit table
		 */
		static Writer open(Connection connection) throws SQLException {
			return exists(connection) ? new Writer(connection) : null;
		}

		/**
		 * Continues from the last entry the file records (its head) rather than the last row, so
		 * that deleting the last entries and then editing does not close the gap; from the last row
		 * if that is further on or the head is missing.
		 */
		private Writer(Connection connection) throws SQLException {
			long seq = 0;
			byte[] hash = GENESIS;
			try (Statement s = connection.createStatement();
					ResultSet rs = s.executeQuery("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")) { //$NON-NLS-1$
				if (rs.next()) {
					seq = rs.getLong(1);
					hash = parseHexOrGenesis(rs.getString(2));
				}
			}
			String head = Meta.get(connection, HEAD);
			int blank = head == null ? -1 : head.indexOf(' ');
			if (blank > 0) {
				try {
					long headSeq = Long.parseLong(head.substring(0, blank));
					if (headSeq >= seq) {
						seq = headSeq;
						hash = parseHexOrGenesis(head.substring(blank + 1));
					}
				} catch (NumberFormatException e) {
					// a damaged head: continue from the last row; verification reports it
				}
			}
			this.lastSeq = seq;
			this.lastHash = hash;
			this.insert = connection.prepareStatement("INSERT INTO audit(seq, entry, hash) VALUES(?, ?, ?)"); //$NON-NLS-1$
			this.putHead = connection.prepareStatement("INSERT OR REPLACE INTO meta(key, value) VALUES('" + HEAD + "', ?)"); //$NON-NLS-1$ //$NON-NLS-2$
		}

		/** A damaged last hash must not stop edits; verification reports it. */
		private static byte[] parseHexOrGenesis(String text) {
			try {
				byte[] hash = parseHex(text);
				return hash.length == GENESIS.length ? hash : GENESIS;
			} catch (IllegalArgumentException | NullPointerException e) {
				return GENESIS;
			}
		}

		/** Numbers, writes out and hashes the next entry; nothing is written yet. */
		Pending prepare(Event event, List<String> objects, List<String> caseNumbers, List<AuditChange> changes) {
			long seq = lastSeq + 1;
			String text = AuditJson.write(new AuditEntry(seq, Instant.now(), event.actor(), event.action(),
					event.command(), event.commandType(), objects, caseNumbers, changes, null));
			digest.update(lastHash);
			byte[] hash = digest.digest(text.getBytes(StandardCharsets.UTF_8));
			return new Pending(seq, text, hash);
		}

		/** Inserts the entry and moves the head, inside the caller's transaction. */
		void insert(Pending entry) throws SQLException {
			insert.setLong(1, entry.seq());
			insert.setString(2, entry.text());
			insert.setString(3, hex(entry.hash()));
			insert.executeUpdate();
			putHead.setString(1, head(entry.seq(), entry.hash()));
			putHead.executeUpdate();
		}

		/** The transaction holding {@code entry} is committed: the next entry chains to it. */
		void committed(Pending entry) {
			lastSeq = entry.seq();
			lastHash = entry.hash();
		}

		/** {@link #prepare}, {@link #insert} and {@link #committed} for a change of its own (creation, migration). */
		void append(Event event, List<String> objects) throws SQLException {
			Pending entry = prepare(event, objects, List.of(), List.of());
			insert(entry);
			committed(entry);
		}

		@Override
		public void close() {
			for (PreparedStatement s : List.of(insert, putHead)) {
				try {
					s.close();
				} catch (SQLException e) {
					// closing the connection frees it anyway
				}
			}
		}
	}
}
