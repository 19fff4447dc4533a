package taizhang.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import taizhang.cli.internal.TextTable;
import taizhang.core.LedgerStore;
import taizhang.store.sqlite.SqliteLedgerStore;

class StatsCommandTest {

	private final LedgerStore store = new SqliteLedgerStore();

	@TempDir
	Path dir;

	private Path file;

	@BeforeEach
	void writeDistrictLedger() throws Exception {
		file = LedgerFixture.district().save(store, dir.resolve("district.taizhang")); //$NON-NLS-1$
	}

	@Test
	void tableShowsTotalsDoneRateAndOverdueByRoundKind() {
		CliResult result = CliResult.run(store, "stats", file.toString(), "--as-of", "2018-01-01"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().contains("Issues: 301, done: 292, completion rate: 97.0%, overdue: 9"), result::toString); //$NON-NLS-1$
		// issues, done, rate, signed off, sign-off rate, on schedule, lagging, overdue, blue, rejected, rejections
		assertTrue(hasRow(result.out(), "Central inspection", "221", "212", "95.9%", "212", "95.9%", "0", "0", "9", "0", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
				"0", "0"), result::toString); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(hasRow(result.out(), "Provincial inspection", "80", "80", "100.0%", "80", "100.0%", "0", "0", "0", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
				"0", "0", "0"), result::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(result.out().contains("On schedule: 0, lagging: 0, overdue: 9, done and not lagging: 292"), //$NON-NLS-1$
				result::toString);
		assertTrue(result.out().contains("Signed off: 292 (sign-off rate 97.0%); rejected claims: 0 issues, 0 rejections"), //$NON-NLS-1$
				result::toString);
		assertTrue(result.out().contains("Warnings: 9 red, 0 yellow, 0 blue"), result::toString); //$NON-NLS-1$
	}

	@Test
	void leadUnitsAreRankedByRateThenOverdueThenName() {
		CliResult result = CliResult.run(store, Locale.CHINA, "stats", file.toString(), "--as-of", "2018-01-01"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		String ranking = result.out().substring(result.out().indexOf("牵头单位排名")); //$NON-NLS-1$
		// 市生态环境局 and 乙区 both 100%, no overdue: by name in pinyin (shi before yi)
		assertTrue(hasRow(ranking, "1", "市生态环境局", "80", "80", "100.0%", "0"), ranking); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertTrue(hasRow(ranking, "2", "乙区", "100", "100", "100.0%", "0"), ranking); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertTrue(hasRow(ranking, "3", "甲县", "121", "112", "92.6%", "9"), ranking); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	@Test
	void tableShowsCountiesAndLeadUnits() {
		CliResult result = CliResult.run(store, "stats", file.toString(), "--as-of", "2018-01-01"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertTrue(result.out().contains("By county/district"), result::toString); //$NON-NLS-1$
		assertTrue(hasRowStarting(result.out(), "甲县", "121", "112", "92.6%", "112", "92.6%", "0", "0", "9"), result::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
		assertTrue(hasRowStarting(result.out(), "(city level)", "80", "80", "100.0%"), result::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(result.out().contains("By lead unit"), result::toString); //$NON-NLS-1$
		assertTrue(hasRowStarting(result.out(), "市生态环境局", "80", "80", "100.0%"), result::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	@Test
	void chineseTableUsesChineseLabelsAndLinesUp() {
		CliResult result = CliResult.run(store, Locale.CHINA, "stats", file.toString(), "--as-of", "2018-01-01"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().contains("问题 301 个，已完成 292 个，完成率 97.0%，逾期 9 个"), result::toString); //$NON-NLS-1$
		assertTrue(hasRowStarting(result.out(), "中央督察", "221", "212", "95.9%"), result::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(result.out().contains("预警：红色 9 个，黄色 0 个，蓝色 0 个"), result::toString); //$NON-NLS-1$
		// Every line of a table is as wide as the rule under its header: the columns line up.
		List<String> lines = result.out().lines().toList();
		int tables = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).matches("-+")) { //$NON-NLS-1$
				tables++;
				int width = lines.get(i).length();
				assertEquals(width, TextTable.displayWidth(lines.get(i - 1)), lines.get(i - 1));
				for (int j = i + 1; j < lines.size() && !lines.get(j).isEmpty(); j++) {
					assertEquals(width, TextTable.displayWidth(lines.get(j)), lines.get(j));
				}
			}
		}
		assertEquals(6, tables, "five dimensions and the ranking"); //$NON-NLS-1$
	}

	@Test
	void overdueIsCountedAsOfTheGivenDay() {
		CliResult before = CliResult.run(store, "stats", file.toString(), "--as-of", "2017-12-31"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertTrue(before.out().contains("overdue: 0"), before::toString); //$NON-NLS-1$
	}

	@Test
	@SuppressWarnings("unchecked")
	void jsonHasStableKeysAndTheFigures() {
		CliResult result = CliResult.run(store, "stats", file.toString(), "--as-of=2018-01-01", "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertEquals(0, result.exitCode(), result::toString);
		Map<String, Object> json = (Map<String, Object>) Json.parse(result.out());
		assertEquals(List.of("file", "ledger", "asOf", "total", "byRoundKind", "byIssueKind", "byCategory", "byCounty", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				"byLeadUnit", "leadUnitRanking"), List.copyOf(json.keySet())); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("2018-01-01", json.get("asOf")); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, Object> total = (Map<String, Object>) json.get("total"); //$NON-NLS-1$
		assertEquals(List.of("total", "done", "completionPercent", "signedOff", "signOffPercent", "onSchedule", "lagging", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				"overdue", "rejectedIssues", "rejections", "warnings"), List.copyOf(total.keySet())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(new BigDecimal("301"), total.get("total")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(new BigDecimal("292"), total.get("done")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(new BigDecimal("97.0"), total.get("completionPercent")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(new BigDecimal("9"), total.get("overdue")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Map.of("red", new BigDecimal("9"), "yellow", BigDecimal.ZERO, "blue", BigDecimal.ZERO), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				total.get("warnings")); //$NON-NLS-1$
		List<Map<String, Object>> rounds = (List<Map<String, Object>>) json.get("byRoundKind"); //$NON-NLS-1$
		Map<String, Object> central = rounds.get(0);
		assertEquals("key", List.copyOf(central.keySet()).get(0)); //$NON-NLS-1$
		assertEquals("label", List.copyOf(central.keySet()).get(1)); //$NON-NLS-1$
		assertEquals(total.keySet(), Set.copyOf(central.keySet().stream().skip(2).toList()));
		List<Map<String, Object>> ranking = (List<Map<String, Object>>) json.get("leadUnitRanking"); //$NON-NLS-1$
		assertEquals(List.of("dept", "county-b", "county-a"), ranking.stream().map(r -> r.get("key")).toList()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(List.of("rank", "key", "label", "total", "done", "completionPercent", "overdue"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				List.copyOf(ranking.get(0).keySet()));
		assertEquals("CENTRAL", central.get("key")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(new BigDecimal("95.9"), central.get("completionPercent")); //$NON-NLS-1$ //$NON-NLS-2$
		List<Map<String, Object>> counties = (List<Map<String, Object>>) json.get("byCounty"); //$NON-NLS-1$
		assertEquals("county-a", counties.get(0).get("key")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(null, counties.get(2).get("key"), "the city-level group has no key"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	@SuppressWarnings("unchecked")
	void jsonKeysAndFiguresDoNotDependOnTheLanguage() {
		Map<String, Object> english = (Map<String, Object>) Json.parse(
				CliResult.run(store, Locale.ENGLISH, "stats", file.toString(), "--json", "--as-of", "2018-01-01").out()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Map<String, Object> chinese = (Map<String, Object>) Json.parse(
				CliResult.run(store, Locale.CHINESE, "stats", file.toString(), "--json", "--as-of", "2018-01-01").out()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

		Map<String, Object> englishCentral = ((List<Map<String, Object>>) english.get("byRoundKind")).get(0); //$NON-NLS-1$
		Map<String, Object> chineseCentral = ((List<Map<String, Object>>) chinese.get("byRoundKind")).get(0); //$NON-NLS-1$
		assertEquals("中央督察", chineseCentral.get("label")); //$NON-NLS-1$ //$NON-NLS-2$
		englishCentral.remove("label"); //$NON-NLS-1$
		chineseCentral.remove("label"); //$NON-NLS-1$
		assertEquals(englishCentral, chineseCentral);
	}

	@Test
	void missingFileIsNamedWithExit2() {
		Path missing = dir.resolve("missing.taizhang"); //$NON-NLS-1$
		CliResult result = CliResult.run(store, "stats", missing.toString()); //$NON-NLS-1$

		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("File not found: " + missing), result::toString); //$NON-NLS-1$
	}

	@Test
	void fileThatIsNotALedgerIsRefusedAndLeftUntouched() throws IOException {
		Path text = dir.resolve("notes.taizhang"); //$NON-NLS-1$
		byte[] content = "这不是台账\n".getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
		Files.write(text, content);

		CliResult result = CliResult.run(store, "stats", text.toString()); //$NON-NLS-1$

		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("notes.taizhang"), result::toString); //$NON-NLS-1$
		assertArrayEquals(content, Files.readAllBytes(text));
	}

	@Test
	void directoryIsRefused() {
		CliResult result = CliResult.run(store, "stats", dir.toString()); //$NON-NLS-1$

		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("is a directory"), result::toString); //$NON-NLS-1$
	}

	@Test
	void impossibleDateNamesTheOption() {
		CliResult result = CliResult.run(store, "stats", file.toString(), "--as-of", "2026-02-30"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("--as-of: \"2026-02-30\" is not a valid date"), result::toString); //$NON-NLS-1$
	}

	@Test
	void looselyWrittenDateIsRefused() {
		for (String date : List.of("2026-1-5", "2026/01/05", "20260105", "+2026-01-05", "")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			CliResult result = CliResult.run(store, "stats", file.toString(), "--as-of", date); //$NON-NLS-1$ //$NON-NLS-2$

			assertEquals(2, result.exitCode(), date);
			assertTrue(result.err().contains("--as-of"), result::toString); //$NON-NLS-1$
		}
	}

	@Test
	void repeatedOptionIsRefused() {
		CliResult result = CliResult.run(store, "stats", file.toString(), "--json", "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("--json is given more than once"), result::toString); //$NON-NLS-1$
	}

	/** Whether some line starts with these cells in this order, separated by spaces. */
	static boolean hasRowStarting(String output, String... cells) {
		StringBuilder regex = new StringBuilder("^\\s*"); //$NON-NLS-1$
		for (int i = 0; i < cells.length; i++) {
			regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(cells[i])); //$NON-NLS-1$ //$NON-NLS-2$
		}
		regex.append("(\\s|$)"); //$NON-NLS-1$
		return Pattern.compile(regex.toString(), Pattern.MULTILINE).matcher(output).find();
	}

	/** Whether some line holds these cells in this order, separated by spaces only. */
	static boolean hasRow(String output, String... cells) {
		StringBuilder regex = new StringBuilder("^\\s*"); //$NON-NLS-1$
		for (int i = 0; i < cells.length; i++) {
			regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(cells[i])); //$NON-NLS-1$ //$NON-NLS-2$
		}
		regex.append("\\s*$"); //$NON-NLS-1$
		return Pattern.compile(regex.toString(), Pattern.MULTILINE).matcher(output).find();
	}
}
