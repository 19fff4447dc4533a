package taizhang.responsibility.ui.tests;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taizhang.responsibility.ui.tests.Workbench.processEvents;
import static taizhang.responsibility.ui.tests.Workbench.waitForJobs;
import static taizhang.responsibility.ui.tests.Workbench.waitUntil;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import taizhang.core.LedgerSession;
import taizhang.responsibility.ui.ResponsibilityViews;
import taizhang.responsibility.ui.internal.BackgroundRead;
import taizhang.responsibility.ui.internal.organizations.OrganizationsPart;
import taizhang.responsibility.ui.internal.problems.ProblemsPart;
import taizhang.ui.LedgerSessionService;
import taizhang.ui.internal.session.LedgerOpener;

/** A test on a fresh {@link Fixture} ledger open in the workbench, the organizations view showing it. */
abstract class ViewTest {

	Fixture f;
	OrganizationsPart organizations;

	@BeforeAll
	static void letTheDemoLedgerOpen() {
		// First start: the workbench creates the demo ledger in a job; it must not replace ours later.
		waitForJobs(LedgerOpener.JOB_FAMILY);
	}

	@BeforeEach
	void openFixture() throws Exception {
		f = new Fixture();
		// The open views hear of the new ledger through runnables given to the UI thread.
		Workbench.runAsyncs();
		organizations = Workbench.view(ResponsibilityViews.ORGANIZATIONS, OrganizationsPart.class);
		assertSame(f.session, organizations.session(), "the organizations view shows the new ledger");
		assertTrue(organizations.reveal(f.city));
		processEvents();
	}

	/** Waits until the problems view has validated the open ledger fully. */
	static ProblemsPart validatedProblems() {
		ProblemsPart problems = Workbench.view(ResponsibilityViews.PROBLEMS, ProblemsPart.class);
		// a newly opened ledger is validated once the grid has painted it
		LedgerSession current = currentSession();
		waitUntil("the problems view to take the open ledger", () -> problems.session() == current);
		waitForJobs(ProblemsPart.JOB_FAMILY);
		waitUntil("the full validation", () -> !problems.isValidating());
		return problems;
	}

	static LedgerSession currentSession() {
		return PlatformUI.getWorkbench().getService(LedgerSessionService.class).current().orElse(null);
	}

	/** Selects {@code element} in the organizations view and makes the view active, as a click does. */
	void select(Object element) {
		Workbench.showView(ResponsibilityViews.ORGANIZATIONS);
		organizations.viewer().setSelection(new StructuredSelection(element), true);
		organizations.viewer().getControl().setFocus();
		processEvents();
		waitForReads();
	}

	/** Waits until the views that read the ledger in the background (matrix, dossiers) have shown what they read. */
	static void waitForReads() {
		waitForJobs(BackgroundRead.FAMILY);
	}
}
