package taizhang.responsibility.ui.internal.organizations;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.TransferData;

/**
 * Drops a unit or a person of the tree on a unit (or on a person: their unit). A unit dropped beside
 * the tree's units goes to the top. The move is the same command as the context menu's.
 */
final class OrganizationDropAdapter extends ViewerDropAdapter {

	private final OrganizationsPart part;

	OrganizationDropAdapter(OrganizationsPart part) {
		super(part.viewer());
		this.part = part;
		// Units are not ordered: a drop goes on a unit, never between two.
		setFeedbackEnabled(false);
	}

	@Override
	public boolean validateDrop(Object target, int operation, TransferData transferType) {
		return LocalSelectionTransfer.getTransfer().isSupportedType(transferType) && part.canDrop(dragged(), target);
	}

	@Override
	public boolean performDrop(Object data) {
		return part.drop(dragged(), getCurrentTarget());
	}

	private static Object dragged() {
		return LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection selection
				&& selection.size() == 1 ? selection.getFirstElement() : null;
	}
}
