package taizhang.ui.internal.table;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.e4.ui.workbench.modeling.ISelectionListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionModel;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionProvider;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowRowInViewportCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import taizhang.core.LedgerSession;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.Organization;
import taizhang.ui.LedgerSessionService;
import taizhang.ui.internal.IssueFilters;
import taizhang.ui.internal.Labels;
import taizhang.ui.internal.Messages;
import taizhang.ui.internal.SessionTracker;
import taizhang.ui.internal.navigator.NavigatorPart;

/**
 * The ledger table: every issue of the open ledger in the columns of a 整改台账 (read-only). Follows
 * the navigator: a round or organization there filters the rows, an issue is selected here.
 * Selecting rows selects their issues in the workbench.
 */
public class LedgerTablePart implements SessionTracker.Callback {

	public static final String ID = "taizhang.ui.ledgerTable"; //$NON-NLS-1$

	private static final int ROW_HEIGHT = 24;

	@Inject
	private LedgerSessionService sessions;

	@Inject
	private ESelectionService selectionService;

	private final IssueRowDataProvider rows = new IssueRowDataProvider();
	private final ISelectionListener navigatorListener = (part, selection) -> navigatorSelected(selection);
	private Label summary;
	private Link showAll;
	private NatTable natTable;
	private SelectionLayer selectionLayer;
	private Ledger ledger;
	private Predicate<Issue> filter;
	private String filterName;

	@PostConstruct
	public void create(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(6, 3).applyTo(bar);
		summary = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		showAll = new Link(bar, SWT.NONE);
		showAll.setText("<a>" + Messages.Table_showAll + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$
		showAll.addListener(SWT.Selection, event -> setFilter(null, null));

		natTable = createTable(parent);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(natTable);

		selectionService.addSelectionListener(NavigatorPart.ID, navigatorListener);
		SessionTracker.track(sessions, natTable, this);
	}

	/** The layer stack: body (data → selection → viewport), column and row headers, corner. */
	private NatTable createTable(Composite parent) {
		DataLayer bodyData = new DataLayer(rows);
		bodyData.setDefaultRowHeight(ROW_HEIGHT);
		IssueColumn[] columns = IssueColumn.values();
		for (IssueColumn column : columns) {
			bodyData.setColumnWidthByPosition(column.ordinal(), column.width());
		}
		LedgerTableStyle.labelColumns(bodyData);
		selectionLayer = new SelectionLayer(bodyData, false);
		selectionLayer.setSelectionModel(new RowSelectionModel<>(selectionLayer, rows, issue -> issue.getId()));
		selectionLayer.addConfiguration(LedgerTableStyle.rowSelection());
		ViewportLayer viewport = new ViewportLayer(selectionLayer);

		String[] headers = new String[columns.length];
		for (IssueColumn column : columns) {
			headers[column.ordinal()] = column.header();
		}
		IDataProvider headerData = new DefaultColumnHeaderDataProvider(headers);
		DataLayer columnHeaderData = new DefaultColumnHeaderDataLayer(headerData);
		columnHeaderData.setDefaultRowHeight(ROW_HEIGHT + 4);
		ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(columnHeaderData, viewport, selectionLayer);

		IDataProvider rowNumbers = new DefaultRowHeaderDataProvider(rows);
		DataLayer rowHeaderData = new DefaultRowHeaderDataLayer(rowNumbers);
		rowHeaderData.setDefaultColumnWidth(56);
		rowHeaderData.setDefaultRowHeight(ROW_HEIGHT);
		RowHeaderLayer rowHeader = new RowHeaderLayer(rowHeaderData, viewport, selectionLayer);

		CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowNumbers)),
				rowHeader, columnHeader);
		GridLayer grid = new GridLayer(viewport, columnHeader, rowHeader, corner);

		NatTable table = new NatTable(parent,
				SWT.NO_BACKGROUND | SWT.NO_REDRAW_RESIZE | SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL, grid, false);
		table.addConfiguration(LedgerTableStyle.table());
		table.addConfiguration(LedgerTableStyle.centeredColumns());
		table.configure();

		RowSelectionProvider<Issue> selectionProvider = new RowSelectionProvider<>(selectionLayer, rows, false);
		selectionProvider.addSelectionChangedListener(event -> publish(event.getStructuredSelection()));
		return table;
	}

	@Focus
	public void setFocus() {
		natTable.setFocus();
	}

	@PreDestroy
	public void dispose() {
		selectionService.removeSelectionListener(NavigatorPart.ID, navigatorListener);
	}

	/** The table widget, for tests and for contributions that extend the table. */
	public NatTable natTable() {
		return natTable;
	}

	/** The number of issues shown (after the filter). */
	public int rowCount() {
		return rows.getRowCount();
	}

	@Override
	public void sessionChanged(LedgerSession session) {
		ledger = session == null ? null : session.ledger();
		filter = null;
		filterName = null;
		refreshRows();
	}

	@Override
	public void modelChanged(LedgerSession session) {
		refreshRows();
	}

	/** Shows only the issues {@code newFilter} accepts ({@code null}: all), naming the filter. */
	public void setFilter(Predicate<Issue> newFilter, String name) {
		filter = newFilter;
		filterName = name;
		refreshRows();
	}

	private void refreshRows() {
		List<Issue> visible;
		if (ledger == null) {
			visible = List.of();
		} else if (filter == null) {
			visible = ledger.getIssues();
		} else {
			visible = new ArrayList<>();
			for (Issue issue : ledger.getIssues()) {
				if (filter.test(issue)) {
					visible.add(issue);
				}
			}
		}
		selectionLayer.clear(false);
		rows.setRows(visible);
		natTable.refresh();
		updateSummary();
	}

	private void updateSummary() {
		NumberFormat numbers = NumberFormat.getIntegerInstance();
		if (ledger == null) {
			summary.setText(Messages.Table_noLedger);
		} else if (filter == null) {
			summary.setText(NLS.bind(Messages.Table_summaryAll, numbers.format(rows.getRowCount())));
		} else {
			summary.setText(NLS.bind(Messages.Table_summaryFiltered, new Object[] {
					numbers.format(rows.getRowCount()), numbers.format(ledger.getIssues().size()), filterName }));
		}
		showAll.setVisible(filter != null);
		summary.getParent().layout();
	}

	private void navigatorSelected(Object selection) {
		if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty() || ledger == null) {
			return;
		}
		Object element = structured.getFirstElement();
		if (element instanceof Ledger) {
			setFilter(null, null);
		} else if (element instanceof InspectionRound round) {
			setFilter(IssueFilters.of(round), Labels.of(round.getName()));
		} else if (element instanceof Organization organization) {
			setFilter(IssueFilters.of(organization), Labels.name(organization));
		} else if (element instanceof Issue issue) {
			reveal(issue);
		}
	}

	/** Selects the issue's row and scrolls to it; clears the filter if it hides the issue. */
	public void reveal(Issue issue) {
		int position = rows.indexOfRowObject(issue);
		if (position < 0 && filter != null) {
			setFilter(null, null);
			position = rows.indexOfRowObject(issue);
		}
		if (position < 0) {
			return;
		}
		if (!selectionLayer.isRowPositionFullySelected(position)) {
			selectionLayer.selectRow(0, position, false, false);
		}
		natTable.doCommand(new ShowRowInViewportCommand(position));
	}

	private void publish(IStructuredSelection selection) {
		StructuredSelection issues = new StructuredSelection(selection.toList());
		selectionService.setSelection(issues);
		selectionService.setPostSelection(issues);
	}
}
