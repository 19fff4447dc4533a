package taizhang.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import taizhang.core.time.Lag;
import taizhang.core.time.TimeRules;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.IssueKind;
import taizhang.model.IssueStatus;
import taizhang.model.Ledger;
import taizhang.model.LedgerSettings;
import taizhang.model.ModelFactory;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.model.RectificationType;
import taizhang.model.RoundKind;
import taizhang.model.WarningLevel;
import taizhang.testing.IssueBuilder;
import taizhang.testing.LedgerBuilder;

class LedgerStatisticsTest {

	private static final LocalDate RECEIVED = LocalDate.of(2020, 1, 1);
	private static final LocalDate DEADLINE = LocalDate.of(2020, 12, 31);
	private static final LocalDate MEASURE_DUE = LocalDate.of(2020, 6, 30);

	private final LedgerBuilder builder = new LedgerBuilder();
	private final InspectionRound central = builder.round(RoundKind.CENTRAL, "第一轮中央环保督察", RECEIVED);
	private final Organization county = builder.county("明湖区");
	private final Person deputy = builder.person("张伟", "副区长", county);
	private int cases;

	private IssueBuilder issue(Organization unit, Person person, IssueStatus status) {
		return builder.issue("JZ-" + ++cases).received(RECEIVED).lead(unit, person)
				.plan(RectificationType.TIME_LIMITED, DEADLINE).status(status);
	}

	private IssueBuilder rectifying() {
		return issue(county, deputy, IssueStatus.RECTIFYING);
	}

	/** Claimed done and rejected {@code times} times, now rectifying again. */
	private IssueBuilder rejected(int times) {
		IssueBuilder issue = rectifying();
		LocalDate day = RECEIVED.plusDays(30);
		for (int i = 0; i < times; i++) {
			issue.moveTo(IssueStatus.REPORTED_DONE, day).moveTo(IssueStatus.UNDER_REVIEW, day.plusDays(1))
					.moveTo(IssueStatus.RECTIFYING, day.plusDays(2), "市督察组", "验收不通过");
			day = day.plusDays(10);
		}
		return issue;
	}

	private static LedgerStatistics stats(Ledger ledger, LocalDate asOf) {
		return LedgerStatistics.compute(ledger, asOf);
	}

	@Test
	void rejectedClaimsCountIssuesAndRejections() {
		rejected(2);
		rejected(1);
		issue(county, deputy, IssueStatus.SIGNED_OFF);

		Figures total = stats(builder.build(), RECEIVED.plusDays(100)).total();

		assertEquals(3, total.total());
		assertEquals(2, total.rejectedIssues());
		assertEquals(3, total.rejections());
	}

	@Test
	void signedOffIsPartOfDoneAndHasItsOwnRate() {
		issue(county, deputy, IssueStatus.SIGNED_OFF);
		issue(county, deputy, IssueStatus.UNDER_REVIEW);
		issue(county, deputy, IssueStatus.REPORTED_DONE);
		rectifying();

		Figures total = stats(builder.build(), RECEIVED).total();

		assertEquals(3, total.done());
		assertEquals(1, total.signedOff());
		assertEquals(0.75, total.completionRate());
		assertEquals(0.25, total.signOffRate());
	}

	@Test
	void deadlineDayIsOnScheduleWithBlueAndTheDayAfterIsOverdueWithRed() {
		rectifying();
		Ledger ledger = builder.build();

		Figures onDeadline = stats(ledger, DEADLINE).total();
		assertEquals(List.of(1, 0, 0), List.of(onDeadline.onSchedule(), onDeadline.lagging(), onDeadline.overdue()));
		assertEquals(List.of(1, 0, 0), List.of(onDeadline.blue(), onDeadline.yellow(), onDeadline.red()));
		Figures dayAfter = stats(ledger, DEADLINE.plusDays(1)).total();
		assertEquals(List.of(0, 0, 1), List.of(dayAfter.onSchedule(), dayAfter.lagging(), dayAfter.overdue()));
		assertEquals(List.of(0, 0, 1), List.of(dayAfter.blue(), dayAfter.yellow(), dayAfter.red()));
	}

	@Test
	void blueStartsFifteenDaysBeforeTheDeadline() {
		rectifying();
		Ledger ledger = builder.build();

		assertEquals(0, stats(ledger, DEADLINE.minusDays(16)).total().blue());
		assertEquals(1, stats(ledger, DEADLINE.minusDays(15)).total().blue());
		assertEquals(1, stats(ledger, DEADLINE.minusDays(15)).total().onSchedule());
	}

