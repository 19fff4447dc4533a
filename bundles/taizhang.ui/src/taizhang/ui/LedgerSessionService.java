package taizhang.ui;

import java.nio.file.Path;
import java.util.Optional;

import taizhang.core.LedgerSession;
import taizhang.core.LedgerStoreException;
import taizhang.model.Ledger;

/**
 * The ledger open in the workbench: at most one {@link LedgerSession} at a time, shared by every
 * part. Registered as an OSGi service; parts receive it by injection and follow changes through a
 * {@link LedgerSessionListener}.
 * <p>
 * Opening a large ledger takes a moment, so callers in the UI run {@link #open} and {@link #create}
 * in a background job. Listeners are called on the thread that made the change.
 */
public interface LedgerSessionService {

	/**
	 * The family of the workbench's jobs that open or create a ledger in the background, for parts
	 * that say "opening" meanwhile ({@code Job.getJobManager().find(OPENING)}).
	 */
	Object OPENING = "taizhang.ui.opening"; //$NON-NLS-1$

	/** The open session, if any. */
	Optional<LedgerSession> current();

	/**
	 * Opens {@code file} and makes it the current session. The previous session is closed only
	 * after the new one opened; when opening fails the previous one stays current.
	 *
	 * @throws taizhang.core.LedgerLockedException if another session holds the file open for writing
	 * @throws LedgerStoreException                 if the file cannot be opened
	 */
	LedgerSession open(Path file, boolean readOnly) throws LedgerStoreException;

	/**
	 * Creates {@code file} holding {@code ledger} and makes it the current session.
	 *
	 * @throws LedgerStoreException if the file exists already or cannot be written
	 */
	LedgerSession create(Path file, Ledger ledger) throws LedgerStoreException;

	/**
	 * Makes {@code session}, opened directly on the store (e.g. while the workbench started), the
	 * current session; the previous one is closed.
	 */
	void adopt(LedgerSession session);

	/** Closes the current session, if any. */
	void close();

	/**
	 * Says that the part showing the issues themselves (the ledger grid) has painted {@code session}.
	 * Call on the display's thread; a session no longer current is ignored.
	 */
	void shown(LedgerSession session);

	/**
	 * Runs {@code action} once {@code session} has been {@link #shown}: for work that walks the whole
	 * ledger, so that the first paint of a large ledger has the machine to itself. Runs it at once when
	 * the session was shown already, else on the thread that ends the wait, at the latest a few seconds
	 * after the session became current (a workbench without the grid). Never runs it when
	 * {@code session} is not or no longer the current one.
	 */
	void whenShown(LedgerSession session, Runnable action);

	void addListener(LedgerSessionListener listener);

	void removeListener(LedgerSessionListener listener);
}
