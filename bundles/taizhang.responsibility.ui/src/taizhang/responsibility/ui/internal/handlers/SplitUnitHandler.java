package taizhang.responsibility.ui.internal.handlers;

import java.util.List;

import org.eclipse.ui.IWorkbenchWindow;

import taizhang.core.LedgerSession;
import taizhang.responsibility.ResponsibilityCommand;
import taizhang.responsibility.ui.internal.dialogs.SplitUnitDialog;

/** Splits a new unit off the selected one. */
public final class SplitUnitHandler extends ResponsibilityHandler {

	@Override
	protected boolean isEnabledFor(List<?> elements) {
		return activeUnit(elements) != null;
	}

	@Override
	protected ResponsibilityCommand ask(IWorkbenchWindow window, LedgerSession session, List<?> elements) {
		SplitUnitDialog dialog = new SplitUnitDialog(shell(window), session, activeUnit(elements));
		return dialog.open() == SplitUnitDialog.OK ? dialog.command() : null;
	}
}
