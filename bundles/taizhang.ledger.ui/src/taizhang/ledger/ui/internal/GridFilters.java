package taizhang.ledger.ui.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.nebula.widgets.nattable.filterrow.IFilterStrategy;

import taizhang.ledger.ColumnFilters;
import taizhang.ledger.FilterResult;
import taizhang.model.Issue;

/**
 * The filter row's texts turned into the rows' column filters by {@link ColumnFilters}. A text that
 * does not parse filters nothing; its error is kept for the cell to show.
 */
final class GridFilters implements IFilterStrategy<Object> {

	private final GridRows rows;
	private final Runnable changed;
	private final Map<Integer, String> errors = new HashMap<>();

	/** {@code changed} runs after the rows were filtered anew. */
	GridFilters(GridRows rows, Runnable changed) {
		this.rows = rows;
		this.changed = changed;
	}

	@Override
	public void applyFilter(Map<Integer, Object> textsByColumn) {
		Map<Integer, Predicate<Issue>> predicates = new HashMap<>();
		errors.clear();
		textsByColumn.forEach((column, value) -> {
			String text = value == null ? "" : value.toString().trim(); //$NON-NLS-1$
			if (text.isEmpty() || column < 0 || column >= rows.getColumnCount()) {
				return;
			}
			FilterResult result = ColumnFilters.parse(rows.column(column), text);
			if (result.error() != null) {
				errors.put(column, result.error());
			} else {
				predicates.put(column, result.predicate());
			}
		});
		rows.setFilters(predicates);
		changed.run();
	}

	/** Why the filter text of the column (by index) does not parse, or {@code null}. */
	String error(int column) {
		return errors.get(column);
	}

	void clearErrors() {
		errors.clear();
	}
}
