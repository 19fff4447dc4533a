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

	/** How long UI that walks the whole of a large ledger waits before it shows a newly opened one. */
	private static final int NEW_LEDGER_DELAY_MS = 1_500;

	/** From how many issues walking the whole ledger takes long enough to wait for. */
	private static final int LARGE_LEDGER = 20_000;

	private final LedgerSessionService service;
	private final Control control;
	private final Display display;
	private final Callback callback;
	private final LedgerSessionListener sessionListener = session -> asyncShowCurrent();
	private final CommandStackListener stackListener = this::commandStackChanged;
	private final AtomicBoolean modelChangePending = new AtomicBoolean();
	private final int modelChangeDelay;
	private final Runnable fireModelChanged = this::fireModelChanged;
	private LedgerSession shown;
	private CommandStack observedStack;

	private SessionTracker(LedgerSessionService service, Control control, Callback callback, int modelChangeDelay) {
		this.service = service;
		this.control = control;
		this.display = control.getDisplay();
		this.callback = callback;
		this.modelChangeDelay = modelChangeDelay;
	}

	/** Starts following; calls back at once with the current session. Call on the UI thread. */
	public static SessionTracker track(LedgerSessionService service, Control control, Callback callback) {
		return track(service, control, callback, 0);
	}

	/**
	 * Like {@link #track(LedgerSessionService, Control, Callback)}, but reports model changes only once
	 * no command came for {@code delayMillis}: for UI that walks the whole ledger to refresh, so that a
	 * burst of edits costs one walk. A newly opened ledger is reported a moment later, after the views
	 * that show the ledger itself have painted it.
	 */
	public static SessionTracker track(LedgerSessionService service, Control control, Callback callback,
			int delayMillis) {
		SessionTracker tracker = new SessionTracker(service, control, callback, delayMillis);
		service.addListener(tracker.sessionListener);
		control.addDisposeListener(e -> tracker.dispose());
		tracker.show(service.current().orElse(null));
		return tracker;
	}

	public void dispose() {
		service.removeListener(sessionListener);
		observe(null);
	}

	private void asyncShowCurrent() {
		if (display.isDisposed()) {
			return;
		}
		Runnable showCurrent = () -> {
			if (!control.isDisposed()) {
				show(service.current().orElse(null));
			}
		};
		LedgerSession current = service.current().orElse(null);
		if (modelChangeDelay > 0 && current != null && current != shown
				&& current.ledger().getIssues().size() >= LARGE_LEDGER) {
			// UI that walks the whole of a large ledger lets the ledger's own views (the grid) show
			// and paint it first, even on a busy machine.
			display.asyncExec(() -> display.timerExec(NEW_LEDGER_DELAY_MS, showCurrent));
		} else {
			display.asyncExec(showCurrent);
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
