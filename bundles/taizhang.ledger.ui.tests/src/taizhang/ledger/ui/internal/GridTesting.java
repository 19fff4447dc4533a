package taizhang.ledger.ui.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import taizhang.testing.ui.Screenshots;
import taizhang.testing.ui.Widgets;

/** Helpers for the grid's tests, which run inside the workbench on its UI thread. */
final class GridTesting {

	/** A guard against hanging for ever, not a speed requirement. */
	private static final long PATIENCE_SECONDS = 180;

	private GridTesting() {
	}

	static IWorkbenchWindow window() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return window != null ? window : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	/** Runs the event loop until {@code condition} holds; a dialog opening meanwhile fails the wait. */
	static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
		while (!condition.getAsBoolean()) {
			List<String> dialogs = openDialogs(display, true);
			if (!dialogs.isEmpty()) {
				fail("A dialog opened while waiting for " + what + ": " + dialogs);
			}
			if (System.nanoTime() > deadline) {
				fail("Gave up waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				sleep(10);
			}
		}
	}

	/** Runs the event loop a little, so that asynchronous work (paints, refreshes) is done. */
	static void processEvents() {
		int[] rounds = { 0 };
		waitUntil("pending events", () -> ++rounds[0] > 40);
	}

	/**
	 * Runs {@code action}, which opens a modal dialog, and presses the dialog's button labelled
	 * {@code button}. Returns the texts of the dialogs answered (title, labels, table rows).
	 */
	static List<String> answering(String button, Runnable action) {
		Display display = Display.getCurrent();
		List<String> answered = new ArrayList<>();
		Runnable[] watchdog = new Runnable[1];
		watchdog[0] = () -> {
			for (Shell shell : modalShells(display)) {
				answered.add(shell.getText() + ": " + describe(shell));
				Button answer = Widgets.button(shell, button);
				if (answer != null) {
					answer.notifyListeners(SWT.Selection, new Event());
				} else {
					shell.close();
				}
			}
			display.timerExec(100, watchdog[0]);
		};
		display.timerExec(100, watchdog[0]);
		try {
			action.run();
			processEvents();
		} finally {
			display.timerExec(-1, watchdog[0]);
		}
		return answered;
	}

	private static List<String> openDialogs(Display display, boolean close) {
		List<String> texts = new ArrayList<>();
		for (Shell shell : modalShells(display)) {
			texts.add(shell.getText() + ": " + describe(shell));
			if (close) {
				shell.close();
			}
		}
		return texts;
	}

	private static List<Shell> modalShells(Display display) {
		Set<Shell> windows = new HashSet<>();
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			windows.add(window.getShell());
		}
		List<Shell> modal = new ArrayList<>();
		for (Shell shell : display.getShells()) {
			if (!windows.contains(shell) && shell.isVisible() && (shell.getStyle() & SWT.APPLICATION_MODAL) != 0) {
				modal.add(shell);
			}
		}
		return modal;
	}

	/** The texts of a dialog's labels and table rows. */
	private static String describe(Composite composite) {
		StringBuilder text = new StringBuilder();
		for (Control child : composite.getChildren()) {
			if (child instanceof Label label && !label.getText().isBlank()) {
				text.append(label.getText()).append(' ');
			} else if (child instanceof Table table) {
				for (TableItem item : table.getItems()) {
					text.append('[').append(item.getText(0)).append('|').append(item.getText(1)).append('|')
							.append(item.getText(2)).append("] ");
				}
			} else if (child instanceof Composite inner) {
				text.append(describe(inner));
			}
		}
		return text.toString();
	}

	/** The object of an e4 part (e4view) shown in the window, by its id. */
	static <T> T part(String id, Class<T> type) {
		EPartService parts = window().getService(EPartService.class);
		MPart part = parts.findPart(id);
		assertNotNull(part, "no part " + id);
		if (part.getObject() == null) {
			parts.showPart(id, EPartService.PartState.CREATE);
		}
		return type.cast(part.getObject());
	}

	/** Sends a key press and release to a control, as the keyboard does. */
	static void press(Control control, int keyCode, char character, int stateMask) {
		Event down = new Event();
		down.keyCode = keyCode;
		down.character = character;
		down.stateMask = stateMask;
		control.notifyListeners(SWT.KeyDown, down);
		if (control.isDisposed()) {
			return; // Enter committed and closed a cell editor
		}
		Event up = new Event();
		up.keyCode = keyCode;
		up.character = character;
		up.stateMask = stateMask;
		control.notifyListeners(SWT.KeyUp, up);
	}

	/**
	 * Types a key combination through the display, so that it takes the way real keys take: the
	 * workbench's key bindings first, then the focused control.
	 */
	static void postKeys(int modifier, char key) {
		Display display = Display.getCurrent();
		if (modifier != 0) {
			post(display, SWT.KeyDown, modifier, '\0');
		}
		post(display, SWT.KeyDown, 0, key);
		post(display, SWT.KeyUp, 0, key);
		if (modifier != 0) {
			post(display, SWT.KeyUp, modifier, '\0');
		}
		processEvents();
	}

	private static void post(Display display, int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		display.post(event);
	}

	/** Saves a picture of the shell as PNG under target/screenshots. */
	static Path screenshot(Shell shell, String name) throws IOException {
		processEvents();
		return Screenshots.save(shell, name);
	}

	/** The build's target folder (set by the build), else ./target. */
	static Path outputFolder() {
		return Screenshots.outputFolder();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
