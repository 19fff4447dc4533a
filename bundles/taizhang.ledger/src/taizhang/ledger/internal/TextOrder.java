package taizhang.ledger.internal;

import java.text.CollationElementIterator;
import java.text.CollationKey;
import java.text.Collator;
import java.text.RuleBasedCollator;
import java.util.Arrays;
import java.util.BitSet;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

/**
 * Many distinct texts compared as {@link Order#compareText} compares them, for sorting a whole column at
 * once, without a collation key for each: the Chinese collator takes some 25 µs a key, seconds for 100,000
 * texts. A collation key begins with the primary weights of the text's characters, and where those differ
 * they decide; so texts are compared first by their primary weights, read from a table of each character's
 * weights (asked of the collator once per character), and only texts whose weights are equal are compared
 * as {@link Order#compareText} does, by keys made for them alone. The order is the same, only found faster.
 * <p>
 * The texts are sorted by a three-way radix quicksort on their weights.
 * <p>
 * A character is looked up in the table only where the collator would weigh it alone: it starts no
 * contraction of the collator's rules and is neither a surrogate nor Thai or Lao (whose vowels the
 * collator reorders); a text with any other character has its weights from the collator.
 */
final class TextOrder {

	/** Below this many texts their weights are read on one thread. */
	private static final int PARALLEL_THRESHOLD = 10_000;
	/** As {@code RuleBasedCollator} offsets primary weights in a collation key, so that none is 0. */
	private static final int KEY_OFFSET = 1;

	/** The weights of each character, as they appear in collation keys: filled as characters are met. */
	private static final AtomicReferenceArray<char[]> WEIGHTS = new AtomicReferenceArray<>(Character.MAX_VALUE + 1);
	/** Marks a character whose weights depend on its neighbours (compared by identity). */
	private static final char[] NEIGHBOURLY = new char[0];
	/** Marks a text with a weight that wraps to 0 in its collation key (compared by identity). */
	private static final char[] WRAPPED = new char[0];

	static {
		for (int c = Character.MIN_SURROGATE; c <= Character.MAX_SURROGATE; c++) {
			WEIGHTS.set(c, NEIGHBOURLY);
		}
		for (int c = 0x0E00; c <= 0x0EFF; c++) {
			WEIGHTS.set(c, NEIGHBOURLY); // Thai and Lao
		}
		if (Order.collator() instanceof RuleBasedCollator rules) {
			contractions(rules.getRules()).stream().forEach(c -> WEIGHTS.set(c, NEIGHBOURLY));
		}
	}

	/**
	 * The one weight of each character that the collator weighs alone with exactly one (0 where unknown or
	 * not so): most characters, looked up without a memory barrier; a stale 0 only sends a reader the slow way.
	 */
	private static final char[] SINGLE = new char[Character.MAX_VALUE + 1];

	/** Below this many texts to order, a simple insertion sort is faster than partitioning. */
	private static final int INSERTION_SORT = 12;
	/** How many weights the sort compares at once: four of 16 bits in a number. */
	private static final int PACKED = 4;

	private final String[] texts;
	/**
	 * The primary weights of the texts' first characters, as their collation keys begin, one text after
	 * the other: text {@code i}'s from {@code bounds[i]} to {@code bounds[i + 1]}. In one array, because
	 * the sort reads them again and again, and so they are near each other.
	 */
	private char[] weights;
	private final int[] bounds;
	/** Collation keys of texts whose weights are equal to another's, and all their weights, made when needed. */
	private final CollationKey[] keys;
	private final char[][] allWeights;
	private final Collator collator = Order.collator();

	private TextOrder(String[] texts) {
		this.texts = texts;
		this.bounds = new int[texts.length + 1];
		this.keys = new CollationKey[texts.length];
		this.allWeights = new char[texts.length][];
	}

