package taizhang.ui.internal.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

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

	private final LedgerStore store;
	private final List<LedgerSessionListener> listeners = new CopyOnWriteArrayList<>();
	private LedgerSession current;

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
		synchronized (this) {
			previous = current;
			current = session;
		}
		if (previous == session) {
			return;
		}
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
