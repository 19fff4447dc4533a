package taizhang.ledger.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The ascending order of the values a column has had, remembered between sorts: sorting 100,000 long
 * texts by the Chinese collator takes far longer than looking their places up. The values are
 * {@link Order#sortValue sort values}, immutable, so a remembered place can never go stale: an edited
 * cell simply has a value not met before, which is put in its place by a binary search when the
 * column is next sorted. Values no longer in any cell are dropped when a sort of most rows finds that
 * values have been put in between for as many rows as there are.
 * Thread-safe.
 */
public final class ColumnOrder {

	/** Below this many values a loop runs on one thread. */
	private static final int PARALLEL_THRESHOLD = 20_000;

	/** Distinct sort values, ascending by {@link Order#compareValues}. */
	private Object[] sorted = new Object[0];
	/**
	 * The place of each value in {@link #sorted}, in a slot of one number per value (aligned with
	 * {@link #sorted}), so that a value put in between renumbers the slots but needs no new lookups.
	 */
	private int[][] slots = new int[0][];
	private Map<Object, int[]> places = new HashMap<>();
	/** How many rows the values were last ordered afresh for, and how many values were put in between since. */
	private int rowsAtRebuild;
	private int inserted;
	/**
	 * The values of the last sort and their slots: sorting the same rows again (in the ledger's order, as
	 * each sort starts) finds most values the same objects in the same places, and their slots without a
	 * lookup. Not kept for a column whose values are made anew at each sort (names of units and people),
	 * which would only hold them in memory.
	 */
	private Object[] lastValues;
	private int[][] lastSlots;
	private boolean valuesMadeAnew;

	/**
	 * The rank of each of {@code values} (sort values, {@code null} for an empty cell) in ascending order:
	 * equal values share a rank, a smaller value has a smaller rank, empty cells rank last, as
	 * {@link #emptyRank()} (read under the same lock: synchronize on this order while using both).
	 */
	public synchronized int[] ranks(Object[] values) {
		int[][] found = new int[values.length][];
		Map<Object, int[]> index = places;
		Object[] last = lastValues != null && lastValues.length == values.length ? lastValues : null;
		int[][] lastFound = lastSlots;
		if (!index.isEmpty()) {
			parallelFor(values.length, i -> {
				Object value = values[i];
				found[i] = last != null && last[i] == value ? lastFound[i] : value == null ? null : index.get(value);
			});
		}
		// a slot for each value not met before, numbered once it has its place
		Map<Object, int[]> unseen = index.isEmpty() ? HashMap.newHashMap(values.length) : new HashMap<>();
		for (int i = 0; i < values.length; i++) {
			if (found[i] == null && values[i] != null) {
				found[i] = unseen.computeIfAbsent(values[i], value -> new int[1]);
			}
		}
		if (!unseen.isEmpty()) {
			// Many new values are ordered faster afresh, and values left over from edits are dropped then;
			// but not on a sort of a few rows (a filter), which would forget the values of the others.
			if (places.isEmpty()) {
				order(unseen, values.length);
			} else if (inserted + unseen.size() > rowsAtRebuild + 1024 && 2L * values.length >= rowsAtRebuild) {
				rebuild(values);
				parallelFor(values.length, i -> found[i] = values[i] == null ? null : places.get(values[i])); // slots made anew
			} else {
				insert(unseen);
			}
		}
		if (last != null && 2 * same(last, values) < values.length) {
			valuesMadeAnew = true;
		}
		lastValues = valuesMadeAnew ? null : values;
		lastSlots = valuesMadeAnew ? null : found;
		int[] ranks = new int[values.length];
		int empty = sorted.length;
		parallelFor(values.length, i -> ranks[i] = found[i] == null ? empty : found[i][0]);
		return ranks;
	}

	/** How many of {@code values} are the very objects of {@code last} in the same places. */
	private static int same(Object[] last, Object[] values) {
		int same = 0;
		for (int i = 0; i < values.length; i++) {
			if (last[i] == values[i]) {
				same++;
			}
		}
		return same;
	}

	/** The rank of an empty cell: one more than the greatest rank of a value. */
	public synchronized int emptyRank() {
		return sorted.length;
	}

	/** Forgets the values met before, which have grown too many, and orders {@code values} afresh. */
	private void rebuild(Object[] values) {
		Map<Object, int[]> distinct = new HashMap<>();
		for (Object value : values) {
			if (value != null) {
				distinct.putIfAbsent(value, new int[1]);
			}
		}
		order(distinct, values.length);
	}

	/** Orders {@code values} (with their slots), met in {@code rows} rows, as the only values known. */
	private void order(Map<Object, int[]> values, int rows) {
		Object[] distinct = new Object[values.size()];
		int[][] distinctSlots = new int[distinct.length][];
		int next = 0;
		for (Map.Entry<Object, int[]> entry : values.entrySet()) {
			distinct[next] = entry.getKey();
			distinctSlots[next++] = entry.getValue();
		}
		int[] order = sort(distinct);
		sorted = new Object[distinct.length];
		slots = new int[distinct.length][];
		for (int i = 0; i < order.length; i++) {
			sorted[i] = distinct[order[i]];
			slots[i] = distinctSlots[order[i]];
			slots[i][0] = i;
		}
		places = values;
		rowsAtRebuild = rows;
		inserted = 0;
	}

	/** Puts {@code unseen}, none of which is known yet, in their places among the known values. */
	private void insert(Map<Object, int[]> unseen) {
		Object[] values = unseen.keySet().toArray();
		Object[] fresh = new Object[values.length];
		int[] order = sort(values);
		for (int i = 0; i < order.length; i++) {
			fresh[i] = values[order[i]];
		}
		inserted += fresh.length;
		Object[] merged = new Object[sorted.length + fresh.length];
		int[][] mergedSlots = new int[merged.length][];
		int old = 0;
		int out = 0;
		for (Object value : fresh) {
			int found = Arrays.binarySearch(sorted, old, sorted.length, value, Order::compareValues);
			int place = found >= 0 ? found : -found - 1;
			System.arraycopy(sorted, old, merged, out, place - old);
			System.arraycopy(slots, old, mergedSlots, out, place - old);
			out += place - old;
			old = place;
			merged[out] = value;
			mergedSlots[out] = unseen.get(value);
			places.put(value, mergedSlots[out]);
			out++;
		}
		System.arraycopy(sorted, old, merged, out, sorted.length - old);
		System.arraycopy(slots, old, mergedSlots, out, sorted.length - old);
		sorted = merged;
		slots = mergedSlots;
		for (int i = 0; i < slots.length; i++) {
			slots[i][0] = i;
		}
	}

	/**
	 * Runs {@code body} for 0 to {@code count} - 1, on every processor when there are enough to share:
	 * for loops that only read the model and write their own slot of an array.
	 */
	public static void parallelFor(int count, IntConsumer body) {
		IntStream range = IntStream.range(0, count);
		(count < PARALLEL_THRESHOLD ? range : range.parallel()).forEach(body);
	}

	/**
	 * The positions of distinct {@code values} in ascending order; texts by their collation weights read
	 * once each rather than at every comparison.
	 */
	private static int[] sort(Object[] values) {
		if (!Arrays.stream(values).allMatch(value -> value instanceof String || value instanceof Order.Joined)) {
			return IntStream.range(0, values.length).boxed().sorted((a, b) -> Order.compareValues(values[a], values[b]))
					.mapToInt(Integer::intValue).toArray();
		}
		String[] texts = new String[values.length];
		for (int i = 0; i < values.length; i++) {
			texts[i] = values[i] instanceof Order.Joined joined ? joined.text() : (String) values[i];
		}
		return TextOrder.sort(texts);
	}
}
