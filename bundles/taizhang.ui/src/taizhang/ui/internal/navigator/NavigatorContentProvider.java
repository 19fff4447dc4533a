package taizhang.ui.internal.navigator;

import java.util.List;

import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;

/**
 * Feeds a virtual tree from a {@link NavigatorIndex}: the tree asks only for the items it shows, so
 * a round of 30,000 issues opens at once.
 */
final class NavigatorContentProvider implements ILazyTreeContentProvider {

	private final TreeViewer viewer;
	private NavigatorIndex index;

	NavigatorContentProvider(TreeViewer viewer) {
		this.viewer = viewer;
	}

	@Override
	public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
		index = newInput instanceof NavigatorIndex newIndex ? newIndex : null;
	}

	@Override
	public void updateElement(Object parent, int index) {
		if (this.index == null) {
			return;
		}
		List<?> children = this.index.children(parent);
		if (index < children.size()) {
			Object child = children.get(index);
			viewer.replace(parent, index, child);
			viewer.setChildCount(child, this.index.childCount(child));
		}
	}

	@Override
	public void updateChildCount(Object element, int currentChildCount) {
		if (index == null) {
			return;
		}
		int count = index.childCount(element);
		if (count != currentChildCount) {
			viewer.setChildCount(element, count);
		}
	}

	@Override
	public Object getParent(Object element) {
		return index == null ? null : index.parent(element);
	}
}
