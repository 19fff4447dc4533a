package taizhang.ledger.internal;

import java.math.BigDecimal;
import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

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
	static final int PREFIX = 64;

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
		return compareText(a, prefixKey(a), b, prefixKey(b));
	}

	/** As {@link #compareText(String, String)} for two different texts whose prefix keys are known. */
	static int compareText(String a, CollationKey aKey, String b, CollationKey bKey) {
		int order = aKey.compareTo(bKey);
		if (order == 0 && (a.length() > PREFIX || b.length() > PREFIX)) {
			order = collate(a, b);
		}
		return order != 0 ? order : a.compareTo(b);
	}

	/** Compares whole texts by the collator. */
	static int collate(String a, String b) {
		synchronized (COLLATOR) {
			return COLLATOR.compare(a, b);
		}
	}

	/** A collator of its own for the caller, which must not share it between threads. */
	static Collator collator() {
		synchronized (COLLATOR) {
			return (Collator) COLLATOR.clone();
		}
	}

	/** The first characters of {@code text}, by whose collation key {@link #compareText} orders texts first. */
	static String prefix(String text) {
		return text.length() <= PREFIX ? text : text.substring(0, PREFIX);
	}

	/** The collation key of the text's first characters, cached by the whole text (whose hash the JVM keeps). */
	private static CollationKey prefixKey(String text) {
		CollationKey key = KEYS.get(text);
		if (key == null) {
			if (KEYS.size() > CACHE_LIMIT) {
				KEYS.clear();
			}
			synchronized (COLLATOR) {
				key = COLLATOR.getCollationKey(prefix(text));
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
		if (a instanceof Joined j && b instanceof Joined k) {
			return compareText(j.text(), k.text());
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
		return compareRounds(a.getStartDate(), Cells.text(a), b.getStartDate(), Cells.text(b));
	}

	private static int compareRounds(LocalDate x, String xName, LocalDate y, String yName) {
		if (x != null && y != null && !x.equals(y)) {
			return x.compareTo(y);
		}
		if (x == null != (y == null)) {
			return x == null ? 1 : -1;
		}
		return compareText(xName, yName);
	}

	/**
	 * What a cell value is ordered by, frozen: an immutable value that {@link #compareValues} orders as the
	 * cell value, equal (by {@code equals}) exactly when it compares as equal, so that it can be remembered
	 * between sorts. Units and people become their names, a round its start and name, a number loses
	 * trailing zeros; {@code null} stays {@code null}.
	 */
	public static Object sortValue(Object value) {
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros();
		}
		if (value instanceof InspectionRound round) {
			return new RoundOrder(round.getStartDate(), Cells.text(round));
		}
		if (value == null || value instanceof Enumerator || value instanceof Joined
				|| value instanceof Comparable<?> && !(value instanceof EObject)) {
			return value; // texts, dates, whole numbers: immutable
		}
		return Cells.text(value);
	}

	/**
	 * A sort value for a text a column joins from parts (measures, reviews): ordered as the text, but
	 * equal by its parts, which are cheaper to gather and look up than the text is to join; the text is
	 * joined only when it must be compared.
	 */
	public static final class Joined {

		private final Object[] parts;
		private final Function<Object[], String> joiner;
		private final int hash;
		private String text;

		/** @param parts immutable values, {@code joiner} makes the text of them */
		public Joined(Object[] parts, Function<Object[], String> joiner) {
			this.parts = parts;
			this.joiner = joiner;
			this.hash = Arrays.hashCode(parts);
		}

		public String text() {
			if (text == null) {
				text = joiner.apply(parts);
			}
			return text;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Joined joined && hash == joined.hash && Arrays.equals(parts, joined.parts);
		}

		@Override
		public int hashCode() {
			return hash;
		}

		@Override
		public String toString() {
			return text();
		}
	}

	/** A round frozen for sorting. */
	private record RoundOrder(LocalDate start, String name) implements Comparable<RoundOrder> {

		@Override
		public int compareTo(RoundOrder other) {
			return compareRounds(start, name, other.start, other.name);
		}
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
