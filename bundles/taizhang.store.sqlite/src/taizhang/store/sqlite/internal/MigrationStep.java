package taizhang.store.sqlite.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Brings a ledger file from schema version {@link #from()} to {@code from() + 1}. Steps run inside
 * the one transaction that upgrades a file, so a failing step leaves the file as it was.
 */
public interface MigrationStep {

	/** The schema version this step starts from. */
	int from();

	/** Changes tables and records; must not commit. */
	void apply(Connection connection) throws SQLException;
}
