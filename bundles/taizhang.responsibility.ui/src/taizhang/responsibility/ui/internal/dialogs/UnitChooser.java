package taizhang.responsibility.ui.internal.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import taizhang.model.Ledger;
import taizhang.model.Organization;
import taizhang.responsibility.ui.internal.Messages;
import taizhang.responsibility.ui.internal.organizations.OrganizationIndex;
import taizhang.ui.internal.Labels;

/**
 * Picks a unit of the ledger's organization tree (retired units left out), with a filter field. Units
 * the caller does not allow (e.g. the unit being moved and everything under it) are shown grey and
 * cannot be chosen. Optionally offers "the top of the tree" as a choice.
 */
public final class UnitChooser {

	/** Stands for "no parent": the top of the tree. */
	public static final Object TOP = new Object();

	private final OrganizationIndex index;
	private final Predicate<Organization> allowed;
	private final boolean offerTop;
	private final Text filterText;
	private final TreeViewer viewer;
	private String filter = ""; //$NON-NLS-1$

	public UnitChooser(Composite parent, Ledger ledger, Predicate<Organization> allowed, boolean offerTop) {
		this.index = new OrganizationIndex(ledger);
		this.allowed = allowed;
		this.offerTop = offerTop;
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(area);
		GridDataFactory.fillDefaults().grab(true, true).hint(360, 220).applyTo(area);
		filterText = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setMessage(Messages.Organizations_filter);
		filterText.setData(Dialogs.ID, "unitFilter"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
		viewer = new TreeViewer(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setData(Dialogs.ID, "units"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new Units());
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element == TOP ? Messages.Chooser_top
						: Labels.name((Organization) element) + "  \u00b7 " + Labels.of(((Organization) element).getKind()); //$NON-NLS-1$
			}

			@Override
			public Color getForeground(Object element) {
				return element instanceof Organization unit && !allowed.test(unit)
						? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_GRAY) : null;
			}
		});
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return filter.isEmpty() || element != TOP && matchesWithin((Organization) element);
			}
		});
		viewer.setInput(index);
		viewer.expandToLevel(2);
		filterText.addModifyListener(e -> {
			filter = filterText.getText().strip();
			viewer.refresh();
			if (!filter.isEmpty()) {
				viewer.expandAll();
			}
		});
	}

	public TreeViewer viewer() {
		return viewer;
	}

	/** Calls {@code listener} whenever the choice changes. */
	public void onChange(Runnable listener) {
		viewer.addSelectionChangedListener(event -> listener.run());
	}

	/** Chooses {@code unit} ({@code null}: the top, when offered). */
	public void select(Organization unit) {
		Object element = unit == null ? (offerTop ? TOP : null) : unit;
		if (element == null) {
			return;
		}
		if (unit != null) {
			List<Object> path = new ArrayList<>();
			for (Object p = index.parent(unit); p != null; p = index.parent(p)) {
				path.add(0, p);
			}
			path.forEach(p -> viewer.setExpandedState(p, true));
		}
		viewer.setSelection(new StructuredSelection(element), true);
	}

	/** Whether an allowed unit, or the top, is chosen. */
	public boolean hasChoice() {
		Object element = viewer.getStructuredSelection().getFirstElement();
		return element == TOP || element instanceof Organization unit && allowed.test(unit);
	}

	/** The chosen unit; {@code null} for the top or when nothing allowed is chosen. */
	public Organization unit() {
		Object element = viewer.getStructuredSelection().getFirstElement();
		return element instanceof Organization unit && allowed.test(unit) ? unit : null;
	}

	private boolean matchesWithin(Organization unit) {
		if (Labels.name(unit).contains(filter) || Labels.shortName(unit).contains(filter)) {
			return true;
		}
		for (Object child : index.children(unit)) {
			if (child instanceof Organization inner && matchesWithin(inner)) {
				return true;
			}
		}
		return false;
	}

	private final class Units implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			List<Object> roots = new ArrayList<>();
			if (offerTop) {
				roots.add(TOP);
			}
			for (Object root : index.roots()) {
				if (root instanceof Organization) {
					roots.add(root);
				}
			}
			return roots.toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent == TOP) {
				return new Object[0];
			}
			List<Object> units = new ArrayList<>();
			for (Object child : index.children(parent)) {
				if (child instanceof Organization) {
					units.add(child);
				}
			}
			return units.toArray();
		}

		@Override
		public Object getParent(Object element) {
			return element == TOP ? null : index.parent(element);
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}
}
