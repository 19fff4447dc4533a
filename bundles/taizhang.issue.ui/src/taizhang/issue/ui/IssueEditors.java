package taizhang.issue.ui;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import taizhang.core.LedgerSession;
import taizhang.issue.ui.internal.IssueEditorInput;
import taizhang.model.Issue;

/**
 * Opens the issue editor: a form for one issue of an open ledger, with every field, the plan, the
 * responsibilities, the review and status history, and the workflow actions. One editor per issue:
 * opening an issue whose editor is open activates it.
 */
public final class IssueEditors {

	/** The id of the issue editor (extension point {@code org.eclipse.ui.editors}). */
	public static final String EDITOR_ID = "taizhang.issue.ui.editor"; //$NON-NLS-1$

	/** The command that opens the editor of the issue selected (or named by {@link #ISSUE_PARAMETER}). */
	public static final String OPEN_COMMAND_ID = "taizhang.issue.ui.open"; //$NON-NLS-1$

	/** Optional parameter of {@link #OPEN_COMMAND_ID}: the id of the issue to open. */
	public static final String ISSUE_PARAMETER = "taizhang.issue.ui.open.issueId"; //$NON-NLS-1$

	private IssueEditors() {
	}

	/**
	 * Opens the editor of {@code issue}, an issue of {@code session}'s ledger, in {@code page}, or
	 * activates it if it is open.
	 *
	 * @throws PartInitException        if the editor could not be created
	 * @throws IllegalArgumentException if the issue is not in the session's ledger
	 */
	public static IEditorPart open(IWorkbenchPage page, LedgerSession session, Issue issue) throws PartInitException {
		Objects.requireNonNull(page, "page"); //$NON-NLS-1$
		IssueEditorInput input = new IssueEditorInput(session, issue);
		// The ledger perspective starts with the editor area hidden (the table has the room), and
		// isEditorAreaVisible() does not tell whether it is shown: ask for it every time.
		page.setEditorAreaVisible(true);
		return page.openEditor(input, EDITOR_ID, true, IWorkbenchPage.MATCH_INPUT);
	}

	/** The editor of {@code issue} of {@code session} open in {@code page}, if any. */
	public static Optional<IEditorPart> find(IWorkbenchPage page, LedgerSession session, Issue issue) {
		for (IEditorReference reference : page.getEditorReferences()) {
			IEditorPart editor = reference.getEditor(false);
			if (editor != null && editor.getEditorInput() instanceof IssueEditorInput input && input.isFor(session, issue)) {
				return Optional.of(editor);
			}
		}
		return Optional.empty();
	}
}
