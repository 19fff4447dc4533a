package taizhang.responsibility.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import taizhang.core.LedgerSession;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.responsibility.ResponsibilityCommand;
import taizhang.responsibility.ui.ResponsibilityViews;
import taizhang.responsibility.ui.internal.Edits;
import taizhang.responsibility.ui.internal.Navigation;
import taizhang.responsibility.ui.internal.organizations.OrganizationsPart;

/**
 * A command on the selected units, people or issues of the open, writable ledger: enabled when the
 * selection suits it; asks what it needs in a dialog, executes one responsibility command, and shows
 * what it changed in the organizations view.
 */
abstract class ResponsibilityHandler extends AbstractHandler {

	@Override
	public void setEnabled(Object evaluationContext) {
		Object selection = HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_CURRENT_SELECTION_NAME);
		setBaseEnabled(Edits.writableSession().isPresent() && isEnabledFor(elements(selection)));
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		LedgerSession session = Edits.writableSession().orElse(null);
		List<?> selection = elements(HandlerUtil.getCurrentSelection(event));
		if (session == null || !isEnabledFor(selection)) {
			return null;
		}
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		ResponsibilityCommand command = ask(window, session, selection);
		if (command != null && Edits.execute(window.getShell(), session, command)) {
			OrganizationsPart organizations = Navigation.part(window, ResponsibilityViews.ORGANIZATIONS,
					OrganizationsPart.class, false);
			if (organizations != null) {
				organizations.reveal(command.getAffectedObjects());
			}
			executed(window, command);
		}
		return null;
	}

	/** Called after {@code command} was executed: room to report on it. */
	protected void executed(IWorkbenchWindow window, ResponsibilityCommand command) {
	}

	/** Whether the command applies to the selected {@code elements}. */
	protected abstract boolean isEnabledFor(List<?> elements);

	/** Asks the user for what the command needs; the command, or {@code null} if they cancelled. */
	protected abstract ResponsibilityCommand ask(IWorkbenchWindow window, LedgerSession session, List<?> elements);

	static List<?> elements(Object selection) {
		return selection instanceof IStructuredSelection structured ? structured.toList() : List.of();
	}

	/** The one unit selected, if it is not retired; else {@code null}. */
	static Organization activeUnit(List<?> elements) {
		return elements.size() == 1 && elements.get(0) instanceof Organization unit && !unit.isRetired() ? unit : null;
	}

	/** The one person selected, else {@code null}. */
	static Person person(List<?> elements) {
		return elements.size() == 1 && elements.get(0) instanceof Person person ? person : null;
	}

	static Shell shell(IWorkbenchWindow window) {
		return window.getShell();
	}
}
