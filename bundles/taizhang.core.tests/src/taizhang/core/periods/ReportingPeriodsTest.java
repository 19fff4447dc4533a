package taizhang.core.periods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

import taizhang.core.settings.Settings;
import taizhang.model.Issue;
import taizhang.model.IssueStatus;
import taizhang.model.Ledger;
import taizhang.model.LedgerSettings;
import taizhang.model.ModelFactory;
import taizhang.model.Organization;
import taizhang.model.PeriodEntry;
import taizhang.model.RectificationType;
import taizhang.model.ReportingPeriod;
import taizhang.model.RoundKind;
import taizhang.model.StatusChange;
import taizhang.model.WarningLevel;
import taizhang.testing.LedgerBuilder;

class ReportingPeriodsTest {

	private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
	private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

	private final BasicCommandStack stack = new BasicCommandStack();
	private final EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
	private final LedgerBuilder builder = new LedgerBuilder();

	// --- cut-off

	@Test
	void cutoffIsThe25thByDefault() {
		assertEquals(LocalDate.of(2026, 11, 25), ReportingPeriods.cutoff(NOVEMBER, Settings.DEFAULTS));
	}

	@Test
	void cutoffFallsOnTheLastDayOfAShorterMonth() {
		LedgerSettings settings = ModelFactory.eINSTANCE.createLedgerSettings();
		settings.setReportCutoffDay(31);
		assertEquals(LocalDate.of(2026, 11, 30), ReportingPeriods.cutoff(NOVEMBER, Settings.from(settings)));
		assertEquals(LocalDate.of(2027, 2, 28), ReportingPeriods.cutoff(YearMonth.of(2027, 2), Settings.from(settings)));
	}

