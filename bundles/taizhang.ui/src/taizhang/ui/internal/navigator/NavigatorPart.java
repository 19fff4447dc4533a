package taizhang.ui.internal.navigator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IDisposable;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.menus.IMenuService;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import taizhang.core.LedgerSession;
import taizhang.model.Issue;
import taizhang.ui.LedgerSessionService;
import taizhang.ui.internal.SessionTracker;
import taizhang.ui.internal.emf.ItemLabelProvider;
import taizhang.ui.internal.emf.ItemProviders;
import taizhang.ui.internal.navigator.NavigatorNode.Root;

/**
 * The navigator: the ledger's rounds and its organization tree, each down to the issues, with
 * counts. Selecting a node selects its model object (the ledger for a root), which the table
 * follows as a filter and the Properties view shows.
 */
public class NavigatorPart implements SessionTracker.Callback {

	public static final String ID = "taizhang.ui.navigator"; //$NON-NLS-1$

	/** The command that opens an issue's editor, and its parameter naming the issue by id. */
	private static final String OPEN_ISSUE_COMMAND = "taizhang.issue.ui.open"; //$NON-NLS-1$
	private static final String OPEN_ISSUE_PARAMETER = "taizhang.issue.ui.open.issueId"; //$NON-NLS-1$

	/**
	 * Rebuilding the index walks every issue (about 0.1 s on 100,000): a burst of edits, as when
	 * typing through the grid, rebuilds it once, this long after the last edit.
	 */
	private static final int REFRESH_DELAY_MS = 400;

	@Inject
	private LedgerSessionService sessions;

	@Inject
	private ESelectionService selectionService;

	private TreeViewer viewer;
	private NavigatorIndex index;
	private ItemLabelProvider itemLabels;
	private AdapterFactory ownedFactory;

	@PostConstruct
	public void create(Composite parent) {
		viewer = new TreeViewer(parent, SWT.VIRTUAL | SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new NavigatorContentProvider(viewer));
		viewer.addSelectionChangedListener(event -> publish(event.getStructuredSelection()));
		viewer.addDoubleClickListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (element instanceof NavigatorNode.IssueNode node) {
				openIssue(node.issue());
			} else if (element != null) {
				viewer.setExpandedState(element, !viewer.getExpandedState(element));
			}
		});
		createContextMenu();
		SessionTracker.trackWholeLedger(sessions, viewer.getControl(), this, REFRESH_DELAY_MS);
	}

	@Focus
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@PreDestroy
	public void dispose() {
		disposeLabels();
	}

	/** The tree, for tests and for contributions that extend the navigator. */
	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void sessionChanged(LedgerSession session) {
		ItemLabelProvider oldLabels = itemLabels;
		AdapterFactory oldFactory = ownedFactory;
		itemLabels = null;
		ownedFactory = null;
		if (session == null) {
			index = null;
			viewer.setInput(null);
		} else {
			AdapterFactory factory = ItemProviders.domainFactory(session.editingDomain());
			if (factory == null) {
				ownedFactory = ItemProviders.newAdapterFactory();
				factory = ownedFactory;
			}
			itemLabels = new ItemLabelProvider(factory);
			viewer.setLabelProvider(
					new DelegatingStyledCellLabelProvider(new NavigatorLabelProvider(() -> index, itemLabels)));
			show(new NavigatorIndex(session.ledger(), LocalDate.now()), List.of(Root.ROUNDS));
		}
		// Only now: the tree no longer shows the old images.
		dispose(oldLabels, oldFactory);
	}

	@Override
	public void modelChanged(LedgerSession session) {
		List<Object> expanded = new ArrayList<>(List.of(viewer.getExpandedElements()));
		show(new NavigatorIndex(session.ledger(), LocalDate.now()), expanded);
	}

	private void show(NavigatorIndex newIndex, List<Object> expanded) {
		index = newIndex;
		viewer.getTree().setRedraw(false);
		try {
			viewer.setInput(newIndex);
			for (Object element : expanded) {
				viewer.expandToLevel(element, 1);
			}
		} finally {
			viewer.getTree().setRedraw(true);
		}
	}

	private void publish(IStructuredSelection selection) {
		if (index == null) {
			return;
		}
		List<Object> objects = new ArrayList<>();
		for (Object element : selection) {
			if (element instanceof NavigatorNode node) {
				objects.add(node.modelObject(index));
			}
		}
		StructuredSelection modelSelection = new StructuredSelection(objects);
		selectionService.setSelection(modelSelection);
		selectionService.setPostSelection(modelSelection);
	}

	/**
	 * The nodes' context menu holds what other bundles contribute to {@code popup:taizhang.ui.navigator}
	 * (e.g. Open Issue); contributions to {@code popup:org.eclipse.ui.popup.any} do not reach it.
	 */
	private void createContextMenu() {
		MenuManager menu = new MenuManager();
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		IMenuService menus = PlatformUI.getWorkbench().getService(IMenuService.class);
		menus.populateContributionManager(menu, "popup:" + ID); //$NON-NLS-1$
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		viewer.getControl().addDisposeListener(event -> {
			menus.releaseContributions(menu);
			menu.dispose();
		});
	}

	/** Opens the issue's editor through its command, if a bundle provides one (taizhang.issue.ui). */
	private void openIssue(Issue issue) {
		IWorkbench workbench = PlatformUI.getWorkbench();
		Command command = workbench.getService(ICommandService.class).getCommand(OPEN_ISSUE_COMMAND);
		if (!command.isDefined()) {
			return;
		}
		try {
			workbench.getService(IHandlerService.class).executeCommand(
					ParameterizedCommand.generateCommand(command, Map.of(OPEN_ISSUE_PARAMETER, issue.getId())), null);
		} catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
			Platform.getLog(NavigatorPart.class).error(e.getMessage(), e);
		}
	}

	private void disposeLabels() {
		dispose(itemLabels, ownedFactory);
		itemLabels = null;
		ownedFactory = null;
	}

	private static void dispose(ItemLabelProvider labels, AdapterFactory factory) {
		if (labels != null) {
			labels.dispose();
		}
		if (factory instanceof IDisposable disposable) {
			disposable.dispose();
		}
	}
}
