package taizhang.ui.internal.session;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import taizhang.core.LedgerSession;
import taizhang.core.LedgerStore;
import taizhang.core.LedgerStoreException;
import taizhang.ui.internal.StartupMarks;

/**
 * The ledger shown at start, read while the workbench itself starts rather than after its window is
 * up: reading a large ledger takes about as long as starting the workbench, so the two overlap. It
 * is opened directly on the store and becomes current when {@link LedgerOpener#finishStartup} hands
 * it over, as soon as it is read, with the outcome reported exactly as an ordinary open would (the
 * read-only question for a ledger held by another writer, errors, the recent list) once the window
 * is up.
 */
public final class StartupOpen {

	private final Path file;
	private final CompletableFuture<LedgerSession> result = new CompletableFuture<>();

	private StartupOpen(Path file) {
		this.file = file;
	}

	/** Starts opening {@code file} for writing in a thread of its own. */
	public static StartupOpen begin(LedgerStore store, Path file) {
		Objects.requireNonNull(store, "store"); //$NON-NLS-1$
		return begin(() -> store, file);
	}

	/**
	 * Starts opening {@code file} for writing in a thread of its own, which first gets the store from
	 * {@code store}: making the store (the model's package, the SQLite driver) is then part of the
	 * read, not of the caller's time. A store that cannot be had fails the open.
	 */
	public static StartupOpen begin(Supplier<LedgerStore> store, Path file) {
		Objects.requireNonNull(store, "store"); //$NON-NLS-1$
		StartupOpen open = new StartupOpen(file);
		Thread thread = new Thread(() -> {
			try {
				StartupMarks.mark("ledger being read (startup open)"); //$NON-NLS-1$
				LedgerStore ledgerStore = Objects.requireNonNull(store.get(), "no ledger store"); //$NON-NLS-1$
				LedgerSession session = ledgerStore.open(file, false);
				StartupMarks.mark("ledger read (startup open)"); //$NON-NLS-1$
				open.result.complete(session);
			} catch (Throwable e) {
				open.result.completeExceptionally(e);
			}
		}, "Taizhang startup open " + file.getFileName()); //$NON-NLS-1$
		// Never keeps the JVM alive.
		thread.setDaemon(true);
		thread.start();
		return open;
	}

	public Path file() {
		return file;
	}

	/**
	 * Waits until the ledger is open.
	 *
	 * @throws LedgerStoreException as {@link LedgerStore#open} threw it (a
	 *                              {@link taizhang.core.LedgerLockedException} when another writer
	 *                              holds the ledger)
	 */
	public LedgerSession await() throws LedgerStoreException {
		boolean interrupted = false;
		try {
			while (true) {
				try {
					return result.get();
				} catch (InterruptedException e) {
					// The open cannot be abandoned half-way: wait for its end, then restore the flag.
					interrupted = true;
				} catch (ExecutionException e) {
					Throwable cause = e.getCause();
					if (cause instanceof LedgerStoreException store) {
						throw store;
					}
					if (cause instanceof RuntimeException runtime) {
						throw runtime;
					}
					if (cause instanceof Error error) {
						throw error;
					}
					throw new IllegalStateException(cause);
				}
			}
		} finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