	/** The positions of distinct {@code texts} in the order of {@link Order#compareText}. */
	static int[] sort(String[] texts) {
		TextOrder order = new TextOrder(texts);
		if (!(order.collator instanceof RuleBasedCollator) || !order.weigh()) {
			return order.compared();
		}
		int[] positions = new int[texts.length];
		for (int i = 0; i < positions.length; i++) {
			positions[i] = i;
		}
		order.sort(positions, new long[positions.length], 0, positions.length, 0, false);
		return positions;
	}

	/**
	 * Reads the weights of the texts, shared among the processors in runs of texts when there are many.
	 * Returns whether they order the texts: not when one has U+FFFF, whose weight a collation key wraps to 0.
	 */
	private boolean weigh() {
		int chunks = texts.length < PARALLEL_THRESHOLD ? 1 : Runtime.getRuntime().availableProcessors();
		Weigher[] weighers = new Weigher[chunks];
		IntStream.range(0, chunks).parallel().forEach(chunk -> {
			Weigher weigher = new Weigher();
			int end = end(chunk, chunks);
			for (int i = end(chunk - 1, chunks); i < end; i++) {
				weigher.add(texts[i]);
				bounds[i + 1] = weigher.count;
			}
			weighers[chunk] = weigher;
		});
		int total = Arrays.stream(weighers).mapToInt(weigher -> weigher.count).sum();
		weights = chunks == 1 ? weighers[0].weights : new char[total];
		int offset = 0;
		for (int chunk = 0; chunk < chunks; chunk++) {
			Weigher weigher = weighers[chunk];
			if (chunks > 1) {
				System.arraycopy(weigher.weights, 0, weights, offset, weigher.count);
			}
			for (int i = end(chunk - 1, chunks); i < end(chunk, chunks); i++) {
				bounds[i + 1] += offset;
			}
			offset += weigher.count;
		}
		return Arrays.stream(weighers).noneMatch(weigher -> weigher.wrapped);
	}

	/** Where the run of texts {@code chunk} of {@code chunks} ends (-1: where the first begins). */
	private int end(int chunk, int chunks) {
		return (int) ((long) texts.length * (chunk + 1) / chunks);
	}

	/** The positions sorted by comparing the texts' keys, as {@link Order#compareText} does. */
	private int[] compared() {
		return IntStream.range(0, texts.length).boxed().sorted(this::compareTied).mapToInt(Integer::intValue).toArray();
	}

	/**
	 * Sorts {@code positions[from, to)}, whose texts have the same first {@code depth} weights, by their
	 * weights from {@code depth} on: a three-way radix quicksort, which reads the many weights that texts
	 * share at their beginnings (the same source, county, town) a few at a time, instead of at every
	 * comparison. {@code packed} holds, beside each position, its next {@link #PACKED} weights.
	 *
	 * @param packedNow whether {@code packed[from, to)} holds the weights from {@code depth} on already
	 */
	private void sort(int[] positions, long[] packed, int from, int to, int depth, boolean packedNow) {
		if (!packedNow) {
			for (int i = from; i < to; i++) {
				packed[i] = packed(positions[i], depth);
			}
		}
		while (to - from > INSERTION_SORT) {
			long pivot = median(packed[from], packed[(from + to) >>> 1], packed[to - 1]);
			int less = from;
			int greater = to;
			int i = from;
			while (i < greater) {
				int order = Long.compareUnsigned(packed[i], pivot);
				if (order < 0) {
					swap(positions, packed, less++, i++);
				} else if (order > 0) {
					swap(positions, packed, i, --greater);
				} else {
					i++;
				}
			}
			sort(positions, packed, from, less, depth, true);
			if ((pivot & 0xFFFF) != 0) {
				sort(positions, packed, less, greater, depth + PACKED, false);
			} else {
				tied(positions, less, greater); // the weights ended, the same throughout
			}
			from = greater;
		}
		for (int i = from + 1; i < to; i++) {
			for (int j = i; j > from && compare(positions[j - 1], positions[j], depth) > 0; j--) {
				swap(positions, packed, j - 1, j);
			}
		}
	}

