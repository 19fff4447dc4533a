package taizhang.responsibility.ui.internal.handlers;

import java.util.List;

import org.eclipse.ui.IWorkbenchWindow;

import taizhang.core.LedgerSession;
import taizhang.responsibility.ResponsibilityCommand;
import taizhang.responsibility.ui.internal.dialogs.RenameUnitDialog;

/** Renames the selected unit. */
public final class RenameUnitHandler extends ResponsibilityHandler {

	@Override
	protected boolean isEnabledFor(List<?> elements) {
		return activeUnit(elements) != null;
	}

	@Override
	protected ResponsibilityCommand ask(IWorkbenchWindow window, LedgerSession session, List<?> elements) {
		RenameUnitDialog dialog = new RenameUnitDialog(shell(window), session, activeUnit(elements));
		return dialog.open() == RenameUnitDialog.OK ? dialog.command() : null;
	}
}
