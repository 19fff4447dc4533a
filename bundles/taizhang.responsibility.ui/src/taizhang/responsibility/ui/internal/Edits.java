package taizhang.responsibility.ui.internal;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import taizhang.core.LedgerPersistenceException;
import taizhang.core.LedgerSession;
import taizhang.responsibility.ResponsibilityCommand;
import taizhang.ui.LedgerSessionService;
import taizhang.ui.internal.Labels;

/** Runs the responsibility commands on the open ledger's command stack, telling the user why one cannot run. */
public final class Edits {

	private Edits() {
	}

	/** The workbench's ledger session service. */
	public static LedgerSessionService sessions() {
		return PlatformUI.getWorkbench().getService(LedgerSessionService.class);
	}

	/** The open ledger, if it may be edited. */
	public static Optional<LedgerSession> writableSession() {
		LedgerSessionService sessions = sessions();
		return sessions == null ? Optional.empty() : sessions.current().filter(session -> !session.isReadOnly());
	}

	/**
	 * Executes {@code command} on the session's command stack; when it cannot execute, says why in a
	 * dialog and changes nothing. Returns whether it was executed.
	 */
	public static boolean execute(Shell shell, LedgerSession session, ResponsibilityCommand command) {
		if (!command.canExecute()) {
			MessageDialog.openInformation(shell, command.getLabel(), command.refusal(Labels.locale()));
			return false;
		}
		return execute(shell, session, (Command) command);
	}

	/** Executes a command that can execute; a failure to persist it is shown and undoes nothing else. */
	public static boolean execute(Shell shell, LedgerSession session, Command command) {
		try {
			session.editingDomain().getCommandStack().execute(command);
			return true;
		} catch (LedgerPersistenceException e) {
			MessageDialog.openError(shell, Messages.Error_title,
					NLS.bind(Messages.Error_notSaved, command.getLabel(), e.getLocalizedMessage()));
			return false;
		}
	}
}
