package taizhang.ui.internal;

import java.util.EventObject;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

import taizhang.core.LedgerSession;
import taizhang.ui.LedgerSessionListener;
import taizhang.ui.LedgerSessionService;

/**
 * Follows the open ledger for one piece of UI. Calls back on the UI thread when the session changes
 * or a command changes its model, and stops when its control is disposed.
 */
public final class SessionTracker {

	/** What the UI does when the ledger changes. */
	public interface Callback {

		/** The open ledger is now {@code session} ({@code null}: none). */
		void sessionChanged(LedgerSession session);

		/** A command was executed, undone or redone on the open ledger. */
		default void modelChanged(LedgerSession session) {
		}
	}

	private final LedgerSessionService service;
	private final Control control;
	private final Display display;
	private final Callback callback;
	private final LedgerSessionListener sessionListener = session -> asyncShowCurrent();
	private final CommandStackListener stackListener = this::commandStackChanged;
	private final AtomicBoolean modelChangePending = new AtomicBoolean();
	private final int modelChangeDelay;
	private final boolean wholeLedger;
	private final Runnable fireModelChanged = this::fireModelChanged;
	private LedgerSession shown;
	private CommandStack observedStack;

	private SessionTracker(LedgerSessionService service, Control control, Callback callback, int modelChangeDelay,
			boolean wholeLedger) {
		this.service = service;
		this.control = control;
		this.display = control.getDisplay();
		this.callback = callback;
		this.modelChangeDelay = modelChangeDelay;
		this.wholeLedger = wholeLedger;
	}

	/** Starts following; calls back at once with the current session. Call on the UI thread. */
	public static SessionTracker track(LedgerSessionService service, Control control, Callback callback) {
		return new SessionTracker(service, control, callback, 0, false).start();
	}

	/**
	 * Like {@link #track(LedgerSessionService, Control, Callback)}, for UI that walks the whole ledger: a
	 * newly opened ledger is reported once the grid has painted it ({@link LedgerSessionService#whenShown}),
	 * also when it was already current as the tracking started (calling back with {@code null} until
	 * then), and model changes once no command came for {@code delayMillis}, so that a burst of edits
	 * costs one walk.
	 */
	public static SessionTracker trackWholeLedger(LedgerSessionService service, Control control, Callback callback,
			int delayMillis) {
		return new SessionTracker(service, control, callback, delayMillis, true).start();
	}

	private SessionTracker start() {
		service.addListener(sessionListener);
		control.addDisposeListener(e -> dispose());
		LedgerSession current = service.current().orElse(null);
		if (wholeLedger && current != null) {
			// made while the ledger opens: it comes once the grid has painted it, like a newly opened one
			show(null);
			showOnceShown(current);
		} else {
			show(current);
		}
		return this;
	}

	public void dispose() {
		service.removeListener(sessionListener);
		observe(null);
	}

	private void asyncShowCurrent() {
		LedgerSession current = service.current().orElse(null);
		if (wholeLedger && current != null) {
			// the previous ledger goes at once, the new one comes once the grid has painted it
			asyncRun(() -> {
				if (shown != null && shown != current) {
					show(null);
				}
			});
			showOnceShown(current);
		} else {
			asyncRun(this::showCurrent);
		}
	}

	/** Shows the then current session once the grid has painted {@code session}. */
	private void showOnceShown(LedgerSession session) {
		service.whenShown(session, () -> asyncRun(this::showCurrent));
	}

	private void showCurrent() {
		show(service.current().orElse(null));
	}

	private void asyncRun(Runnable runnable) {
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!control.isDisposed()) {
					runnable.run();
				}
			});
		}
	}

	private void show(LedgerSession session) {
		if (session == shown && session != null) {
			return;
		}
		shown = session;
		observe(session == null ? null : session.editingDomain().getCommandStack());
		callback.sessionChanged(session);
	}

	private void observe(CommandStack stack) {
		if (observedStack != null) {
			observedStack.removeCommandStackListener(stackListener);
		}
		observedStack = stack;
		if (stack != null) {
			stack.addCommandStackListener(stackListener);
		}
	}

	private void commandStackChanged(EventObject event) {
		// Many commands in a row (a paste, a script) refresh the UI once.
		if (display.isDisposed() || !modelChangePending.compareAndSet(false, true)) {
			return;
		}
		display.asyncExec(() -> {
			if (modelChangeDelay > 0) {
				// Rescheduling the same runnable restarts its timer.
				display.timerExec(modelChangeDelay, fireModelChanged);
			} else {
				fireModelChanged();
			}
		});
	}

	private void fireModelChanged() {
		modelChangePending.set(false);
		if (!control.isDisposed() && shown != null) {
			callback.modelChanged(shown);
		}
	}
}
