package taizhang.ui.internal.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ILog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import taizhang.core.LedgerSession;
import taizhang.core.LedgerStore;
import taizhang.core.LedgerStoreException;
import taizhang.model.Ledger;
import taizhang.ui.LedgerSessionListener;
import taizhang.ui.LedgerSessionService;

/** Holds the workbench's one open ledger session on top of the {@link LedgerStore} service. */
@Component(service = LedgerSessionService.class)
public class LedgerSessionManager implements LedgerSessionService {

	/** How long work waiting for the current session to be {@link #shown} waits at most. */
	static final long SHOWN_TIMEOUT_MS = 3_000;

	private final LedgerStore store;
	private final List<LedgerSessionListener> listeners = new CopyOnWriteArrayList<>();
	private LedgerSession current;
	/** Completed once {@link #current} has been shown (or waited for long enough). */
	private CompletableFuture<Void> currentShown = CompletableFuture.completedFuture(null);

	@Activate
	public LedgerSessionManager(@Reference(name = "store") LedgerStore store) {
		this.store = Objects.requireNonNull(store, "store"); //$NON-NLS-1$
	}

	@Override
	public synchronized Optional<LedgerSession> current() {
		return Optional.ofNullable(current);
	}

	@Override
	public LedgerSession open(Path file, boolean readOnly) throws LedgerStoreException {
		// Reopening the current file (e.g. writable after read-only): release it first, or its own
		// write lock would refuse us.
		Optional<LedgerSession> open = current();
		if (open.isPresent() && sameFile(open.get().file(), file)) {
			replace(null);
		}
		LedgerSession session = store.open(file, readOnly);
		replace(session);
		return session;
	}

	@Override
	public LedgerSession create(Path file, Ledger ledger) throws LedgerStoreException {
		LedgerSession session = store.create(file, ledger);
		replace(session);
		return session;
	}

	@Override
	public void adopt(LedgerSession session) {
		replace(Objects.requireNonNull(session, "session")); //$NON-NLS-1$
	}

	@Override
	public void close() {
		replace(null);
	}

	@Override
	public void shown(LedgerSession session) {
		CompletableFuture<Void> shown;
		synchronized (this) {
			shown = session != null && session == current ? currentShown : null;
		}
		if (shown != null) {
			shown.complete(null);
		}
	}

	@Override
	public void whenShown(LedgerSession session, Runnable action) {
		Objects.requireNonNull(action, "action"); //$NON-NLS-1$
		CompletableFuture<Void> shown;
		synchronized (this) {
			shown = session != null && session == current ? currentShown : null;
		}
		if (shown != null) {
			shown.thenRun(() -> { // at once when done, never when cancelled
				try {
					action.run();
				} catch (RuntimeException e) {
					ILog.of(LedgerSessionManager.class).error("Work waiting for the ledger to be shown failed", e); //$NON-NLS-1$
				}
			});
		}
	}

	@Deactivate
	void deactivate() {
		close();
	}

	@Override
	public void addListener(LedgerSessionListener listener) {
		listeners.add(Objects.requireNonNull(listener));
	}

	@Override
	public void removeListener(LedgerSessionListener listener) {
		listeners.remove(listener);
	}

	private void replace(LedgerSession session) {
		LedgerSession previous;
		CompletableFuture<Void> previousShown;
		synchronized (this) {
			previous = current;
			if (previous == session) {
				return;
			}
			current = session;
			previousShown = currentShown;
			currentShown = session == null ? CompletableFuture.completedFuture(null)
					: new CompletableFuture<Void>().completeOnTimeout(null, SHOWN_TIMEOUT_MS, TimeUnit.MILLISECONDS);
		}
		previousShown.cancel(false); // what waited for the previous session is dropped
		if (previous != null) {
			previous.close();
		}
		for (LedgerSessionListener listener : listeners) {
			listener.sessionChanged(session);
		}
	}

	private static boolean sameFile(Path a, Path b) {
		return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
	}
}
