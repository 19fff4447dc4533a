package taizhang.responsibility.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;

import taizhang.model.Issue;
import taizhang.model.Ledger;

/**
 * The issues last selected in a workbench window (in the ledger table, the navigator, a dossier): what
 * bulk assignment and the matrix work on while the user has moved on to the organizations view to
 * pick a unit or a person. One per window, kept in the window's context.
 */
public final class IssueSelection {

	private List<Issue> issues = List.of();

	private IssueSelection() {
	}

	/** The window's tracker, made and started on first use. */
	public static IssueSelection of(IWorkbenchWindow window) {
		IEclipseContext context = window.getService(IEclipseContext.class);
		IssueSelection tracker = context == null ? null : context.get(IssueSelection.class);
		if (tracker == null) {
			tracker = new IssueSelection();
			IssueSelection started = tracker;
			ISelectionListener listener = (IWorkbenchPart part, ISelection selection) -> started.selected(selection);
			window.getSelectionService().addPostSelectionListener(listener);
			started.selected(window.getSelectionService().getSelection());
			if (context != null) {
				context.set(IssueSelection.class, tracker);
			}
		}
		return tracker;
	}

	/** Remembers a selection made only of issues; any other selection leaves the last one. */
	public void selected(ISelection selection) {
		List<Issue> found = issuesIn(selection);
		if (!found.isEmpty()) {
			issues = found;
		}
	}

	/** The issues last selected that are still in {@code ledger}, in the order selected. */
	public List<Issue> issues(Ledger ledger) {
		List<Issue> current = new ArrayList<>(issues.size());
		for (Issue issue : issues) {
			if (EcoreUtil.getRootContainer(issue) == ledger) {
				current.add(issue);
			}
		}
		return current;
	}

	/** The issues of a selection that holds nothing else; empty otherwise. */
	public static List<Issue> issuesIn(ISelection selection) {
		if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
			return List.of();
		}
		List<Issue> found = new ArrayList<>(structured.size());
		for (Object element : structured) {
			if (!(element instanceof Issue issue)) {
				return List.of();
			}
			found.add(issue);
		}
		return found;
	}
}