	@Test
	void missedMeasureLagsFromTheDayAfterItsDueDate() {
		rectifying().measure("拆除违建", MEASURE_DUE);
		Ledger ledger = builder.build();

		Figures onDue = stats(ledger, MEASURE_DUE).total();
		assertEquals(List.of(1, 0, 0, 0), List.of(onDue.onSchedule(), onDue.lagging(), onDue.overdue(), onDue.yellow()));
		Figures dayAfter = stats(ledger, MEASURE_DUE.plusDays(1)).total();
		assertEquals(List.of(0, 1, 0, 1),
				List.of(dayAfter.onSchedule(), dayAfter.lagging(), dayAfter.overdue(), dayAfter.yellow()));
		// Once the deadline has passed too, the issue is overdue, no longer lagging.
		Figures late = stats(ledger, DEADLINE.plusDays(1)).total();
		assertEquals(List.of(0, 0, 1), List.of(late.onSchedule(), late.lagging(), late.overdue()));
	}

	@Test
	void everyIssueStandsInExactlyOneSchedule() {
		rectifying();
		rectifying().measure("拆除违建", MEASURE_DUE);
		issue(county, deputy, IssueStatus.SIGNED_OFF);
		issue(county, deputy, IssueStatus.RECEIVED).plan(RectificationType.TIME_LIMITED, MEASURE_DUE);

		Figures total = stats(builder.build(), MEASURE_DUE.plusDays(1)).total();

		assertEquals(List.of(1, 1, 1, 1),
				List.of(total.onSchedule(), total.lagging(), total.overdue(), total.doneOnTime()));
	}

	@Test
	void figuresAreGroupedByRoundKindIssueKindCountyAndLeadUnit() {
		Organization department = builder.department("市生态环境局");
		Person director = builder.person("李明", "局长", department);
		rectifying().kind(IssueKind.FEEDBACK);
		issue(department, director, IssueStatus.SIGNED_OFF).kind(IssueKind.ASSIGNED_CASE);
		builder.round(RoundKind.PROVINCIAL, "省督察", RECEIVED);
		issue(department, director, IssueStatus.RECTIFYING).kind(IssueKind.ASSIGNED_CASE);

		LedgerStatistics stats = stats(builder.build(), DEADLINE.plusDays(1));

		assertEquals(2, stats.figures(Dimension.ROUND_KIND, RoundKind.CENTRAL).total());
		assertEquals(1, stats.figures(Dimension.ROUND_KIND, RoundKind.PROVINCIAL).overdue());
		assertEquals(1, stats.figures(Dimension.ISSUE_KIND, IssueKind.ASSIGNED_CASE).signedOff());
		assertEquals(1, stats.figures(Dimension.COUNTY, county).red());
		assertEquals(2, stats.figures(Dimension.LEAD_UNIT, department).total());
	}

	/** DOMAIN.md: a district with 221 central cases, 212 done: 95.9%; 80 provincial cases, all done. */
	@Test
	void districtOf221CentralCasesWith212DoneReaches95point9Percent() {
		for (int i = 0; i < 221; i++) {
			issue(county, deputy, i < 212 ? IssueStatus.SIGNED_OFF : IssueStatus.RECTIFYING);
		}
		builder.round(RoundKind.PROVINCIAL, "省督察", RECEIVED);
		for (int i = 0; i < 80; i++) {
			issue(county, deputy, IssueStatus.SIGNED_OFF);
		}

		LedgerStatistics stats = stats(builder.build(), DEADLINE);

		Figures centralFigures = stats.figures(Dimension.ROUND_KIND, RoundKind.CENTRAL);
		assertEquals(221, centralFigures.total());
		assertEquals(212, centralFigures.done());
		assertEquals("95.9", String.format("%.1f", 100 * centralFigures.completionRate())); //$NON-NLS-1$
		Figures provincial = stats.figures(Dimension.ROUND_KIND, RoundKind.PROVINCIAL);
		assertEquals(1.0, provincial.completionRate());
	}

	/** DOMAIN.md: 89 plan tasks, 31 done, 58 proceeding on schedule (按序时进度推进). */
	@Test
	void eightyNinePlanTasksWith31DoneAnd58OnSchedule() {
		for (int i = 0; i < 89; i++) {
			IssueBuilder task = issue(county, deputy, i < 31 ? IssueStatus.SIGNED_OFF : IssueStatus.RECTIFYING);
			task.measure("第一步", MEASURE_DUE, MEASURE_DUE.minusDays(1)).measure("第二步", DEADLINE);
		}

		Figures total = stats(builder.build(), MEASURE_DUE.plusDays(10)).total();

		assertEquals(89, total.total());
		assertEquals(31, total.done());
		assertEquals(58, total.onSchedule());
		assertEquals(0, total.lagging() + total.overdue());
		assertEquals(0, total.warnings());
	}

