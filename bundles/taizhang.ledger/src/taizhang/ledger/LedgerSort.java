package taizhang.ledger;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.BooleanSupplier;

import taizhang.ledger.internal.Column;
import taizhang.ledger.internal.ColumnOrder;
import taizhang.ledger.internal.Order;
import taizhang.model.Issue;

/**
 * Sorts rows by one or several columns in the order their {@link LedgerColumn#comparator()}s, chained,
 * would give (a descending key as {@code comparator().reversed()}), stable, but fast on 100,000 rows:
 * each cell value is read once per sort and looked up in the column's remembered order of values
 * ({@link ColumnOrder}), so that only values not met before are compared, instead of every value
 * at each of the sort's two million comparisons.
 */
public final class LedgerSort {

	/** One sort key: a column, ascending or descending. */
	public record Key(LedgerColumn column, boolean descending) {
	}

	/**
	 * The order of each column's values, remembered while the column is in use: its values are frozen
	 * copies, so an edit, undo or redo needs no notice, the next sort sees the new value.
	 */
	private static final Map<LedgerColumn, ColumnOrder> ORDERS = new WeakHashMap<>();

	private LedgerSort() {
	}

	/**
	 * Sorts {@code rows} in place by {@code keys}, the first the most significant. Call it on the thread
	 * that changes the ledger (the display's): a column may remember its values on the model for the next sort.
	 */
	public static void sort(List<Issue> rows, List<Key> keys) {
		int size = rows.size();
		if (keys.isEmpty() || size < 2) {
			return;
		}
		if (!keys.stream().allMatch(key -> key.column() instanceof Column)) {
			rows.sort(chained(keys)); // a column of another making is ordered only by its comparator
			return;
		}
		Issue[] issues = rows.toArray(Issue[]::new);
		int[][] ranks = new int[keys.size()][];
		int[] bits = new int[keys.size()];
		int total = bitsFor(size - 1);
		for (int k = 0; k < keys.size(); k++) {
			ranks[k] = ranks(issues, keys.get(k), true);
			bits[k] = bitsFor(Arrays.stream(ranks[k]).max().orElse(0));
			total += bits[k];
		}
		if (total <= Long.SIZE - 1) {
			// the ranks and the row's position packed into one number: a primitive sort, stable by the position
			long[] packed = new long[size];
			for (int i = 0; i < size; i++) {
				long value = 0;
				for (int k = 0; k < ranks.length; k++) {
					value = value << bits[k] | ranks[k][i];
				}
				packed[i] = value << bitsFor(size - 1) | i;
			}
			Arrays.sort(packed);
			long mask = (1L << bitsFor(size - 1)) - 1;
			for (int i = 0; i < size; i++) {
				rows.set(i, issues[(int) (packed[i] & mask)]);
			}
			return;
		}
		Integer[] order = new Integer[size];
		for (int i = 0; i < size; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> {
			for (int[] rank : ranks) {
				int difference = Integer.compare(rank[a], rank[b]);
				if (difference != 0) {
					return difference;
				}
			}
			return Integer.compare(a, b);
		});
		for (int i = 0; i < size; i++) {
			rows.set(i, issues[order[i]]);
		}
	}

	/**
	 * Orders the values of {@code columns} among {@code issues} ahead of the first sort by them, which then
	 * takes no longer than any other: for a thread in the background when a ledger opens. Gives up on a
	 * column whose issues change meanwhile (a later sort orders what is missing).
	 *
	 * @param stopped asked before each column: whether the ledger is no longer shown (closed, another
	 *            opened, the workbench closing), when the rest is left undone
	 */
	public static void prepare(Issue[] issues, List<LedgerColumn> columns, BooleanSupplier stopped) {
		for (LedgerColumn column : columns) {
			if (stopped.getAsBoolean()) {
				return;
			}
			if (column instanceof Column) {
				try {
					ranks(issues, new Key(column, false), false); // the model may change meanwhile: nothing is remembered on it
				} catch (RuntimeException e) {
					// the model changed under the background's feet: nothing is remembered wrongly, only less
				}
			}
		}
	}

	/** How many bits hold the numbers 0 to {@code max}. */
	private static int bitsFor(int max) {
		return Math.max(1, Integer.SIZE - Integer.numberOfLeadingZeros(max));
	}

	private static Comparator<Issue> chained(List<Key> keys) {
		Comparator<Issue> chained = null;
		for (Key key : keys) {
			Comparator<Issue> byColumn = key.descending() ? key.column().comparator().reversed() : key.column().comparator();
			chained = chained == null ? byColumn : chained.thenComparing(byColumn);
		}
		return chained;
	}

	/**
	 * The rank (0, 1, …) of each row's value among the values of the column: equal values share a rank,
	 * empty cells rank last (first when descending, as a reversed comparator has them).
	 *
	 * @param remember whether the column may remember values on the model: the caller is the thread that changes it
	 */
	private static int[] ranks(Issue[] issues, Key key, boolean remember) {
		Column column = (Column) key.column();
		Object[] values = new Object[issues.length];
		column.sortValues(issues, values, remember);
		ColumnOrder order;
		synchronized (ORDERS) {
			order = ORDERS.computeIfAbsent(column, c -> new ColumnOrder());
		}
		int[] ranks;
		int empty;
		synchronized (order) {
			ranks = order.ranks(values);
			empty = order.emptyRank();
		}
		if (key.descending()) {
			// the reverse order, empty cells first, as a reversed comparator gives
			for (int i = 0; i < ranks.length; i++) {
				ranks[i] = empty - ranks[i];
			}
		}
		return dense(ranks, empty);
	}

	/** The ranks renumbered 0, 1, … without gaps, keeping their order: fewer bits to pack. */
	private static int[] dense(int[] ranks, int max) {
		int[] renumbered = new int[max + 2];
		for (int rank : ranks) {
			renumbered[rank + 1] = 1;
		}
		for (int i = 1; i < renumbered.length; i++) {
			renumbered[i] += renumbered[i - 1];
		}
		for (int i = 0; i < ranks.length; i++) {
			ranks[i] = renumbered[ranks[i]];
		}
		return ranks;
	}
}
