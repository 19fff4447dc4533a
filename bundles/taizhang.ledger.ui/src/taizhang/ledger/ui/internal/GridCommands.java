package taizhang.ledger.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.EContextService;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

import jakarta.inject.Named;
import taizhang.ledger.Grouping;

/**
 * The grid's commands (declared with their keys in plugin.xml, so that menus, key bindings and
 * Quick Access find them), their handlers in the grid part's context, its tool bar and its context
 * menu. The grid's commands act while the part is active; copy, paste and the cell keys (Delete,
 * Insert, Ctrl+D) only while the table itself has focus, so that they keep their usual meaning in
 * the search field and in an open cell editor.
 */
final class GridCommands {

	/** The key context of the cell keys. */
	static final String GRID_CONTEXT = "taizhang.ledger.ui.gridContext"; //$NON-NLS-1$

	private static final String PREFIX = "taizhang.ledger.ui."; //$NON-NLS-1$
	static final String ADD_ISSUE = PREFIX + "addIssue"; //$NON-NLS-1$
	static final String DELETE_ISSUES = PREFIX + "deleteIssues"; //$NON-NLS-1$
	static final String FILL_DOWN = PREFIX + "fillDown"; //$NON-NLS-1$
	static final String OPEN_ISSUE = PREFIX + "openIssue"; //$NON-NLS-1$
	static final String CHOOSE_COLUMNS = PREFIX + "chooseColumns"; //$NON-NLS-1$
	static final String FREEZE_COLUMNS = PREFIX + "freezeColumns"; //$NON-NLS-1$
	static final String UNFREEZE_COLUMNS = PREFIX + "unfreezeColumns"; //$NON-NLS-1$
	static final String FIND = PREFIX + "find"; //$NON-NLS-1$
	static final String FILTER_COLUMN = PREFIX + "filterColumn"; //$NON-NLS-1$
	static final String CLEAR_FILTERS = PREFIX + "clearFilters"; //$NON-NLS-1$
	static final String GROUP_BY = PREFIX + "groupBy"; //$NON-NLS-1$
	static final String GROUPING_PARAMETER = PREFIX + "grouping"; //$NON-NLS-1$
	static final String EXPAND_GROUPS = PREFIX + "expandGroups"; //$NON-NLS-1$
	static final String COLLAPSE_GROUPS = PREFIX + "collapseGroups"; //$NON-NLS-1$
	static final String RESET_LAYOUT = PREFIX + "resetLayout"; //$NON-NLS-1$
	static final String COPY = "org.eclipse.ui.edit.copy"; //$NON-NLS-1$
	static final String PASTE = "org.eclipse.ui.edit.paste"; //$NON-NLS-1$
	/** The issue editor's command (bundle taizhang.issue.ui); the Properties view stands in without it. */
	static final String OPEN_ISSUE_EDITOR = "taizhang.issue.ui.open"; //$NON-NLS-1$

	private final LedgerGridPart grid;
	private final IEclipseContext context;
	private final IWorkbenchWindow window;
	private final Map<String, Handler> handlers = new HashMap<>();
	private final List<Runnable> toolUpdates = new ArrayList<>();

	GridCommands(LedgerGridPart grid, IEclipseContext context, IWorkbenchWindow window) {
		this.grid = grid;
		this.context = context;
		this.window = window;
	}

	/** Activates the grid's handlers in the part's context. */
	void activate() {
		handler(ADD_ISSUE, () -> grid.edits().addIssue(), grid::canEdit);
		handler(DELETE_ISSUES, () -> grid.edits().deleteSelected(), () -> grid.canEdit() && grid.hasSelectedIssue());
		handler(FILL_DOWN, () -> grid.edits().fillDown(), () -> grid.canEdit() && grid.hasSelectedIssue());
		handler(OPEN_ISSUE, grid::openSelected, grid::hasAnchor);
		handler(CHOOSE_COLUMNS, grid::chooseColumns, grid::hasTable);
		handler(FREEZE_COLUMNS, grid::freezeAtSelection, grid::hasAnchor);
		handler(UNFREEZE_COLUMNS, () -> grid.freezeColumns(0), () -> grid.hasTable() && grid.table().frozenColumns() > 0);
		handler(FIND, grid::focusSearch, () -> true);
		handler(FILTER_COLUMN, grid::editFilterOfSelectedColumn, grid::hasTable);
		handler(CLEAR_FILTERS, grid::clearFilters, grid::hasTable);
		handler(EXPAND_GROUPS, () -> grid.setAllCollapsed(false), () -> grid.rows().grouping() != null);
		handler(COLLAPSE_GROUPS, () -> grid.setAllCollapsed(true), () -> grid.rows().grouping() != null);
		handler(RESET_LAYOUT, grid::resetLayout, grid::hasTable);
		context.get(EHandlerService.class).activateHandler(GROUP_BY, new GroupByHandler(grid));
	}

