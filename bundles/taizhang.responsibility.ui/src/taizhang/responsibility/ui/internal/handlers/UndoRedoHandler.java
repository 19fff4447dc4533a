package taizhang.responsibility.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.handlers.HandlerUtil;

import taizhang.core.LedgerPersistenceException;
import taizhang.core.LedgerSession;
import taizhang.responsibility.ui.internal.Edits;
import taizhang.responsibility.ui.internal.Messages;

/** Undo and Redo on the open ledger's command stack, while a responsibility view is active. */
public abstract class UndoRedoHandler extends AbstractHandler {

	private final CommandStackListener listener = event -> Display.getDefault().asyncExec(this::updateEnabled);
	private CommandStack observed;

	@Override
	public void setEnabled(Object evaluationContext) {
		updateEnabled();
	}

	private void updateEnabled() {
		CommandStack stack = Edits.writableSession().map(session -> session.editingDomain().getCommandStack()).orElse(null);
		if (stack != observed) {
			if (observed != null) {
				observed.removeCommandStackListener(listener);
			}
			observed = stack;
			if (stack != null) {
				stack.addCommandStackListener(listener);
			}
		}
		setBaseEnabled(stack != null && can(stack));
	}

	@Override
	public Object execute(ExecutionEvent event) {
		LedgerSession session = Edits.writableSession().orElse(null);
		if (session == null) {
			return null;
		}
		CommandStack stack = session.editingDomain().getCommandStack();
		if (can(stack)) {
			try {
				run(stack);
			} catch (LedgerPersistenceException e) {
				MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.Error_title,
						NLS.bind(Messages.Error_notSaved, "", e.getLocalizedMessage())); //$NON-NLS-1$
			}
		}
		return null;
	}

	@Override
	public void dispose() {
		if (observed != null) {
			observed.removeCommandStackListener(listener);
			observed = null;
		}
		super.dispose();
	}

	abstract boolean can(CommandStack stack);

	abstract void run(CommandStack stack);

	/** 撤消. */
	public static final class Undo extends UndoRedoHandler {
		@Override
		boolean can(CommandStack stack) {
			return stack.canUndo();
		}

		@Override
		void run(CommandStack stack) {
			stack.undo();
		}
	}

	/** 重做. */
	public static final class Redo extends UndoRedoHandler {
		@Override
		boolean can(CommandStack stack) {
			return stack.canRedo();
		}

		@Override
		void run(CommandStack stack) {
			stack.redo();
		}
	}
}
