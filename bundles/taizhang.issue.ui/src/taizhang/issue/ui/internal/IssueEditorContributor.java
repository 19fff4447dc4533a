package taizhang.issue.ui.internal;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Makes Edit ▸ Undo / Redo (Ctrl+Z / Ctrl+Y) act on the active issue editor's ledger. */
public class IssueEditorContributor extends EditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		IActionBars bars = getActionBars();
		if (part instanceof IssueEditor editor) {
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.undoAction());
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.redoAction());
		} else {
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), null);
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), null);
		}
		bars.updateActionBars();
	}
}
