package taizhang.ui.internal.handlers;

import java.util.EventObject;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;

import taizhang.core.LedgerSession;
import taizhang.ui.LedgerSessionListener;
import taizhang.ui.LedgerSessionService;
import taizhang.ui.internal.Messages;

/**
 * The workbench's Undo and Redo (Edit menu, Ctrl+Z, Ctrl+Y) on the open ledger's command stack,
 * whichever part is active: the grid, the Properties view and any other editor of the ledger make
 * their changes as commands on that one stack. A part may still register its own global action
 * handlers (the issue editor does), which win while it is active. The menu names the command ("Undo Paste").
 */
public abstract class UndoRedoHandler extends AbstractHandler implements IElementUpdater {

	/** Edit > Undo. */
	public static final class Undo extends UndoRedoHandler {

		@Override
		boolean can(CommandStack stack) {
			return stack.canUndo();
		}

		@Override
		void run(CommandStack stack) {
			stack.undo();
		}

		@Override
		Command subject(CommandStack stack) {
			return stack.getUndoCommand();
		}

		@Override
		String commandId() {
			return IWorkbenchCommandConstants.EDIT_UNDO;
		}

		@Override
		String label(String commandLabel) {
			return commandLabel == null ? Messages.Edit_undo : NLS.bind(Messages.Edit_undoNamed, commandLabel);
		}
	}

	/** Edit > Redo. */
	public static final class Redo extends UndoRedoHandler {

		@Override
		boolean can(CommandStack stack) {
			return stack.canRedo();
		}

		@Override
		void run(CommandStack stack) {
			stack.redo();
		}

		@Override
		Command subject(CommandStack stack) {
			return stack.getRedoCommand();
		}

		@Override
		String commandId() {
			return IWorkbenchCommandConstants.EDIT_REDO;
		}

		@Override
		String label(String commandLabel) {
			return commandLabel == null ? Messages.Edit_redo : NLS.bind(Messages.Edit_redoNamed, commandLabel);
		}
	}

	private final LedgerSessionService sessions;
	private final LedgerSessionListener sessionListener = session -> Display.getDefault().asyncExec(this::follow);
	private final CommandStackListener stackListener = this::stackChanged;
	private CommandStack stack;

	UndoRedoHandler() {
		sessions = PlatformUI.getWorkbench().getService(LedgerSessionService.class);
		if (sessions != null) {
			sessions.addListener(sessionListener);
		}
		follow();
	}

	abstract boolean can(CommandStack stack);

	abstract void run(CommandStack stack);

	abstract Command subject(CommandStack stack);

	abstract String label(String commandLabel);

	abstract String commandId();

	private void follow() {
		CommandStack current = sessions == null ? null
				: sessions.current().filter(session -> !session.isReadOnly()).map(LedgerSession::editingDomain)
						.map(domain -> domain.getCommandStack()).orElse(null);
		if (current != stack) {
			if (stack != null) {
				stack.removeCommandStackListener(stackListener);
			}
			stack = current;
			if (stack != null) {
				stack.addCommandStackListener(stackListener);
			}
		}
		update();
	}

	private void stackChanged(EventObject event) {
		if (Display.getCurrent() != null) {
			update();
		} else {
			Display.getDefault().asyncExec(this::update);
		}
	}

	private void update() {
		setBaseEnabled(stack != null && can(stack));
		if (PlatformUI.isWorkbenchRunning()) {
			ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
			if (commands != null) {
				commands.refreshElements(commandId(), null);
			}
		}
	}

	@Override
	public Object execute(ExecutionEvent event) {
		if (stack == null || !can(stack)) {
			return null;
		}
		try {
			run(stack);
		} catch (RuntimeException e) {
			// The store rolled the change back; the ledger is as before.
			ILog.of(UndoRedoHandler.class).error("Undo or redo could not be saved", e); //$NON-NLS-1$
			MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.Error_title,
					NLS.bind(Messages.Edit_saveFailed, e.getLocalizedMessage()));
		}
		return null;
	}

	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		Command command = stack == null ? null : subject(stack);
		String commandLabel = command == null ? null : command.getLabel();
		element.setText(label(commandLabel == null || commandLabel.isBlank() ? null : commandLabel));
	}

	@Override
	public void dispose() {
		if (sessions != null) {
			sessions.removeListener(sessionListener);
		}
		if (stack != null) {
			stack.removeCommandStackListener(stackListener);
		}
		super.dispose();
	}
}
