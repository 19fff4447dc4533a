package taizhang.issue.ui.internal.sections;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import taizhang.issue.ui.internal.Messages;

/** The editor's messages to the user that need a dialog. */
final class Dialogs {

	private Dialogs() {
	}

	/** A change the model refused (read-only ledger, writing failed): nothing changed. */
	static void refused(Shell shell, RuntimeException e) {
		MessageDialog.openError(shell, Messages.Editor_title, e.getMessage());
	}
}
