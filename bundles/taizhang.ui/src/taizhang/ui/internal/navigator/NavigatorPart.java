package taizhang.ui.internal.navigator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IDisposable;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import taizhang.core.LedgerSession;
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
			if (element != null) {
				viewer.setExpandedState(element, !viewer.getExpandedState(element));
			}
		});
		SessionTracker.track(sessions, viewer.getControl(), this, REFRESH_DELAY_MS);
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
