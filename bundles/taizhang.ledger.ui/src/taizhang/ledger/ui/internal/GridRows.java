package taizhang.ledger.ui.internal;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.osgi.util.NLS;

import taizhang.core.time.TimeRules;
import taizhang.ledger.Grouping;
import taizhang.ledger.LedgerColumn;
import taizhang.ledger.LedgerColumns;
import taizhang.ledger.LedgerSort;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.WarningLevel;

/**
 * The grid's rows: the issues that pass the navigator's scope, the column filters and the search, in
 * sort order, optionally under group rows. Also the grid's sort model. No SWT: the grid refreshes its
 * layers after each change made here.
 * <p>
 * Cells are computed when painted, so 100,000 issues cost one list of references; filtering,
 * sorting and grouping walk the list once (plus the sort).
 */
final class GridRows implements IRowDataProvider<Object>, ISortModel {

	/** One sorted column; the first key sorts first. */
	record SortKey(int column, boolean descending) {
	}

	/** Stands for the {@code null} key (issues without county, warning …) in the collapsed set. */
	private static final Object NO_KEY = new Object();

	private Ledger ledger;
	private List<LedgerColumn> columns = List.of();
	private LocalDate asOf = LocalDate.now();
	private TimeRules rules = TimeRules.DEFAULT;
	private Predicate<Issue> scope;
	private String scopeName;
	private final Map<Integer, Predicate<Issue>> filters = new HashMap<>();
	private Predicate<Issue> search;
	private final List<SortKey> sort = new ArrayList<>();
	private Grouping grouping;
	private final Set<Object> collapsed = new HashSet<>();
	private final Map<Issue, WarningLevel> warnings = new IdentityHashMap<>();

	private List<Issue> issues = List.of();
	private List<Object> rows = List.of();
	private List<Issue> shownIssues;
	private int[] numbers;
	private Map<Object, Integer> positions;

	/** Shows {@code newLedger} (or nothing) with no scope, filter, search, sort or grouping. */
	void setLedger(Ledger newLedger, LocalDate day) {
		ledger = newLedger;
		asOf = day;
		rules = newLedger == null ? TimeRules.DEFAULT : LedgerColumns.rules(newLedger);
		columns = newLedger == null ? List.of() : List.copyOf(LedgerColumns.of(newLedger, day));
		scope = null;
		scopeName = null;
		filters.clear();
		search = null;
		sort.clear();
		grouping = null;
		collapsed.clear();
		refresh();
	}

	Ledger ledger() {
		return ledger;
	}

	/** The columns by index (the order of {@link LedgerColumns#of}). */
	List<LedgerColumn> columns() {
		return columns;
	}

	LedgerColumn column(int index) {
		return columns.get(index);
	}

	LocalDate asOf() {
		return asOf;
	}

	TimeRules rules() {
		return rules;
	}

	/** Re-evaluates warnings (and everything that depends on them) as of {@code day}. */
	void setAsOf(LocalDate day) {
		asOf = day;
		if (ledger != null) {
			columns = List.copyOf(LedgerColumns.of(ledger, day));
		}
		refresh();
	}

	/** Restricts the rows to {@code newScope} ({@code null}: the whole ledger), named for the user. */
	void setScope(Predicate<Issue> newScope, String name) {
		scope = newScope;
		scopeName = newScope == null ? null : name;
		refresh();
	}

	String scopeName() {
		return scopeName;
	}

	/** The column filters by column index; replaces all earlier ones. */
	void setFilters(Map<Integer, Predicate<Issue>> byColumn) {
		filters.clear();
		filters.putAll(byColumn);
		refresh();
	}

	boolean hasFilters() {
		return !filters.isEmpty() || search != null;
	}

	void setSearch(Predicate<Issue> matcher) {
		search = matcher;
		refresh();
	}

	Grouping grouping() {
		return grouping;
	}

	void setGrouping(Grouping newGrouping) {
		if (newGrouping != grouping) {
			collapsed.clear();
		}
		grouping = newGrouping;
		regroup();
	}

	/** Collapses an expanded group and expands a collapsed one. */
	void toggle(GroupRow group) {
		Object key = group.key() == null ? NO_KEY : group.key();
		if (!collapsed.remove(key)) {
			collapsed.add(key);
		}
		regroup();
	}

