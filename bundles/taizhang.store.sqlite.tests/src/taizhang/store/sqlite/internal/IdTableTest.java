package taizhang.store.sqlite.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class IdTableTest {

	@Test
	void anIdKeepsTheFirstObjectPutUnderIt() {
		IdTable table = new IdTable(4);
		Object first = new Object();
		assertNull(table.putIfAbsent("M-1", first));
		assertSame(first, table.putIfAbsent(new String("M-1"), new Object()));
		assertSame(first, table.get("M-1"));
		assertEquals(1, table.size());
	}

	@Test
	void removingNeedsTheObjectUnlessNoneIsGiven() {
		IdTable table = new IdTable(4);
		Object issue = new Object();
		table.putIfAbsent("I-1", issue);
		table.remove("I-1", new Object());
		assertSame(issue, table.get("I-1"));
		table.remove("I-1", issue);
		assertNull(table.get("I-1"));
		table.putIfAbsent("I-2", issue);
		table.remove("I-2", null);
		assertNull(table.get("I-2"));
		assertEquals(0, table.size());
	}

	@Test
	void everyIdIsFoundAfterTheTableGrewAndLostEntries() {
		IdTable table = new IdTable(8);
		Object[] objects = new Object[20_000];
		for (int i = 0; i < objects.length; i++) {
			objects[i] = new Object();
			table.putIfAbsent("O-" + i, objects[i]);
		}
		for (int i = 0; i < objects.length; i += 2) {
			table.remove("O-" + i, objects[i]);
		}
		for (int i = 0; i < objects.length; i += 2) {
			table.putIfAbsent("O-" + i, objects[i]);
		}
		for (int i = 0; i < objects.length; i++) {
			assertSame(objects[i], table.get("O-" + i), "O-" + i);
		}
		assertNull(table.get("O-" + objects.length));
		assertEquals(objects.length, table.size());
	}
}
