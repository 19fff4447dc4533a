package taizhang.responsibility.ui.internal.handlers;

import java.util.List;

import org.eclipse.ui.IWorkbenchWindow;

import taizhang.core.LedgerSession;
import taizhang.responsibility.ResponsibilityCommand;
import taizhang.responsibility.ui.internal.dialogs.MovePersonDialog;

/** Moves the selected person to another unit (调动). */
public final class MovePersonHandler extends ResponsibilityHandler {

	@Override
	protected boolean isEnabledFor(List<?> elements) {
		return person(elements) != null;
	}

	@Override
	protected ResponsibilityCommand ask(IWorkbenchWindow window, LedgerSession session, List<?> elements) {
		MovePersonDialog dialog = new MovePersonDialog(shell(window), session, person(elements), null);
		return dialog.open() == MovePersonDialog.OK ? dialog.command() : null;
	}
}
