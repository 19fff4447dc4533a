package taizhang.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;

import taizhang.model.Issue;
import taizhang.model.Ledger;

/**
 * Free-text search across every text column, Chinese included, fast on 100,000 issues: keeps one
 * folded text per issue (lower case, full-width letters and digits as ASCII) and answers a query by
 * substring search. A query of several words separated by spaces finds the issues holding them all.
 * <p>
 * The texts are kept in ledger order, so that a query reads them in one sequential pass and the
 * matcher it returns only looks its issue up among the hits. Texts are made when the index is built
 * and for issues added later when a query meets them; after an edit, {@link #refresh(Issue)} (or
 * {@link #refreshAffected(Collection)} with a command's affected objects) brings the edited issues up
 * to date. Not thread-safe: use it from one thread, as the grid does.
 */
public final class SearchIndex {

	private static final char FIELD_SEPARATOR = '\n';

	private final Ledger ledger;
	private final List<LedgerColumn> columns = new ArrayList<>();
	private final List<Issue> issues = new ArrayList<>();
	private final List<String> texts = new ArrayList<>();
	private final Map<Issue, Integer> positions = new IdentityHashMap<>();

	public SearchIndex(Ledger ledger) {
		this.ledger = ledger;
		for (LedgerColumn column : LedgerColumns.of(ledger, LocalDate.now())) {
			if (column.type() != ColumnType.WARNING && column.type() != ColumnType.NUMBER
					&& column.type() != ColumnType.DATE && !column.id().equals(LedgerColumns.SIGN_OFF)) {
				columns.add(column);
			}
		}
		for (Issue issue : ledger.getIssues()) {
			add(issue);
		}
	}

	private void add(Issue issue) {
		positions.put(issue, issues.size());
		issues.add(issue);
		texts.add(textOf(issue));
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
		if (ledger.getIssues().size() > positions.size()) {
			for (Issue issue : ledger.getIssues()) {
				if (!positions.containsKey(issue)) {
					add(issue); // added since the index was built
				}
			}
		}
		String[] terms = words.toArray(String[]::new);
		Set<Issue> hits = Collections.newSetFromMap(new IdentityHashMap<>());
		for (int i = 0, n = texts.size(); i < n; i++) {
			if (holdsAll(texts.get(i), terms)) {
				hits.add(issues.get(i));
			}
		}
		return hits::contains;
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
		Integer position = positions.get(issue);
		if (issue.eContainer() == null) {
			if (position != null) {
				positions.remove(issue);
				texts.set(position, ""); //$NON-NLS-1$
			}
		} else if (position == null) {
			add(issue);
		} else {
			texts.set(position, textOf(issue));
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

	/** Forgets every text. */
	public void dispose() {
		issues.clear();
		texts.clear();
		positions.clear();
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
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			} else if (c == '\u3000') {
				c = ' ';
			}
			chars[i] = Character.toLowerCase(c);
		}
		return new String(chars);
	}
}