	@Test
	void badMonthIsRefusedSayingWhatToWrite() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> ReportingPeriods.parseMonth("2026/11", Locale.ENGLISH));
		assertTrue(e.getMessage().contains("2026/11") && e.getMessage().contains("YYYY-MM"), e.getMessage());
		assertEquals(NOVEMBER, ReportingPeriods.parseMonth(" 2026-11 ", Locale.ENGLISH));
	}

	// --- submissions

	@Test
	void reportOnThe25thIsOnTimeOnThe26thLateAndNoneMissing() {
		builder.round(RoundKind.CENTRAL, "第二轮中央督察", LocalDate.of(2026, 6, 1));
		Organization onTime = builder.county("东湖区");
		Organization late = builder.department("市住建局");
		Organization missing = builder.department("市水务局");
		builder.issue("ZY-1").lead(onTime, null).status(IssueStatus.RECTIFYING)
				.progressReport("2026-11", LocalDate.of(2026, 11, 25), 40);
		builder.issue("ZY-2").lead(late, null).status(IssueStatus.RECTIFYING)
				.progressReport("2026-11", LocalDate.of(2026, 11, 26), 40)
				.progressReport("2026-10", LocalDate.of(2026, 10, 20), 20);
		builder.issue("ZY-3").lead(missing, null).status(IssueStatus.RECTIFYING)
				.progressReport("2026-10", LocalDate.of(2026, 10, 20), 20);

		Submissions submissions = Submissions.of(builder.build(), NOVEMBER);

		assertEquals(LocalDate.of(2026, 11, 25), submissions.cutoff());
		assertEquals(List.of(
				new Submission(onTime, 1, SubmissionStatus.ON_TIME, LocalDate.of(2026, 11, 25)),
				new Submission(late, 1, SubmissionStatus.LATE, LocalDate.of(2026, 11, 26)),
				new Submission(missing, 1, SubmissionStatus.MISSING, null)), submissions.submissions());
		assertEquals(Map.of(SubmissionStatus.ON_TIME, 1, SubmissionStatus.LATE, 1, SubmissionStatus.MISSING, 1),
				submissions.counts());
	}

	@Test
	void unitsWhoseIssuesWereDoneBeforeTheMonthOrReceivedAfterTheCutoffOweNoReport() {
		builder.round(RoundKind.CENTRAL, "第二轮中央督察", LocalDate.of(2026, 6, 1));
		Organization doneEarly = builder.department("市生态环境局");
		Organization doneThisMonth = builder.department("市城管局");
		Organization receivedLate = builder.department("市交通运输局");
		builder.issue("ZY-1").lead(doneEarly, null).status(IssueStatus.RECTIFYING)
				.moveTo(IssueStatus.REPORTED_DONE, LocalDate.of(2026, 10, 31));
		builder.issue("ZY-2").lead(doneThisMonth, null).status(IssueStatus.RECTIFYING)
				.moveTo(IssueStatus.REPORTED_DONE, LocalDate.of(2026, 11, 1));
		builder.issue("ZY-3").lead(receivedLate, null).received(LocalDate.of(2026, 11, 26));

		List<Submission> submissions = Submissions.of(builder.build(), NOVEMBER).submissions();

		assertEquals(1, submissions.size());
		assertSame(doneThisMonth, submissions.get(0).unit());
		assertEquals(SubmissionStatus.MISSING, submissions.get(0).status());
	}

	@Test
	void submissionStatusesHaveChineseAndEnglishLabels() {
		assertEquals("未报送", SubmissionStatus.MISSING.label(Locale.CHINESE));
		assertEquals("Late", SubmissionStatus.LATE.label(Locale.ENGLISH));
	}

	// --- closing

	@Test
	void closingFreezesEveryIssueAsOfTheCutoffAndUndoRemovesThePeriod() {
		builder.round(RoundKind.CENTRAL, "第二轮中央督察", LocalDate.of(2026, 6, 1));
		Organization unit = builder.county("东湖区");
		Issue overdue = builder.issue("ZY-1").received(LocalDate.of(2026, 6, 5)).lead(unit, null)
				.plan(RectificationType.TIME_LIMITED, LocalDate.of(2026, 11, 20)).status(IssueStatus.RECTIFYING).get();
		Issue dueSoon = builder.issue("ZY-2").received(LocalDate.of(2026, 6, 5)).lead(unit, null)
				.plan(RectificationType.TIME_LIMITED, LocalDate.of(2026, 11, 30)).status(IssueStatus.RECTIFYING).get();
		builder.issue("ZY-3").received(LocalDate.of(2026, 11, 26)).lead(unit, null);
		Ledger ledger = builder.build();

		ClosePeriodCommand command = new ClosePeriodCommand(domain, ledger, NOVEMBER, LocalDate.of(2026, 11, 27),
				"整改办");
		stack.execute(command);

		ReportingPeriod period = ledger.getPeriods().get(0);
		assertSame(command.period(), period);
		assertEquals("2026-11", period.getMonth());
		assertEquals(LocalDate.of(2026, 11, 25), period.getCutoff());
		assertEquals(LocalDate.of(2026, 11, 27), period.getClosedOn());
		assertEquals("整改办", period.getClosedBy());
		assertEquals(2, period.getEntries().size(), "the issue received after the cut-off is left out");
		PeriodEntry first = period.getEntries().get(0);
		assertSame(overdue, first.getIssue());
		assertTrue(first.isOverdue());
		assertEquals(WarningLevel.RED, first.getWarning());
		assertSame(unit, first.getLeadUnit());
		PeriodEntry second = period.getEntries().get(1);
		assertSame(dueSoon, second.getIssue());
		assertFalse(second.isOverdue());
		assertEquals(WarningLevel.BLUE, second.getWarning());

		stack.undo();
		assertTrue(ledger.getPeriods().isEmpty());
		stack.redo();
		assertEquals(1, ledger.getPeriods().size());
	}

	@Test
	void closingAMonthTwiceIsRefusedNamingIt() {
		builder.issue("ZY-1").status(IssueStatus.RECTIFYING);
		Ledger ledger = builder.build();
		stack.execute(new ClosePeriodCommand(domain, ledger, NOVEMBER, LocalDate.of(2026, 11, 26), "张三"));

		ClosePeriodCommand again = new ClosePeriodCommand(domain, ledger, NOVEMBER, LocalDate.of(2026, 11, 28),
				"李四");

		assertFalse(again.canExecute());
		String english = again.refusal(Locale.ENGLISH).orElseThrow();
		assertTrue(english.contains("2026-11") && english.contains("2026-11-26") && english.contains("张三"),
				english);
		assertTrue(again.refusal(Locale.CHINESE).orElseThrow().contains("报告期 2026-11 已关闭"));
		assertThrows(IllegalStateException.class, again::execute);
		stack.execute(again);
		assertEquals(1, ledger.getPeriods().size());
	}

	@Test
	void entryWithoutWarningLeavesItUnset() {
		builder.issue("ZY-1").plan(RectificationType.TIME_LIMITED, LocalDate.of(2027, 6, 30))
				.status(IssueStatus.RECTIFYING);
		Ledger ledger = builder.build();
		stack.execute(new ClosePeriodCommand(domain, ledger, NOVEMBER, LocalDate.of(2026, 11, 26), "整改办"));
		PeriodEntry entry = ledger.getPeriods().get(0).getEntries().get(0);
		assertFalse(entry.isSetWarning());
	}

	// --- diff

	@Test
	void diffCountsMonthOnMonthChangesByLeadUnit() {
		builder.round(RoundKind.CENTRAL, "第二轮中央督察", LocalDate.of(2026, 6, 1));
		Organization east = builder.county("东湖区");
		Organization housing = builder.department("市住建局");
		Issue claimed = builder.issue("ZY-1").received(LocalDate.of(2026, 6, 5)).lead(east, null)
				.plan(RectificationType.TIME_LIMITED, LocalDate.of(2027, 6, 30)).status(IssueStatus.RECTIFYING)
				.progressReport("2026-10", LocalDate.of(2026, 10, 20), 90).get();
		Issue slipping = builder.issue("ZY-2").received(LocalDate.of(2026, 6, 5)).lead(east, null)
				.plan(RectificationType.TIME_LIMITED, LocalDate.of(2026, 11, 10)).status(IssueStatus.RECTIFYING)
				.progressReport("2026-10", LocalDate.of(2026, 10, 20), 90).get();
		Issue rejected = builder.issue("ZY-3").received(LocalDate.of(2026, 6, 5)).lead(housing, null)
				.plan(RectificationType.TIME_LIMITED, LocalDate.of(2027, 6, 30)).status(IssueStatus.UNDER_REVIEW)
				.progressReport("2026-10", LocalDate.of(2026, 10, 20), 100).get();
		builder.issue("ZY-4").received(LocalDate.of(2026, 6, 5)).lead(housing, null)
				.plan(RectificationType.LONG_TERM, LocalDate.of(2030, 12, 31)).status(IssueStatus.STAGE_DONE);
		Ledger ledger = builder.build();
		stack.execute(new ClosePeriodCommand(domain, ledger, OCTOBER, LocalDate.of(2026, 10, 26), "整改办"));

		claimed.setStatus(IssueStatus.REPORTED_DONE);
		rejected.setStatus(IssueStatus.RECTIFYING);
		rejected.getStatusChanges().add(change(IssueStatus.UNDER_REVIEW, IssueStatus.RECTIFYING));
		Issue fresh = builder.issue("XF-1").received(LocalDate.of(2026, 11, 5)).lead(housing, null)
				.plan(RectificationType.TIME_LIMITED, LocalDate.of(2027, 6, 30)).get();
		stack.execute(new ClosePeriodCommand(domain, ledger, NOVEMBER, LocalDate.of(2026, 11, 26), "整改办"));

		PeriodDiff diff = PeriodDiff.between(ledger.getPeriods().get(0), ledger.getPeriods().get(1));

		assertEquals(List.of(claimed, slipping, rejected, fresh),
				diff.changes().stream().map(IssueChange::issue).toList());
		assertEquals(2, diff.units().size());
		UnitChanges eastChanges = diff.units().get(0);
		assertSame(east, eastChanges.unit());
		assertEquals(1, eastChanges.newlyDone());
		assertEquals(1, eastChanges.newlyOverdue());
		assertEquals(0, eastChanges.newRejections());
		assertEquals(Map.of(new StatusMove(IssueStatus.RECTIFYING, IssueStatus.REPORTED_DONE), 1), eastChanges.moves());
		UnitChanges housingChanges = diff.units().get(1);
		assertSame(housing, housingChanges.unit());
		assertEquals(0, housingChanges.newlyDone());
		assertEquals(0, housingChanges.newlyOverdue());
		assertEquals(1, housingChanges.newRejections());
		assertEquals(Map.of(new StatusMove(IssueStatus.UNDER_REVIEW, IssueStatus.RECTIFYING), 1,
				new StatusMove(null, fresh.getStatus()), 1), housingChanges.moves());
		assertEquals(1, diff.total().newlyDone());
		assertEquals(1, diff.total().newRejections());
		assertNull(diff.total().unit());
	}

	private static StatusChange change(IssueStatus from, IssueStatus to) {
		StatusChange change = ModelFactory.eINSTANCE.createStatusChange();
		change.setAt(LocalDate.of(2026, 11, 3).atStartOfDay(ZoneOffset.ofHours(8)).toInstant());
		change.setFrom(from);
		change.setTo(to);
		change.setActor("市验收组");
		change.setReason("整改效果未达标");
		return change;
	}
}