	private void handler(String commandId, Runnable action, BooleanSupplier enabled) {
		Handler handler = new Handler(action, enabled);
		handlers.put(commandId, handler);
		context.get(EHandlerService.class).activateHandler(commandId, handler);
	}

	/** While {@code control} has focus: the cell keys' context and the copy and paste handlers. */
	void trackFocus(Control control) {
		EContextService contexts = context.get(EContextService.class);
		EHandlerService service = context.get(EHandlerService.class);
		Handler copy = new Handler(grid::copy, grid::hasAnchor);
		Handler paste = new Handler(() -> grid.edits().pasteClipboard(), () -> grid.canEdit() && grid.hasAnchor());
		control.addListener(SWT.FocusIn, event -> {
			contexts.activateContext(GRID_CONTEXT);
			service.activateHandler(COPY, copy);
			service.activateHandler(PASTE, paste);
		});
		control.addListener(SWT.FocusOut, event -> {
			contexts.deactivateContext(GRID_CONTEXT);
			service.deactivateHandler(COPY, copy);
			service.deactivateHandler(PASTE, paste);
		});
	}

	/** The tool bar above the grid: short labels, the command's name as tooltip. */
	ToolBar toolBar(Composite parent) {
		ToolBar tools = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
		toolItem(tools, Messages.Tool_add, ADD_ISSUE);
		toolItem(tools, Messages.Tool_delete, DELETE_ISSUES);
		new ToolItem(tools, SWT.SEPARATOR);
		toolItem(tools, Messages.Tool_columns, CHOOSE_COLUMNS);
		toolItem(tools, Messages.Tool_freeze, FREEZE_COLUMNS);
		toolItem(tools, Messages.Tool_clearFilters, CLEAR_FILTERS);
		return tools;
	}

	private void toolItem(ToolBar tools, String text, String commandId) {
		ToolItem item = new ToolItem(tools, SWT.PUSH);
		item.setText(text);
		Command command = window.getService(ICommandService.class).getCommand(commandId);
		try {
			item.setToolTipText(command.getName());
		} catch (NotDefinedException e) {
			item.setToolTipText(text);
		}
		item.addListener(SWT.Selection, event -> execute(commandId));
		toolUpdates.add(() -> {
			if (!item.isDisposed()) {
				item.setEnabled(handlers.get(commandId).canExecute());
			}
		});
	}

	/** Runs a command as its menu item or key would. */
	void execute(String commandId) {
		try {
			window.getService(IHandlerService.class).executeCommand(commandId, null);
		} catch (Exception e) {
			// Not enabled at this moment (the buttons follow a moment later): nothing to do.
			ILog.of(GridCommands.class).info("Command " + commandId + " not executed: " + e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Enables the tool buttons that can act now. */
	void update() {
		toolUpdates.forEach(Runnable::run);
	}

	/** The grid's context menu; its entries show their keys. */
	Menu contextMenu(Control control) {
		MenuManager manager = new MenuManager();
		manager.add(item(OPEN_ISSUE, null));
		manager.add(new Separator());
		manager.add(item(COPY, Messages.Menu_copy));
		manager.add(item(PASTE, Messages.Menu_paste));
		manager.add(item(FILL_DOWN, null));
		manager.add(new Separator());
		manager.add(item(ADD_ISSUE, null));
		manager.add(item(DELETE_ISSUES, null));
		manager.add(new Separator());
		manager.add(item(FILTER_COLUMN, null));
		manager.add(item(CLEAR_FILTERS, null));
		manager.add(item(EXPAND_GROUPS, null));
		manager.add(item(COLLAPSE_GROUPS, null));
		manager.add(new Separator());
		manager.add(item(CHOOSE_COLUMNS, null));
		manager.add(item(FREEZE_COLUMNS, null));
		manager.add(item(UNFREEZE_COLUMNS, null));
		control.addDisposeListener(event -> manager.dispose());
		return manager.createContextMenu(control);
	}

	private CommandContributionItem item(String commandId, String label) {
		CommandContributionItemParameter parameter = new CommandContributionItemParameter(window, null, commandId,
				CommandContributionItem.STYLE_PUSH);
		parameter.label = label;
		return new CommandContributionItem(parameter);
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
	public static final class GroupByHandler {

		private final LedgerGridPart grid;

		GroupByHandler(LedgerGridPart grid) {
			this.grid = grid;
		}

		@CanExecute
		public boolean canExecute() {
			return grid.hasTable();
		}

		@Execute
		public void execute(@Optional @Named(GROUPING_PARAMETER) String name) {
			Grouping chosen = null;
			for (Grouping grouping : Grouping.values()) {
				if (grouping.name().equals(name)) {
					chosen = grouping;
				}
			}
			grid.setGrouping(chosen);
		}
	}
}
