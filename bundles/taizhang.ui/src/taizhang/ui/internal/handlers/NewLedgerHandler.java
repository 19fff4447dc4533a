package taizhang.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;

import taizhang.ui.internal.session.LedgerOpener;

/** File > New…: creates an empty or a demo ledger at a chosen path and opens it. */
public class NewLedgerHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		LedgerOpener opener = Handlers.opener(event);
		NewLedgerDialog dialog = new NewLedgerDialog(HandlerUtil.getActiveShellChecked(event),
				opener.recent().last().map(p -> p.toAbsolutePath().getParent()).orElse(null));
		if (dialog.open() != Window.OK) {
			return null;
		}
		if (dialog.demoIssues() > 0) {
			opener.createDemo(dialog.file(), dialog.demoIssues());
		} else {
			opener.createEmpty(dialog.file(), dialog.ledgerName());
		}
		return null;
	}
}
