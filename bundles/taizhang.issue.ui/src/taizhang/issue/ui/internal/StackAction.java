package taizhang.issue.ui.internal;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchCommandConstants;

import taizhang.core.LedgerPersistenceException;

/**
 * Undo or Redo on a session's command stack, as the global action behind Edit ▸ Undo / Redo and
 * Ctrl+Z / Ctrl+Y while the editor is active. Undoing is persisted like any change.
 */
final class StackAction extends Action implements CommandStackListener {

	private final CommandStack stack;
	private final boolean undo;
	private final Display display;

	StackAction(CommandStack stack, boolean undo, Display display) {
		this.stack = stack;
		this.undo = undo;
		this.display = display;
		setId(undo ? "taizhang.issue.ui.undo" : "taizhang.issue.ui.redo"); //$NON-NLS-1$ //$NON-NLS-2$
		setActionDefinitionId(undo ? IWorkbenchCommandConstants.EDIT_UNDO : IWorkbenchCommandConstants.EDIT_REDO);
		stack.addCommandStackListener(this);
		update();
	}

	@Override
	public void run() {
		try {
			if (undo && stack.canUndo()) {
				stack.undo();
			} else if (!undo && stack.canRedo()) {
				stack.redo();
			}
		} catch (LedgerPersistenceException e) {
			MessageDialog.openError(display.getActiveShell(), Messages.Editor_title,
					NLS.bind(Messages.Edit_saveFailed, e.getLocalizedMessage()));
		}
	}

	@Override
	public void commandStackChanged(EventObject event) {
		// The stack may change from a job; actions belong to the UI thread.
		if (Display.getCurrent() == display) {
			update();
		} else if (!display.isDisposed()) {
			display.asyncExec(this::update);
		}
	}

	void dispose() {
		stack.removeCommandStackListener(this);
	}

	private void update() {
		Command next = undo ? stack.getUndoCommand() : stack.getRedoCommand();
		String label = next == null || next.getLabel() == null ? "" : next.getLabel(); //$NON-NLS-1$
		setText(NLS.bind(undo ? Messages.Edit_undo : Messages.Edit_redo, label).trim());
		setEnabled(undo ? stack.canUndo() : stack.canRedo());
	}
}