	@Test
	void leadUnitsAreRankedByRateThenFewerOverdueThenName() {
		Organization a = builder.county("乙区");
		Organization b = builder.county("甲区");
		Organization c = builder.county("丙县");
		Organization d = builder.county("丁县");
		Person pa = builder.person("甲", "副区长", a);
		Person pb = builder.person("乙", "副区长", b);
		Person pc = builder.person("丙", "副县长", c);
		Person pd = builder.person("丁", "副县长", d);
		// a: 1 of 2 done, 1 overdue; b: 1 of 2 done, 0 overdue (one with a later deadline);
		// c: 2 of 4 done, 0 overdue — same rate and overdue as b, named after it in pinyin (bing < jia);
		// d: 2 of 2 done — first.
		issue(a, pa, IssueStatus.SIGNED_OFF);
		issue(a, pa, IssueStatus.RECTIFYING);
		issue(b, pb, IssueStatus.SIGNED_OFF);
		issue(b, pb, IssueStatus.RECTIFYING).plan(RectificationType.TIME_LIMITED, DEADLINE.plusYears(1));
		for (int i = 0; i < 4; i++) {
			issue(c, pc, i < 2 ? IssueStatus.SIGNED_OFF : IssueStatus.RECTIFYING)
					.plan(RectificationType.TIME_LIMITED, DEADLINE.plusYears(1));
		}
		issue(d, pd, IssueStatus.SIGNED_OFF);
		issue(d, pd, IssueStatus.SIGNED_OFF);

		List<Rank<Organization>> ranking = stats(builder.build(), DEADLINE.plusDays(1)).ranking(Dimension.LEAD_UNIT);

		assertEquals(List.of("丁县", "丙县", "甲区", "乙区"), ranking.stream().map(r -> r.key().getName()).toList());
		assertEquals(List.of(1, 2, 3, 4), ranking.stream().map(Rank::position).toList());
		assertEquals(1, ranking.get(3).figures().overdue());
	}

	@Test
	void rankingLeavesOutIssuesWithoutLeadUnit() {
		builder.issue("JZ-X").plan(RectificationType.TIME_LIMITED, DEADLINE).status(IssueStatus.RECTIFYING);
		rectifying();

		List<Rank<Organization>> ranking = stats(builder.build(), DEADLINE).ranking(Dimension.LEAD_UNIT);

		assertEquals(1, ranking.size());
		assertEquals(county, ranking.get(0).key());
	}

	@Test
	void warnedIssuesComeRedThenYellowThenBlueWithTheirReasons() {
		LocalDate asOf = LocalDate.of(2020, 12, 20);
		Issue blue = rectifying().get();
		Issue red = rectifying().plan(RectificationType.TIME_LIMITED, asOf.minusDays(5)).get();
		Issue yellow = rectifying().measure("拆除违建", MEASURE_DUE).plan(RectificationType.TIME_LIMITED,
				DEADLINE.plusMonths(3)).get();
		issue(county, deputy, IssueStatus.SIGNED_OFF);

		List<WarnedIssue> warned = stats(builder.build(), asOf).warnedIssues();

		assertEquals(List.of(red, yellow, blue), warned.stream().map(WarnedIssue::issue).toList());
		assertEquals(WarningLevel.RED, warned.get(0).level());
		assertEquals(5, warned.get(0).days(), "days overdue");
		assertEquals(Lag.MEASURE_DUE, warned.get(1).lag());
		assertEquals(11, warned.get(2).days(), "days left");
	}

	@Test
	void thresholdsComeFromTheLedgerSettings() {
		rectifying();
		Ledger ledger = builder.build();
		LedgerSettings settings = ModelFactory.eINSTANCE.createLedgerSettings();
		settings.setBlueDays(30);
		ledger.setSettings(settings);

		assertEquals(1, stats(ledger, DEADLINE.minusDays(30)).total().blue());
	}

	@Test
	void evaluationOfOtherIssuesIsRefused() {
		rectifying();
		Ledger ledger = builder.build();
		LocalDate asOf = DEADLINE;

		assertThrows(IllegalArgumentException.class, () -> LedgerStatistics.compute(ledger, TimeRules.DEFAULT,
				TimeRules.DEFAULT.evaluate(List.of(), asOf), Dimension.standard()));
	}

	@Test
	void sharedEvaluationGivesTheSameFigures() {
		rectifying();
		rejected(1);
		Ledger ledger = builder.build();
		TimeRules rules = TimeRules.DEFAULT;

		LedgerStatistics shared = LedgerStatistics.compute(ledger, rules, rules.evaluate(ledger, DEADLINE),
				Dimension.standard());

		assertEquals(stats(ledger, DEADLINE).total(), shared.total());
		assertTrue(shared.total().rejections() > 0);
	}
}
