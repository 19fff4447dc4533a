package taizhang.ledger.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.e4.ui.workbench.modeling.ISelectionListener;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.edit.command.EditCellCommand;
import org.eclipse.nebula.widgets.nattable.filterrow.command.ClearAllFiltersCommand;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.ILayerListener;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.layer.event.IStructuralChangeEvent;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.selection.event.ISelectionEvent;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowCellInViewportCommand;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowColumnInViewportCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.osgi.framework.FrameworkUtil;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import taizhang.core.LedgerSession;
import taizhang.ledger.Grouping;
import taizhang.ledger.LedgerColumn;
import taizhang.ledger.LedgerColumns;
import taizhang.ledger.LedgerSort;
import taizhang.ledger.SearchIndex;
import taizhang.ledger.Summary;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.ModelFactory;
import taizhang.model.Organization;
import taizhang.ui.LedgerSessionService;
import taizhang.ui.internal.IssueFilters;
import taizhang.ui.internal.Labels;
import taizhang.ui.internal.SessionTracker;
import taizhang.ui.internal.StartupMarks;
import taizhang.ui.internal.navigator.NavigatorPart;

/**
 * The ledger grid: every issue of the open ledger in the columns of a 整改台账 and the ledger's custom
 * fields, edited in place like a spreadsheet. Every change is one command on the session's command
 * stack (undo, redo, saved at once). Follows the navigator: a round or organization there scopes the
 * rows, an issue is revealed here; the issues of the selected cells are the workbench selection.
 */
public final class LedgerGridPart implements SessionTracker.Callback, GridTable.Host {

	public static final String ID = "taizhang.ledger.ui.grid"; //$NON-NLS-1$

	private static final String LAYOUT_FILE = "grid-layout.properties"; //$NON-NLS-1$
	private static final int LAYOUT_SAVE_DELAY = 800;
	private static final int SEARCH_DELAY = 150;

	@Inject
	private LedgerSessionService sessions;

	@Inject
	private ESelectionService selectionService;

	@Inject
	private IEclipseContext context;

	private final GridRows rows = new GridRows();
	private final ISelectionListener navigatorListener = (part, selection) -> navigatorSelected(selection);
	private final CommandStackListener stackListener = this::commandStackChanged;
	private Composite root;
	private Composite gridArea;
	private Text search;
	private Combo grouping;
	private DateTime asOf;
	private Label summary;
	private Link showAll;
	private Label status;
	private GridTable table;
	private LedgerSession session;
	private CommandStack stack;
	/** Makes its texts in the background when a ledger opens; a search meanwhile makes the missing ones itself. */
	private SearchIndex searchIndex;
	/** Set once the ledger shown is no longer: its work in the background stops. */
	private AtomicBoolean ledgerGone = new AtomicBoolean();
	private String searchQuery = ""; //$NON-NLS-1$
	private boolean summaryPending;
	private final GridEdits edits = new GridEdits(this);
	private boolean modelDirty;
	private boolean publishPending;
	private GridLayout savedLayout;
	private Path layoutFile;
	private final Runnable saveLayout = this::saveLayout;
	private final Runnable applySearch = this::applySearch;
	private GridCommands commands;

	@PostConstruct
	public void create(Composite parent) {
		StartupMarks.mark("grid part created"); //$NON-NLS-1$
		root = parent;
		layoutFile = defaultLayoutFile();
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		commands = new GridCommands(this, context, window());
		createTopBar(parent);
		gridArea = new Composite(parent, SWT.NONE);
		gridArea.setLayout(new FillLayout());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(gridArea);
		createSummaryBar(parent);
		commands.activate();
		selectionService.addSelectionListener(NavigatorPart.ID, navigatorListener);
		SessionTracker.track(sessions, parent, this);
		if (GridBenchmark.requested()) {
			GridBenchmark.start(this);
		}
	}

	private void createTopBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.swtDefaults().numColumns(7).margins(4, 2).applyTo(bar);

		commands.toolBar(bar);

