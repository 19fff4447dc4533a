package taizhang.ledger.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.EContextService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.e4.ui.workbench.modeling.ISelectionListener;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
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
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.ui.ISources;
import org.osgi.framework.FrameworkUtil;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import taizhang.core.LedgerSession;
import taizhang.ledger.CellEdits;
import taizhang.ledger.CellProblem;
import taizhang.ledger.EditResult;
import taizhang.ledger.Grouping;
import taizhang.ledger.IssueCommands;
import taizhang.ledger.LedgerColumn;
import taizhang.ledger.SearchIndex;
import taizhang.ledger.Summary;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.Organization;
import taizhang.ui.LedgerSessionService;
import taizhang.ui.internal.IssueFilters;
import taizhang.ui.internal.SessionTracker;
import taizhang.ui.internal.navigator.NavigatorPart;

/**
 * The ledger grid: every issue of the open ledger in the columns of a 整改台账 and the ledger's custom
 * fields, edited in place like a spreadsheet. Every change is one command on the session's command
 * stack (undo, redo, saved at once). Follows the navigator: a round or organization there scopes the
 * rows, an issue is revealed here; the issues of the selected cells are the workbench selection.
 */
public class LedgerGridPart implements SessionTracker.Callback, GridTable.Host {

	public static final String ID = "taizhang.ledger.ui.grid"; //$NON-NLS-1$

	/** Key bindings that act on cells (Delete, Insert, Ctrl+D) hold only while the grid has focus. */
	public static final String GRID_CONTEXT = "taizhang.ledger.ui.gridContext"; //$NON-NLS-1$

	static final String COMMAND_PREFIX = "taizhang.ledger.ui."; //$NON-NLS-1$
	static final String ADD_ISSUE = COMMAND_PREFIX + "addIssue"; //$NON-NLS-1$
	static final String DELETE_ISSUES = COMMAND_PREFIX + "deleteIssues"; //$NON-NLS-1$
	static final String FILL_DOWN = COMMAND_PREFIX + "fillDown"; //$NON-NLS-1$
	static final String OPEN_ISSUE = COMMAND_PREFIX + "openIssue"; //$NON-NLS-1$
	static final String CHOOSE_COLUMNS = COMMAND_PREFIX + "chooseColumns"; //$NON-NLS-1$
	static final String FREEZE_COLUMNS = COMMAND_PREFIX + "freezeColumns"; //$NON-NLS-1$
	static final String UNFREEZE_COLUMNS = COMMAND_PREFIX + "unfreezeColumns"; //$NON-NLS-1$
	static final String FIND = COMMAND_PREFIX + "find"; //$NON-NLS-1$
	static final String FILTER_COLUMN = COMMAND_PREFIX + "filterColumn"; //$NON-NLS-1$
	static final String CLEAR_FILTERS = COMMAND_PREFIX + "clearFilters"; //$NON-NLS-1$
	static final String GROUP_BY = COMMAND_PREFIX + "groupBy"; //$NON-NLS-1$
	static final String GROUPING_PARAMETER = COMMAND_PREFIX + "grouping"; //$NON-NLS-1$
	static final String EXPAND_GROUPS = COMMAND_PREFIX + "expandGroups"; //$NON-NLS-1$
	static final String COLLAPSE_GROUPS = COMMAND_PREFIX + "collapseGroups"; //$NON-NLS-1$
	static final String RESET_LAYOUT = COMMAND_PREFIX + "resetLayout"; //$NON-NLS-1$
	static final String COPY = "org.eclipse.ui.edit.copy"; //$NON-NLS-1$
	static final String PASTE = "org.eclipse.ui.edit.paste"; //$NON-NLS-1$
	/** The issue editor's command (bundle taizhang.issue.ui); the Properties view stands in without it. */
	static final String OPEN_ISSUE_EDITOR = "taizhang.issue.ui.open"; //$NON-NLS-1$

	private static final String LAYOUT_FILE = "grid-layout.properties"; //$NON-NLS-1$
	private static final int LAYOUT_SAVE_DELAY = 800;
	private static final int SEARCH_DELAY = 150;

