package taizhang.ui.internal.session;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * The ledgers opened lately, newest first, kept in the workbench's instance preferences. The first
 * one is the ledger reopened at the next start.
 */
public final class RecentLedgers {

	/** How many ledgers File > Open Recent lists. */
	public static final int MAX = 8;

	private static final String KEY = "recentLedgers"; //$NON-NLS-1$
	private static final String SEPARATOR = "\n"; //$NON-NLS-1$

	private final Preferences preferences;

	public RecentLedgers(Preferences preferences) {
		this.preferences = preferences;
	}

	/** The recent ledgers, newest first. */
	public synchronized List<Path> list() {
		List<Path> paths = new ArrayList<>();
		for (String entry : preferences.get(KEY, "").split(SEPARATOR)) { //$NON-NLS-1$
			if (entry.isBlank()) {
				continue;
			}
			try {
				paths.add(Path.of(entry));
			} catch (InvalidPathException e) {
				// An entry written on another system: not worth keeping.
			}
		}
		return paths;
	}

	/** The ledger opened last, if any. */
	public Optional<Path> last() {
		List<Path> paths = list();
		return paths.isEmpty() ? Optional.empty() : Optional.of(paths.get(0));
	}

	/** Puts {@code file} first. */
	public synchronized void add(Path file) {
		Path normalized = file.toAbsolutePath().normalize();
		List<Path> paths = list();
		paths.remove(normalized);
		paths.add(0, normalized);
		store(paths.subList(0, Math.min(MAX, paths.size())));
	}

	public synchronized void remove(Path file) {
		List<Path> paths = list();
		if (paths.remove(file.toAbsolutePath().normalize())) {
			store(paths);
		}
	}

	private void store(List<Path> paths) {
		List<String> entries = new ArrayList<>();
		for (Path path : paths) {
			entries.add(path.toString());
		}
		preferences.put(KEY, String.join(SEPARATOR, entries));
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			// The list is a convenience: keep it in memory for this run.
		}
	}
}
