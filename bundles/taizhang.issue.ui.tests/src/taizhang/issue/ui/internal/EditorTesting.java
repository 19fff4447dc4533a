package taizhang.issue.ui.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import taizhang.testing.ui.Screenshots;

/** Helpers for tests that drive the issue editor's widgets inside the workbench, on its UI thread. */
final class EditorTesting {

	/** A guard against hanging forever, not a speed requirement. */
	private static final long PATIENCE_SECONDS = 180;

	private EditorTesting() {
	}

	static IWorkbenchWindow window() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return window != null ? window : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	/** Types {@code value} into the text and leaves it, as the user would by pressing Tab. */
	static void type(Text text, String value) {
		guarded("typing into " + text, () -> {
			text.setFocus();
			text.setText(value);
			text.notifyListeners(SWT.FocusOut, new Event());
		});
		processEvents();
	}

	/** Clicks a push button, or toggles a check box. */
	static void click(Button button) {
		guarded("clicking " + button.getText(), () -> {
			if ((button.getStyle() & SWT.CHECK) != 0) {
				button.setSelection(!button.getSelection());
			}
			button.notifyListeners(SWT.Selection, new Event());
		});
		processEvents();
	}

	/**
	 * Runs {@code action}; a dialog it opens (an error message) would wait for ever for a click: it is
	 * closed and the test fails with its title.
	 */
	static void guarded(String what, Runnable action) {
		Display display = Display.getCurrent();
		List<String> dialogs = new ArrayList<>();
		Runnable[] watchdog = new Runnable[1];
		watchdog[0] = () -> {
			closeDialogs(display, dialogs);
			display.timerExec(250, watchdog[0]);
		};
		display.timerExec(250, watchdog[0]);
		try {
			action.run();
		} finally {
			display.timerExec(-1, watchdog[0]);
		}
		if (!dialogs.isEmpty()) {
			fail("A dialog opened while " + what + ": " + dialogs);
		}
	}

	/**
	 * Runs the event loop until {@code condition} holds. A dialog that opens meanwhile would block
	 * the test for ever: it is closed and the wait fails with its title.
	 */
	static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
		List<String> dialogs = new ArrayList<>();
		Runnable[] watchdog = new Runnable[1];
		watchdog[0] = () -> {
			closeDialogs(display, dialogs);
			display.timerExec(250, watchdog[0]);
		};
		display.timerExec(250, watchdog[0]);
		try {
			while (!condition.getAsBoolean()) {
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
		} finally {
			display.timerExec(-1, watchdog[0]);
		}
	}

	private static void closeDialogs(Display display, List<String> titles) {
		Set<Shell> windows = new HashSet<>();
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			windows.add(window.getShell());
		}
		for (Shell shell : display.getShells()) {
			if (!windows.contains(shell) && shell.isVisible() && (shell.getStyle() & SWT.APPLICATION_MODAL) != 0) {
				titles.add(shell.getText());
				shell.close();
			}
		}
	}

	/**
	 * Runs the event loop for a second and a half: GTK paints the screen on its own clock, and a
	 * screenshot taken at once may show the window as it was before.
	 */
	private static void settle(Display display) {
		long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
		while (System.nanoTime() < until) {
			if (!display.readAndDispatch()) {
				sleep(20);
			}
		}
	}

	/** Runs the event loop a little while, so that asynchronous work (refreshes, paints) is done. */
	static void processEvents() {
		int[] rounds = { 0 };
		waitUntil("pending events", () -> ++rounds[0] > 40);
	}

	static void waitForJobs(Object family) {
		waitUntil("jobs of " + family, () -> Job.getJobManager().find(family).length == 0);
		processEvents();
	}

	/** Saves a picture of the shell as the screen shows it, as target/screenshots/NAME.png. */
	static Path screenshot(Shell shell, String name) throws IOException {
		Display display = shell.getDisplay();
		shell.forceActive();
		settle(display);
		return Screenshots.save(shell, name);
	}

	/**
	 * Saves a picture of the control as it draws itself, all of it, also what lies scrolled out of
	 * view (a form taller than the screen), as target/screenshots/NAME.png.
	 */
	static Path print(Control control, String name) throws IOException {
		processEvents();
		Point size = control.getSize();
		Image image = new Image(control.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
		GC gc = new GC(image);
		try {
			control.print(gc);
		} finally {
			gc.dispose();
		}
		try {
			return Screenshots.write(image, name);
		} finally {
			image.dispose();
		}
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
