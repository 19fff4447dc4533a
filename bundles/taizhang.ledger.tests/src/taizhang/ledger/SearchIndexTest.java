package taizhang.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.Test;

import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.testing.SampleLedgers;

class SearchIndexTest {

	private final Office office = new Office();
	private final SearchIndex index = new SearchIndex(office.ledger);

	private List<Issue> found(String query) {
		return office.ledger.getIssues().stream().filter(index.matcher(query)).toList();
	}

	@Test
	void findsChineseTextInAnyColumn() {
		assertEquals(List.of(office.dust), found("搅拌站"));
		assertEquals(List.of(office.dust, office.sewage), found("中央生态环境保护督察"));
		assertEquals(List.of(office.dust), found("喷淋"), "measures");
		assertEquals(List.of(office.dust), found("基本满意"), "custom fields");
		assertEquals(List.of(office.dust, office.sewage, office.noise), found("张伟"));
		assertEquals(List.of(office.dust, office.fumes), found("水务局"));
	}

	@Test
	void allWordsMustMatchIgnoringCaseAndFullWidthForms() {
		assertEquals(List.of(office.noise), found("night 噪声"));
		assertEquals(List.of(office.noise), found("ＮＩＧＨＴ"));
		assertEquals(List.of(office.sewage), found("cod　偷排"));
		assertEquals(List.of(), found("搅拌站 偷排"));
		assertEquals(5, found("  ").size());
	}

	@Test
	void editedIssuesAreFoundByTheirNewTextAfterARefresh() {
		office.set(office.fresh, "description", "黑臭水体整治");
		Predicate<Issue> before = index.matcher("黑臭");
		assertFalse(before.test(office.fresh), "not refreshed yet");
		index.refreshAffected(office.stack.getMostRecentCommand().getAffectedObjects());
		assertTrue(index.matcher("黑臭").test(office.fresh));
		office.stack.undo();
		index.refresh(office.fresh);
		assertEquals(List.of(office.fresh), found("河道垃圾"));
	}

	@Test
	void newIssuesAreIndexedWhenFirstMetAndDeletedOnesForgotten() {
		Command add = IssueCommands.add(office.domain, office.ledger, office.central);
		office.execute(add);
		Issue added = (Issue) add.getAffectedObjects().iterator().next();
		office.set(added, "description", "新增的秸秆焚烧问题");
		assertEquals(List.of(added), found("秸秆"));
		office.execute(IssueCommands.delete(office.domain, office.ledger, List.of(added)));
		index.refresh(added);
		assertEquals(List.of(), found("秸秆"));
	}

	@Test
	void searchesAGeneratedLedger() {
		Ledger ledger = SampleLedgers.generated(2000);
		SearchIndex big = new SearchIndex(ledger);
		long count = ledger.getIssues().stream().filter(big.matcher("扬尘")).count();
		long expected = ledger.getIssues().stream().filter(issue -> issue.getDescription().contains("扬尘")
				|| issue.getPlan() != null && issue.getPlan().getTarget() != null && issue.getPlan().getTarget().contains("扬尘")).count();
		assertTrue(count >= expected && expected > 0, count + " / " + expected);
		big.dispose();
	}
}
