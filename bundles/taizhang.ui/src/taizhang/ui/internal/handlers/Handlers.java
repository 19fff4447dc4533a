package taizhang.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.services.IServiceLocator;

import taizhang.ui.internal.Messages;
import taizhang.ui.internal.session.LedgerOpener;

/** Lookups shared by the File menu's handlers. */
final class Handlers {

	private Handlers() {
	}

	static LedgerOpener opener(ExecutionEvent event) throws ExecutionException {
		return opener(HandlerUtil.getActiveWorkbenchWindowChecked(event));
	}

	static LedgerOpener opener(IServiceLocator locator) throws ExecutionException {
		LedgerOpener opener = locator.getService(LedgerOpener.class);
		if (opener == null) {
			throw new ExecutionException(Messages.App_noStore);
		}
		return opener;
	}
}
