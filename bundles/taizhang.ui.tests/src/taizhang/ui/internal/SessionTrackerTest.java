package taizhang.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static taizhang.ui.internal.WorkbenchTesting.processEvents;
import static taizhang.ui.internal.WorkbenchTesting.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import taizhang.core.LedgerSession;
import taizhang.core.LedgerStore;
import taizhang.demo.DemoLedgerGenerator;
import taizhang.ui.internal.session.LedgerSessionManager;

/**
 * A view made while a ledger is current: an ordinary one shows it at once, one that walks the whole
 * ledger only once the grid has painted it (the start hands the ledger over before the window's views
 * are all made). A service of its own, so that the workbench's open ledger is not touched.
 */
class SessionTrackerTest {

	private LedgerSessionManager sessions;
	private Shell shell;
	private LedgerSession session;

	@BeforeEach
	void openLedger() throws Exception {
		sessions = new LedgerSessionManager(PlatformUI.getWorkbench().getService(LedgerStore.class));
		Path folder = WorkbenchTesting.outputFolder().resolve("tracker-ledgers");
		Files.createDirectories(folder);
		session = sessions.create(folder.resolve("tracked-" + System.nanoTime() + ".taizhang"),
				new DemoLedgerGenerator(5, LocalDate.of(2026, 11, 24)).generate(20));
		shell = new Shell(Display.getCurrent());
	}

	@AfterEach
	void close() {
		shell.dispose();
		sessions.close();
	}

	@Test
	void viewMadeWhileALedgerIsCurrentShowsItAtOnce() {
		List<LedgerSession> told = new ArrayList<>();
		SessionTracker.track(sessions, new Composite(shell, 0), told::add);
		assertEquals(List.of(session), told);
	}

	@Test
	void wholeLedgerViewMadeWhileALedgerIsCurrentWaitsUntilTheGridHasPaintedIt() {
		List<LedgerSession> told = new ArrayList<>();
		SessionTracker.trackWholeLedger(sessions, new Composite(shell, 0), told::add, 0);
		processEvents();
		assertEquals(1, told.size(), "told once, that there is nothing to show yet");
		assertEquals(null, told.get(0));
		sessions.shown(session);
		waitUntil("the view to be told of the painted ledger", () -> told.size() == 2);
		assertSame(session, told.get(1));
	}
}
