package taizhang.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import taizhang.core.LedgerSession;
import taizhang.model.Ledger;

class EscalateCommandTest extends WarningsLedgerFileTest {

	private static final String RED_RULE = "taizhang.core.rules.redWarning"; //$NON-NLS-1$
	private static final String YELLOW_RULE = "taizhang.core.rules.yellowWarnings"; //$NON-NLS-1$

	@Test
	void listsWhatEachRuleProposes() {
		CliResult result = CliResult.run(store, "escalate", file.toString(), "--as-of", "2018-01-10"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().contains(
				"Proposals: 4 (1 supervision notices, 2 deductions of 3 points in all, 1 interviews)"), result::toString); //$NON-NLS-1$
		assertTrue(result.out().contains("Rule: Overdue issues: interview and deduction (" + RED_RULE + "): 2 proposals"), //$NON-NLS-1$ //$NON-NLS-2$
				result::toString);
		assertTrue(result.out().contains("Rule: Lagging issues: supervision notice and deduction (" + YELLOW_RULE //$NON-NLS-1$
				+ "): 2 proposals"), result::toString); //$NON-NLS-1$
		String red = fixture.red.getCaseNumber();
		String yellows = fixture.yellow.getCaseNumber() + ", " + fixture.secondYellow.getCaseNumber(); //$NON-NLS-1$
		assertTrue(StatsCommandTest.hasRow(result.out(), "Interview", "甲县", "1", red), result::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(StatsCommandTest.hasRow(result.out(), "Deduction", "甲县", "1", "2", red), result::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(StatsCommandTest.hasRow(result.out(), "Supervision notice", "甲县", "2", yellows), result::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(StatsCommandTest.hasRow(result.out(), "Deduction", "甲县", "2", "1", yellows), result::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	@Test
	void chineseListNamesRulesAndRecordsInChinese() {
		CliResult result = CliResult.run(store, Locale.CHINA, "escalate", file.toString(), "--as-of", "2018-01-10"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().contains("建议共 4 项（督办通知 1 份，考核扣分 2 项共 3 分，约谈 1 次）"), result::toString); //$NON-NLS-1$
		assertTrue(result.out().contains("规则：到期未完成：约谈并扣分（" + RED_RULE + "）：2 项建议"), result::toString); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(StatsCommandTest.hasRow(result.out(), "督办通知", "甲县", "2", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				fixture.yellow.getCaseNumber() + "、" + fixture.secondYellow.getCaseNumber()), result::toString); //$NON-NLS-1$
	}

	@Test
	@SuppressWarnings("unchecked")
	void jsonGivesEveryProposalWithItsRule() {
		CliResult result = CliResult.run(store, "escalate", file.toString(), "--as-of", "2018-01-10", "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

		assertEquals(0, result.exitCode(), result::toString);
		Map<String, Object> json = (Map<String, Object>) Json.parse(result.out());
		assertEquals(List.of("file", "ledger", "asOf", "rules", "proposals"), List.copyOf(json.keySet())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		List<Map<String, Object>> rules = (List<Map<String, Object>>) json.get("rules"); //$NON-NLS-1$
		assertEquals(List.of(RED_RULE, YELLOW_RULE), rules.stream().map(r -> r.get("id")).toList()); //$NON-NLS-1$
		List<Map<String, Object>> proposals = (List<Map<String, Object>>) json.get("proposals"); //$NON-NLS-1$
		assertEquals(List.of("INTERVIEW", "DEDUCTION", "SUPERVISION_NOTICE", "DEDUCTION"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				proposals.stream().map(p -> p.get("kind")).toList()); //$NON-NLS-1$
		assertEquals(List.of(RED_RULE, RED_RULE, YELLOW_RULE, YELLOW_RULE), proposals.stream().map(p -> p.get("rule")).toList()); //$NON-NLS-1$
		Map<String, Object> notice = proposals.get(2);
		assertEquals("county-a", notice.get("unit")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(fixture.yellow.getCaseNumber(), fixture.secondYellow.getCaseNumber()), notice.get("issues")); //$NON-NLS-1$
		assertEquals(new BigDecimal(2), proposals.get(1).get("points")); //$NON-NLS-1$
		assertTrue(((String) notice.get("reason")).contains("lagging"), notice::toString); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void nothingIsWrittenToTheLedger() throws Exception {
		byte[] before = Files.readAllBytes(file);

		CliResult result = CliResult.run(store, "escalate", file.toString(), "--as-of", "2018-01-10"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertEquals(0, result.exitCode(), result::toString);
		assertArrayEquals(before, Files.readAllBytes(file));
		try (LedgerSession session = store.open(file, true)) {
			Ledger ledger = session.ledger();
			assertEquals(0, ledger.getSupervisionNotices().size() + ledger.getDeductions().size()
					+ ledger.getInterviews().size());
		}
	}

	@Test
	void dayWithoutWarningsProposesNothing() {
		CliResult result = CliResult.run(store, "escalate", file.toString(), "--as-of", "2017-09-01"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().contains("Proposals: 0"), result::toString); //$NON-NLS-1$
		assertTrue(result.out().contains("(" + RED_RULE + "): 0 proposals"), result::toString); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void fileThatIsNotALedgerExits2() throws Exception {
		Path text = Files.writeString(dir.resolve("notes.taizhang"), "不是台账"); //$NON-NLS-1$ //$NON-NLS-2$

		CliResult result = CliResult.run(store, "escalate", text.toString(), "--as-of", "2018-01-10"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertEquals(2, result.exitCode(), result::toString);
		assertTrue(result.err().contains("notes.taizhang"), result::toString); //$NON-NLS-1$
	}

	@Test
	void extraArgumentExits2() {
		CliResult result = CliResult.run(store, "escalate", file.toString(), "more"); //$NON-NLS-1$ //$NON-NLS-2$

		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("Unexpected argument \"more\""), result::toString); //$NON-NLS-1$
	}
}
