package taizhang.store.sqlite.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Keeps a copy of the SQLite driver's native library in the user's Taizhang folder and points the
 * driver at it. Left alone, the driver copies the library out of its jar into the temporary folder
 * at every start and reads both back to compare them: more than a tenth of a second before the
 * first ledger can be read, in every process. With {@code org.sqlite.lib.path} and
 * {@code org.sqlite.lib.name} set (the driver's documented settings) it loads the kept copy
 * directly; should that fail, it falls back to extracting as before.
 */
final class SqliteLibrary {

	/** The system property naming the user's Taizhang folder (set by the start script). */
	static final String HOME_PROPERTY = "taizhang.home"; //$NON-NLS-1$
	private static final String PATH_PROPERTY = "org.sqlite.lib.path"; //$NON-NLS-1$
	private static final String NAME_PROPERTY = "org.sqlite.lib.name"; //$NON-NLS-1$

	private static boolean prepared;

	private SqliteLibrary() {
	}

	/**
	 * Points the driver at the kept library, keeping it first if need be. Does nothing where the
	 * driver was told where its library is already, or no Taizhang folder is known. Never fails:
	 * the driver then extracts its library itself.
	 */
	static synchronized void prepare() {
		if (prepared) {
			return;
		}
		prepared = true;
		String home = System.getProperty(HOME_PROPERTY);
		if (System.getProperty(PATH_PROPERTY) != null || home == null || home.isBlank()) {
			return;
		}
		try {
			Path library = keep(Path.of(home));
			System.setProperty(NAME_PROPERTY, library.getFileName().toString());
			System.setProperty(PATH_PROPERTY, library.getParent().toString());
		} catch (IOException | RuntimeException | LinkageError e) {
			// the driver extracts its library itself
		}
	}

	/**
	 * The kept copy of the driver's library for this driver version, platform and processor under
	 * {@code home}, copied from the driver's jar if it is not there yet. The copy is written beside
	 * its final name and then renamed, so a copy cut short never takes that name.
	 */
	static Path keep(Path home) throws IOException {
		String platform = System.getProperty("os.name") + '-' + System.getProperty("os.arch"); //$NON-NLS-1$ //$NON-NLS-2$
		Path folder = home.resolve("native") //$NON-NLS-1$
				.resolve(("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + '-' + platform).replaceAll("[^A-Za-z0-9._-]", "_")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String name = LibraryLoaderUtil.getNativeLibName();
		Path library = folder.resolve(name);
		if (Files.isRegularFile(library)) {
			return library;
		}
		String resource = LibraryLoaderUtil.getNativeLibResourcePath() + '/' + name;
		Files.createDirectories(folder);
		Path partial = Files.createTempFile(folder, name, ".part"); //$NON-NLS-1$
		try {
			try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IOException("no " + resource + " in the SQLite driver"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
			}
			Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(partial);
		}
		return library;
	}
}
