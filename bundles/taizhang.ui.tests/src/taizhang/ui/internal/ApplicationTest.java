package taizhang.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ApplicationTest {

	@Test
	void lastLedgerArgumentIsOpened() {
		Optional<Path> ledger = Application.ledgerArgument(
				new String[] { "-clearPersistedState", "/tmp/a.taizhang", "-foo", "/tmp/b.taizhang" });
		assertEquals(Path.of("/tmp/b.taizhang"), ledger.orElseThrow());
	}

	@Test
	void relativeLedgerArgumentIsMadeAbsolute() {
		assertTrue(Application.ledgerArgument(new String[] { "x.taizhang" }).orElseThrow().isAbsolute());
	}

	@Test
	void noLedgerArgumentMeansNone() {
		assertTrue(Application.ledgerArgument(new String[] { "-nl", "zh" }).isEmpty());
		assertTrue(Application.ledgerArgument(null).isEmpty());
	}
}