	/** The last refused edit, shown at its cell until the next edit. */
	private record Refusal(Issue issue, String columnId, String message) {
	}

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
	/** Built in the background when a ledger opens: the first search waits for it if need be. */
	private CompletableFuture<SearchIndex> searchIndex;
	/** What commands touched while the index was being built, for it to catch up. */
	private final List<Object> pendingAffected = new ArrayList<>();
	private String searchQuery = ""; //$NON-NLS-1$
	private boolean summaryPending;
	private Refusal refusal;
	private boolean modelDirty;
	private boolean publishPending;
	private GridLayout savedLayout;
	private Path layoutFile;
	private final Runnable saveLayout = this::saveLayout;
	private final Runnable applySearch = this::applySearch;
	private final Map<String, Handler> handlersById = new HashMap<>();
	private final List<Runnable> toolUpdates = new ArrayList<>();

	@PostConstruct
	public void create(Composite parent) {
		root = parent;
		layoutFile = defaultLayoutFile();
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		createTopBar(parent);
		gridArea = new Composite(parent, SWT.NONE);
		gridArea.setLayout(new org.eclipse.swt.layout.FillLayout());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(gridArea);
		createSummaryBar(parent);
		activateHandlers();
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

		ToolBar tools = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
		toolItem(tools, Messages.Tool_add, ADD_ISSUE);
		toolItem(tools, Messages.Tool_delete, DELETE_ISSUES);
		new ToolItem(tools, SWT.SEPARATOR);
		toolItem(tools, Messages.Tool_columns, CHOOSE_COLUMNS);
		toolItem(tools, Messages.Tool_freeze, FREEZE_COLUMNS);
		toolItem(tools, Messages.Tool_clearFilters, CLEAR_FILTERS);

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

	/** A tool button that runs a command; its enablement follows the command's handler. */
	private void toolItem(ToolBar tools, String text, String commandId) {
		ToolItem item = new ToolItem(tools, SWT.PUSH);
		item.setText(text);
		Command command = window().getService(ICommandService.class).getCommand(commandId);
		try {
			item.setToolTipText(command.getName());
		} catch (NotDefinedException e) {
			item.setToolTipText(text);
		}
		item.addListener(SWT.Selection, event -> executeCommand(commandId));
		toolUpdates.add(() -> {
			if (!item.isDisposed()) {
				Handler handler = handlersById.get(commandId);
				item.setEnabled(handler != null && handler.canExecute());
			}
		});
	}

	private void executeCommand(String commandId) {
		try {
			window().getService(IHandlerService.class).executeCommand(commandId, null);
		} catch (Exception e) {
			// Not enabled at this moment (the buttons follow a moment later): nothing to do.
			ILog.of(LedgerGridPart.class).info("Command " + commandId + " not executed: " + e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Enables the tool buttons that can act now. */
	private void updateTools() {
		toolUpdates.forEach(Runnable::run);
	}

	private CommandContributionItem commandItem(String commandId, String label) {
		CommandContributionItemParameter parameter = new CommandContributionItemParameter(window(), null,
				commandId, CommandContributionItem.STYLE_PUSH);
		parameter.label = label;
		return new CommandContributionItem(parameter);
	}

	private IWorkbenchWindow window() {
		IWorkbenchWindow window = context.get(IWorkbenchWindow.class);
		return window != null ? window : PlatformUI.getWorkbench().getActiveWorkbenchWindow();
	}

	/**
	 * The grid's commands act while the grid part is active; copy and paste and the cell keys
	 * (Delete, Insert, Ctrl+D) only while the table itself has focus, so that they keep their usual
	 * meaning in the search field and in an open cell editor.
	 */
	private void activateHandlers() {
		EHandlerService handlers = context.get(EHandlerService.class);
		handlers.activateHandler(ADD_ISSUE, handler(ADD_ISSUE, new Handler(this::addIssue, this::canEdit)));
		handlers.activateHandler(DELETE_ISSUES, handler(DELETE_ISSUES, new Handler(this::deleteSelected, () -> canEdit() && hasSelectedIssue())));
		handlers.activateHandler(FILL_DOWN, handler(FILL_DOWN, new Handler(this::fillDown, () -> canEdit() && hasSelectedIssue())));
		handlers.activateHandler(OPEN_ISSUE, handler(OPEN_ISSUE, new Handler(this::openSelected, this::hasAnchor)));
		handlers.activateHandler(CHOOSE_COLUMNS, handler(CHOOSE_COLUMNS, new Handler(this::chooseColumns, this::hasTable)));
		handlers.activateHandler(FREEZE_COLUMNS, handler(FREEZE_COLUMNS, new Handler(this::freezeAtSelection, this::hasAnchor)));
		handlers.activateHandler(UNFREEZE_COLUMNS, handler(UNFREEZE_COLUMNS, new Handler(() -> freezeColumns(0), () -> hasTable() && table.frozenColumns() > 0)));
		handlers.activateHandler(FIND, handler(FIND, new Handler(() -> search.setFocus(), () -> true)));
		handlers.activateHandler(FILTER_COLUMN, handler(FILTER_COLUMN, new Handler(this::editFilterOfSelectedColumn, this::hasTable)));
		handlers.activateHandler(CLEAR_FILTERS, handler(CLEAR_FILTERS, new Handler(this::clearFilters, this::hasTable)));
		handlers.activateHandler(GROUP_BY, new GroupByHandler());
		handlers.activateHandler(EXPAND_GROUPS, handler(EXPAND_GROUPS, new Handler(() -> setAllCollapsed(false), () -> rows.grouping() != null)));
		handlers.activateHandler(COLLAPSE_GROUPS, handler(COLLAPSE_GROUPS, new Handler(() -> setAllCollapsed(true), () -> rows.grouping() != null)));
		handlers.activateHandler(RESET_LAYOUT, handler(RESET_LAYOUT, new Handler(this::resetLayout, this::hasTable)));
	}

	private Handler handler(String commandId, Handler handler) {
		handlersById.put(commandId, handler);
		return handler;
	}

	/** A command's handler over two methods of the grid. */
	public static final class Handler {

		private final Runnable action;
		private final BooleanSupplier enabled;

		Handler(Runnable action, BooleanSupplier enabled) {
			this.action = action;
			this.enabled = enabled;
		}

		@CanExecute
		public boolean canExecute() {
			return enabled.getAsBoolean();
		}

		@Execute
		public void execute() {
			action.run();
		}
	}

	/** Group by, with the grouping's name as parameter ("" or none: no grouping). */
	public final class GroupByHandler {

		@CanExecute
		public boolean canExecute() {
			return hasTable();
		}

		@Execute
		public void execute(@org.eclipse.e4.core.di.annotations.Optional @jakarta.inject.Named(GROUPING_PARAMETER) String name) {
			Grouping chosen = null;
			if (name != null && !name.isBlank()) {
				try {
					chosen = Grouping.valueOf(name);
				} catch (IllegalArgumentException e) {
					chosen = null;
				}
			}
			setGrouping(chosen);
		}
	}

	/** While the table has focus: its key context and the copy and paste handlers. */
	private void trackFocus(Control control) {
		EContextService contexts = context.get(EContextService.class);
		EHandlerService handlers = context.get(EHandlerService.class);
		Handler copy = new Handler(this::copy, this::hasAnchor);
		Handler paste = new Handler(this::pasteClipboard, () -> canEdit() && hasAnchor());
		control.addListener(SWT.FocusIn, event -> {
			contexts.activateContext(GRID_CONTEXT);
			handlers.activateHandler(COPY, copy);
			handlers.activateHandler(PASTE, paste);
		});
		control.addListener(SWT.FocusOut, event -> {
			contexts.deactivateContext(GRID_CONTEXT);
			handlers.deactivateHandler(COPY, copy);
			handlers.deactivateHandler(PASTE, paste);
		});
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
		disposeSearchIndex();
	}

	// Session

	@Override
	public void sessionChanged(LedgerSession newSession) {
		if (table != null) {
			saveLayout();
			table.natTable.dispose();
			table = null;
		}
		disposeSearchIndex();
		session = newSession;
		observe(newSession == null ? null : newSession.editingDomain().getCommandStack());
		refusal = null;
		search.setText(""); //$NON-NLS-1$
		grouping.select(0);
		Ledger ledger = newSession == null ? null : newSession.ledger();
		rows.setLedger(ledger, currentAsOf());
		if (ledger != null) {
			searchIndex = CompletableFuture.supplyAsync(() -> new SearchIndex(ledger));
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
		modelDirty = false;
		scheduleSummary();
		updateTools();
		status(null);
	}

	private void installListeners(GridTable grid) {
		trackFocus(grid.natTable);
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
		Menu menu = contextMenu(grid);
		grid.natTable.setMenu(menu);
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

	private Menu contextMenu(GridTable grid) {
		MenuManager manager = new MenuManager();
		manager.add(commandItem(OPEN_ISSUE, null));
		manager.add(new Separator());
		manager.add(commandItem(COPY, Messages.Menu_copy));
		manager.add(commandItem(PASTE, Messages.Menu_paste));
		manager.add(commandItem(FILL_DOWN, null));
		manager.add(new Separator());
		manager.add(commandItem(ADD_ISSUE, null));
		manager.add(commandItem(DELETE_ISSUES, null));
		manager.add(new Separator());
		manager.add(commandItem(FILTER_COLUMN, null));
		manager.add(commandItem(CLEAR_FILTERS, null));
		manager.add(commandItem(EXPAND_GROUPS, null));
		manager.add(commandItem(COLLAPSE_GROUPS, null));
		manager.add(new Separator());
		manager.add(commandItem(CHOOSE_COLUMNS, null));
		manager.add(commandItem(FREEZE_COLUMNS, null));
		manager.add(commandItem(UNFREEZE_COLUMNS, null));
		Menu menu = manager.createContextMenu(grid.natTable);
		grid.natTable.addDisposeListener(event -> manager.dispose());
		return menu;
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
		org.eclipse.emf.common.command.Command recent = source.getMostRecentCommand();
		if (searchIndex != null && recent != null) {
			if (searchIndex.isDone()) {
				searchIndex().refreshAffected(recent.getAffectedObjects());
			} else {
				pendingAffected.addAll(recent.getAffectedObjects());
			}
		}
	}

	/** The search index, once built, up to date with the commands executed meanwhile. */
	private SearchIndex searchIndex() {
		SearchIndex index = searchIndex.join();
		if (!pendingAffected.isEmpty()) {
			index.refreshAffected(pendingAffected);
			pendingAffected.clear();
		}
		return index;
	}

	private void disposeSearchIndex() {
		if (searchIndex != null) {
			searchIndex.thenAccept(SearchIndex::dispose);
			searchIndex = null;
		}
		pendingAffected.clear();
		searchQuery = ""; //$NON-NLS-1$
	}

	@Override
	public void modelChanged(LedgerSession changed) {
		if (modelDirty) {
			refreshAfterChange();
		}
	}

	/** Shows the ledger as it is now, keeping the selected cell on its issue. */
	private void refreshAfterChange() {
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
			rows.setSearch(searchIndex().matcher(searchQuery));
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
	public org.eclipse.nebula.widgets.nattable.NatTable natTable() {
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

	private boolean hasTable() {
		return table != null;
	}

	private boolean hasAnchor() {
		return table != null && table.anchor() != null;
	}

	private boolean hasSelectedIssue() {
		return table != null && !table.selectedIssues().isEmpty();
	}

	private boolean canEdit() {
		return session != null && !session.isReadOnly();
	}

	@Override
	public boolean isReadOnly() {
		return session == null || session.isReadOnly();
	}

	// Criteria

	/** Restricts the rows to {@code scope} ({@code null}: all issues), named in the summary bar. */
	public void setScope(java.util.function.Predicate<Issue> scope, String name) {
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
		rows.setSearch(searchQuery.isEmpty() ? null : searchIndex().matcher(searchQuery));
		afterCriteria();
	}

	/** Groups the rows ({@code null}: no groups). */
	void setGrouping(Grouping newGrouping) {
		rows.setGrouping(newGrouping);
		grouping.select(newGrouping == null ? 0 : newGrouping.ordinal() + 1);
		afterCriteria();
	}

	private void setAllCollapsed(boolean collapse) {
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

	private void clearFilters() {
		if (table != null) {
			table.natTable.doCommand(new ClearAllFiltersCommand());
			table.filters.clearErrors();
		}
		search.setText(""); //$NON-NLS-1$
		search.getDisplay().timerExec(-1, applySearch);
		applySearch();
	}

	/** Opens the filter cell of the selected column (the filter row is the grid's second row). */
	private void editFilterOfSelectedColumn() {
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

	/** Updates the summary bar after the grid has painted: on 100,000 issues it takes a moment. */
	private void scheduleSummary() {
		if (summaryPending) {
			return;
		}
		summaryPending = true;
		root.getDisplay().asyncExec(() -> {
			summaryPending = false;
			updateSummary();
		});
	}

	private void updateSummary() {
		if (summary.isDisposed()) {
			return;
		}
		Ledger ledger = rows.ledger();
		if (ledger == null) {
			summary.setText(Messages.Grid_noLedger);
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
		updateTools();
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
		if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty() || rows.ledger() == null) {
			return;
		}
		Object element = structured.getFirstElement();
		if (element instanceof Ledger) {
			setScope(null, null);
		} else if (element instanceof InspectionRound round) {
			setScope(IssueFilters.of(round), taizhang.ui.internal.Labels.of(round.getName()));
		} else if (element instanceof Organization organization) {
			setScope(IssueFilters.of(organization), taizhang.ui.internal.Labels.name(organization));
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
		updateTools();
		StructuredSelection issues = new StructuredSelection(table == null ? List.of() : table.selectedIssues());
		selectionService.setSelection(issues);
		selectionService.setPostSelection(issues);
	}

	// Editing

	@Override
	public String refusal(Issue issue, LedgerColumn column) {
		Refusal last = refusal;
		return last != null && last.issue() == issue && last.columnId().equals(column.id()) ? last.message() : null;
	}

	@Override
	public void commit(Issue issue, LedgerColumn column, String text) {
		if (isReadOnly()) {
			refuse(issue, column, Messages.Grid_readOnly);
			return;
		}
		EditResult result = CellEdits.set(session.editingDomain(), session.ledger(), issue, column, text);
		if (!result.ok()) {
			String message = result.problems().isEmpty() ? Messages.Grid_refused : result.problems().get(0).message();
			refuse(issue, column, NLS.bind(Messages.Grid_refusedCell, column.header(), message));
			return;
		}
		refusal = null;
		if (!result.changesNothing()) {
			execute(result.command());
		}
		status(null);
	}

	private void refuse(Issue issue, LedgerColumn column, String message) {
		refusal = new Refusal(issue, column.id(), message);
		status(message);
		if (table != null) {
			table.natTable.redraw();
		}
	}

	/** Executes a command on the ledger's stack and shows its outcome at once. */
	private boolean execute(org.eclipse.emf.common.command.Command command) {
		try {
			stack.execute(command);
		} catch (RuntimeException e) {
			// The store rolled the change back: the file and the grid still agree.
			ILog.of(LedgerGridPart.class).error("Could not save a change to the ledger", e); //$NON-NLS-1$
			MessageDialog.openError(root.getShell(), Messages.Grid_title,
					NLS.bind(Messages.Grid_saveFailed, e.getLocalizedMessage()));
			return false;
		}
		refreshAfterChange();
		return true;
	}

	/** Copies the selected block as tab-separated text (what spreadsheets paste). */
	@Override
	public void copy() {
		if (table == null) {
			return;
		}
		List<Issue> issues = new ArrayList<>();
		for (int row : table.selectedRowPositions()) {
			if (rows.getRowObject(row) instanceof Issue issue) {
				issues.add(issue);
			}
		}
		int[] columns = table.selectedColumnPositions();
		if (issues.isEmpty() || columns.length == 0) {
			return;
		}
		List<LedgerColumn> visible = table.visibleColumns();
		List<LedgerColumn> block = new ArrayList<>();
		for (int position : columns) {
			block.add(visible.get(position));
		}
		String text = CellEdits.copy(issues, block);
		Clipboard clipboard = new Clipboard(root.getDisplay());
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
		status(NLS.bind(Messages.Grid_copied, issues.size(), block.size()));
	}

	private void pasteClipboard() {
		Clipboard clipboard = new Clipboard(root.getDisplay());
		String text;
		try {
			text = (String) clipboard.getContents(TextTransfer.getInstance());
		} finally {
			clipboard.dispose();
		}
		if (text != null) {
			paste(text);
		}
	}

	/**
	 * Pastes a tab-separated block at the selection's anchor as one command; when any cell does not
	 * fit, changes nothing and lists the problems in one dialog.
	 */
	boolean paste(String tabSeparated) {
		PositionCoordinate anchor = table == null ? null : table.anchor();
		if (anchor == null || isReadOnly()) {
			return false;
		}
		List<Issue> shown = rows.shownIssues();
		int firstRow = firstShownIssueFrom(anchor.rowPosition);
		if (firstRow < 0) {
			return false;
		}
		EditResult result = CellEdits.paste(session.editingDomain(), session.ledger(), shown, table.visibleColumns(),
				firstRow, anchor.columnPosition, tabSeparated);
		if (!result.ok()) {
			showProblems(Messages.Paste_title, Messages.Paste_refused, result.problems());
			return false;
		}
		if (!result.changesNothing() && execute(result.command())) {
			status(Messages.Paste_done);
		}
		return true;
	}

	/** Copies the first selected row's cells into the other selected rows, as one command. */
	boolean fillDown() {
		if (table == null || isReadOnly()) {
			return false;
		}
		List<Integer> selectedRows = table.selectedRowPositions();
		int[] columns = table.selectedColumnPositions();
		if (selectedRows.isEmpty() || columns.length == 0) {
			return false;
		}
		int first = firstShownIssueFrom(selectedRows.get(0));
		int last = lastShownIssueUpTo(selectedRows.get(selectedRows.size() - 1));
		if (first < 0 || last <= first) {
			status(Messages.FillDown_needRows);
			return false;
		}
		EditResult result = CellEdits.fillDown(session.editingDomain(), session.ledger(), rows.shownIssues(),
				table.visibleColumns(), first, last, columns[0], columns[columns.length - 1]);
		if (!result.ok()) {
			showProblems(Messages.FillDown_title, Messages.FillDown_refused, result.problems());
			return false;
		}
		if (!result.changesNothing() && execute(result.command())) {
			status(null);
		}
		return true;
	}

	/** The index among the shown issues of the first issue row at or after {@code rowPosition}. */
	private int firstShownIssueFrom(int rowPosition) {
		List<Object> all = rows.rows();
		for (int row = rowPosition; row < all.size(); row++) {
			if (all.get(row) instanceof Issue issue) {
				return rows.shownIssues().indexOf(issue);
			}
		}
		return -1;
	}

	private int lastShownIssueUpTo(int rowPosition) {
		List<Object> all = rows.rows();
		for (int row = Math.min(rowPosition, all.size() - 1); row >= 0; row--) {
			if (all.get(row) instanceof Issue issue) {
				return rows.shownIssues().indexOf(issue);
			}
		}
		return -1;
	}

	private void showProblems(String title, String message, List<CellProblem> problems) {
		status(NLS.bind(Messages.Grid_problems, problems.size()));
		new ProblemsDialog(root.getShell(), title, message, problems).open();
	}

	/** Adds an issue to the round of the selected issue (or the scoped or latest round) and selects it. */
	Issue addIssue() {
		if (isReadOnly()) {
			return null;
		}
		Ledger ledger = session.ledger();
		InspectionRound round = null;
		List<Issue> selected = table == null ? List.of() : table.selectedIssues();
		if (!selected.isEmpty()) {
			round = selected.get(0).getRound();
		}
		if (round == null && !ledger.getRounds().isEmpty()) {
			round = ledger.getRounds().get(ledger.getRounds().size() - 1);
		}
		int before = ledger.getIssues().size();
		if (!execute(IssueCommands.add(session.editingDomain(), ledger, round))) {
			return null;
		}
		if (ledger.getIssues().size() <= before) {
			return null;
		}
		Issue added = ledger.getIssues().get(ledger.getIssues().size() - 1);
		reveal(added);
		table.natTable.setFocus();
		return added;
	}

	/** Deletes the selected issues after asking; undoable. */
	boolean deleteSelected() {
		List<Issue> selected = table == null ? List.of() : table.selectedIssues();
		if (selected.isEmpty() || isReadOnly()) {
			return false;
		}
		String names = selected.size() == 1
				? NLS.bind(Messages.Delete_one, label(selected.get(0)))
				: NLS.bind(Messages.Delete_many, selected.size());
		if (!MessageDialog.openConfirm(root.getShell(), Messages.Delete_title, names)) {
			return false;
		}
		if (execute(IssueCommands.delete(session.editingDomain(), session.ledger(), selected))) {
			status(NLS.bind(Messages.Delete_done, selected.size()));
			return true;
		}
		return false;
	}

	private static String label(Issue issue) {
		String caseNumber = issue.getCaseNumber();
		return caseNumber == null || caseNumber.isBlank() ? "#" + issue.getSequenceNumber() : caseNumber; //$NON-NLS-1$
	}

	// Opening

	private void openSelected() {
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
		ICommandService commands = window.getService(ICommandService.class);
		IHandlerService handlers = window.getService(IHandlerService.class);
		Command editor = commands.getCommand(OPEN_ISSUE_EDITOR);
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

	private void chooseColumns() {
		GridLayout current = GridLayout.of(table);
		List<ColumnsDialog.Entry> entries = new ArrayList<>();
		for (String id : current.order()) {
			LedgerColumn column = taizhang.ledger.LedgerColumns.byId(rows.columns(), id).orElseThrow();
			entries.add(new ColumnsDialog.Entry(id, column.header(), !current.hidden().contains(id)));
		}
		List<ColumnsDialog.Entry> defaults = new ArrayList<>();
		for (LedgerColumn column : rows.columns()) {
			defaults.add(new ColumnsDialog.Entry(column.id(), column.header(), true));
		}
		ColumnsDialog dialog = new ColumnsDialog(root.getShell(), entries, defaults);
		if (dialog.open() != org.eclipse.jface.window.Window.OK || dialog.result() == null) {
			return;
		}
		List<String> order = new ArrayList<>();
		java.util.Set<String> hidden = new java.util.HashSet<>();
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

	private void freezeAtSelection() {
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

	private void resetLayout() {
		List<String> order = new ArrayList<>();
		java.util.Map<String, Integer> widths = new java.util.HashMap<>();
		for (LedgerColumn column : rows.columns()) {
			order.add(column.id());
			widths.put(column.id(), column.defaultWidth());
		}
		new GridLayout(order, java.util.Set.of(), widths, 0).applyTo(table);
		saveLayout();
	}

	private void scheduleLayoutSave() {
		Display display = root.getDisplay();
		display.timerExec(-1, saveLayout);
		display.timerExec(LAYOUT_SAVE_DELAY, saveLayout);
	}

	/** Writes the layout when it changed since it was last read or written. */
	void saveLayout() {
		if (table == null || table.natTable.isDisposed()) {
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
