package taizhang.ui.internal.handlers;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import taizhang.core.LedgerStore;
import taizhang.ui.internal.Messages;
import taizhang.ui.internal.session.LedgerOpener;

/** Asks where to create a new ledger, and whether it starts empty or with generated demo issues. */
final class NewLedgerDialog extends TitleAreaDialog {

	private static final String SUFFIX = "." + LedgerStore.FILE_EXTENSION; //$NON-NLS-1$

	private final Path initialFolder;
	private Button emptyButton;
	private Text nameText;
	private Spinner issuesSpinner;
	private Text fileText;
	private Path file;
	private String ledgerName;
	private int demoIssues;

	NewLedgerDialog(Shell parent, Path initialFolder) {
		super(parent);
		this.initialFolder = initialFolder;
	}

	/** The file to create, ending in {@code .taizhang}. */
	Path file() {
		return file;
	}

	/** The name of an empty ledger. */
	String ledgerName() {
		return ledgerName;
	}

	/** How many demo issues to generate; 0 for an empty ledger. */
	int demoIssues() {
		return demoIssues;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.New_dialogTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.New_title);
		setMessage(Messages.New_message);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);

		emptyButton = new Button(body, SWT.RADIO);
		emptyButton.setText(Messages.New_empty);
		emptyButton.setSelection(true);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(emptyButton);
		new Label(body, SWT.NONE).setText(Messages.New_name);
		nameText = new Text(body, SWT.BORDER);
		nameText.setText(Messages.New_defaultName);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(nameText);

		Button demoButton = new Button(body, SWT.RADIO);
		demoButton.setText(Messages.New_demo);
		GridDataFactory.fillDefaults().span(3, 1).indent(0, 8).applyTo(demoButton);
		new Label(body, SWT.NONE).setText(Messages.New_issues);
		issuesSpinner = new Spinner(body, SWT.BORDER);
		issuesSpinner.setValues(LedgerOpener.DEMO_ISSUES, 1, 200_000, 0, 100, 1_000);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(issuesSpinner);

		Label fileLabel = new Label(body, SWT.NONE);
		fileLabel.setText(Messages.New_file);
		GridDataFactory.fillDefaults().indent(0, 8).applyTo(fileLabel);
		fileText = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).indent(0, 8).hint(380, SWT.DEFAULT).applyTo(fileText);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(Messages.New_browse);
		GridDataFactory.fillDefaults().indent(0, 8).applyTo(browse);
		if (initialFolder != null) {
			fileText.setText(initialFolder.resolve(Messages.New_defaultFileName + SUFFIX).toString());
		}

		browse.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> browse()));
		SelectionListener kindChanged = SelectionListener.widgetSelectedAdapter(e -> updateEnablement());
		emptyButton.addSelectionListener(kindChanged);
		demoButton.addSelectionListener(kindChanged);
		nameText.addModifyListener(e -> validate());
		fileText.addModifyListener(e -> validate());
		updateEnablement();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	@Override
	protected void okPressed() {
		if (!validate()) {
			return;
		}
		file = chosenFile();
		ledgerName = nameText.getText().trim();
		demoIssues = emptyButton.getSelection() ? 0 : issuesSpinner.getSelection();
		super.okPressed();
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setText(Messages.New_dialogTitle);
		dialog.setFilterExtensions(new String[] { "*" + SUFFIX }); //$NON-NLS-1$
		dialog.setFilterNames(new String[] { Messages.File_filterLedgers });
		Path current = chosenFile();
		if (current != null && current.getParent() != null) {
			dialog.setFilterPath(current.getParent().toString());
			dialog.setFileName(current.getFileName().toString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			fileText.setText(chosen);
		}
	}

	private void updateEnablement() {
		nameText.setEnabled(emptyButton.getSelection());
		issuesSpinner.setEnabled(!emptyButton.getSelection());
		validate();
	}

	/** The typed path, given the ledger suffix if it lacks one; null if there is none. */
	private Path chosenFile() {
		String text = fileText.getText().trim();
		if (text.isEmpty()) {
			return null;
		}
		if (!text.endsWith(SUFFIX)) {
			text += SUFFIX;
		}
		try {
			return Path.of(text).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	private boolean validate() {
		String error = null;
		Path chosen = chosenFile();
		if (fileText.getText().isBlank()) {
			error = Messages.New_errorNoFile;
		} else if (chosen == null) {
			error = NLS.bind(Messages.New_errorBadPath, fileText.getText().trim());
		} else if (Files.exists(chosen)) {
			error = NLS.bind(Messages.New_errorExists, chosen);
		} else if (emptyButton.getSelection() && nameText.getText().isBlank()) {
			error = Messages.New_errorNoName;
		}
		setErrorMessage(error);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(error == null);
		}
		return error == null;
	}
}
