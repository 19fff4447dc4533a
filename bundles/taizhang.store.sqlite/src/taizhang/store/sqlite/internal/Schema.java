package taizhang.store.sqlite.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The ledger file's layout and how to reach it from every older layout.
 * <p>
 * Version 1 is the first layout:
 * <ul>
 * <li>{@code meta(key, value)}: {@code format} = {@value #FORMAT}, {@code schema_version},
 * {@code app_version}, {@code created}, {@code dictionary} (see {@link Dictionary}),
 * {@code ledger_name}, and {@code count.<Class>} for every model class;</li>
 * <li>{@code records(id, feature, seq, data, counts)}: one row per object directly contained in the
 * ledger (an issue with everything it contains, an organization, a person …), {@code feature}
 * naming the ledger's list it is in and {@code seq} its order there; one more row, with empty id
 * and feature, for the ledger's own fields. {@code data} is the {@link RecordCodec} encoding,
 * {@code counts} the number of objects per class in that record.</li>
 * </ul>
 * Version 2 adds the audit trail ({@link AuditLog}): the table {@code audit(seq, entry, hash)}, one
 * row per persisted change, and the meta key {@code audit_head}. Upgrading a file records the
 * upgrade as an audit entry; a new file's first entry records its creation.
 * A new file is made by creating version 1 and running every step, so new and upgraded files
 * cannot differ.
 */
public final class Schema {

	/** The value of {@code meta.format} that marks a Taizhang ledger. */
	public static final String FORMAT = "taizhang-ledger"; //$NON-NLS-1$

	/** The SQLite application id in the file header ("TZLG"), for tools like file(1). */
	static final int APPLICATION_ID = 0x545A4C47;

	/** The layout this version writes. */
	public static final Schema CURRENT = new Schema(2, List.of(AuditLog.CREATE_TABLE));

	private final int version;
	private final List<MigrationStep> steps;

	/**
	 * @param version the newest version; {@code steps} must lead from 1 to it, one step per version
	 */
	public Schema(int version, List<MigrationStep> steps) {
		if (steps.size() != version - 1) {
			throw new IllegalArgumentException("need one step per version after 1"); //$NON-NLS-1$
		}
		for (int i = 0; i < steps.size(); i++) {
			if (steps.get(i).from() != i + 1) {
				throw new IllegalArgumentException("step " + i + " must start from version " + (i + 1)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		this.version = version;
		this.steps = List.copyOf(steps);
	}

	public int version() {
		return version;
	}

	/** The steps from version 1 on, one per version. */
	public List<MigrationStep> steps() {
		return steps;
	}

	/** Creates the tables of version 1 and upgrades them to {@link #version()}; does not commit. */
	void create(Connection connection) throws SQLException {
		try (Statement s = connection.createStatement()) {
			s.execute("PRAGMA application_id = " + APPLICATION_ID); //$NON-NLS-1$
			s.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)"); //$NON-NLS-1$
			s.execute("CREATE TABLE records(id TEXT PRIMARY KEY, feature TEXT NOT NULL, seq INTEGER NOT NULL," //$NON-NLS-1$
					+ " data BLOB NOT NULL, counts BLOB)"); //$NON-NLS-1$
			s.execute("CREATE INDEX records_order ON records(feature, seq)"); //$NON-NLS-1$
		}
		Meta.put(connection, Meta.FORMAT, FORMAT);
		Meta.put(connection, Meta.SCHEMA_VERSION, "1"); //$NON-NLS-1$
		upgrade(connection, 1);
	}

	/** Runs the steps from {@code fromVersion} to {@link #version()}; does not commit. */
	void upgrade(Connection connection, int fromVersion) throws SQLException {
		for (int v = fromVersion; v < version; v++) {
			steps.get(v - 1).apply(connection);
		}
		Meta.put(connection, Meta.SCHEMA_VERSION, Integer.toString(version));
	}
}
