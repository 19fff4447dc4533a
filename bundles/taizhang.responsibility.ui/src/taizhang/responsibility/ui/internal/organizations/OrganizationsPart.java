package taizhang.responsibility.ui.internal.organizations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.EContextService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IDisposable;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.menus.IMenuService;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import taizhang.core.LedgerSession;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.model.structure.Organizations;
import taizhang.responsibility.MovePersonCommand;
import taizhang.responsibility.MoveUnitCommand;
import taizhang.responsibility.ResponsibilityCommand;
import taizhang.responsibility.ui.ResponsibilityViews;
import taizhang.responsibility.ui.internal.Edits;
import taizhang.responsibility.ui.internal.Messages;
import taizhang.responsibility.ui.internal.Navigation;
import taizhang.responsibility.ui.internal.dialogs.MovePersonDialog;
import taizhang.ui.LedgerSessionService;
import taizhang.ui.internal.SessionTracker;
import taizhang.ui.internal.emf.ItemLabelProvider;
import taizhang.ui.internal.emf.ItemProviders;

/**
 * The responsibility structure (责任体系): the organization tree with the people of each unit, their
 * titles, positions and how many issues each answers for. Units and people are created, renamed,
 * moved (also by drag and drop), merged, split and retired through the commands of the context menu;
 * every change is one undoable command on the open ledger. Selecting a unit or a person selects it
 * in the workbench.
 */
public class OrganizationsPart implements SessionTracker.Callback {

	/** Keys of the tree's context: active while the view is. */
	public static final String CONTEXT = "taizhang.responsibility.ui.organizationsContext"; //$NON-NLS-1$

	private static final int FILTER_DELAY_MS = 250;

	@Inject
	private LedgerSessionService sessions;

	@Inject
	private ESelectionService selectionService;

	@Inject
	private EContextService contextService;

	@Inject
	private IWorkbenchWindow window;

	private Text filterText;
	private TreeViewer viewer;
	private OrganizationIndex index;
	private LedgerSession session;
	private ItemLabelProvider itemLabels;
	private AdapterFactory ownedFactory;
	private String filter = ""; //$NON-NLS-1$
	/** Whether a command changed the ledger since the index was made (the index walks every issue). */
	private boolean stale;
	private final CommandStackListener staleness = event -> stale = true;
	private final Runnable applyFilter = () -> {
		if (!filterText.isDisposed()) {
			setFilter(filterText.getText());
		}
	};

