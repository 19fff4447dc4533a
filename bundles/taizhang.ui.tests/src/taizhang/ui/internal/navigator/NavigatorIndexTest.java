package taizhang.ui.internal.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import taizhang.core.settings.Settings;
import taizhang.core.time.TimeRules;
import taizhang.demo.DemoLedgerGenerator;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.Organization;
import taizhang.model.WarningLevel;
import taizhang.ui.internal.IssueFilters;
import taizhang.ui.internal.navigator.NavigatorNode.IssueNode;
import taizhang.ui.internal.navigator.NavigatorNode.OrganizationNode;
import taizhang.ui.internal.navigator.NavigatorNode.Root;
import taizhang.ui.internal.navigator.NavigatorNode.RoundNode;

class NavigatorIndexTest {

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

	private final Ledger ledger = new DemoLedgerGenerator(3, AS_OF).generate(500);
	private final NavigatorIndex index = new NavigatorIndex(ledger, AS_OF);
	private final TimeRules rules = new TimeRules(Settings.of(ledger).warningPolicy());

	@Test
	void roundsHoldEveryIssueOnce() {
		int total = 0;
		for (Object child : index.children(Root.ROUNDS)) {
			RoundNode round = (RoundNode) child;
			int count = index.issueCount(round);
			assertEquals(count, index.childCount(round));
			total += count;
		}
		assertEquals(ledger.getIssues().size(), total);
		assertEquals(ledger.getIssues().size(), index.issueCount(Root.ROUNDS));
	}

	@Test
	void organizationCountsIssuesOfItsWholeSubtree() {
		for (Organization organization : ledger.getOrganizations()) {
			long expected = ledger.getIssues().stream().filter(IssueFilters.of(organization)).count();
			assertEquals(expected, index.issueCount(new OrganizationNode(organization)), organization.getName());
		}
	}

	@Test
	void everyNodeKnowsItsParent() {
		List<?> roots = index.children(Root.ORGANIZATIONS);
		assertTrue(!roots.isEmpty(), "the demo ledger has organizations");
		for (Object root : roots) {
			assertEquals(Root.ORGANIZATIONS, index.parent(root));
			for (Object child : index.children(root)) {
				assertEquals(root, index.parent(child));
			}
		}
		RoundNode round = (RoundNode) index.children(Root.ROUNDS).get(0);
		IssueNode first = (IssueNode) index.children(round).get(0);
		assertEquals(round, index.parent(first));
	}

	@Test
	void roundIssuesAreInSequenceOrder() {
		RoundNode round = (RoundNode) index.children(Root.ROUNDS).get(0);
		int previous = Integer.MIN_VALUE;
		for (Object child : index.children(round)) {
			Issue issue = ((IssueNode) child).issue();
			assertTrue(issue.getSequenceNumber() >= previous);
			previous = issue.getSequenceNumber();
		}
	}

	@Test
	void warningBadgesCountTheIssuesEachNodeStandsFor() {
		int warnedSomewhere = 0;
		for (WarningLevel level : WarningLevel.values()) {
			long all = ledger.getIssues().stream().filter(issue -> rules.warningLevel(issue, AS_OF) == level).count();
			assertEquals(all, index.warningCount(Root.ROUNDS, level), level.getName());
			warnedSomewhere += all;
			int byRound = 0;
			for (Object child : index.children(Root.ROUNDS)) {
				byRound += index.warningCount((RoundNode) child, level);
			}
			assertEquals(all, byRound, "rounds split the " + level.getName() + " warnings"); //$NON-NLS-1$
			for (Organization organization : ledger.getOrganizations()) {
				long expected = ledger.getIssues().stream().filter(IssueFilters.of(organization))
						.filter(issue -> rules.warningLevel(issue, AS_OF) == level).count();
				assertEquals(expected, index.warningCount(new OrganizationNode(organization), level),
						organization.getName() + " " + level.getName()); //$NON-NLS-1$
			}
		}
		assertTrue(warnedSomewhere > 0, "the demo ledger has warned issues");
	}

	@Test
	void issueNodesCarryTheirOwnWarning() {
		for (Issue issue : ledger.getIssues()) {
			assertEquals(rules.warningLevel(issue, AS_OF), index.warning(issue), issue.getCaseNumber());
		}
	}
}
