package taizhang.ledger.internal;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;

import taizhang.model.InspectionRound;
import taizhang.model.Issue;

/**
 * The order of cell values: Chinese text by pinyin (the collator of {@link Locale#CHINA}), everything
 * else by its natural order, empty cells last.
 */
public final class Order {

	/** Beyond this many cached keys the cache starts afresh, so that sorting long unique texts cannot hoard memory. */
	private static final int CACHE_LIMIT = 250_000;
	/** Texts are ordered by the collation key of their first characters, then by the full text. */
	private static final int PREFIX = 64;

	private static final Collator COLLATOR = Collator.getInstance(Locale.CHINA);
	private static final Map<String, CollationKey> KEYS = new ConcurrentHashMap<>();

	private Order() {
	}

	/**
	 * Compares texts the way a Chinese reader expects, without the collator's cost on repeated values:
	 * by the collation key of the first characters, then by the collator on the whole texts, then by
	 * their characters, which makes a consistent total order.
	 */
	public static int compareText(String a, String b) {
		if (a.equals(b)) {
			return 0;
		}
		int order = prefixKey(a).compareTo(prefixKey(b));
		if (order == 0 && (a.length() > PREFIX || b.length() > PREFIX)) {
			synchronized (COLLATOR) {
				order = COLLATOR.compare(a, b);
			}
		}
		return order != 0 ? order : a.compareTo(b);
	}

	/** The collation key of the text's first characters, cached by the whole text (whose hash the JVM keeps). */
	private static CollationKey prefixKey(String text) {
		CollationKey key = KEYS.get(text);
		if (key == null) {
			if (KEYS.size() > CACHE_LIMIT) {
				KEYS.clear();
			}
			String prefix = text.length() <= PREFIX ? text : text.substring(0, PREFIX);
			synchronized (COLLATOR) {
				key = COLLATOR.getCollationKey(prefix);
			}
			KEYS.put(text, key);
		}
		return key;
	}

	/** Compares two cell values of the same column; {@code null} (an empty cell) comes last. */
	public static int compareValues(Object a, Object b) {
		if (a == b) {
			return 0;
		}
		if (a == null) {
			return 1;
		}
		if (b == null) {
			return -1;
		}
		if (a instanceof String s && b instanceof String t) {
			return compareText(s, t);
		}
		if (a instanceof Enumerator e && b instanceof Enumerator f) {
			return Integer.compare(e.getValue(), f.getValue());
		}
		if (a instanceof InspectionRound r && b instanceof InspectionRound s) {
			return compareRounds(r, s);
		}
		if (a instanceof Comparable<?> && a.getClass() == b.getClass()) {
			return compareComparable(a, b);
		}
		return compareText(Cells.text(a), Cells.text(b)); // units, people, lists of units
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compareComparable(Object a, Object b) {
		return ((Comparable) a).compareTo(b);
	}

	/** Rounds in the order they took place, then by name. */
	private static int compareRounds(InspectionRound a, InspectionRound b) {
		LocalDate x = a.getStartDate();
		LocalDate y = b.getStartDate();
		if (x != null && y != null && !x.equals(y)) {
			return x.compareTo(y);
		}
		if (x == null != (y == null)) {
			return x == null ? 1 : -1;
		}
		return compareText(Cells.text(a), Cells.text(b));
	}

	/** The order of a column whose raw value {@code value} extracts. */
	public static Comparator<Issue> by(Function<Issue, ?> value) {
		return (a, b) -> compareValues(value.apply(a), value.apply(b));
	}

	/** Whether a value counts as an empty cell. */
	public static boolean isEmpty(Object value) {
		return value == null || value instanceof String s && s.isEmpty() || value instanceof List<?> l && l.isEmpty();
	}
}
