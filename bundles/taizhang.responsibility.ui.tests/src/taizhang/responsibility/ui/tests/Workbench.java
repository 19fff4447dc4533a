package taizhang.responsibility.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
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
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import taizhang.testing.ui.Screenshots;
import taizhang.testing.ui.Widgets;
import taizhang.responsibility.ui.internal.Navigation;
import taizhang.responsibility.ui.internal.dialogs.Dialogs;

/**
 * Helpers for tests that drive the workbench on its UI thread: waiting without hanging, executing
 * commands as the keyboard and menus do, filling in and confirming the dialogs they open, pictures.
 */
final class Workbench {

	/** A guard against hanging forever, not a speed requirement. */
	private static final long PATIENCE_SECONDS = 180;

	/** What went wrong while answering a dialog, reported by the next {@link #execute}. */
	private static AssertionError dialogFailure;

	private Workbench() {
	}

	static IWorkbenchWindow window() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return window != null ? window : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	/**
	 * Runs the event loop until {@code condition} holds; fails when an unexpected dialog opens.
	 * <p>
	 * Between two looks at the condition the loop dispatches everything pending, down to the
	 * {@code asyncExec} runnables: SWT on GTK runs those only when no window system event is waiting,
	 * so a loop that dispatched one event per look would starve them whenever the look itself makes
	 * the window system busy (a tree read again, a selection revealed) — and the views hear of a
	 * newly opened ledger through such runnables.
	 */
	static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
		while (!condition.getAsBoolean()) {
			dispatchPending(display, what, deadline);
			sleep(10);
		}
	}

	private static void dispatchPending(Display display, String what, long deadline) {
		do {
			List<String> dialogs = openDialogs(display);
			if (!dialogs.isEmpty()) {
				closeDialogs(display);
				fail("A dialog opened while waiting for " + what + ": " + dialogs);
			}
			if (System.nanoTime() > deadline) {
				fail("Gave up waiting for " + what);
			}
		} while (display.readAndDispatch());
	}

	/** Runs the event loop a little while, so that asynchronous work and paints are done. */
	static void processEvents() {
		int[] rounds = { 0 };
		waitUntil("pending events", () -> ++rounds[0] > 40);
	}

	/**
	 * Waits until the UI thread has run every {@code asyncExec} runnable given to it before now, e.g.
	 * those that tell the views of a ledger just opened.
	 */
	static void runAsyncs() {
		boolean[] ran = { false };
		Display.getCurrent().asyncExec(() -> ran[0] = true);
		waitUntil("the runnables given to the UI thread", () -> ran[0]);
	}

	static void waitForJobs(Object family) {
		waitUntil("jobs of " + family, () -> Job.getJobManager().find(family).length == 0);
		processEvents();
	}

	/** Shows (and activates) one of the responsibility views and returns its part object. */
	static <T> T view(String id, Class<T> type) {
		T part = Navigation.part(window(), id, type, true);
		assertNotNull(part, "view " + id);
		processEvents();
		return part;
	}

	static IViewPart showView(String id) {
		try {
			return window().getActivePage().showView(id);
		} catch (PartInitException e) {
			throw new AssertionError(e);
		}
	}

	/** Executes a command as a key or menu item does: through the handler active now. */
	static void execute(String commandId) {
		execute(commandId, Map.of());
	}

	static void execute(String commandId, Map<String, String> parameters) {
		try {
			ParameterizedCommand command = ParameterizedCommand.generateCommand(
					window().getService(ICommandService.class).getCommand(commandId), parameters);
			window().getService(IHandlerService.class).executeCommand(command, null);
		} catch (CommandException e) {
			throw new AssertionError("command " + commandId + " failed: " + e, e);
		}
		processEvents();
		checkDialogs();
	}

	/** Fails with what went wrong while answering a dialog, if anything did. */
	static void checkDialogs() {
		AssertionError failure = dialogFailure;
		dialogFailure = null;
		if (failure != null) {
			throw failure;
		}
	}

	/**
	 * Answers the next dialog: when it opens, {@code fill} fills it in, a screenshot is taken if
	 * {@code screenshot} is given, and OK is pressed. Call before what opens the dialog.
	 */
	static void answerNextDialog(String screenshot, Consumer<Shell> fill) {
		Display display = Display.getCurrent();
		Set<Shell> before = Set.of(display.getShells());
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (!before.contains(shell) && shell.isVisible() && (shell.getStyle() & SWT.APPLICATION_MODAL) != 0) {
					// A failure here would leave the modal dialog open for ever: close it, fail later.
					try {
						fill.accept(shell);
						if (screenshot != null) {
							screenshot(shell, screenshot);
						}
						Button ok = button(shell, IDialogConstants.OK_LABEL);
						assertNotNull(ok, "an OK button in " + shell.getText());
						if (!ok.isEnabled()) {
							fail("OK is disabled in " + shell.getText() + ": " + describe(shell));
						}
						ok.notifyListeners(SWT.Selection, new Event());
					} catch (IOException | RuntimeException | AssertionError e) {
						dialogFailure = e instanceof AssertionError a ? a : new AssertionError(e);
						shell.close();
					}
					return;
				}
			}
			display.timerExec(100, poll[0]);
		};
		display.timerExec(100, poll[0]);
	}

	/** The widget a dialog names {@code id} ({@link Dialogs#ID}). */
	static <T extends Control> T widget(Composite parent, String id, Class<T> type) {
		T found = Widgets.find(parent, type, control -> id.equals(control.getData(Dialogs.ID)));
		assertNotNull(found, "a " + type.getSimpleName() + " named " + id);
		return found;
	}

	/**
	 * Selects the row showing {@code element} as a click does, expanding the rows above it first; the
	 * tree's viewer hears of it as of a click.
	 */
	static void select(Tree tree, Object element) {
		TreeItem item = find(tree, tree.getItems(), element);
		assertNotNull(item, "a row showing " + element);
		tree.setSelection(item);
		Event event = new Event();
		event.item = item;
		tree.notifyListeners(SWT.Selection, event);
	}

	private static TreeItem find(Tree tree, TreeItem[] items, Object element) {
		for (TreeItem item : items) {
			if (item.getData() == element) {
				return item;
			}
		}
		for (TreeItem item : items) {
			if (item.getItemCount() > 0) {
				if (!item.getExpanded()) {
					Event expand = new Event();
					expand.item = item;
					tree.notifyListeners(SWT.Expand, expand);
					item.setExpanded(true);
				}
				TreeItem found = find(tree, item.getItems(), element);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Selects the rows showing {@code elements} as a click (with Ctrl) does. */
	static void select(Table table, Object... elements) {
		List<TableItem> selected = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			item.getText(); // a virtual row gets its element when first shown
			if (Arrays.asList(elements).contains(item.getData())) {
				selected.add(item);
			}
		}
		assertEquals(elements.length, selected.size(), "rows showing " + Arrays.toString(elements));
		table.setSelection(selected.toArray(TableItem[]::new));
		Event event = new Event();
		event.item = selected.get(0);
		table.notifyListeners(SWT.Selection, event);
	}

	/** Ticks the rows showing {@code elements} in a table with check boxes. */
	static void check(Table table, Object... elements) {
		for (TableItem item : table.getItems()) {
			item.getText();
			if (Arrays.asList(elements).contains(item.getData())) {
				item.setChecked(true);
				Event event = new Event();
				event.item = item;
				event.detail = SWT.CHECK;
				table.notifyListeners(SWT.Selection, event);
			}
		}
	}

	static Button button(Composite parent, String label) {
		return Widgets.button(parent, label);
	}

	/** Selects as the user does: sets the widget's state and tells its listeners. */
	static void click(Button button, boolean selected) {
		button.setSelection(selected);
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static List<String> openDialogs(Display display) {
		Set<Shell> windows = new HashSet<>();
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			windows.add(window.getShell());
		}
		List<String> texts = new ArrayList<>();
		for (Shell shell : display.getShells()) {
			if (!windows.contains(shell) && shell.isVisible() && (shell.getStyle() & SWT.APPLICATION_MODAL) != 0) {
				texts.add(shell.getText() + ": " + describe(shell));
			}
		}
		return texts;
	}

	private static void closeDialogs(Display display) {
		Set<Shell> windows = new HashSet<>();
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			windows.add(window.getShell());
		}
		for (Shell shell : display.getShells()) {
			if (!windows.contains(shell) && shell.isVisible() && (shell.getStyle() & SWT.APPLICATION_MODAL) != 0) {
				shell.close();
			}
		}
	}

	/** The texts of a dialog's labels, which hold its message. */
	static String describe(Composite composite) {
		StringBuilder text = new StringBuilder();
		for (Control child : composite.getChildren()) {
			if (child instanceof Label label && !label.getText().isBlank()) {
				text.append(label.getText()).append(' ');
			} else if (child instanceof org.eclipse.swt.widgets.Text field && !field.getText().isBlank()
					&& (field.getStyle() & SWT.READ_ONLY) != 0) {
				text.append(field.getText()).append(' ');
			} else if (child instanceof Composite inner) {
				text.append(describe(inner));
			}
		}
		return text.toString();
	}

	/** Saves a picture of the shell as the screen shows it, under target/screenshots. */
	static Path screenshot(Shell shell, String name) throws IOException {
		Display display = shell.getDisplay();
		if (shell == window().getShell()) {
			shell.forceActive();
		}
		// A dialog just opened is laid out and painted over a few rounds of the event loop.
		for (int i = 0; i < 40; i++) {
			if (!display.readAndDispatch()) {
				sleep(15);
			}
		}
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
