package taizhang.store.sqlite.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/** Opens SQLite connections the way the store needs them. */
final class Sqlite {

	static {
		SqliteLibrary.prepare();
	}

	private Sqlite() {
	}

	/**
	 * A read-only connection. Where no write-ahead log lies beside the file (nobody is writing and
	 * nothing is left from a crash), the file is opened as immutable: SQLite then takes no locks and
	 * creates no side files, so a file that proves damaged is left exactly as it was found.
	 */
	static Connection openReadOnly(Path file) throws SQLException {
		boolean immutable = !Files.exists(wal(file));
		SQLiteConfig config = new SQLiteConfig();
		config.setReadOnly(true);
		config.setOpenMode(SQLiteOpenMode.OPEN_URI);
		config.setBusyTimeout(10_000);
		return config.createConnection(url(file, immutable ? "?immutable=1" : "?mode=ro")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A connection for writing: write-ahead log, and a sync on every commit (survives power loss). */
	static Connection openReadWrite(Path file) throws SQLException {
		SQLiteConfig config = new SQLiteConfig();
		config.setOpenMode(SQLiteOpenMode.OPEN_URI);
		config.setJournalMode(SQLiteConfig.JournalMode.WAL);
		config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
		config.setBusyTimeout(10_000);
		return config.createConnection(url(file, "")); //$NON-NLS-1$
	}

	static Path wal(Path file) {
		return file.resolveSibling(file.getFileName() + "-wal"); //$NON-NLS-1$
	}

	static Path shm(Path file) {
		return file.resolveSibling(file.getFileName() + "-shm"); //$NON-NLS-1$
	}

	/** An SQLite URI filename: special characters in the path must not be read as URI syntax. */
	private static String url(Path file, String query) {
		return "jdbc:sqlite:file:" + file.toAbsolutePath().toUri().getRawPath() + query; //$NON-NLS-1$
	}

	/** Whether {@code e} says the file is damaged or not a database at all. */
	static boolean isDamage(SQLException e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SQLiteException s) {
				SQLiteErrorCode code = s.getResultCode();
				int primary = code.code & 0xFF;
				if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code
						|| primary == SQLiteErrorCode.SQLITE_FORMAT.code) {
					return true;
				}
			}
		}
		return false;
	}
}
