package taizhang.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.eclipse.emf.ecore.EObject;

import taizhang.model.Issue;
import taizhang.model.Ledger;

/**
 * Free-text search across every text column, Chinese included, fast on 100,000 issues: keeps one
 * folded text per issue (lower case, full-width letters and digits as ASCII) and answers a query by
 * substring search. A query of several words separated by spaces finds the issues holding them all.
 * <p>
 * The texts are kept in ledger order, so that a query reads them in one sequential pass and the
 * matcher it returns only looks its issue up among the hits. {@link #SearchIndex(Ledger)} makes every
 * text before it returns; {@link #start(Ledger, Executor)} returns at once and makes them in the
 * background, and a query asked meanwhile makes the texts still missing itself, so its answer is never
 * short of an issue. Texts of issues added later are made when a query meets them; after an edit,
 * {@link #refresh(Issue)} (or {@link #refreshAffected(Collection)} with a command's affected objects)
 * brings the edited issues up to date, also while the background is still at work. Apart from that
 * background work, use it from one thread, as the grid does.
 */
public final class SearchIndex {

	private static final char FIELD_SEPARATOR = '\n';
	/** Below this many issues the texts are made on one thread. */
	private static final int PARALLEL_THRESHOLD = 5_000;

	private final Ledger ledger;
	private final List<LedgerColumn> columns = new ArrayList<>();
	/** The issues of the ledger when the index was made, and their texts, {@code null} while not made yet. */
	private final Issue[] initial;
	private final AtomicReferenceArray<String> initialTexts;
	/** Issues met later, and their texts: only the owner thread touches these. */
	private final List<Issue> added = new ArrayList<>();
	private final List<String> addedTexts = new ArrayList<>();
	/**
	 * The position of every issue: initial ones first, then the added ones. Made at first use, not as
	 * the index is made: that is on the UI thread while a large ledger opens.
	 */
	private Map<Issue, Integer> positions;
	private volatile boolean complete;
	private volatile boolean disposed;

	/** Makes the index of {@code ledger}, every text at once. */
	public SearchIndex(Ledger ledger) {
		this(ledger, ledger.getIssues().toArray(Issue[]::new));
		fill();
	}

	private SearchIndex(Ledger ledger, Issue[] issues) {
		this.ledger = ledger;
		for (LedgerColumn column : LedgerColumns.of(ledger, LocalDate.now())) {
			if (column.type() != ColumnType.WARNING && column.type() != ColumnType.NUMBER
					&& column.type() != ColumnType.DATE && !column.id().equals(LedgerColumns.SIGN_OFF)) {
				columns.add(column);
			}
		}
		initial = issues;
		initialTexts = new AtomicReferenceArray<>(initial.length);
	}

	private Map<Issue, Integer> positions() {
		if (positions == null) {
			positions = new IdentityHashMap<>(initial.length);
			for (int i = 0; i < initial.length; i++) {
				positions.put(initial[i], i);
			}
		}
		return positions;
	}

	/**
	 * An index of {@code ledger} whose texts {@code executor} makes in the background; it answers queries
	 * at once, correctly, making what is missing itself (slower until the background is done). Call from
	 * the thread that will use the index, while the ledger is not being changed.
	 */
	public static SearchIndex start(Ledger ledger, Executor executor) {
		SearchIndex index = new SearchIndex(ledger, ledger.getIssues().toArray(Issue[]::new));
		executor.execute(index::fill);
		return index;
	}

	/** Whether every text of the issues the index started with has been made. */
	public boolean isComplete() {
		return complete;
	}

	/** Makes the missing texts, on as many threads as there are processors for a large ledger. */
	private void fill() {
		int chunks = initial.length < PARALLEL_THRESHOLD ? 1 : Runtime.getRuntime().availableProcessors();
		IntStream.range(0, chunks).parallel().forEach(chunk -> {
			for (int i = chunk; i < initial.length && !disposed; i += chunks) {
				if (initialTexts.get(i) == null) {
					try {
						initialTexts.compareAndSet(i, null, textOf(initial[i]));
					} catch (RuntimeException e) {
						// the issue changed under the background's feet: the owner thread makes its text when needed
					}
				}
			}
		});
		complete = !disposed;
	}

