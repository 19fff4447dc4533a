package taizhang.responsibility.ui.internal.handlers;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;

import taizhang.core.LedgerSession;
import taizhang.model.Issue;
import taizhang.model.Organization;
import taizhang.responsibility.AssignCommand;
import taizhang.responsibility.ResponsibilityCommand;
import taizhang.responsibility.ui.internal.IssueSelection;
import taizhang.responsibility.ui.internal.Messages;
import taizhang.responsibility.ui.internal.Texts;
import taizhang.responsibility.ui.internal.dialogs.AssignDialog;
import taizhang.ui.internal.Labels;

/**
 * Bulk assignment. On issues selected (in the ledger table, the navigator, a dossier): asks for the role
 * and its holder. On a unit or person selected (in the organizations view): proposes it as holder for
 * the issues selected last.
 */
public final class AssignHandler extends ResponsibilityHandler {

	@Override
	protected boolean isEnabledFor(List<?> elements) {
		return !elements.isEmpty() && (elements.stream().allMatch(Issue.class::isInstance) || holder(elements) != null);
	}

	private static EObject holder(List<?> elements) {
		Organization unit = activeUnit(elements);
		return unit != null ? unit : person(elements);
	}

	@Override
	protected ResponsibilityCommand ask(IWorkbenchWindow window, LedgerSession session, List<?> elements) {
		EObject holder = holder(elements);
		List<Issue> issues = holder == null ? elements.stream().map(Issue.class::cast).toList()
				: IssueSelection.of(window).issues(session.ledger());
		if (issues.isEmpty()) {
			MessageDialog.openInformation(shell(window), Messages.Assign_title, Messages.Assign_noIssues);
			return null;
		}
		AssignDialog dialog = new AssignDialog(shell(window), session, issues, holder);
		return dialog.open() == AssignDialog.OK ? dialog.command() : null;
	}

	@Override
	protected void executed(IWorkbenchWindow window, ResponsibilityCommand command) {
		List<Issue> skipped = ((AssignCommand) command).skipped();
		if (!skipped.isEmpty()) {
			MessageDialog.openInformation(shell(window), Messages.Assign_title, NLS.bind(Messages.Assign_skipped,
					skipped.size(), Labels.join(skipped.stream().limit(10).map(Texts::caseNumber).toList())));
		}
	}
}
