package taizhang.ledger.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.command.AbstractLayerCommandHandler;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.copy.command.CopyDataToClipboardCommand;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.coordinate.Range;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.action.KeyEditAction;
import org.eclipse.nebula.widgets.nattable.edit.config.DefaultEditConfiguration;
import org.eclipse.nebula.widgets.nattable.filterrow.FilterRowHeaderComposite;
import org.eclipse.nebula.widgets.nattable.filterrow.FilterRowTextCellEditor;
import org.eclipse.nebula.widgets.nattable.freeze.CompositeFreezeLayer;
import org.eclipse.nebula.widgets.nattable.freeze.FreezeHelper;
import org.eclipse.nebula.widgets.nattable.freeze.FreezeLayer;
import org.eclipse.nebula.widgets.nattable.freeze.command.UnFreezeGridCommand;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.hideshow.ColumnHideShowLayer;
import org.eclipse.nebula.widgets.nattable.layer.AbstractIndexLayerTransform;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.IUniqueIndexLayer;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.layer.cell.LayerCell;
import org.eclipse.nebula.widgets.nattable.layer.event.RowStructuralRefreshEvent;
import org.eclipse.nebula.widgets.nattable.reorder.ColumnReorderLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.config.DefaultSelectionLayerConfiguration;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.action.SortColumnAction;
import org.eclipse.nebula.widgets.nattable.sort.config.DefaultSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.tooltip.NatTableContentTooltip;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.sort.event.ColumnHeaderClickEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.LetterOrDigitKeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import taizhang.ledger.ColumnType;
import taizhang.ledger.LedgerColumn;
import taizhang.model.Issue;
import taizhang.model.WarningLevel;

/**
 * The grid's NatTable, built in one place: body (rows → column reorder → hide/show → group-row
 * spans → selection → viewport, with frozen columns), column header (titles → sort → filter row),
 * row header and corner. The grid part drives it through the methods here.
 */
final class GridTable {

	/** What the grid part does for the table. */
	interface Host extends GridEditing.Commit {

		boolean isReadOnly();

		/** Why the last edit of this cell was refused, or {@code null}. */
		String refusal(Issue issue, LedgerColumn column);

		/** Shows (or with {@code null} clears) a message about the last action. */
		void status(String message);

		/** Double-click or Alt+Enter on a row. */
		void open(int rowPosition);

		/** Copies the selected cells (NatTable's own copy key goes here too). */
		void copy();

		/** The filter row changed the rows: repaint and update what depends on them. */
		void filtered();
	}

	static final int ROW_HEIGHT = 24;

	final GridRows rows;
	final GridFilters filters;
	final DataLayer body;
	final ColumnReorderLayer reorder;
	final ColumnHideShowLayer hideShow;
	final SelectionLayer selection;
	final ViewportLayer viewport;
	final FreezeLayer freeze;
	final CompositeFreezeLayer frozen;
	final DataLayer columnHeaderData;
	final FilterRowHeaderComposite<Object> columnHeader;
	final NatTable natTable;

