package taizhang.store.sqlite.internal;

/**
 * Objects by id in one open-addressed table, as loading fills it: no entry object per id, so
 * registering hundreds of thousands of ids costs a store into two arrays and half the memory of a
 * HashMap. Not synchronized.
 */
final class IdTable {

	/** Marks a removed entry; compared by identity. */
	private static final String REMOVED = new String("removed"); //$NON-NLS-1$

	private String[] keys;
	/** Of Object: storing objects of many classes into a typed array makes the JIT guess. */
	private Object[] values;
	private int used;
	private int size;

	/** @param expected how many ids the table will likely hold */
	IdTable(int expected) {
		int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) * 2;
		keys = new String[capacity];
		values = new Object[capacity];
	}

	int size() {
		return size;
	}

	private static int slot(String id, int mask) {
		int h = id.hashCode();
		return (h ^ (h >>> 16)) & mask;
	}

	/** The object with this id, or null. */
	Object get(String id) {
		String[] k = keys;
		int mask = k.length - 1;
		for (int i = slot(id, mask);; i = (i + 1) & mask) {
			String key = k[i];
			if (key == null) {
				return null;
			}
			if (key != REMOVED && (key == id || key.equals(id))) {
				return values[i];
			}
		}
	}

	/** Adds {@code object} under {@code id} unless the id is there; returns the object already there, or null. */
	Object putIfAbsent(String id, Object object) {
		if (2 * (used + 1) > keys.length) {
			rehash(keys.length * (2 * size >= keys.length / 2 ? 2 : 1));
		}
		String[] k = keys;
		int mask = k.length - 1;
		int free = -1;
		int i = slot(id, mask);
		for (String key; (key = k[i]) != null; i = (i + 1) & mask) {
			if (key == REMOVED) {
				if (free < 0) {
					free = i;
				}
			} else if (key == id || key.equals(id)) {
				return values[i];
			}
		}
		if (free >= 0) {
			i = free;
		} else {
			used++;
		}
		k[i] = id;
		values[i] = object;
		size++;
		return null;
	}

	/** Removes the entry for {@code id} if it holds {@code object}, or whatever it holds if {@code object} is null. */
	void remove(String id, Object object) {
		String[] k = keys;
		int mask = k.length - 1;
		for (int i = slot(id, mask);; i = (i + 1) & mask) {
			String key = k[i];
			if (key == null) {
				return;
			}
			if (key != REMOVED && (key == id || key.equals(id))) {
				if (object == null || values[i] == object) {
					k[i] = REMOVED;
					values[i] = null;
					size--;
				}
				return;
			}
		}
	}

	private void rehash(int capacity) {
		String[] oldKeys = keys;
		Object[] oldValues = values;
		keys = new String[capacity];
		values = new Object[capacity];
		used = 0;
		size = 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != null && oldKeys[i] != REMOVED) {
				putIfAbsent(oldKeys[i], oldValues[i]);
			}
		}
	}
}