	@PostConstruct
	public void create(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		filterText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setMessage(Messages.Organizations_filter);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
		// Typing a name filters once the user pauses: each filtering reads and expands the whole tree.
		filterText.addModifyListener(e -> filterText.getDisplay().timerExec(FILTER_DELAY_MS, applyFilter));

		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.getTree().setHeaderVisible(true);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ContentProvider());
		for (OrganizationColumn column : OrganizationColumn.values()) {
			TreeViewerColumn treeColumn = new TreeViewerColumn(viewer, SWT.LEFT);
			treeColumn.getColumn().setText(column.header());
			treeColumn.getColumn().setWidth(column.width());
			treeColumn.setLabelProvider(new ColumnLabels(column));
		}
		viewer.addFilter(new NameFilter());
		viewer.addSelectionChangedListener(event -> publish(event.getStructuredSelection()));
		viewer.addDoubleClickListener(event -> open(((IStructuredSelection) event.getSelection()).getFirstElement()));
		addDragAndDrop();
		createContextMenu();
		contextService.activateContext(CONTEXT);
		SessionTracker.track(sessions, viewer.getControl(), this);
	}

	private void addDragAndDrop() {
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				Object element = viewer.getStructuredSelection().getFirstElement();
				event.doit = element instanceof Person || element instanceof Organization unit && !unit.isRetired();
				if (event.doit) {
					LocalSelectionTransfer.getTransfer().setSelection(viewer.getStructuredSelection());
				}
			}

			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = LocalSelectionTransfer.getTransfer().getSelection();
			}

			@Override
			public void dragFinished(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(null);
			}
		});
		viewer.addDropSupport(DND.DROP_MOVE, transfers, new OrganizationDropAdapter(this));
	}

	/** The context menu: the commands contributed to {@code popup:<this view's id>} (plugin.xml). */
	private void createContextMenu() {
		MenuManager menu = new MenuManager();
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		IMenuService menus = PlatformUI.getWorkbench().getService(IMenuService.class);
		menus.populateContributionManager(menu, "popup:" + ResponsibilityViews.ORGANIZATIONS); //$NON-NLS-1$
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		viewer.getControl().addDisposeListener(event -> {
			menus.releaseContributions(menu);
			menu.dispose();
		});
	}

	@Focus
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@PreDestroy
	public void dispose() {
		if (session != null) {
			session.editingDomain().getCommandStack().removeCommandStackListener(staleness);
		}
		disposeLabels(itemLabels, ownedFactory);
		itemLabels = null;
		ownedFactory = null;
	}

	/** The tree, for tests. */
	public TreeViewer viewer() {
		return viewer;
	}

	/** The filter field, for tests. */
	public Text filterText() {
		return filterText;
	}

	@Override
	public void sessionChanged(LedgerSession newSession) {
		ItemLabelProvider oldLabels = itemLabels;
		AdapterFactory oldFactory = ownedFactory;
		if (session != null) {
			session.editingDomain().getCommandStack().removeCommandStackListener(staleness);
		}
		session = newSession;
		stale = false;
		if (newSession != null) {
			newSession.editingDomain().getCommandStack().addCommandStackListener(staleness);
		}
		itemLabels = null;
		ownedFactory = null;
		if (newSession == null) {
			index = null;
			viewer.setInput(null);
		} else {
			AdapterFactory factory = ItemProviders.domainFactory(newSession.editingDomain());
			if (factory == null) {
				ownedFactory = ItemProviders.newAdapterFactory();
				factory = ownedFactory;
			}
			itemLabels = new ItemLabelProvider(factory);
			index = new OrganizationIndex(newSession.ledger());
			viewer.setInput(index);
			viewer.expandToLevel(2);
		}
		disposeLabels(oldLabels, oldFactory);
	}

	@Override
	public void modelChanged(LedgerSession changed) {
		if (stale) {
			refresh();
		}
		Navigation.refreshProperties(window);
	}

	/** Reads the ledger again; expanded units stay expanded, the selection stays where it can. */
	public void refresh() {
		if (session == null) {
			return;
		}
		Object[] expanded = viewer.getExpandedElements();
		IStructuredSelection selection = viewer.getStructuredSelection();
		TreeItem topItem = viewer.getTree().getTopItem();
		Object top = topItem == null ? null : topItem.getData();
		stale = false;
		index = new OrganizationIndex(session.ledger());
		viewer.getTree().setRedraw(false);
		try {
			viewer.setInput(index);
			viewer.setExpandedElements(expanded);
			// the rows the user looked at stay where they were, not back at the top
			if (top != null && index.contains(top) && viewer.testFindItem(top) instanceof TreeItem item) {
				viewer.getTree().setTopItem(item);
			}
			List<Object> kept = new ArrayList<>();
			for (Object element : selection) {
				if (index.contains(element)) {
					kept.add(element);
				}
			}
			viewer.setSelection(new StructuredSelection(kept), true);
		} finally {
			viewer.getTree().setRedraw(true);
		}
	}

	/**
	 * Selects and shows a unit or a person (after reading the ledger again if a command changed it:
	 * the unit may be new); {@code false} when the ledger shown does not hold it.
	 */
	public boolean reveal(Object element) {
		return reveal(List.of(element));
	}

	/**
	 * Shows the units and people among {@code elements}, e.g. what a command affected, and selects the
	 * last of them.
	 */
	public boolean reveal(Collection<?> elements) {
		// Only a command makes the index miss a unit of the ledger shown: an object of another ledger
		// (one whose opening this view has not heard of yet) is not worth walking every issue again.
		if (stale) {
			refresh();
		}
		if (index == null) {
			return false;
		}
		List<Object> shown = new ArrayList<>();
		for (Object element : elements) {
			if ((element instanceof Organization || element instanceof Person) && index.contains(element)) {
				if (!filter.isEmpty() && !matches(element)) {
					filterText.setText(""); //$NON-NLS-1$
					filterText.getDisplay().timerExec(-1, applyFilter);
					setFilter(""); //$NON-NLS-1$
				}
				List<Object> path = new ArrayList<>();
				for (Object p = index.parent(element); p != null; p = index.parent(p)) {
					path.add(0, p);
				}
				for (Object p : path) {
					viewer.setExpandedState(p, true);
				}
				shown.add(element);
			}
		}
		if (shown.isEmpty()) {
			return false;
		}
		// A single-selection tree given several rows selects none: of several, the last is selected,
		// which for a merge is the unit that took everything over (the retired one is shown too).
		for (Object element : shown.subList(0, shown.size() - 1)) {
			viewer.reveal(element);
		}
		viewer.setSelection(new StructuredSelection(shown.get(shown.size() - 1)), true);
		return true;
	}

	/** The ledger the view shows, {@code null} for none. */
	public LedgerSession session() {
		return session;
	}

	/** The elements selected in the tree. */
	public IStructuredSelection selection() {
		return viewer.getStructuredSelection();
	}

	/** Whether {@code dragged} may be dropped on {@code target} (a unit, a person's unit, or the top). */
	boolean canDrop(Object dragged, Object target) {
		if (session == null || session.isReadOnly()) {
			return false;
		}
		Organization unit = targetUnit(target);
		if (dragged instanceof Organization moved) {
			if (moved.isRetired() || target != null && unit == null) {
				return false;
			}
			return moved.getParent() != unit && !Organizations.wouldCycle(moved, unit) && (unit == null || !unit.isRetired());
		}
		if (dragged instanceof Person person) {
			return unit != null && !unit.isRetired() && person.getOrganization() != unit;
		}
		return false;
	}

	/**
	 * Moves {@code dragged} (a unit or a person) to {@code target}, as a drop does: a unit under the
	 * target unit (the top of the tree for none); a person into the unit, keeping their assignments
	 * unless that would leave them responsible for issues outside their new unit: then the move
	 * dialog asks who takes those over.
	 */
	public boolean drop(Object dragged, Object target) {
		if (!canDrop(dragged, target)) {
			return false;
		}
		Organization unit = targetUnit(target);
		if (dragged instanceof Organization moved) {
			MoveUnitCommand command = new MoveUnitCommand(session.editingDomain(), moved, unit);
			return execute(command, moved);
		}
		Person person = (Person) dragged;
		MovePersonCommand keep = new MovePersonCommand(session.editingDomain(), session.ledger(), person, unit,
				MovePersonCommand.Handling.KEEP, null);
		if (keep.conflicts().isEmpty()) {
			return execute(keep, person);
		}
		MovePersonDialog dialog = new MovePersonDialog(viewer.getControl().getShell(), session, person, unit);
		if (dialog.open() != MovePersonDialog.OK) {
			return false;
		}
		return execute(dialog.command(), person);
	}

	private boolean execute(ResponsibilityCommand command, Object shown) {
		if (Edits.execute(viewer.getControl().getShell(), session, command)) {
			reveal(shown);
			return true;
		}
		return false;
	}

	private static Organization targetUnit(Object target) {
		if (target instanceof Organization unit) {
			return unit;
		}
		if (target instanceof Person person) {
			return person.getOrganization();
		}
		return null;
	}

	private void open(Object element) {
		if (element instanceof Person || element instanceof Organization) {
			String view = element instanceof Person ? ResponsibilityViews.PERSON_DOSSIER : ResponsibilityViews.UNIT_DOSSIER;
			IWorkbenchPage page = window.getActivePage();
			try {
				page.showView(view, null, IWorkbenchPage.VIEW_VISIBLE);
			} catch (PartInitException e) {
				// the dossier is a convenience: the selection is shown in Properties all the same
			}
		}
		if (element != null && viewer.isExpandable(element) && element instanceof Organization) {
			viewer.setExpandedState(element, !viewer.getExpandedState(element));
		}
	}

	private void publish(IStructuredSelection selection) {
		List<EObject> objects = new ArrayList<>();
		for (Object element : selection) {
			if (element instanceof EObject object) {
				objects.add(object);
			}
		}
		StructuredSelection modelSelection = new StructuredSelection(objects);
		selectionService.setSelection(modelSelection);
		selectionService.setPostSelection(modelSelection);
	}

	private void setFilter(String text) {
		filter = text.strip();
		viewer.getTree().setRedraw(false);
		try {
			viewer.refresh();
			if (!filter.isEmpty()) {
				viewer.expandAll();
			}
		} finally {
			viewer.getTree().setRedraw(true);
		}
	}

	/** Whether the element's name or title holds the filter text. */
	private boolean matches(Object element) {
		if (index == null) {
			return true;
		}
		return OrganizationColumn.NAME.text(element, index).contains(filter)
				|| OrganizationColumn.KIND.text(element, index).contains(filter);
	}

	private boolean matchesWithin(Object element) {
		if (matches(element)) {
			return true;
		}
		for (Object child : index.children(element)) {
			if (child != element && matchesWithin(child)) {
				return true;
			}
		}
		return false;
	}

	private static void disposeLabels(ItemLabelProvider labels, AdapterFactory factory) {
		if (labels != null) {
			labels.dispose();
		}
		if (factory instanceof IDisposable disposable) {
			disposable.dispose();
		}
	}

	/** Keeps what matches the filter, with the units above it and everything below it. */
	private final class NameFilter extends ViewerFilter {
		@Override
		public boolean select(Viewer v, Object parentElement, Object element) {
			if (filter.isEmpty() || index == null) {
				return true;
			}
			for (Object p = parentElement; p instanceof Organization || p instanceof OrganizationIndex.Group; p = index.parent(p)) {
				if (matches(p)) {
					return true;
				}
			}
			return matchesWithin(element);
		}
	}

	private final class ContentProvider implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof OrganizationIndex i ? i.roots() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return index == null ? new Object[0] : index.children(parent);
		}

		@Override
		public Object getParent(Object element) {
			return index == null ? null : index.parent(element);
		}

		@Override
		public boolean hasChildren(Object element) {
			return index != null && index.hasChildren(element);
		}
	}

	private final class ColumnLabels extends ColumnLabelProvider {
		private final OrganizationColumn column;

		ColumnLabels(OrganizationColumn column) {
			this.column = column;
		}

		@Override
		public String getText(Object element) {
			return index == null ? "" : column.text(element, index); //$NON-NLS-1$
		}

		@Override
		public Image getImage(Object element) {
			if (column != OrganizationColumn.NAME) {
				return null;
			}
			if (element instanceof OrganizationIndex.Group) {
				return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
			}
			return itemLabels == null ? null : itemLabels.getImage(element);
		}

		@Override
		public Color getForeground(Object element) {
			if (element instanceof Organization unit && unit.isRetired()) {
				return viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
			}
			return null;
		}
	}
}