	GridTable(Composite parent, GridRows rows, Host host) {
		this.rows = rows;
		ConfigRegistry registry = new ConfigRegistry();

		body = new DataLayer(rows);
		body.setDefaultRowHeight(ROW_HEIGHT);
		List<LedgerColumn> columns = rows.columns();
		for (int index = 0; index < columns.size(); index++) {
			body.setColumnWidthByPosition(index, columns.get(index).defaultWidth());
		}
		body.setConfigLabelAccumulator((labels, column, row) -> labelCell(labels, column, row, host));
		GridEditing.handleUpdates(body, rows, host);
		reorder = new ColumnReorderLayer(body);
		hideShow = new ColumnHideShowLayer(reorder);
		GroupSpans spans = new GroupSpans(hideShow, rows);
		selection = new SelectionLayer(spans, false);
		selection.addConfiguration(new SelectionConfiguration());
		selection.registerCommandHandler(new CopyHandler(host));
		viewport = new ViewportLayer(selection);
		freeze = new FreezeLayer(selection);
		frozen = new CompositeFreezeLayer(freeze, viewport, selection);

		IDataProvider headers = new HeaderData(rows);
		columnHeaderData = new DataLayer(headers);
		columnHeaderData.setDefaultRowHeight(ROW_HEIGHT + 4);
		ColumnHeaderLayer titles = new ColumnHeaderLayer(columnHeaderData, frozen, selection);
		SortHeaderLayer<Object> sorted = new SortHeaderLayer<>(titles, rows, false);
		sorted.addConfiguration(new SortConfiguration());
		filters = new GridFilters(rows, host::filtered);
		columnHeader = new FilterRowHeaderComposite<>(filters, sorted, headers, registry);
		columnHeader.getFilterRowDataLayer().setDefaultRowHeight(ROW_HEIGHT);
		columnHeader.getFilterRowDataLayer().setConfigLabelAccumulator((labels, column, row) -> {
			int index = columnHeader.getFilterRowDataLayer().getColumnIndexByPosition(column);
			if (filters.error(index) != null) {
				labels.addLabelOnTop(GridStyle.FILTER_ERROR);
			}
		});

		IDataProvider rowNumbers = new RowNumbers(rows);
		DataLayer rowHeaderData = new DataLayer(rowNumbers, 56, ROW_HEIGHT);
		RowHeaderLayer rowHeader = new RowHeaderLayer(rowHeaderData, frozen, selection);
		CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headers, rowNumbers)),
				rowHeader, columnHeader);
		GridLayer grid = new GridLayer(frozen, columnHeader, rowHeader, corner, false);
		grid.addConfiguration(new DefaultEditConfiguration());

		natTable = new NatTable(parent,
				SWT.NO_BACKGROUND | SWT.NO_REDRAW_RESIZE | SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL, grid,
				false);
		natTable.setConfigRegistry(registry);
		natTable.addConfiguration(GridStyle.table());
		natTable.addConfiguration(GridStyle.labels(() -> frozenColumns() > 0));
		natTable.addConfiguration(new GridEditing(rows, host::status));
		natTable.addConfiguration(new Bindings(host));
		natTable.addConfiguration(new FilterRowEditing());
		natTable.configure();
		new ToolTips(natTable, this, host);
	}

	/** The labels of a body cell, which choose its style, painter and editor. */
	private void labelCell(LabelStack labels, int column, int row,
			Host host) {
		if (row < 0 || row >= rows.getRowCount() || column < 0 || column >= rows.getColumnCount()) {
			return;
		}
		Object object = rows.getRowObject(row);
		if (!(object instanceof Issue issue)) {
			labels.addLabelOnTop(GridStyle.GROUP);
			return;
		}
		LedgerColumn ledgerColumn = rows.column(column);
		labels.addLabel(GridEditing.columnLabel(column));
		labels.addLabel(GridStyle.typeLabel(ledgerColumn.type()));
		if (ledgerColumn.centered()) {
			labels.addLabel(GridStyle.CENTERED);
		}
		if (ledgerColumn.isEditable() && !host.isReadOnly()) {
			labels.addLabel(GridStyle.EDITABLE);
		}
		WarningLevel level = rows.warning(issue);
		if (level != null) {
			labels.addLabel(GridStyle.warningLabel(level));
		}
		if (ledgerColumn.type() == ColumnType.WARNING) {
			labels.addLabelOnTop(GridStyle.LIGHT);
		}
		if (host.refusal(issue, ledgerColumn) != null) {
			labels.addLabelOnTop(GridStyle.REFUSED);
		}
	}

	/** Tells the layers that the rows changed (filtered, sorted, grouped, edited) and repaints. */
	void refresh() {
		body.fireLayerEvent(new RowStructuralRefreshEvent(body));
	}

	/** The columns shown, in their shown order (what a copied or pasted block addresses). */
	List<LedgerColumn> visibleColumns() {
		List<LedgerColumn> visible = new ArrayList<>();
		for (int position = 0; position < selection.getColumnCount(); position++) {
			visible.add(rows.column(selection.getColumnIndexByPosition(position)));
		}
		return visible;
	}

	/** The column index at a shown position. */
	int columnIndex(int position) {
		return selection.getColumnIndexByPosition(position);
	}

	/**
	 * The selection's anchor (column position, row position), or {@code null}: a copy, since the
	 * selection layer moves its own anchor (a refresh of the rows resets it to -1, -1).
	 */
	PositionCoordinate anchor() {
		PositionCoordinate anchor = selection.getSelectionAnchor();
		if (anchor == null || anchor.columnPosition < 0 || anchor.rowPosition < 0
				|| anchor.rowPosition >= rows.getRowCount()) {
			return null;
		}
		return new PositionCoordinate(anchor);
	}

	/** The rows that hold a selected cell, in row order. */
	List<Integer> selectedRowPositions() {
		List<Integer> positions = new ArrayList<>();
		List<Range> ranges = new ArrayList<>(selection.getSelectedRowPositions());
		ranges.sort((a, b) -> Integer.compare(a.start, b.start));
		for (Range range : ranges) {
			for (int row = range.start; row < range.end && row < rows.getRowCount(); row++) {
				positions.add(row);
			}
		}
		return positions;
	}

	/** The issues of the rows that hold a selected cell, in row order. */
	List<Issue> selectedIssues() {
		List<Issue> issues = new ArrayList<>();
		for (int row : selectedRowPositions()) {
			if (rows.getRowObject(row) instanceof Issue issue) {
				issues.add(issue);
			}
		}
		return issues;
	}

	/** The shown column positions that hold a selected cell, ascending. */
	int[] selectedColumnPositions() {
		int[] positions = selection.getSelectedColumnPositions();
		Arrays.sort(positions);
		return positions;
	}

	/** The number of frozen columns at the left, 0 when none. */
	int frozenColumns() {
		if (!freeze.isFrozen() || freeze.getTopLeftPosition().columnPosition != 0) {
			return 0;
		}
		return Math.max(0, freeze.getBottomRightPosition().columnPosition + 1);
	}

	/** Freezes the first {@code count} shown columns (0: none). */
	void freezeColumns(int count) {
		natTable.doCommand(new UnFreezeGridCommand());
		if (count > 0 && count <= selection.getColumnCount()) {
			// As NatTable's freeze command does, but by shown column, whatever the viewport shows now.
			FreezeHelper.freeze(freeze, viewport, new PositionCoordinate(freeze, 0, -1),
					new PositionCoordinate(freeze, count - 1, -1));
		}
	}

	/**
	 * Group rows span the whole row, so that their label is read in full. Sits on the shown columns
	 * (after reorder and hide), where "the whole row" is a plain range.
	 */
	private static final class GroupSpans extends AbstractIndexLayerTransform {

		private final GridRows rows;

		GroupSpans(IUniqueIndexLayer underlying, GridRows rows) {
			super(underlying);
			this.rows = rows;
		}

		@Override
		public ILayerCell getCellByPosition(int columnPosition, int rowPosition) {
			if (rowPosition >= 0 && rowPosition < getRowCount() && columnPosition >= 0
					&& columnPosition < getColumnCount() && rows.getRowObject(rowPosition) instanceof GroupRow) {
				return new LayerCell(this, 0, rowPosition, columnPosition, rowPosition, getColumnCount(), 1);
			}
			return super.getCellByPosition(columnPosition, rowPosition);
		}
	}

	/** The column titles. */
	private record HeaderData(GridRows rows) implements IDataProvider {

		@Override
		public Object getDataValue(int columnIndex, int rowIndex) {
			return rows.column(columnIndex).header();
		}

		@Override
		public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
			throw new UnsupportedOperationException();
		}

		@Override
		public int getColumnCount() {
			return rows.getColumnCount();
		}

		@Override
		public int getRowCount() {
			return 1;
		}
	}

	/** Row numbers 1, 2, 3 … of the issue rows; nothing for group rows. */
	private record RowNumbers(GridRows rows) implements IDataProvider {

		@Override
		public Object getDataValue(int columnIndex, int rowIndex) {
			int number = rowIndex < rows.getRowCount() ? rows.number(rowIndex) : 0;
			return number == 0 ? "" : Integer.valueOf(number); //$NON-NLS-1$
		}

		@Override
		public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
			throw new UnsupportedOperationException();
		}

		@Override
		public int getColumnCount() {
			return 1;
		}

		@Override
		public int getRowCount() {
			return rows.getRowCount();
		}
	}

	/** Cell selection as in a spreadsheet, without NatTable's search and tick-update dialogs. */
	private static final class SelectionConfiguration extends DefaultSelectionLayerConfiguration {

		@Override
		protected void addSelectionStyleConfig() {
			addConfiguration(GridStyle.selection());
		}

		@Override
		protected void addSearchUIBindings() {
			// The grid's search field replaces NatTable's search dialog.
		}

		@Override
		protected void addTickUpdateConfig() {
			// No increment/decrement of cells.
		}
	}

	/** Click on a title sorts by it, Shift+click adds it to the sort. */
	private static final class SortConfiguration extends DefaultSortConfiguration {

		@Override
		public void configureUiBindings(UiBindingRegistry bindings) {
			bindings.registerFirstSingleClickBinding(new ColumnHeaderClickEventMatcher(SWT.NONE, 1),
					new SortColumnAction(false));
			bindings.registerFirstSingleClickBinding(new ColumnHeaderClickEventMatcher(SWT.MOD2, 1),
					new SortColumnAction(true));
		}
	}

	/** The filter cells filter as the user types. */
	private static final class FilterRowEditing extends AbstractRegistryConfiguration {

		@Override
		public void configureRegistry(IConfigRegistry registry) {
			registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR,
					new FilterRowTextCellEditor(), DisplayMode.NORMAL, GridRegion.FILTER_ROW);
		}
	}

	/**
	 * Keys and mouse as in a spreadsheet: F2, Space or typing edits the selected cell, a click only
	 * selects, a double-click opens the issue (or folds a group).
	 */
	private static final class Bindings extends AbstractUiBindingConfiguration {

		private final Host host;

		Bindings(Host host) {
			this.host = host;
		}

		@Override
		public void configureUiBindings(UiBindingRegistry bindings) {
			bindings.registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.F2), new KeyEditAction());
			bindings.registerKeyBinding(new KeyEventMatcher(SWT.NONE, ' '), new KeyEditAction());
			bindings.registerKeyBinding(new LetterOrDigitKeyEventMatcher(), new KeyEditAction());
			bindings.registerKeyBinding(new LetterOrDigitKeyEventMatcher(SWT.MOD2), new KeyEditAction());
			bindings.registerDoubleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE), (natTable, event) -> {
				int row = natTable.getRowPositionByY(event.y);
				ILayerCell cell = natTable.getCellByPosition(natTable.getColumnPositionByX(event.x), row);
				if (cell != null) {
					host.open(cell.getRowIndex());
				}
			});
		}
	}

	/** NatTable's copy command (its Ctrl+C) copies the way the grid does. */
	private static final class CopyHandler extends AbstractLayerCommandHandler<CopyDataToClipboardCommand> {

		private final Host host;

		CopyHandler(Host host) {
			this.host = host;
		}

		@Override
		protected boolean doCommand(CopyDataToClipboardCommand command) {
			host.copy();
			return true;
		}

		@Override
		public Class<CopyDataToClipboardCommand> getCommandClass() {
			return CopyDataToClipboardCommand.class;
		}
	}

	/**
	 * Tooltips: why a filter does not parse, why an edit was refused, and the full text of a cell the
	 * column is too narrow for.
	 */
	private static final class ToolTips extends NatTableContentTooltip {

		private final GridTable table;
		private final Host host;

		ToolTips(NatTable natTable, GridTable table, Host host) {
			super(natTable, GridRegion.BODY, GridRegion.FILTER_ROW);
			this.table = table;
			this.host = host;
		}

		@Override
		protected String getText(Event event) {
			int column = natTable.getColumnPositionByX(event.x);
			int row = natTable.getRowPositionByY(event.y);
			ILayerCell cell = natTable.getCellByPosition(column, row);
			if (cell == null) {
				return null;
			}
			if (cell.getConfigLabels().hasLabel(GridRegion.FILTER_ROW)) {
				String error = table.filters.error(cell.getColumnIndex());
				return error != null ? error : Messages.Filter_hint;
			}
			if (cell.getRowIndex() >= 0 && cell.getRowIndex() < table.rows.getRowCount()
					&& table.rows.getRowObject(cell.getRowIndex()) instanceof Issue issue
					&& cell.getColumnIndex() >= 0) {
				String refusal = host.refusal(issue, table.rows.column(cell.getColumnIndex()));
				if (refusal != null) {
					return refusal;
				}
			}
			if (cell.getConfigLabels().hasLabel(GridStyle.LIGHT)) {
				return Objects.toString(cell.getDataValue(), null);
			}
			String text = super.getText(event);
			return text == null || fits(text, cell.getBounds().width) ? null : text;
		}

		/** Whether the text shows in full in a cell that wide (on one line). */
		private boolean fits(String text, int width) {
			if (text.indexOf('\n') >= 0) {
				return false;
			}
			GC gc = new GC(natTable);
			try {
				return gc.textExtent(text).x + 12 <= width;
			} finally {
				gc.dispose();
			}
		}
	}
}
