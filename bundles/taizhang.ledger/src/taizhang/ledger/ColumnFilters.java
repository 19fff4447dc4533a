package taizhang.ledger;

/**
 * Per-column filter text → predicate. Understands dates (2024, 2024-03, &gt;=2024-03-01, &lt;2024-06,
 * 2024-01..2024-06), numbers (&gt;3, 1..5), choices by Chinese or English label (contains), text
 * (contains, case-insensitive), and 空 / empty.
 */
public final class ColumnFilters {

	private ColumnFilters() {
	}

	public static FilterResult parse(LedgerColumn column, String expression) {
		throw new UnsupportedOperationException();
	}
}
