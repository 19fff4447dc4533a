package taizhang.testing;

import java.nio.file.Path;

import taizhang.core.LedgerSession;
import taizhang.core.LedgerStore;
import taizhang.core.LedgerStoreException;
import taizhang.model.Ledger;

/** Ledger files for tests of the store, the CLI and the workbench. */
public final class LedgerFiles {

	private LedgerFiles() {
	}

	/**
	 * Creates {@code directory/fileName} holding {@code ledger} with {@code store}, and closes it again.
	 * The ledger becomes the root of the store's resource: pass one of your own (not a shared
	 * {@link SampleLedgers#generated(int)}).
	 */
	public static Path create(LedgerStore store, Path directory, String fileName, Ledger ledger)
			throws LedgerStoreException {
		Path file = directory.resolve(fileName);
		try (LedgerSession session = store.create(file, ledger)) {
			return session.file();
		}
	}

	/** Creates {@code directory/sample-<issues>.taizhang} holding a fresh sample ledger, and closes it. */
	public static Path createSample(LedgerStore store, Path directory, int issues) throws LedgerStoreException {
		return create(store, directory, "sample-" + issues + "." + LedgerStore.FILE_EXTENSION, //$NON-NLS-1$ //$NON-NLS-2$
				SampleLedgers.fresh(issues));
	}
}
