package taizhang.ui.internal.settings;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;

import taizhang.core.LedgerSession;
import taizhang.core.settings.SettingsCommand;
import taizhang.model.LedgerSettings;
import taizhang.ui.LedgerSessionService;
import taizhang.ui.internal.Messages;

/**
 * File > Ledger Settings…: edits the open ledger's settings; the changes are one undoable command,
 * persisted at once like every other edit.
 */
public class LedgerSettingsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		LedgerSessionService sessions = HandlerUtil.getActiveWorkbenchWindowChecked(event)
				.getService(LedgerSessionService.class);
		LedgerSession session = sessions == null ? null : sessions.current().orElse(null);
		if (session == null) {
			throw new ExecutionException(Messages.Settings_noLedger);
		}
		LedgerSettings values = SettingsCommand.copyOf(session.ledger());
		LedgerSettingsDialog dialog = new LedgerSettingsDialog(HandlerUtil.getActiveShellChecked(event), values,
				session.isReadOnly());
		if (dialog.open() == Window.OK) {
			Command command = SettingsCommand.update(session.editingDomain(), session.ledger(), values);
			if (command != null) {
				session.editingDomain().getCommandStack().execute(command);
			}
		}
		return null;
	}
}
