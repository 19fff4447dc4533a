package taizhang.issue.ui.internal.sections;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import taizhang.core.lifecycle.Lifecycle;
import taizhang.issue.ui.internal.IssueContext;
import taizhang.issue.ui.internal.Messages;
import taizhang.issue.ui.internal.Texts;
import taizhang.issue.ui.internal.binding.FieldBinder;
import taizhang.issue.ui.internal.binding.Parsers;
import taizhang.issue.ui.internal.binding.Proposals;
import taizhang.model.Issue;

/**
 * Reopens a signed-off issue as rebound (反弹): asks for the complaint or new issue that revealed it
 * (by case number, with proposals) and why.
 */
final class ReboundDialog extends TitleAreaDialog {

	private final IssueContext context;
	private Text revealing;
	private Text reason;
	private Issue revealedBy;
	private String reasonText;

	ReboundDialog(Shell shell, IssueContext context) {
		super(shell);
		this.context = context;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Step_rebound);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.Rebound_title, Texts.caseNumber(context.issue())));
		setMessage(Messages.Rebound_message);
		Composite client = new Composite(area, SWT.NONE);
		client.setLayout(new GridLayout(2, false));
		client.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

		new Label(client, SWT.NONE).setText(Messages.Rebound_revealedBy);
		revealing = new Text(client, SWT.SINGLE | SWT.BORDER);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 360;
		revealing.setLayoutData(data);
		List<Issue> linked = Lifecycle.revealingIssues(context.issue());
		if (!linked.isEmpty()) {
			revealing.setText(Texts.caseNumber(linked.get(0)));
		}
		Proposals.attach(revealing, this::otherCaseNumbers, this::validate);

		Label reasonLabel = new Label(client, SWT.NONE);
		reasonLabel.setText(Messages.Workflow_reason);
		reasonLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		reason = new Text(client, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		FieldBinder.tabMovesOn(reason);
		GridData reasonData = new GridData(SWT.FILL, SWT.FILL, true, true);
		reasonData.heightHint = 4 * reason.getLineHeight();
		reason.setLayoutData(reasonData);

		revealing.addListener(SWT.Modify, event -> validate());
		reason.addListener(SWT.Modify, event -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	/** The case numbers of every other issue, read as the proposals need them. */
	private Iterable<String> otherCaseNumbers() {
		Issue self = context.issue();
		return () -> context.ledger().getIssues().stream().filter(issue -> issue != self).map(Texts::caseNumber)
				.iterator();
	}

	Issue revealedBy() {
		return revealedBy;
	}

	String reason() {
		return reasonText;
	}

	@Override
	protected void okPressed() {
		if (problem() != null) {
			return;
		}
		revealedBy = Parsers.issue(context.ledger(), revealing.getText());
		reasonText = reason.getText().trim();
		super.okPressed();
	}

	private void validate() {
		String problem = problem();
		setErrorMessage(problem);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}
	}

	private String problem() {
		Issue issue;
		try {
			issue = Parsers.issue(context.ledger(), revealing.getText());
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
		if (issue == null) {
			return Messages.Rebound_noRevealing;
		}
		if (issue == context.issue()) {
			return Messages.Check_reboundOfItself;
		}
		return reason.getText().isBlank() ? Messages.Workflow_reasonRequired : null;
	}
}
