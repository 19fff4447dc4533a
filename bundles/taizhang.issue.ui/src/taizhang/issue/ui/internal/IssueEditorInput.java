package taizhang.issue.ui.internal;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import taizhang.core.LedgerSession;
import taizhang.model.Issue;
import taizhang.model.validation.LedgerValidator;

/**
 * What an issue editor edits: one issue of one open session. Two inputs are equal when they name the
 * same issue of the same session, so the workbench keeps one editor per issue. Not persisted: a
 * session does not outlive the workbench.
 */
public final class IssueEditorInput implements IEditorInput {

	private static final ImageDescriptor ICON = ResourceLocator
			.imageDescriptorFromBundle("taizhang.issue.ui", "icons/issue.png").orElse(null); //$NON-NLS-1$ //$NON-NLS-2$

	private final LedgerSession session;
	private final Issue issue;
	private final String name;

	/**
	 * @throws IllegalArgumentException if the issue is not in the session's ledger or has no id
	 */
	public IssueEditorInput(LedgerSession session, Issue issue) {
		this.session = Objects.requireNonNull(session, "session"); //$NON-NLS-1$
		Objects.requireNonNull(issue, "issue"); //$NON-NLS-1$
		if (issue.eContainer() != session.ledger() || issue.getId() == null) {
			throw new IllegalArgumentException("the issue is not one of the session's ledger: " + issue.getId()); //$NON-NLS-1$
		}
		this.issue = issue;
		this.name = name(issue);
	}

	public LedgerSession session() {
		return session;
	}

	/** Whether this is the input of {@code other} of {@code otherSession}. */
	public boolean isFor(LedgerSession otherSession, Issue other) {
		return session == otherSession && issue == other;
	}

	/** The issue, or {@code null} if it is no longer in the ledger. */
	public Issue issue() {
		return issue.eContainer() == session.ledger() ? issue : null;
	}

	/** The tab's name: the case number, or the sequence number of an issue without one. */
	static String name(Issue issue) {
		String caseNumber = issue.getCaseNumber();
		return caseNumber == null || caseNumber.isBlank()
				? NLS.bind(Messages.Editor_nameWithoutCaseNumber, issue.getSequenceNumber())
				: caseNumber.trim();
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ICON;
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return toolTip(issue);
	}

	/** The issue, the ledger file, and that there is nothing to save. */
	String toolTip(Issue current) {
		return NLS.bind(Messages.Editor_tooltip, LedgerValidator.issueLabel(current, Texts.locale()),
				session.file().getFileName());
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == Issue.class) {
			return adapter.cast(issue());
		}
		if (adapter == LedgerSession.class) {
			return adapter.cast(session);
		}
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof IssueEditorInput input && input.isFor(session, issue);
	}

	@Override
	public int hashCode() {
		return 31 * System.identityHashCode(session) + System.identityHashCode(issue);
	}
}
