package taizhang.responsibility.ui.internal.handlers;

import java.util.List;

import org.eclipse.ui.IWorkbenchWindow;

import taizhang.core.LedgerSession;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.responsibility.ResponsibilityCommand;
import taizhang.responsibility.ui.internal.dialogs.NewPersonDialog;

/** Adds a person to the selected unit (or to the selected person's unit). */
public final class NewPersonHandler extends ResponsibilityHandler {

	@Override
	protected boolean isEnabledFor(List<?> elements) {
		return unit(elements) != null;
	}

	private static Organization unit(List<?> elements) {
		Organization unit = activeUnit(elements);
		Person person = person(elements);
		if (unit == null && person != null && person.getOrganization() != null && !person.getOrganization().isRetired()) {
			unit = person.getOrganization();
		}
		return unit;
	}

	@Override
	protected ResponsibilityCommand ask(IWorkbenchWindow window, LedgerSession session, List<?> elements) {
		NewPersonDialog dialog = new NewPersonDialog(shell(window), session, unit(elements));
		return dialog.open() == NewPersonDialog.OK ? dialog.command() : null;
	}
}
