package taizhang.ui.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import taizhang.core.LedgerSession;
import taizhang.core.LedgerStore;
import taizhang.demo.DemoLedgerGenerator;
import taizhang.testing.ui.Screenshots;

/**
 * Work waiting for a ledger to be shown (LedgerSessionService.whenShown) runs once the grid says so,
 * at once afterwards, at the latest after the timeout, and never for a ledger no longer current. A
 * service of its own, on the workbench's store, so that the workbench's open ledger is not touched.
 */
class LedgerSessionShownTest {

	private LedgerStore store;
	private LedgerSessionManager sessions;

	@BeforeEach
	void ownService() {
		store = PlatformUI.getWorkbench().getService(LedgerStore.class);
		sessions = new LedgerSessionManager(store);
	}

	@AfterEach
	void closeLedger() {
		sessions.close();
	}

	@Test
	void workWaitsUntilTheLedgerIsShownThenRunsAtOnce() throws Exception {
		LedgerSession session = open("shown", 3);
		AtomicInteger runs = new AtomicInteger();
		sessions.whenShown(session, runs::incrementAndGet);
		assertEquals(0, runs.get(), "nothing runs before the grid painted the ledger");
		sessions.shown(session);
		assertEquals(1, runs.get(), "the work runs when the ledger is shown");
		sessions.shown(session);
		assertEquals(1, runs.get(), "once");
		sessions.whenShown(session, runs::incrementAndGet);
		assertEquals(2, runs.get(), "later work runs at once");
	}

	@Test
	void workForALedgerReplacedBeforeItWasShownIsDropped() throws Exception {
		LedgerSession first = open("first", 3);
		AtomicInteger runs = new AtomicInteger();
		sessions.whenShown(first, runs::incrementAndGet);
		LedgerSession second = open("second", 4);
		sessions.shown(first);
		sessions.whenShown(first, runs::incrementAndGet);
		sessions.shown(second);
		Thread.sleep(LedgerSessionManager.SHOWN_TIMEOUT_MS + 500);
		assertEquals(0, runs.get(), "work for a ledger no longer current never runs");
	}

	@Test
	void workRunsAfterTheTimeoutWhenNothingShowsTheLedger() throws Exception {
		LedgerSession session = open("unshown", 5);
		CountDownLatch ran = new CountDownLatch(1);
		long start = System.nanoTime();
		sessions.whenShown(session, ran::countDown);
		assertTrue(ran.await(LedgerSessionManager.SHOWN_TIMEOUT_MS + 5_000, TimeUnit.MILLISECONDS),
				"the work runs although no grid showed the ledger");
		long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		assertTrue(waited >= LedgerSessionManager.SHOWN_TIMEOUT_MS - 100, "after the timeout, not before: " + waited + " ms");
	}

	/** Creates a small ledger and makes it the service's current one. */
	private LedgerSession open(String name, int seed) throws Exception {
		Path folder = Screenshots.outputFolder().resolve("shown-ledgers");
		Files.createDirectories(folder);
		Path file = folder.resolve(name + "-" + System.nanoTime() + ".taizhang");
		return sessions.create(file, new DemoLedgerGenerator(seed, LocalDate.of(2026, 11, 24)).generate(20));
	}
}