	/**
	 * The weights {@code depth} to {@code depth + PACKED} of a text, 16 bits each, the first the highest;
	 * 0 beyond their end (no weight is 0): so numbers compared unsigned order as the weights do.
	 */
	private long packed(int position, int depth) {
		int start = bounds[position] + depth;
		int end = bounds[position + 1];
		long packed = 0;
		for (int i = start; i < start + PACKED; i++) {
			packed = packed << Character.SIZE | (i < end ? weights[i] : 0);
		}
		return packed;
	}

	/** Sorts texts whose weights are all equal by what {@link Order#compareText} compares next. */
	private void tied(int[] positions, int from, int to) {
		for (int i = from + 1; i < to; i++) {
			for (int j = i; j > from && compareTied(positions[j - 1], positions[j]) > 0; j--) {
				swap(positions, j - 1, j);
			}
		}
	}

	/** Compares two texts whose first {@code depth} weights are equal, as {@link Order#compareText} would. */
	private int compare(int a, int b, int depth) {
		for (int at = depth;; at += PACKED) {
			long x = packed(a, at);
			long y = packed(b, at);
			if (x != y) {
				return Long.compareUnsigned(x, y);
			}
			if ((x & 0xFFFF) == 0) {
				return compareTied(a, b);
			}
		}
	}

	/**
	 * As {@link Order#compareText}; but where that asks the collator about two long texts whose first
	 * characters compare equal, the primary weights of the whole texts are compared first: the collator
	 * decides by them wherever they differ (texts sharing a long beginning are common, as reviews listed in turn).
	 */
	private int compareTied(int a, int b) {
		String x = texts[a];
		String y = texts[b];
		// texts that begin with the same characters have the same key for them, not worth making
		boolean samePrefix = x.length() >= Order.PREFIX && y.length() >= Order.PREFIX
				&& x.regionMatches(0, y, 0, Order.PREFIX);
		int order = samePrefix ? 0 : key(a).compareTo(key(b));
		if (order == 0 && (x.length() > Order.PREFIX || y.length() > Order.PREFIX)) {
			char[] xWeights = allWeights(a);
			char[] yWeights = allWeights(b);
			order = xWeights == null || yWeights == null ? 0 : Arrays.compare(xWeights, yWeights);
			if (order == 0) {
				order = Order.collate(x, y);
			}
		}
		return order != 0 ? order : x.compareTo(y);
	}

	/** The primary weights of a whole text, made when needed; {@code null} when one wraps to 0 in a key. */
	private char[] allWeights(int i) {
		if (allWeights[i] == null) {
			Weigher weigher = new Weigher();
			weigher.add(texts[i], Integer.MAX_VALUE);
			allWeights[i] = weigher.wrapped ? WRAPPED : Arrays.copyOf(weigher.weights, weigher.count);
		}
		return allWeights[i] == WRAPPED ? null : allWeights[i];
	}

	private CollationKey key(int i) {
		if (keys[i] == null) {
			keys[i] = collator.getCollationKey(Order.prefix(texts[i]));
		}
		return keys[i];
	}

	/** The median of three numbers compared unsigned. */
	private static long median(long a, long b, long c) {
		long low = Long.compareUnsigned(a, b) < 0 ? a : b;
		long high = low == a ? b : a;
		if (Long.compareUnsigned(c, low) <= 0) {
			return low;
		}
		return Long.compareUnsigned(c, high) < 0 ? c : high;
	}

	private static void swap(int[] positions, int i, int j) {
		int swapped = positions[i];
		positions[i] = positions[j];
		positions[j] = swapped;
	}

	private static void swap(int[] positions, long[] packed, int i, int j) {
		swap(positions, i, j);
		long swapped = packed[i];
		packed[i] = packed[j];
		packed[j] = swapped;
	}

	/** Reads the primary weights of texts one after the other, on one thread, with a collator of its own. */
	static final class Weigher {

