package taizhang.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
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
		return found(index, query);
	}

	private List<Issue> found(SearchIndex in, String query) {
		return office.ledger.getIssues().stream().filter(in.matcher(query)).toList();
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
	void aQueryBeforeTheBackgroundHasMadeTheTextsFindsEveryIssueAlready() {
		List<Runnable> background = new ArrayList<>();
		SearchIndex early = SearchIndex.start(office.ledger, background::add);
		assertFalse(early.isComplete());
		assertEquals(List.of(office.dust), found(early, "搅拌站"));
		assertEquals(List.of(office.dust, office.sewage, office.noise), found(early, "张伟"));
		assertEquals(List.of(office.noise), found(early, "ＮＩＧＨＴ"));
		background.forEach(Runnable::run);
		assertTrue(early.isComplete());
		assertEquals(List.of(office.dust), found(early, "搅拌站"));
		assertEquals(List.of(office.dust, office.fumes), found(early, "水务局"));
	}

	@Test
	void anEditWhileTheBackgroundIsAtWorkIsFoundByItsNewText() {
		List<Runnable> background = new ArrayList<>();
		SearchIndex early = SearchIndex.start(office.ledger, background::add);
		office.set(office.fresh, "description", "黑臭水体整治");
		early.refreshAffected(office.stack.getMostRecentCommand().getAffectedObjects());
		background.forEach(Runnable::run);
		assertEquals(List.of(office.fresh), found(early, "黑臭"));
		assertEquals(List.of(), found(early, "河道垃圾"));
	}

	@Test
	void aLargeLedgerGetsTheSameAnswersFromTheBackgroundFromAQueryAndAtOnce() {
		Ledger ledger = SampleLedgers.generated(6000);
		SearchIndex atOnce = new SearchIndex(ledger);
		SearchIndex unbuilt = SearchIndex.start(ledger, task -> {
		});
		SearchIndex background = SearchIndex.start(ledger, ForkJoinPool.commonPool());
		for (String query : List.of("扬尘", "城关镇 扬尘", "整改 督察", "ZY", "不存在的词")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			List<Issue> expected = ledger.getIssues().stream().filter(atOnce.matcher(query)).toList();
			assertEquals(expected, ledger.getIssues().stream().filter(unbuilt.matcher(query)).toList(), query);
			assertEquals(expected, ledger.getIssues().stream().filter(background.matcher(query)).toList(), query);
		}
		assertFalse(ledger.getIssues().stream().filter(atOnce.matcher("扬尘")).toList().isEmpty());
		atOnce.dispose();
		unbuilt.dispose();
		background.dispose();
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
