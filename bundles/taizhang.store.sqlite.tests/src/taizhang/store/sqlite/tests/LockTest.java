package taizhang.store.sqlite.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import taizhang.core.LedgerLockedException;
import taizhang.core.LedgerSession;
import taizhang.store.sqlite.SqliteLedgerStore;

class LockTest {

	@TempDir
	Path dir;

	private final SqliteLedgerStore store = new SqliteLedgerStore();
	private Path file;

	@BeforeEach
	void createLedger() throws Exception {
		file = dir.resolve("shared.taizhang");
		store.create(file, TestLedgers.rich()).close();
	}

	@Test
	void secondWriterInThisProcessIsToldTheHolderAndMayRead() throws Exception {
		try (LedgerSession writer = store.open(file, false)) {
			LedgerLockedException e = assertThrows(LedgerLockedException.class, () -> store.open(file, false));
			assertEquals(ProcessHandle.current().pid(), e.holder().pid());
			assertFalse(e.holder().host().isEmpty());
			assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
			assertTrue(e.getMessage().contains(Long.toString(ProcessHandle.current().pid())), e.getMessage());
			try (LedgerSession reader = store.open(file, true)) {
				assertTrue(reader.isReadOnly());
				assertEquals(writer.ledger().getIssues().size(), reader.ledger().getIssues().size());
			}
		}
		try (LedgerSession again = store.open(file, false)) {
			assertFalse(again.isReadOnly(), "closing released the lock");
		}
	}

	@Test
	void writerInAnotherProcessIsNamedAndItsLockDiesWithIt() throws Exception {
		Process child = ChildJvm.start("hold", file.toString());
		try {
			BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
			assertEquals("open", out.readLine(), "the child opened the ledger");

			LedgerLockedException e = assertThrows(LedgerLockedException.class, () -> store.open(file, false));
			assertEquals(child.pid(), e.holder().pid());
			assertTrue(e.getMessage().contains(Long.toString(child.pid())), e.getMessage());
			try (LedgerSession reader = store.open(file, true)) {
				assertEquals(12, reader.ledger().getIssues().size());
			}
		} finally {
			child.destroyForcibly();
			assertTrue(child.waitFor(30, TimeUnit.SECONDS));
		}
		// The killed child could not release anything; the OS dropped its lock.
		try (LedgerSession writer = store.open(file, false)) {
			assertFalse(writer.isReadOnly());
		}
	}
}
