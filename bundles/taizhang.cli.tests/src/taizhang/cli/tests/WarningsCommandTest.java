package taizhang.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WarningsCommandTest extends WarningsLedgerFileTest {

	private CliResult run(Locale locale, String... extra) {
		String[] args = new String[3 + extra.length];
		args[0] = "warnings"; //$NON-NLS-1$
		args[1] = file.toString();
		args[2] = "--as-of=" + WarningsFixture.AS_OF; //$NON-NLS-1$
		System.arraycopy(extra, 0, args, 3, extra.length);
		return CliResult.run(store, locale, args);
	}

	@Test
	void listsRedThenYellowThenBlueWithLeadUnitDeadlineAndReason() {
		CliResult result = run(Locale.ENGLISH);

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().contains("Warnings: 5 of 7 issues: 1 red, 2 yellow, 2 blue"), result::toString); //$NON-NLS-1$
		List<String> rows = result.out().lines().filter(line -> line.contains(" warning  ")).toList(); //$NON-NLS-1$
		assertEquals(5, rows.size(), result::toString);
		assertTrue(StatsCommandTest.hasRow(rows.get(0), "Red warning", fixture.red.getCaseNumber(), "甲县", //$NON-NLS-1$ //$NON-NLS-2$
				"2018-01-05", "5 days overdue"), rows.get(0)); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(rows.get(1).startsWith("Yellow warning  " + fixture.yellow.getCaseNumber()), rows.get(1)); //$NON-NLS-1$
		assertTrue(rows.get(1).endsWith("a measure's due date has passed and it is not done"), rows.get(1)); //$NON-NLS-1$
		assertTrue(rows.get(2).startsWith("Yellow warning  " + fixture.secondYellow.getCaseNumber()), rows.get(2)); //$NON-NLS-1$
		assertTrue(StatsCommandTest.hasRow(rows.get(3), "Blue warning", fixture.dueToday.getCaseNumber(), "乙区", //$NON-NLS-1$ //$NON-NLS-2$
				"2018-01-10", "deadline today"), rows.get(3)); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(StatsCommandTest.hasRow(rows.get(4), "Blue warning", fixture.blue.getCaseNumber(), "市生态环境局", //$NON-NLS-1$ //$NON-NLS-2$
				"2018-01-20", "deadline in 10 days"), rows.get(4)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void chineseListUsesChineseLevelsAndReasons() {
		CliResult result = run(Locale.CHINA);

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().contains("预警：7 个问题中有 5 个应予预警，其中红色 1 个，黄色 2 个，蓝色 2 个"), result::toString); //$NON-NLS-1$
		assertTrue(StatsCommandTest.hasRow(result.out(), "红色预警", fixture.red.getCaseNumber(), "甲县", "2018-01-05", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"逾期 5 天"), result::toString); //$NON-NLS-1$
		assertTrue(result.out().contains("有整改措施已过完成时限仍未完成"), result::toString); //$NON-NLS-1$
		assertTrue(result.out().contains("距整改时限还有 10 天"), result::toString); //$NON-NLS-1$
		assertTrue(result.out().contains("今天到期"), result::toString); //$NON-NLS-1$
	}

	@Test
	@SuppressWarnings("unchecked")
	void jsonListsTheWarningsWithStableKeys() {
		CliResult result = run(Locale.CHINESE, "--json"); //$NON-NLS-1$

		assertEquals(0, result.exitCode(), result::toString);
		Map<String, Object> json = (Map<String, Object>) Json.parse(result.out());
		assertEquals(List.of("file", "ledger", "asOf", "totals", "warnings"), List.copyOf(json.keySet())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertEquals(Map.of("issues", new BigDecimal(7), "warned", new BigDecimal(5), "red", BigDecimal.ONE, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"yellow", new BigDecimal(2), "blue", new BigDecimal(2)), json.get("totals")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		List<Map<String, Object>> warnings = (List<Map<String, Object>>) json.get("warnings"); //$NON-NLS-1$
		assertEquals(List.of("RED", "YELLOW", "YELLOW", "BLUE", "BLUE"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				warnings.stream().map(w -> w.get("level")).toList()); //$NON-NLS-1$
		Map<String, Object> red = warnings.get(0);
		assertEquals(List.of("level", "caseNumber", "sequenceNumber", "leadUnit", "leadUnitName", "deadline", "reason", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				"days", "reasonText"), List.copyOf(red.keySet())); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(fixture.red.getCaseNumber(), red.get("caseNumber")); //$NON-NLS-1$
		assertEquals("county-a", red.get("leadUnit")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("OVERDUE", red.get("reason")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(new BigDecimal(5), red.get("days")); //$NON-NLS-1$
		assertEquals("MEASURE_DUE", warnings.get(1).get("reason")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("DUE_SOON", warnings.get(3).get("reason")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(BigDecimal.ZERO, warnings.get(3).get("days")); //$NON-NLS-1$
	}

	@Test
	void dayBeforeAnythingIsDueHasNoWarnings() {
		CliResult result = CliResult.run(store, "warnings", file.toString(), "--as-of", "2017-09-01"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().contains("Warnings: 0 of 7 issues"), result::toString); //$NON-NLS-1$
		assertTrue(result.out().lines().noneMatch(line -> line.contains(" warning ")), result::toString); //$NON-NLS-1$
	}

	@Test
	void theLedgerIsOnlyRead() throws Exception {
		byte[] before = Files.readAllBytes(file);

		run(Locale.ENGLISH);

		assertArrayEquals(before, Files.readAllBytes(file));
	}

	@Test
	void missingFileExits2() {
		CliResult result = CliResult.run(store, "warnings", dir.resolve("none.taizhang").toString()); //$NON-NLS-1$ //$NON-NLS-2$

		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("File not found"), result::toString); //$NON-NLS-1$
	}

	@Test
	void badDateExits2AndNamesTheOption() {
		CliResult result = CliResult.run(store, "warnings", file.toString(), "--as-of", "2018-02-30"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("--as-of: \"2018-02-30\" is not a valid date"), result::toString); //$NON-NLS-1$
		assertTrue(result.err().contains("taizhang warnings --help"), result::toString); //$NON-NLS-1$
	}
}