		private final RuleBasedCollator collator = (RuleBasedCollator) Order.collator();
		char[] weights = new char[1024];
		int count;
		/** Whether a text had a weight that wraps to 0 in its collation key. */
		boolean wrapped;

		/** Appends the primary weights of the first characters of {@code text}, as its collation key begins. */
		void add(String text) {
			add(text, Order.PREFIX);
		}

		/** Appends the primary weights of the first {@code limit} characters of {@code text}. */
		void add(String text, int limit) {
			int length = Math.min(text.length(), limit);
			int start = count;
			room(length); // one weight a character; more are made room for as they come
			for (int i = 0; i < length; i++) {
				char c = text.charAt(i);
				char single = SINGLE[c];
				if (single != 0) {
					weights[count++] = single;
					continue;
				}
				char[] own = WEIGHTS.get(c);
				if (own == null) {
					own = learn(c, collator);
				}
				if (own == NEIGHBOURLY) {
					count = start;
					String weighed = weigh(text.substring(0, length), collator, new StringBuilder()).toString();
					room(weighed.length() + 1);
					weighed.getChars(0, weighed.length(), weights, count);
					count += weighed.length();
					return;
				}
				room(own.length + length - i);
				for (char weight : own) {
					weights[count++] = weight;
					wrapped |= weight == 0;
				}
			}
		}

		private void room(int more) {
			if (count + more > weights.length) {
				weights = Arrays.copyOf(weights, Math.max(2 * weights.length, count + more));
			}
		}
	}

	/** Asks the collator for the weights of a character not met before. */
	private static char[] learn(char c, RuleBasedCollator rules) {
		char[] own = weigh(String.valueOf(c), rules, new StringBuilder()).toString().toCharArray();
		if (own.length == 1 && own[0] != 0) {
			SINGLE[c] = own[0];
		}
		WEIGHTS.compareAndSet(c, null, own);
		return own;
	}

	/** Appends the primary weights the collator gives {@code text}, as {@code getCollationKey} does. */
	private static StringBuilder weigh(String text, RuleBasedCollator rules, StringBuilder weights) {
		CollationElementIterator elements = rules.getCollationElementIterator(text);
		for (int element = elements.next(); element != CollationElementIterator.NULLORDER; element = elements.next()) {
			int primary = CollationElementIterator.primaryOrder(element);
			if (primary != 0) {
				weights.append((char) (primary + KEY_OFFSET));
			}
		}
		return weights;
	}

	/**
	 * The characters of the contractions in {@code rules} (entries of several characters that are not a
	 * reset), which the collator weighs together with their neighbours. Read as {@code RuleBasedCollator}
	 * reads its rules: relations {@code < ; , =}, resets {@code &}, quotes, {@code /} before an expansion.
	 */
	static BitSet contractions(String rules) {
		BitSet characters = new BitSet();
		StringBuilder entry = new StringBuilder();
		boolean reset = false;
		boolean inEntry = true;
		boolean quoted = false;
		for (int i = 0; i <= rules.length(); i++) {
			char c = i < rules.length() ? rules.charAt(i) : '<';
			if (quoted) {
				if (c == '\'') {
					quoted = false;
				} else if (inEntry) {
					entry.append(c);
				}
				continue;
			}
			switch (c) {
			case '<', ';', ',', '=', '&' -> {
				if (!reset && entry.length() > 1) {
					entry.chars().forEach(characters::set);
				}
				entry.setLength(0);
				reset = c == '&';
				inEntry = true;
			}
			case '/' -> inEntry = false;
			case '\'' -> {
				quoted = true;
				if (++i < rules.length() && inEntry) {
					entry.append(rules.charAt(i)); // the character after a quote is always literal
				}
			}
			case ' ', '\t', '\n', '\f', '\r' -> {
				// spacing between entries
			}
			default -> {
				if (inEntry) {
					entry.append(c);
				}
			}
			}
		}
		return characters;
	}
}