	/**
	 * Accepts the issues whose text holds every word of {@code query}; all issues for a blank query. The
	 * matcher answers for the texts as they are now: ask for a new one after a refresh.
	 */
	public Predicate<Issue> matcher(String query) {
		List<String> words = new ArrayList<>();
		for (String word : fold(query == null ? "" : query).split("\\s+")) { //$NON-NLS-1$ //$NON-NLS-2$
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		if (words.isEmpty()) {
			return issue -> true;
		}
		if (ledger.getIssues().size() > positions().size()) {
			for (Issue issue : ledger.getIssues()) {
				if (!positions().containsKey(issue)) {
					add(issue); // added since the index was made
				}
			}
		}
		String[] terms = words.toArray(String[]::new);
		Set<Issue> hits = Collections.newSetFromMap(new IdentityHashMap<>());
		for (int i = 0; i < initial.length; i++) {
			String text = initialTexts.get(i);
			if (text == null) {
				// not made by the background (yet): made here, the same text the background would make
				text = textOf(initial[i]);
				if (!initialTexts.compareAndSet(i, null, text)) {
					text = initialTexts.get(i);
				}
			}
			if (text != null && holdsAll(text, terms)) {
				hits.add(initial[i]);
			}
		}
		for (int i = 0, n = added.size(); i < n; i++) {
			if (holdsAll(addedTexts.get(i), terms)) {
				hits.add(added.get(i));
			}
		}
		return hits::contains;
	}

	private void add(Issue issue) {
		positions().put(issue, initial.length + added.size());
		added.add(issue);
		addedTexts.add(textOf(issue));
	}

	private static boolean holdsAll(String text, String[] terms) {
		for (String term : terms) {
			if (!text.contains(term)) {
				return false;
			}
		}
		return true;
	}

	/** Makes the text of {@code issue} anew, or forgets the issue when it left the ledger. */
	public void refresh(Issue issue) {
		Integer position = positions().get(issue);
		if (issue.eContainer() == null) {
			if (position != null) {
				positions().remove(issue);
				set(position, ""); //$NON-NLS-1$
			}
		} else if (position == null) {
			add(issue);
		} else {
			set(position, textOf(issue));
		}
	}

	private void set(int position, String text) {
		if (position < initial.length) {
			initialTexts.set(position, text);
		} else {
			addedTexts.set(position - initial.length, text);
		}
	}

	/**
	 * Refreshes the issues that contain any of {@code objects}, e.g. the affected objects of a command
	 * just executed, undone or redone.
	 */
	public void refreshAffected(Collection<?> objects) {
		for (Object object : objects) {
			for (EObject o = object instanceof EObject e ? e : null; o != null; o = o.eContainer()) {
				if (o instanceof Issue issue) {
					refresh(issue);
					break;
				}
			}
		}
	}

	/** Forgets every text and stops the background. */
	public void dispose() {
		disposed = true;
		for (int i = 0; i < initial.length; i++) {
			initialTexts.set(i, ""); //$NON-NLS-1$
		}
		added.clear();
		addedTexts.clear();
		positions = null;
	}

	private String textOf(Issue issue) {
		StringBuilder text = new StringBuilder(256);
		for (LedgerColumn column : columns) {
			String cell = column.text(issue);
			if (!cell.isEmpty()) {
				text.append(cell).append(FIELD_SEPARATOR);
			}
		}
		return fold(text);
	}

	/** Lower case, with full-width ASCII forms and the ideographic space folded to ASCII. */
	private static String fold(CharSequence text) {
		char[] chars = new char[text.length()];
		for (int i = 0; i < chars.length; i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				if (c >= 'A' && c <= 'Z') {
					c += 'a' - 'A';
				}
			} else if (c >= '\u4E00' && c <= '\u9FFF') {
				// a Chinese character has no case: the common case, kept cheap
			} else {
				if (c >= '\uFF01' && c <= '\uFF5E') {
					c = (char) (c - 0xFEE0);
				} else if (c == '\u3000') {
					c = ' ';
				}
				c = Character.toLowerCase(c);
			}
			chars[i] = c;
		}
		return new String(chars);
	}
}
