package taizhang.ui.internal.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import taizhang.demo.DemoLedgerGenerator;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.Organization;
import taizhang.ui.internal.IssueFilters;
import taizhang.ui.internal.navigator.NavigatorNode.IssueNode;
import taizhang.ui.internal.navigator.NavigatorNode.OrganizationNode;
import taizhang.ui.internal.navigator.NavigatorNode.Root;
import taizhang.ui.internal.navigator.NavigatorNode.RoundNode;

class NavigatorIndexTest {

	private final Ledger ledger = new DemoLedgerGenerator(3, LocalDate.of(2026, 11, 24)).generate(500);
	private final NavigatorIndex index = new NavigatorIndex(ledger);

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
}
