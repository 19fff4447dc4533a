package taizhang.responsibility.ui.internal.dialogs;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * A dialog that collects what one edit needs: title, a message saying what the edit does, the
 * fields, and an OK button enabled only while the input is complete ({@link #problem()}).
 */
abstract class EditDialog extends TitleAreaDialog {

	private final String title;
	private final String message;

	EditDialog(Shell shell, String title, String message) {
		super(shell);
		this.title = title;
		this.message = message;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(title);
		setMessage(message);
		Composite fields = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(fields);
		createFields(fields);
		return area;
	}

	@Override
	protected Control createContents(Composite parent) {
		Control contents = super.createContents(parent);
		check(false);
		return contents;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	/** Adds the fields to {@code fields}, a two-column grid. */
	protected abstract void createFields(Composite fields);

	/** What keeps the input from being used, or {@code null} when it is complete. */
	protected abstract String problem();

	/** Checks the input again: call whenever a field changes. */
	protected final void update() {
		check(true);
	}

	/** Enables OK when the input is complete; says what is missing only once the user has begun. */
	private void check(boolean touched) {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok == null) {
			return;
		}
		String problem = problem();
		setErrorMessage(touched ? problem : null);
		ok.setEnabled(problem == null);
	}

	/** A control spanning both columns; a size hint it has is kept. */
	protected static void span(Control control, boolean grabVertical) {
		GridDataFactory factory = control.getLayoutData() instanceof GridData data ? GridDataFactory.createFrom(data)
				: GridDataFactory.fillDefaults();
		factory.span(2, 1).grab(true, grabVertical).applyTo(control);
	}
}
