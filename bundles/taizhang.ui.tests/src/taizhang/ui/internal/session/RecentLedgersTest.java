package taizhang.ui.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.Test;

class RecentLedgersTest {

	private final RecentLedgers recent = new RecentLedgers(
			InstanceScope.INSTANCE.getNode("taizhang.ui.tests").node("recent-" + System.nanoTime()));

	@Test
	void newestLedgerComesFirstAndIsReopenedNextTime() {
		recent.add(Path.of("/data/a.taizhang"));
		recent.add(Path.of("/data/b.taizhang"));
		assertEquals(List.of(Path.of("/data/b.taizhang"), Path.of("/data/a.taizhang")), recent.list());
		assertEquals(Path.of("/data/b.taizhang"), recent.last().orElseThrow());
	}

	@Test
	void reopeningALedgerMovesItToTheFrontWithoutDuplicates() {
		recent.add(Path.of("/data/a.taizhang"));
		recent.add(Path.of("/data/b.taizhang"));
		recent.add(Path.of("/data/a.taizhang"));
		assertEquals(List.of(Path.of("/data/a.taizhang"), Path.of("/data/b.taizhang")), recent.list());
	}

	@Test
	void onlyTheLastEightAreKept() {
		for (int i = 1; i <= 10; i++) {
			recent.add(Path.of("/data/" + i + ".taizhang"));
		}
		List<Path> list = recent.list();
		assertEquals(RecentLedgers.MAX, list.size());
		assertEquals(Path.of("/data/10.taizhang"), list.get(0));
		assertEquals(Path.of("/data/3.taizhang"), list.get(7));
	}

	@Test
	void removedLedgerIsNoLongerListed() {
		recent.add(Path.of("/data/a.taizhang"));
		recent.add(Path.of("/data/b.taizhang"));
		recent.remove(Path.of("/data/b.taizhang"));
		assertEquals(List.of(Path.of("/data/a.taizhang")), recent.list());
	}
}
