package taizhang.ui.internal.table;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;

import taizhang.model.Issue;

/**
 * The table's rows: a list of issues, with each cell computed when it is painted. Nothing is made
 * per row, so 100,000 issues scroll like 100.
 */
final class IssueRowDataProvider implements IRowDataProvider<Issue> {

	private static final IssueColumn[] COLUMNS = IssueColumn.values();

	private List<Issue> rows = List.of();
	private Map<Issue, Integer> positions;

	void setRows(List<Issue> rows) {
		this.rows = rows;
		this.positions = null;
	}

	List<Issue> rows() {
		return rows;
	}

	@Override
	public Object getDataValue(int columnIndex, int rowIndex) {
		if (rowIndex < 0 || rowIndex >= rows.size()) {
			return null;
		}
		return COLUMNS[columnIndex].value(rows.get(rowIndex));
	}

	@Override
	public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
		throw new UnsupportedOperationException("The ledger table is read-only"); //$NON-NLS-1$
	}

	@Override
	public int getColumnCount() {
		return COLUMNS.length;
	}

	@Override
	public int getRowCount() {
		return rows.size();
	}

	@Override
	public Issue getRowObject(int rowIndex) {
		return rows.get(rowIndex);
	}

	@Override
	public int indexOfRowObject(Issue issue) {
		if (positions == null) {
			// Built on the first lookup only: most filters are never searched.
			Map<Issue, Integer> map = new IdentityHashMap<>(rows.size() * 2);
			for (int i = 0; i < rows.size(); i++) {
				map.put(rows.get(i), i);
			}
			positions = map;
		}
		return positions.getOrDefault(issue, -1);
	}
}
