package taizhang.ui.internal.detail;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import taizhang.core.LedgerSession;
import taizhang.model.Issue;
import taizhang.ui.LedgerSessionService;
import taizhang.ui.internal.Messages;
import taizhang.ui.internal.SessionTracker;

/**
 * The selected issue in full: its fields, plan, measures, stage goals, responsibilities, warnings
 * and status history. Read-only; it follows whatever part selects an issue.
 */
public class IssueDetailPart implements SessionTracker.Callback {

	public static final String ID = "taizhang.ui.issueDetail"; //$NON-NLS-1$

	@Inject
	private LedgerSessionService sessions;

	private StyledText text;
	private Issue issue;

	@PostConstruct
	public void create(Composite parent) {
		text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setMargins(10, 8, 10, 8);
		text.setLineSpacing(3);
		text.setFont(JFaceResources.getDialogFont());
		SessionTracker.track(sessions, text, this);
	}

	@Inject
	@Optional
	void selectionChanged(@Named(IServiceConstants.ACTIVE_SELECTION) IStructuredSelection selection) {
		// Other selections (a round, the Properties view itself) leave the last issue in view.
		if (selection != null && selection.getFirstElement() instanceof Issue selected) {
			show(selected);
		}
	}

	@Focus
	public void setFocus() {
		text.setFocus();
	}

	/** The issue shown, or {@code null}. */
	public Issue issue() {
		return issue;
	}

	@Override
	public void sessionChanged(LedgerSession session) {
		show(null);
	}

	@Override
	public void modelChanged(LedgerSession session) {
		// The issue may have changed, or been deleted (it then has no container any more).
		show(issue != null && issue.eContainer() == null ? null : issue);
	}

	private void show(Issue shown) {
		issue = shown;
		if (text == null || text.isDisposed()) {
			return;
		}
		if (shown == null) {
			text.setText(Messages.Detail_empty);
			text.setStyleRanges(new StyleRange[0]);
			return;
		}
		IssueReport report = new IssueReport(text.getDisplay());
		report.write(shown);
		text.setText(report.text());
		text.setStyleRanges(report.styles());
		text.setTopPixel(0);
	}
}
