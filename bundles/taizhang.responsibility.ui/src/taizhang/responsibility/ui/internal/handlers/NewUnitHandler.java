package taizhang.responsibility.ui.internal.handlers;

import java.util.List;

import org.eclipse.ui.IWorkbenchWindow;

import taizhang.core.LedgerSession;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.responsibility.ResponsibilityCommand;
import taizhang.responsibility.ui.internal.dialogs.NewUnitDialog;

/** New unit, under the selected unit (or the selected person's unit), else at the top of the tree. */
public final class NewUnitHandler extends ResponsibilityHandler {

	@Override
	protected boolean isEnabledFor(List<?> elements) {
		return true;
	}

	@Override
	protected ResponsibilityCommand ask(IWorkbenchWindow window, LedgerSession session, List<?> elements) {
		Organization parent = activeUnit(elements);
		Person person = person(elements);
		if (parent == null && person != null && person.getOrganization() != null && !person.getOrganization().isRetired()) {
			parent = person.getOrganization();
		}
		NewUnitDialog dialog = new NewUnitDialog(shell(window), session, parent);
		return dialog.open() == NewUnitDialog.OK ? dialog.command() : null;
	}
}
