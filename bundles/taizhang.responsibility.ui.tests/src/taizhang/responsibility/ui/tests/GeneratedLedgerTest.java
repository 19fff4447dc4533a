package taizhang.responsibility.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taizhang.responsibility.ui.tests.Workbench.processEvents;
import static taizhang.responsibility.ui.tests.Workbench.waitForJobs;
import static taizhang.responsibility.ui.tests.Workbench.waitUntil;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import taizhang.core.LedgerSession;
import taizhang.model.Ledger;
import taizhang.responsibility.ui.ResponsibilityViews;
import taizhang.responsibility.ui.internal.BackgroundRead;
import taizhang.responsibility.ui.internal.matrix.MatrixPart;
import taizhang.responsibility.ui.internal.organizations.OrganizationsPart;
import taizhang.responsibility.ui.internal.problems.ProblemsPart;
import taizhang.responsibility.validation.Constraints;
import taizhang.responsibility.validation.ProblemFinder;
import taizhang.testing.SampleLedgers;
import taizhang.ui.internal.session.LedgerOpener;

/** The views on a generated ledger of a few thousand issues, as the demo ledger users first see. */
class GeneratedLedgerTest {

	@Test
	void viewsShowAGeneratedLedgerAndTheProblemsViewListsWhatTheConstraintsFind() throws Exception {
		waitForJobs(LedgerOpener.JOB_FAMILY);
		Ledger ledger = SampleLedgers.fresh(2_000);
		int expected = new ProblemFinder(ledger, Constraints.builtIn(), Locale.CHINESE).checkAll().size();
		LedgerSession session = Fixture.open(ledger);
		Workbench.runAsyncs();

		ProblemsPart problems = Workbench.view(ResponsibilityViews.PROBLEMS, ProblemsPart.class);
		assertSame(session, problems.session(), "the problems view validates the new ledger");
		waitForJobs(ProblemsPart.JOB_FAMILY);
		waitUntil("the full validation", () -> !problems.isValidating());
		assertEquals(expected, problems.problems().size(), "the problems the built-in constraints find");
		assertEquals(expected, problems.viewer().getTable().getItemCount());

		MatrixPart matrix = Workbench.view(ResponsibilityViews.MATRIX, MatrixPart.class);
		waitForJobs(BackgroundRead.FAMILY);
		processEvents();
		assertEquals(ledger.getIssues().size(), matrix.matrix().issues().size());
		assertFalse(matrix.matrix().units().isEmpty());

		OrganizationsPart organizations = Workbench.view(ResponsibilityViews.ORGANIZATIONS, OrganizationsPart.class);
		assertSame(session, organizations.session(), "the organizations view shows the new ledger");
		assertTrue(organizations.reveal(ledger.getPersons().get(ledger.getPersons().size() - 1)));
		assertFalse(session.isReadOnly());
		Workbench.screenshot(Workbench.window().getShell(), "generated-ledger");
	}
}
