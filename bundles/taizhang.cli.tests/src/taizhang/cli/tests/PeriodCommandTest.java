package taizhang.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import taizhang.core.LedgerSession;
import taizhang.core.LedgerStore;
import taizhang.model.Issue;
import taizhang.model.IssueStatus;
import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.RectificationType;
import taizhang.model.ReportingPeriod;
import taizhang.model.RoundKind;
import taizhang.store.sqlite.SqliteLedgerStore;
import taizhang.testing.LedgerBuilder;
import taizhang.testing.LedgerFiles;

class PeriodCommandTest {

	private final LedgerStore store = new SqliteLedgerStore();

	@TempDir
	Path dir;

	private Path file;

	/**
	 * 东湖区 reports on the 25th (on time), 市住建局 on the 26th (late), 市水务局 never; ZY-2's deadline
	 * falls between the October and November cut-offs.
	 */
	@BeforeEach
	void writeLedger() throws Exception {
		LedgerBuilder builder = new LedgerBuilder("江州市整改台账"); //$NON-NLS-1$
		builder.round(RoundKind.CENTRAL, "第二轮中央督察", LocalDate.of(2026, 6, 1)); //$NON-NLS-1$
		Organization east = builder.county("东湖区"); //$NON-NLS-1$
		Organization housing = builder.department("市住建局"); //$NON-NLS-1$
		Organization water = builder.department("市水务局"); //$NON-NLS-1$
		builder.issue("ZY-1").received(LocalDate.of(2026, 6, 5)).lead(east, null) //$NON-NLS-1$
				.plan(RectificationType.TIME_LIMITED, LocalDate.of(2027, 6, 30)).status(IssueStatus.RECTIFYING)
				.progressReport("2026-10", LocalDate.of(2026, 10, 20), 80) //$NON-NLS-1$
				.progressReport("2026-11", LocalDate.of(2026, 11, 25), 90); //$NON-NLS-1$
		builder.issue("ZY-2").received(LocalDate.of(2026, 6, 5)).lead(housing, null) //$NON-NLS-1$
				.plan(RectificationType.TIME_LIMITED, LocalDate.of(2026, 11, 10)).status(IssueStatus.RECTIFYING)
				.progressReport("2026-10", LocalDate.of(2026, 10, 20), 80) //$NON-NLS-1$
				.progressReport("2026-11", LocalDate.of(2026, 11, 26), 90); //$NON-NLS-1$
		builder.issue("ZY-3").received(LocalDate.of(2026, 6, 5)).lead(water, null) //$NON-NLS-1$
				.plan(RectificationType.TIME_LIMITED, LocalDate.of(2027, 6, 30)).status(IssueStatus.RECTIFYING)
				.progressReport("2026-10", LocalDate.of(2026, 10, 20), 80); //$NON-NLS-1$
		file = LedgerFiles.create(store, dir, "period.taizhang", builder.build()); //$NON-NLS-1$
	}