	/** Collapses ({@code true}) or expands every group. */
	void setAllCollapsed(boolean collapse) {
		collapsed.clear();
		if (collapse && grouping != null) {
			for (Object row : rows) {
				if (row instanceof GroupRow group) {
					collapsed.add(group.key() == null ? NO_KEY : group.key());
				}
			}
		}
		regroup();
	}

	/** Makes {@code issue} a row: lifts a scope, filter or search that hides it and expands its group. */
	void show(Issue issue) {
		if (indexOfRowObject(issue) >= 0) {
			return;
		}
		if (!issues.contains(issue)) {
			scope = null;
			scopeName = null;
			filters.clear();
			search = null;
			refresh();
		}
		if (grouping != null) {
			Object key = grouping.key(issue, asOf, rules);
			collapsed.remove(key == null ? NO_KEY : key);
			regroup();
		}
	}

	/** Filters, sorts and groups again: after a change of the ledger or of the criteria. */
	void refresh() {
		warnings.clear();
		List<Issue> source = ledger == null ? List.of() : ledger.getIssues();
		Predicate<Issue> test = criteria();
		List<Issue> result;
		if (test == null) {
			result = new ArrayList<>(source);
		} else {
			result = new ArrayList<>();
			for (Issue issue : source) {
				if (test.test(issue)) {
					result.add(issue);
				}
			}
		}
		if (!sort.isEmpty()) {
			List<LedgerSort.Key> keys = new ArrayList<>();
			for (SortKey key : sort) {
				keys.add(new LedgerSort.Key(columns.get(key.column()), key.descending()));
			}
			LedgerSort.sort(result, keys);
		}
		issues = result;
		regroup();
	}

	private Predicate<Issue> criteria() {
		List<Predicate<Issue>> tests = new ArrayList<>();
		if (scope != null) {
			tests.add(scope);
		}
		tests.addAll(filters.values());
		if (search != null) {
			tests.add(search);
		}
		if (tests.isEmpty()) {
			return null;
		}
		if (tests.size() == 1) {
			return tests.get(0);
		}
		List<Predicate<Issue>> all = List.copyOf(tests);
		return issue -> {
			for (Predicate<Issue> each : all) {
				if (!each.test(issue)) {
					return false;
				}
			}
			return true;
		};
	}

	private void regroup() {
		positions = null;
		shownIssues = null;
		numbers = null;
		if (grouping == null) {
			rows = Collections.unmodifiableList(issues);
			return;
		}
		// Buckets keep the sort order inside each group.
		Map<Object, List<Issue>> buckets = new LinkedHashMap<>();
		for (Issue issue : issues) {
			Object key = grouping.key(issue, asOf, rules);
			buckets.computeIfAbsent(key == null ? NO_KEY : key, k -> new ArrayList<>()).add(issue);
		}
		List<Object> keys = new ArrayList<>(buckets.keySet());
		keys.sort(groupOrder());
		List<Object> result = new ArrayList<>(issues.size() + keys.size());
		for (Object key : keys) {
			List<Issue> members = buckets.get(key);
			boolean closed = collapsed.contains(key);
			Object groupKey = key == NO_KEY ? null : key;
			String label = NLS.bind(closed ? Messages.Group_collapsed : Messages.Group_expanded, new Object[] {
					grouping.label(), grouping.keyLabel(groupKey), Integer.valueOf(members.size()) });
			result.add(new GroupRow(groupKey, label, members.size(), closed));
			if (!closed) {
				result.addAll(members);
			}
		}
		rows = result;
	}

	/** Groups in a meaningful order: by severity, by an enumeration's order, else by name; none last. */
	private Comparator<Object> groupOrder() {
		Collator collator = Collator.getInstance(Locale.CHINA);
		return (a, b) -> {
			if (a == b) {
				return 0;
			}
			if (a == NO_KEY || b == NO_KEY) {
				return a == NO_KEY ? 1 : -1;
			}
			if (a instanceof WarningLevel x && b instanceof WarningLevel y) {
				return Integer.compare(y.getValue(), x.getValue());
			}
			if (a instanceof Enumerator x && b instanceof Enumerator y) {
				return Integer.compare(x.getValue(), y.getValue());
			}
			return collator.compare(Objects.toString(grouping.keyLabel(a), ""), //$NON-NLS-1$
					Objects.toString(grouping.keyLabel(b), "")); //$NON-NLS-1$
		};
	}

	/** The issues that pass the criteria, in sort order, including those of collapsed groups. */
	List<Issue> issues() {
		return issues;
	}

