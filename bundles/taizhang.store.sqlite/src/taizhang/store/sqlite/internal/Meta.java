package taizhang.store.sqlite.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** The keys of the meta table and plain access to it. */
final class Meta {

	static final String FORMAT = "format"; //$NON-NLS-1$
	static final String SCHEMA_VERSION = "schema_version"; //$NON-NLS-1$
	static final String APP_VERSION = "app_version"; //$NON-NLS-1$
	static final String CREATED = "created"; //$NON-NLS-1$
	static final String DICTIONARY = "dictionary"; //$NON-NLS-1$
	static final String LEDGER_NAME = "ledger_name"; //$NON-NLS-1$
	static final String MODEL = "model"; //$NON-NLS-1$
	/** Prefix of the per-class object counts: {@code count.Issue}. */
	static final String COUNT_PREFIX = "count."; //$NON-NLS-1$

	private Meta() {
	}

	static Map<String, String> readAll(Connection connection) throws SQLException {
		Map<String, String> meta = new HashMap<>();
		try (PreparedStatement s = connection.prepareStatement("SELECT key, value FROM meta"); //$NON-NLS-1$
				ResultSet rs = s.executeQuery()) {
			while (rs.next()) {
				meta.put(rs.getString(1), rs.getString(2));
			}
		}
		return meta;
	}

	/** One value, or null if the key is missing. */
	static String get(Connection connection, String key) throws SQLException {
		try (PreparedStatement s = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) { //$NON-NLS-1$
			s.setString(1, key);
			try (ResultSet rs = s.executeQuery()) {
				return rs.next() ? rs.getString(1) : null;
			}
		}
	}

	static void put(Connection connection, String key, String value) throws SQLException {
		try (PreparedStatement s = connection.prepareStatement("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)")) { //$NON-NLS-1$
			s.setString(1, key);
			s.setString(2, value);
			s.executeUpdate();
		}
	}

	/** The schema version in {@code meta}, or -1 if missing or not a number. */
	static int schemaVersion(Map<String, String> meta) {
		try {
			return Integer.parseInt(meta.getOrDefault(SCHEMA_VERSION, "-1").trim()); //$NON-NLS-1$
		} catch (NumberFormatException e) {
			return -1;
		}
	}
}
