package taizhang.ui.internal;

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

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import taizhang.testing.ui.Screenshots;
import taizhang.testing.ui.Widgets;

/** Helpers for tests that run inside the workbench, on its UI thread. */
public final class WorkbenchTesting {

	/** A guard against hanging forever, not a speed requirement. */
	private static final long PATIENCE_SECONDS = 180;

	private static final List<String> answeredDialogs = new ArrayList<>();
	private static String expectedAnswer;

	private WorkbenchTesting() {
	}

	static IWorkbenchWindow window() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		return window;
	}

	/**
	 * Runs the event loop until {@code condition} holds. A dialog that opens meanwhile (an error
	 * message) would block the test for ever: it is closed and the wait fails with its text.
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

	private static void closeDialogs(Display display, List<String> texts) {
		Set<Shell> windows = new HashSet<>();
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			windows.add(window.getShell());
		}
		for (Shell shell : display.getShells()) {
			if (windows.contains(shell) || !shell.isVisible() || (shell.getStyle() & SWT.APPLICATION_MODAL) == 0) {
				continue;
			}
			String text = shell.getText() + ": " + describe(shell);
			Button answer = expectedAnswer == null ? null : Widgets.button(shell, expectedAnswer);
			if (answer != null) {
				answeredDialogs.add(text);
				expectedAnswer = null;
				answer.notifyListeners(SWT.Selection, new Event());
			} else {
				texts.add(text);
				shell.close();
			}
		}
	}

	/**
	 * Answers the next dialog that opens by pressing the button labelled {@code buttonLabel}
	 * (instead of failing the wait). Returns the list that will receive the dialog's text.
	 */
	static List<String> answerNextDialog(String buttonLabel) {
		expectedAnswer = buttonLabel;
		answeredDialogs.clear();
		return answeredDialogs;
	}

	/** How many pixels of the control are dark (text, icons): a painted table has thousands. */
	static int darkPixels(Control control) {
		Rectangle size = control.getBounds();
		Image image = new Image(control.getDisplay(), size.width, size.height);
		GC gc = new GC(control);
		try {
			gc.copyArea(image, 0, 0);
		} finally {
			gc.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		int dark = 0;
		for (int y = 0; y < data.height; y++) {
			for (int x = 0; x < data.width; x++) {
				RGB rgb = data.palette.getRGB(data.getPixel(x, y));
				if (rgb.red + rgb.green + rgb.blue < 3 * 110) {
					dark++;
				}
			}
		}
		return dark;
	}

	/** The texts of a dialog's labels, which hold its message. */
	private static String describe(Composite composite) {
		StringBuilder text = new StringBuilder();
		for (Control child : composite.getChildren()) {
			if (child instanceof Label label && !label.getText().isBlank()) {
				text.append(label.getText()).append(' ');
			} else if (child instanceof Composite inner) {
				text.append(describe(inner));
			}
		}
		return text.toString();
	}

	/** Runs the event loop until every job of {@code family} has finished. */
	static void waitForJobs(Object family) {
		waitUntil("jobs of " + family, () -> Job.getJobManager().find(family).length == 0);
		processEvents();
	}

	/** Runs the event loop a little while, so that pending and asynchronous work (paints) is done. */
	static void processEvents() {
		int[] rounds = { 0 };
		waitUntil("pending events", () -> ++rounds[0] > 40);
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

	/** Saves a picture of the shell as PNG, as the screen shows it. */
	public static Path screenshot(Shell shell, String name) throws IOException {
		shell.forceActive();
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