		search = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		search.setMessage(Messages.Grid_searchHint);
		search.setToolTipText(Messages.Grid_searchTip);
		GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).minSize(140, SWT.DEFAULT).applyTo(search);
		search.addListener(SWT.Modify, event -> {
			search.getDisplay().timerExec(-1, applySearch);
			search.getDisplay().timerExec(SEARCH_DELAY, applySearch);
		});
		search.addListener(SWT.DefaultSelection, event -> {
			search.getDisplay().timerExec(-1, applySearch);
			applySearch();
			if (table != null) {
				table.natTable.setFocus();
			}
		});

		Label groupLabel = new Label(bar, SWT.NONE);
		groupLabel.setText(Messages.Grid_groupBy);
		grouping = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		grouping.add(Messages.Grid_groupNone);
		for (Grouping each : Grouping.values()) {
			grouping.add(each.label());
		}
		grouping.select(0);
		grouping.addListener(SWT.Selection, event -> {
			int index = grouping.getSelectionIndex();
			setGrouping(index <= 0 ? null : Grouping.values()[index - 1]);
		});

		Label asOfLabel = new Label(bar, SWT.NONE);
		asOfLabel.setText(Messages.Grid_asOf);
		asOfLabel.setToolTipText(Messages.Grid_asOfTip);
		asOf = new DateTime(bar, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		asOf.setToolTipText(Messages.Grid_asOfTip);
		show(asOf, LocalDate.now());
		asOf.addListener(SWT.Selection, event -> setAsOf(LocalDate.of(asOf.getYear(), asOf.getMonth() + 1, asOf.getDay())));
	}

	private void createSummaryBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(6, 3).applyTo(bar);
		summary = new Label(bar, SWT.NONE);
		showAll = new Link(bar, SWT.NONE);
		showAll.setText("<a>" + Messages.Grid_showAll + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$
		showAll.addListener(SWT.Selection, event -> setScope(null, null));
		status = new Label(bar, SWT.NONE);
		status.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.END, SWT.CENTER).applyTo(status);
	}

	private static void show(DateTime widget, LocalDate day) {
		widget.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
	}

	private IWorkbenchWindow window() {
		IWorkbenchWindow window = context.get(IWorkbenchWindow.class);
		return window != null ? window : PlatformUI.getWorkbench().getActiveWorkbenchWindow();
	}

	void focusSearch() {
		search.setFocus();
	}

	@Focus
	public void setFocus() {
		if (table != null) {
			table.natTable.setFocus();
		} else {
			search.setFocus();
		}
	}

	@PreDestroy
	public void dispose() {
		saveLayout();
		selectionService.removeSelectionListener(NavigatorPart.ID, navigatorListener);
		observe(null);
		stopLedgerWork();
	}

	// Session

	@Override
	public void sessionChanged(LedgerSession newSession) {
		if (table != null) {
			saveLayout();
			table.natTable.dispose();
			table = null;
		}
		stopLedgerWork();
		session = newSession;
		observe(newSession == null ? null : newSession.editingDomain().getCommandStack());
		edits.forget();
		search.setText(""); //$NON-NLS-1$
		grouping.select(0);
		if (newSession == null) {
			rows.setLedger(null, currentAsOf());
			// While a ledger opens (in a job), the grid shows the standard columns without rows:
			// building the table then takes its first-time cost off the moment the ledger arrives. Not
			// when one has arrived meanwhile: its own table is on its way.
			root.getDisplay().asyncExec(() -> {
				if (!root.isDisposed() && session == null && table == null && sessions.current().isEmpty()) {
					showTable(ModelFactory.eINSTANCE.createLedger());
				}
			});
		} else {
			StartupMarks.mark("grid told of the opened ledger"); //$NON-NLS-1$
			Ledger ledger = newSession.ledger();
			// Work over the whole ledger runs in the background once the grid has painted it: on a
			// large ledger the first paint has the machine to itself.
			Executor afterShown = task -> sessions.whenShown(newSession, () -> ForkJoinPool.commonPool().execute(task));
			searchIndex = SearchIndex.start(ledger, afterShown);
			showTable(ledger);
			announceFirstPaint(newSession);
			// after the search index: each column's first sort then as fast as the next
			Issue[] issues = ledger.getIssues().toArray(Issue[]::new);
			List<LedgerColumn> columns = rows.columns();
			AtomicBoolean gone = new AtomicBoolean();
			ledgerGone = gone;
			afterShown.execute(() -> LedgerSort.prepare(issues, columns, gone::get));
			StartupMarks.mark("grid built"); //$NON-NLS-1$
		}
		modelDirty = false;
		scheduleSummary();
		commands.update();
		status(null);
	}

	/** Tells the session service once the table has painted {@code shown}'s rows. */
	private void announceFirstPaint(LedgerSession shown) {
		NatTable natTable = table.natTable;
		Listener firstPaint = new Listener() {
			@Override
			public void handleEvent(Event event) {
				natTable.removeListener(SWT.Paint, this);
				natTable.getDisplay().asyncExec(() -> sessions.shown(shown));
			}
		};
		natTable.addListener(SWT.Paint, firstPaint);
	}

	private void showTable(Ledger ledger) {
		rows.setLedger(ledger, currentAsOf());
		table = new GridTable(gridArea, rows, this);
		gridArea.layout(true, true);
		// Applied once the table has its size: freezing needs the viewport's.
		GridLayout layout = GridLayout.load(layoutFile);
		if (layout != null) {
			layout.applyTo(table);
		}
		savedLayout = GridLayout.of(table);
		installListeners(table);
	}

	private void installListeners(GridTable grid) {
		commands.trackFocus(grid.natTable);
		grid.natTable.addListener(SWT.Paint, event -> {
			if (summaryPending) {
				grid.natTable.getDisplay().asyncExec(this::summaryAfterPaint);
			}
		});
		ILayerListener listener = event -> {
			if (event instanceof ISelectionEvent) {
				schedulePublish();
			} else if (event instanceof IStructuralChangeEvent structural && structural.isHorizontalStructureChanged()) {
				scheduleLayoutSave();
			}
		};
		grid.selection.addLayerListener(listener);
		grid.natTable.addLayerListener(event -> {
			if (event instanceof IStructuralChangeEvent structural && structural.isHorizontalStructureChanged()) {
				scheduleLayoutSave();
			}
		});
		grid.natTable.setMenu(commands.contextMenu(grid.natTable));
		// A right click selects the cell under the mouse first, unless it is selected already.
		grid.natTable.getUiBindingRegistry().registerFirstMouseDownBinding(MouseEventMatcher.bodyRightClick(SWT.NONE),
				(natTable, event) -> {
					int column = natTable.getColumnPositionByX(event.x);
					int row = natTable.getRowPositionByY(event.y);
					ILayerCell cell = natTable.getCellByPosition(column, row);
					if (cell != null && !grid.selection.isCellPositionSelected(
							grid.selection.getColumnPositionByIndex(cell.getColumnIndex()), cell.getRowIndex())) {
						natTable.doCommand(new SelectCellCommand(natTable, column, row, false, false));
					}
				});
	}

	private void observe(CommandStack newStack) {
		if (stack != null) {
			stack.removeCommandStackListener(stackListener);
		}
		stack = newStack;
		if (stack != null) {
			stack.addCommandStackListener(stackListener);
		}
	}

	private void commandStackChanged(EventObject event) {
		modelDirty = true;
		CommandStack source = (CommandStack) event.getSource();
		Command recent = source.getMostRecentCommand();
		if (searchIndex != null && recent != null) {
			searchIndex.refreshAffected(recent.getAffectedObjects());
		}
	}

	/** Stops the work over the ledger shown: it is no longer. */
	private void stopLedgerWork() {
		ledgerGone.set(true);
		if (searchIndex != null) {
			searchIndex.dispose();
			searchIndex = null;
		}
		searchQuery = ""; //$NON-NLS-1$
	}

	@Override
	public void modelChanged(LedgerSession changed) {
		if (modelDirty) {
			refreshAfterChange();
		}
	}

	/**
	 * Shows the ledger as it is now once the current event is handled: a cell editor commits from
	 * inside the table, which then moves the selection on (Enter goes down, Tab right) and closes
	 * the editor; refreshing the rows meanwhile would clear the selection it moves from.
	 */
	void refreshSoon() {
		root.getDisplay().asyncExec(() -> {
			if (modelDirty && !root.isDisposed()) {
				refreshAfterChange();
			}
		});
	}

	/** Shows the ledger as it is now, keeping the selected cell on its issue. */
	void refreshAfterChange() {
		modelDirty = false;
		if (table == null) {
			return;
		}
		PositionCoordinate anchor = table.anchor();
		Object anchorRow = anchor == null ? null : rows.getRowObject(anchor.rowPosition);
		if (searchQuery.isEmpty()) {
			rows.refresh();
		} else {
			// A search's hits are a snapshot: search again to see the change.
			rows.setSearch(searchIndex.matcher(searchQuery));
		}
		table.refresh();
		if (anchorRow instanceof Issue issue) {
			select(issue, anchor.columnPosition);
		}
		scheduleSummary();
	}

	// The grid's state, for the user and for tests

	GridRows rows() {
		return rows;
	}

	GridTable table() {
		return table;
	}

	LedgerSession session() {
		return session;
	}

	/** The number of rows shown (issues and group rows). */
	public int rowCount() {
		return rows.getRowCount();
	}

	/** The grid's widget, for tests and contributions. */
	public NatTable natTable() {
		return table == null ? null : table.natTable;
	}

	String statusText() {
		return status.getText();
	}

	String summaryText() {
		return summary.getText();
	}

	Text searchField() {
		return search;
	}

	void setLayoutFile(Path file) {
		layoutFile = file;
	}

	Path layoutFile() {
		return layoutFile;
	}

	private static Path defaultLayoutFile() {
		try {
			return Path.of(Platform.getStateLocation(FrameworkUtil.getBundle(LedgerGridPart.class)).toOSString(),
					LAYOUT_FILE);
		} catch (IllegalStateException e) {
			// No instance location (a test without workspace): keep the layout in the temp folder.
			return Path.of(System.getProperty("java.io.tmpdir"), "taizhang", LAYOUT_FILE); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	boolean hasTable() {
		return table != null;
	}

	boolean hasAnchor() {
		return table != null && table.anchor() != null;
	}

	boolean hasSelectedIssue() {
		return table != null && !table.selectedIssues().isEmpty();
	}

	boolean canEdit() {
		return session != null && !session.isReadOnly();
	}

	@Override
	public boolean isReadOnly() {
		return session == null || session.isReadOnly();
	}

	// Criteria

	/** Restricts the rows to {@code scope} ({@code null}: all issues), named in the summary bar. */
	public void setScope(Predicate<Issue> scope, String name) {
		rows.setScope(scope, name);
		afterCriteria();
	}

	void setSearch(String text) {
		search.setText(text);
		search.getDisplay().timerExec(-1, applySearch);
		applySearch();
	}

	private void applySearch() {
		if (search.isDisposed() || searchIndex == null) {
			return;
		}
		searchQuery = search.getText().trim();
		rows.setSearch(searchQuery.isEmpty() ? null : searchIndex.matcher(searchQuery));
		afterCriteria();
	}

	/** Groups the rows ({@code null}: no groups). */
	void setGrouping(Grouping newGrouping) {
		rows.setGrouping(newGrouping);
		grouping.select(newGrouping == null ? 0 : newGrouping.ordinal() + 1);
		afterCriteria();
	}

	void setAllCollapsed(boolean collapse) {
		rows.setAllCollapsed(collapse);
		afterCriteria();
	}

	/** Evaluates warnings, colours and the summary as of {@code day}. */
	void setAsOf(LocalDate day) {
		show(asOf, day);
		rows.setAsOf(day);
		afterCriteria();
	}

	private LocalDate currentAsOf() {
		return asOf == null ? LocalDate.now() : LocalDate.of(asOf.getYear(), asOf.getMonth() + 1, asOf.getDay());
	}

	/** Sets the filter text of a column (by index), as typing in the filter row does. */
	void setFilter(int columnIndex, String expression) {
		if (table != null) {
			table.columnHeader.getFilterRowDataLayer().getFilterRowDataProvider().setDataValue(columnIndex, 0,
					expression);
		}
	}

	void clearFilters() {
		if (table != null) {
			table.natTable.doCommand(new ClearAllFiltersCommand());
			table.filters.clearErrors();
		}
		search.setText(""); //$NON-NLS-1$
		search.getDisplay().timerExec(-1, applySearch);
		applySearch();
	}

	/** Opens the filter cell of the selected column (the filter row is the grid's second row). */
	void editFilterOfSelectedColumn() {
		PositionCoordinate anchor = table.anchor();
		int column = anchor == null ? 0 : anchor.columnPosition;
		int index = table.columnIndex(column);
		table.natTable.doCommand(new ShowColumnInViewportCommand(column));
		for (int position = 0; position < table.natTable.getColumnCount(); position++) {
			ILayerCell cell = table.natTable.getCellByPosition(position, 1);
			if (cell != null && cell.getColumnIndex() == index && cell.getConfigLabels().hasLabel(GridRegion.FILTER_ROW)) {
				table.natTable.doCommand(new EditCellCommand(table.natTable, table.natTable.getConfigRegistry(), cell));
				return;
			}
		}
	}

	@Override
	public void filtered() {
		afterCriteria();
	}

	/** After the rows changed by a criterion: repaint and update the summary bar. */
	private void afterCriteria() {
		if (table != null) {
			table.refresh();
		}
		scheduleSummary();
	}

	/** Updates the summary bar once the grid has painted: on 100,000 issues it takes a moment. */
	private void scheduleSummary() {
		if (summaryPending) {
			return;
		}
		summaryPending = true;
		if (table == null) {
			root.getDisplay().asyncExec(this::summaryAfterPaint);
		} else {
			table.natTable.redraw();
		}
	}

	private void summaryAfterPaint() {
		if (summaryPending && !summary.isDisposed()) {
			summaryPending = false;
			updateSummary();
		}
	}

	private void updateSummary() {
		if (summary.isDisposed()) {
			return;
		}
		Ledger ledger = rows.ledger();
		if (session == null) {
			boolean opening = Job.getJobManager().find(LedgerSessionService.OPENING).length > 0;
			summary.setText(opening ? Messages.Grid_opening : Messages.Grid_noLedger);
			showAll.setVisible(false);
		} else {
			Summary figures = Summary.of(rows.issues(), rows.asOf(), rows.rules());
			NumberFormat numbers = NumberFormat.getIntegerInstance();
			String text = NLS.bind(Messages.Grid_summary, new Object[] { numbers.format(figures.total()),
					numbers.format(figures.done()), numbers.format(figures.overdue()),
					numbers.format(figures.lagging()), numbers.format(figures.red()), numbers.format(figures.yellow()),
					numbers.format(figures.blue()) });
			if (rows.scopeName() != null) {
				text = NLS.bind(Messages.Grid_summaryScoped, text, rows.scopeName());
			}
			if (rows.issues().size() != ledger.getIssues().size()) {
				text = NLS.bind(Messages.Grid_summaryOf, text, numbers.format(ledger.getIssues().size()));
			}
			summary.setText(text);
			showAll.setVisible(rows.scopeName() != null);
		}
		summary.getParent().layout();
		commands.update();
	}

	@Override
	public void status(String message) {
		if (status.isDisposed()) {
			return;
		}
		status.setText(message == null ? "" : message); //$NON-NLS-1$
		status.setToolTipText(message);
		status.getParent().layout();
	}

	// Navigator

	private void navigatorSelected(Object selection) {
		if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty() || session == null) {
			return;
		}
		Object element = structured.getFirstElement();
		if (element instanceof Ledger) {
			setScope(null, null);
		} else if (element instanceof InspectionRound round) {
			setScope(IssueFilters.of(round), Labels.of(round.getName()));
		} else if (element instanceof Organization organization) {
			setScope(IssueFilters.of(organization), Labels.name(organization));
		} else if (element instanceof Issue issue) {
			reveal(issue);
		}
	}

	/** Selects the issue's row and scrolls to it; lifts a filter or group that hides it. */
	public void reveal(Issue issue) {
		if (table == null) {
			return;
		}
		if (rows.indexOfRowObject(issue) < 0) {
			if (!rows.issues().contains(issue)) {
				// The scope, a filter or the search hides it: show all, as the filter row and search field then say.
				rows.setScope(null, null);
				clearFilters();
			}
			rows.show(issue);
			table.refresh();
			scheduleSummary();
		}
		PositionCoordinate anchor = table.anchor();
		select(issue, anchor == null ? 0 : anchor.columnPosition);
	}

	/** Selects the cell of {@code issue} in the shown column {@code columnPosition}, and shows it. */
	void select(Issue issue, int columnPosition) {
		int row = rows.indexOfRowObject(issue);
		if (row < 0 || table == null) {
			return;
		}
		int column = Math.max(0, Math.min(columnPosition, table.selection.getColumnCount() - 1));
		if (!table.selection.isCellPositionSelected(column, row) || table.selectedRowPositions().size() != 1) {
			table.selection.doCommand(new SelectCellCommand(table.selection, column, row, false, false));
		}
		table.natTable.doCommand(new ShowCellInViewportCommand(column, row));
	}

	// Selection

	private void schedulePublish() {
		if (publishPending) {
			return;
		}
		publishPending = true;
		root.getDisplay().asyncExec(() -> {
			publishPending = false;
			if (!root.isDisposed()) {
				publish();
			}
		});
	}

	private void publish() {
		commands.update();
		StructuredSelection issues = new StructuredSelection(table == null ? List.of() : table.selectedIssues());
		selectionService.setSelection(issues);
		selectionService.setPostSelection(issues);
	}

	// Editing: GridEdits makes the changes

	GridEdits edits() {
		return edits;
	}

	@Override
	public String refusal(Issue issue, LedgerColumn column) {
		return edits.refusal(issue, column);
	}

	@Override
	public void commit(Issue issue, LedgerColumn column, String text) {
		edits.commit(issue, column, text);
	}

	@Override
	public void copy() {
		edits.copy();
	}

	Shell shell() {
		return root.getShell();
	}

	// Opening

	void openSelected() {
		PositionCoordinate anchor = table.anchor();
		if (anchor != null) {
			open(anchor.rowPosition);
		}
	}

	/** Opens the row's issue in the issue editor (the Properties view without it); folds a group row. */
	@Override
	public void open(int rowPosition) {
		if (rowPosition < 0 || rowPosition >= rows.getRowCount()) {
			return;
		}
		Object row = rows.getRowObject(rowPosition);
		if (row instanceof GroupRow group) {
			rows.toggle(group);
			afterCriteria();
			return;
		}
		Issue issue = (Issue) row;
		StructuredSelection selection = new StructuredSelection(issue);
		selectionService.setSelection(selection);
		IWorkbenchWindow window = window();
		IHandlerService handlers = window.getService(IHandlerService.class);
		org.eclipse.core.commands.Command editor = window.getService(ICommandService.class)
				.getCommand(GridCommands.OPEN_ISSUE_EDITOR);
		if (editor.isDefined()) {
			try {
				IEvaluationContext evaluation = new EvaluationContext(handlers.createContextSnapshot(true), selection);
				evaluation.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, selection);
				handlers.executeCommandInContext(new ParameterizedCommand(editor, null), null, evaluation);
				return;
			} catch (Exception e) {
				ILog.of(LedgerGridPart.class).warn("The issue editor did not open; showing Properties", e); //$NON-NLS-1$
			}
		}
		try {
			window.getActivePage().showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			ILog.of(LedgerGridPart.class).error("Could not show the Properties view", e); //$NON-NLS-1$
		}
	}

	// Columns

	void chooseColumns() {
		GridLayout current = GridLayout.of(table);
		List<ColumnsDialog.Entry> entries = new ArrayList<>();
		for (String id : current.order()) {
			LedgerColumn column = LedgerColumns.byId(rows.columns(), id).orElseThrow();
			entries.add(new ColumnsDialog.Entry(id, column.header(), !current.hidden().contains(id)));
		}
		List<ColumnsDialog.Entry> defaults = new ArrayList<>();
		for (LedgerColumn column : rows.columns()) {
			defaults.add(new ColumnsDialog.Entry(column.id(), column.header(), true));
		}
		ColumnsDialog dialog = new ColumnsDialog(root.getShell(), entries, defaults);
		if (dialog.open() != Window.OK || dialog.result() == null) {
			return;
		}
		List<String> order = new ArrayList<>();
		Set<String> hidden = new HashSet<>();
		for (ColumnsDialog.Entry entry : dialog.result()) {
			order.add(entry.id());
			if (!entry.shown()) {
				hidden.add(entry.id());
			}
		}
		new GridLayout(order, hidden, current.widths(), Math.min(current.frozen(), order.size() - hidden.size()))
				.applyTo(table);
		saveLayout();
	}

	void freezeAtSelection() {
		PositionCoordinate anchor = table.anchor();
		if (anchor != null) {
			freezeColumns(anchor.columnPosition + 1);
		}
	}

	/** Freezes the first {@code count} shown columns (0: unfreeze). */
	void freezeColumns(int count) {
		table.freezeColumns(count);
		saveLayout();
	}

	void resetLayout() {
		List<String> order = new ArrayList<>();
		Map<String, Integer> widths = new HashMap<>();
		for (LedgerColumn column : rows.columns()) {
			order.add(column.id());
			widths.put(column.id(), column.defaultWidth());
		}
		new GridLayout(order, Set.of(), widths, 0).applyTo(table);
		saveLayout();
	}

	private void scheduleLayoutSave() {
		Display display = root.getDisplay();
		display.timerExec(-1, saveLayout);
		display.timerExec(LAYOUT_SAVE_DELAY, saveLayout);
	}

	/** Writes the layout when it changed since it was last read or written. */
	void saveLayout() {
		// Without a ledger the grid lacks its custom columns: their widths and places would be lost.
		if (session == null || table == null || table.natTable.isDisposed()) {
			return;
		}
		GridLayout layout = GridLayout.of(table);
		if (layout.equals(savedLayout)) {
			return;
		}
		try {
			layout.save(layoutFile);
			savedLayout = layout;
		} catch (IOException e) {
			ILog.of(LedgerGridPart.class).warn("Could not save the grid layout to " + layoutFile, e); //$NON-NLS-1$
		}
	}
}
