package taizhang.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import taizhang.ui.internal.Messages;
import taizhang.ui.internal.session.LedgerOpener;

/** File > Open…: picks a ledger file and opens it. */
public class OpenLedgerHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		LedgerOpener opener = Handlers.opener(event);
		FileDialog dialog = new FileDialog(HandlerUtil.getActiveShellChecked(event), SWT.OPEN);
		dialog.setText(Messages.Open_dialogTitle);
		dialog.setFilterExtensions(new String[] { "*.taizhang", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { Messages.File_filterLedgers, Messages.File_filterAll });
		opener.recent().last().map(Path::getParent).ifPresent(folder -> dialog.setFilterPath(folder.toString()));
		String chosen = dialog.open();
		if (chosen != null) {
			opener.open(Path.of(chosen), false);
		}
		return null;
	}
}