	/** The rows: issues and, when grouped, group rows. */
	List<Object> rows() {
		return rows;
	}

	/** The issues shown as rows, in row order (no group rows): what clipboard blocks address. */
	List<Issue> shownIssues() {
		if (shownIssues == null) {
			if (grouping == null) {
				shownIssues = issues;
			} else {
				List<Issue> list = new ArrayList<>(rows.size());
				for (Object row : rows) {
					if (row instanceof Issue issue) {
						list.add(issue);
					}
				}
				shownIssues = list;
			}
		}
		return shownIssues;
	}

	/** The number of the row among the issue rows (1, 2, 3 …), 0 for a group row. */
	int number(int rowIndex) {
		if (grouping == null) {
			return rowIndex + 1;
		}
		if (numbers == null) {
			int[] result = new int[rows.size()];
			int number = 0;
			for (int i = 0; i < result.length; i++) {
				result[i] = rows.get(i) instanceof Issue ? ++number : 0;
			}
			numbers = result;
		}
		return rowIndex < numbers.length ? numbers[rowIndex] : 0;
	}

	/** The warning of {@code issue} as of the grid's day, remembered until the next refresh. */
	WarningLevel warning(Issue issue) {
		if (warnings.containsKey(issue)) {
			return warnings.get(issue);
		}
		WarningLevel level = rules.warningLevel(issue, asOf);
		warnings.put(issue, level);
		return level;
	}

	// IRowDataProvider

	@Override
	public Object getDataValue(int columnIndex, int rowIndex) {
		if (rowIndex < 0 || rowIndex >= rows.size()) {
			return null;
		}
		Object row = rows.get(rowIndex);
		if (row instanceof GroupRow group) {
			return group.label();
		}
		return columns.get(columnIndex).text((Issue) row);
	}

	@Override
	public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
		// Edits never come here: the grid turns them into commands on the command stack.
		throw new UnsupportedOperationException();
	}

	@Override
	public int getColumnCount() {
		return columns.size();
	}

	@Override
	public int getRowCount() {
		return rows.size();
	}

	@Override
	public Object getRowObject(int rowIndex) {
		return rows.get(rowIndex);
	}

	@Override
	public int indexOfRowObject(Object row) {
		if (positions == null) {
			// Built on the first lookup only: most changes are never searched.
			Map<Object, Integer> map = new IdentityHashMap<>(rows.size() * 2);
			for (int i = 0; i < rows.size(); i++) {
				map.put(rows.get(i), i);
			}
			positions = map;
		}
		return positions.getOrDefault(row, -1);
	}

	// ISortModel

	List<SortKey> sortKeys() {
		return List.copyOf(sort);
	}

	@Override
	public List<Integer> getSortedColumnIndexes() {
		List<Integer> indexes = new ArrayList<>();
		for (SortKey key : sort) {
			indexes.add(key.column());
		}
		return indexes;
	}

	@Override
	public boolean isColumnIndexSorted(int columnIndex) {
		return getSortOrder(columnIndex) >= 0;
	}

	@Override
	public SortDirectionEnum getSortDirection(int columnIndex) {
		for (SortKey key : sort) {
			if (key.column() == columnIndex) {
				return key.descending() ? SortDirectionEnum.DESC : SortDirectionEnum.ASC;
			}
		}
		return SortDirectionEnum.NONE;
	}

	@Override
	public int getSortOrder(int columnIndex) {
		for (int i = 0; i < sort.size(); i++) {
			if (sort.get(i).column() == columnIndex) {
				return i;
			}
		}
		return -1;
	}

	@Override
	@SuppressWarnings("rawtypes")
	public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
		return List.of(getColumnComparator(columnIndex));
	}

	@Override
	public Comparator<?> getColumnComparator(int columnIndex) {
		return columns.get(columnIndex).comparator();
	}

	@Override
	public void sort(int columnIndex, SortDirectionEnum direction, boolean accumulate) {
		int order = getSortOrder(columnIndex);
		if (!accumulate) {
			sort.clear();
			order = -1;
		}
		if (direction == SortDirectionEnum.NONE) {
			if (order >= 0) {
				sort.remove(order);
			}
		} else {
			SortKey key = new SortKey(columnIndex, direction == SortDirectionEnum.DESC);
			if (order >= 0) {
				sort.set(order, key);
			} else {
				sort.add(key);
			}
		}
		refresh();
	}

	@Override
	public void clear() {
		sort.clear();
		refresh();
	}
}
