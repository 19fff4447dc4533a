package taizhang.responsibility.ui.internal.handlers;

import java.util.List;

import org.eclipse.ui.IWorkbenchWindow;

import taizhang.core.LedgerSession;
import taizhang.responsibility.ResponsibilityCommand;
import taizhang.responsibility.ui.internal.dialogs.MoveUnitDialog;

/** Puts the selected unit under another parent (what a drag and drop in the tree does). */
public final class MoveUnitHandler extends ResponsibilityHandler {

	@Override
	protected boolean isEnabledFor(List<?> elements) {
		return activeUnit(elements) != null;
	}

	@Override
	protected ResponsibilityCommand ask(IWorkbenchWindow window, LedgerSession session, List<?> elements) {
		MoveUnitDialog dialog = new MoveUnitDialog(shell(window), session, activeUnit(elements));
		return dialog.open() == MoveUnitDialog.OK ? dialog.command() : null;
	}
}
