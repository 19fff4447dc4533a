package taizhang.issue.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import taizhang.core.LedgerSession;
import taizhang.issue.ui.IssueEditors;
import taizhang.model.Issue;
import taizhang.ui.LedgerSessionService;

/**
 * Opens the editor of each issue selected (in the table, the navigator, anywhere that selects
 * issues), or of the issue whose id the command's parameter names. Issues of another ledger than the
 * open one are left alone.
 */
public class OpenIssueHandler extends AbstractHandler {

	/** Opening hundreds of editors by accident helps no one. */
	private static final int MAX_EDITORS = 20;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		LedgerSessionService sessions = window.getWorkbench().getService(LedgerSessionService.class);
		LedgerSession session = sessions == null ? null : sessions.current().orElse(null);
		IWorkbenchPage page = window.getActivePage();
		if (session == null || page == null) {
			return null;
		}
		for (Issue issue : issues(event, session)) {
			try {
				IssueEditors.open(page, session, issue);
			} catch (PartInitException e) {
				throw new ExecutionException(e.getMessage(), e);
			}
		}
		return null;
	}

	private static List<Issue> issues(ExecutionEvent event, LedgerSession session) {
		List<Issue> issues = new ArrayList<>();
		String id = event.getParameter(IssueEditors.ISSUE_PARAMETER);
		if (id != null) {
			for (Issue issue : session.ledger().getIssues()) {
				if (id.equals(issue.getId())) {
					issues.add(issue);
				}
			}
			return issues;
		}
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				Issue issue = Adapters.adapt(element, Issue.class);
				if (issue != null && issue.eContainer() == session.ledger() && issues.size() < MAX_EDITORS) {
					issues.add(issue);
				}
			}
		}
		return issues;
	}
}