	@Test
	void submissionsListOnTimeLateAndMissingUnits() {
		CliResult result = CliResult.run(store, "period", "submissions", file.toString(), "2026-11"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().contains("Reporting period 2026-11: reports due by 2026-11-25"), result::toString); //$NON-NLS-1$
		assertTrue(result.out().contains("Units owing a report: 3 (1 on time, 1 late, 1 missing)"), result::toString); //$NON-NLS-1$
		assertTrue(StatsCommandTest.hasRow(result.out(), "东湖区", "1", "On time", "2026-11-25"), result::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(StatsCommandTest.hasRow(result.out(), "市住建局", "1", "Late", "2026-11-26"), result::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(StatsCommandTest.hasRow(result.out(), "市水务局", "1", "Missing"), result::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void chineseSubmissionsNameTheStatusesInChinese() {
		CliResult result = CliResult.run(store, Locale.CHINA, "period", "submissions", file.toString(), "2026-11"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().contains("应报送单位 3 个（按时 1 个，逾期 1 个，未报送 1 个）"), result::toString); //$NON-NLS-1$
		assertTrue(StatsCommandTest.hasRow(result.out(), "市水务局", "1", "未报送"), result::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	@SuppressWarnings("unchecked")
	void submissionsJsonGivesCountsAndUnits() {
		CliResult result = CliResult.run(store, "period", "submissions", file.toString(), "2026-11", "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

		assertEquals(0, result.exitCode(), result::toString);
		Map<String, Object> json = (Map<String, Object>) Json.parse(result.out());
		assertEquals("2026-11-25", json.get("cutoff")); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, Object> counts = (Map<String, Object>) json.get("counts"); //$NON-NLS-1$
		assertEquals(List.of(1L, 1L, 1L), List.of(number(counts.get("ON_TIME")), number(counts.get("LATE")), //$NON-NLS-1$ //$NON-NLS-2$
				number(counts.get("MISSING")))); //$NON-NLS-1$
		List<Map<String, Object>> units = (List<Map<String, Object>>) json.get("units"); //$NON-NLS-1$
		assertEquals(List.of("ON_TIME", "LATE", "MISSING"), units.stream().map(u -> u.get("status")).toList()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	@Test
	void closeWritesThePeriodToTheFile() throws Exception {
		CliResult result = CliResult.run(store, "period", "close", file.toString(), "2026-10", "--by", "张三"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().contains(
				"Reporting period 2026-10 closed: cut-off day 2026-10-25, 3 issues frozen (0 done, 0 overdue, 0 lagging)."), //$NON-NLS-1$
				result::toString);
		try (LedgerSession session = store.open(file, true)) {
			List<ReportingPeriod> periods = session.ledger().getPeriods();
			assertEquals(1, periods.size());
			assertEquals("2026-10", periods.get(0).getMonth()); //$NON-NLS-1$
			assertEquals("张三", periods.get(0).getClosedBy()); //$NON-NLS-1$
			assertEquals(3, periods.get(0).getEntries().size());
			assertEquals("ZY-1", periods.get(0).getEntries().get(0).getIssue().getCaseNumber()); //$NON-NLS-1$
		}
	}

	@Test
	void closingAMonthTwiceIsRefused() {
		assertEquals(0, CliResult.run(store, "period", "close", file.toString(), "2026-10").exitCode()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		CliResult again = CliResult.run(store, "period", "close", file.toString(), "2026-10"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertEquals(2, again.exitCode(), again::toString);
		assertTrue(again.err().contains("Reporting period 2026-10 is already closed"), again::toString); //$NON-NLS-1$
	}

	@Test
	@SuppressWarnings("unchecked")
	void diffReportsTheMonthOnMonthChangesByUnit() throws Exception {
		assertEquals(0, CliResult.run(store, "period", "close", file.toString(), "2026-10").exitCode()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		try (LedgerSession session = store.open(file, false)) {
			Issue first = session.ledger().getIssues().get(0);
			session.editingDomain().getCommandStack().execute(SetCommand.create(session.editingDomain(), first,
					ModelPackage.Literals.ISSUE__STATUS, IssueStatus.REPORTED_DONE));
		}
		assertEquals(0, CliResult.run(store, "period", "close", file.toString(), "2026-11").exitCode()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		CliResult result = CliResult.run(store, "period", "diff", file.toString(), "2026-10", "2026-11"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().contains(
				"Changes from 2026-10 (cut-off 2026-10-25) to 2026-11 (cut-off 2026-11-25): 2 issues changed"), //$NON-NLS-1$
				result::toString);
		assertTrue(result.out().contains("All units: 1 newly done, 1 newly overdue, 0 new rejections"), result::toString); //$NON-NLS-1$
		assertTrue(StatsCommandTest.hasRow(result.out(), "东湖区", "1", "0", "0", "Rectifying → Reported done ×1"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				result::toString);
		assertTrue(StatsCommandTest.hasRowStarting(result.out(), "ZY-2", "市住建局", "Rectifying"), result::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		CliResult json = CliResult.run(store, "period", "diff", file.toString(), "2026-10", "2026-11", "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertEquals(0, json.exitCode(), json::toString);
		Map<String, Object> parsed = (Map<String, Object>) Json.parse(json.out());
		Map<String, Object> total = (Map<String, Object>) parsed.get("total"); //$NON-NLS-1$
		assertEquals(1L, number(total.get("newlyDone"))); //$NON-NLS-1$
		assertEquals(1L, number(total.get("newlyOverdue"))); //$NON-NLS-1$
		assertEquals(2, ((List<Object>) parsed.get("issues")).size()); //$NON-NLS-1$
	}

	@Test
	void diffOfAMonthNotClosedNamesTheClosedMonths() {
		assertEquals(0, CliResult.run(store, "period", "close", file.toString(), "2026-10").exitCode()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		CliResult result = CliResult.run(store, "period", "diff", file.toString(), "2026-10", "2026-11"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

		assertEquals(2, result.exitCode(), result::toString);
		assertTrue(result.err().contains("Reporting period 2026-11 is not closed in " + file + "; closed months: 2026-10"), //$NON-NLS-1$ //$NON-NLS-2$
				result::toString);
	}

	@Test
	void badMonthAndUnknownSubcommandAreUsageErrors() {
		CliResult badMonth = CliResult.run(store, "period", "close", file.toString(), "2026-13"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(2, badMonth.exitCode(), badMonth::toString);
		assertTrue(badMonth.err().contains("\"2026-13\" is not a month: write YYYY-MM"), badMonth::toString); //$NON-NLS-1$

		CliResult unknown = CliResult.run(store, "period", "reopen", file.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(2, unknown.exitCode(), unknown::toString);
		assertTrue(unknown.err().contains("Unknown subcommand \"reopen\""), unknown::toString); //$NON-NLS-1$

		CliResult missing = CliResult.run(store, "period", "diff", file.toString(), "2026-10"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(2, missing.exitCode(), missing::toString);
		assertTrue(missing.err().contains("Missing argument YYYY-MM"), missing::toString); //$NON-NLS-1$
	}

	@Test
	void helpDescribesTheSubcommandsInBothLanguages() {
		CliResult english = CliResult.run(store, "period", "--help"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, english.exitCode(), english::toString);
		assertTrue(english.out().contains("taizhang period close FILE YYYY-MM"), english::toString); //$NON-NLS-1$
		assertTrue(english.out().contains("--by NAME"), english::toString); //$NON-NLS-1$

		CliResult chinese = CliResult.run(store, Locale.CHINA, "period", "--help"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(chinese.out().contains("每个月只能关闭一次"), chinese::toString); //$NON-NLS-1$
	}

	private static long number(Object value) {
		return ((Number) value).longValue();
	}
}
