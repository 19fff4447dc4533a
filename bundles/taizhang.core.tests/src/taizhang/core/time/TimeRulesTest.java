package taizhang.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import taizhang.core.issues.IssueFacts;
import taizhang.model.Issue;
import taizhang.model.IssueStatus;
import taizhang.model.Ledger;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.model.RectificationType;
import taizhang.model.WarningLevel;
import taizhang.testing.IssueBuilder;
import taizhang.testing.LedgerBuilder;
import taizhang.testing.SampleLedgers;

class TimeRulesTest {

	private static final LocalDate RECEIVED = LocalDate.of(2020, 1, 1);
	/** 100 days after {@link #RECEIVED}, so elapsed days are percents. */
	private static final LocalDate DEADLINE = RECEIVED.plusDays(100);

	private final TimeRules rules = TimeRules.DEFAULT;
	private final LedgerBuilder builder = new LedgerBuilder();
	private final Organization county = builder.county("明湖区");
	private final Person deputy = builder.person("张伟", "副区长", county);
	private int cases;

	/** A rectifying issue received on {@link #RECEIVED}, due on {@link #DEADLINE}. */
	private IssueBuilder rectifying() {
		return builder.issue("JZ-" + ++cases).received(RECEIVED).lead(county, deputy)
				.plan(RectificationType.TIME_LIMITED, DEADLINE).status(IssueStatus.RECTIFYING);
	}

	@Test
	void defaultsAreTheDomainsValues() {
		assertEquals(15, WarningPolicy.DEFAULTS.blueDays());
		assertEquals(30, WarningPolicy.DEFAULTS.progressGap());
		assertEquals(WarningPolicy.DEFAULTS, TimeRules.DEFAULT.policy());
	}

	@Test
	void overdueFromTheDayAfterTheDeadline() {
		Issue issue = rectifying().get();
		assertFalse(rules.isOverdue(issue, DEADLINE));
		assertEquals(Schedule.ON_SCHEDULE, rules.schedule(issue, DEADLINE));
		assertTrue(rules.isOverdue(issue, DEADLINE.plusDays(1)));
		assertEquals(Schedule.OVERDUE, rules.schedule(issue, DEADLINE.plusDays(1)));
		assertEquals(WarningLevel.RED, rules.warningLevel(issue, DEADLINE.plusDays(1)));
	}

	@Test
	void overdueAgreesWithIssueFacts() {
		Issue issue = rectifying().get();
		for (int day = -2; day <= 2; day++) {
			LocalDate asOf = DEADLINE.plusDays(day);
			assertEquals(IssueFacts.isOverdue(issue, asOf), rules.isOverdue(issue, asOf));
		}
	}

	@Test
	void doneIssueIsNeitherOverdueNorWarned() {
		Issue issue = rectifying().status(IssueStatus.REPORTED_DONE).get();
		LocalDate late = DEADLINE.plusDays(30);
		assertFalse(rules.isOverdue(issue, late));
		assertEquals(Schedule.DONE, rules.schedule(issue, late));
		assertNull(rules.warningLevel(issue, late));
		assertNull(rules.warningLevel(issue, DEADLINE));
	}

	@Test
	void blueFromFifteenDaysBeforeTheDeadlineToTheDeadline() {
		Issue issue = rectifying().get();
		assertNull(rules.warningLevel(issue, DEADLINE.minusDays(16)));
		assertEquals(WarningLevel.BLUE, rules.warningLevel(issue, DEADLINE.minusDays(15)));
		assertEquals(WarningLevel.BLUE, rules.warningLevel(issue, DEADLINE));
		assertEquals(WarningLevel.RED, rules.warningLevel(issue, DEADLINE.plusDays(1)));
	}

	@Test
	void blueWindowIsConfigurable() {
		TimeRules fiveDays = new TimeRules(WarningPolicy.DEFAULTS.withBlueDays(5));
		Issue issue = rectifying().get();
		assertNull(fiveDays.warningLevel(issue, DEADLINE.minusDays(6)));
		assertEquals(WarningLevel.BLUE, fiveDays.warningLevel(issue, DEADLINE.minusDays(5)));
		TimeRules deadlineDayOnly = new TimeRules(WarningPolicy.DEFAULTS.withBlueDays(0));
		assertNull(deadlineDayOnly.warningLevel(issue, DEADLINE.minusDays(1)));
		assertEquals(WarningLevel.BLUE, deadlineDayOnly.warningLevel(issue, DEADLINE));
	}

	@Test
	void issueWithoutDeadlineIsNeverOverdueNorBlue() {
		Issue issue = builder.issue("JZ-LT").received(RECEIVED).lead(county, deputy)
				.plan(RectificationType.LONG_TERM, null).status(IssueStatus.RECTIFYING).get();
		LocalDate asOf = LocalDate.of(2030, 1, 1);
		assertEquals(Schedule.ON_SCHEDULE, rules.schedule(issue, asOf));
		assertNull(rules.warningLevel(issue, asOf));
	}

	@Test
	void issueWithoutPlanIsOnSchedule() {
		Issue issue = builder.issue("JZ-NEW").received(RECEIVED).get();
		assertEquals(Schedule.ON_SCHEDULE, rules.schedule(issue, RECEIVED.plusDays(400)));
		assertEquals(Lag.NONE, rules.lag(issue, RECEIVED.plusDays(400)));
	}

	@Test
	void measurePastItsDueDateAndNotDoneLagsFromTheNextDay() {
		LocalDate due = RECEIVED.plusDays(30);
		Issue issue = rectifying().measure("截污纳管", due).get();
		assertEquals(Lag.NONE, rules.lag(issue, due));
		assertEquals(Lag.MEASURE_DUE, rules.lag(issue, due.plusDays(1)));
		assertEquals(Schedule.LAGGING, rules.schedule(issue, due.plusDays(1)));
		assertEquals(WarningLevel.YELLOW, rules.warningLevel(issue, due.plusDays(1)));
	}

	@Test
	void measureDoneAfterTheDayCountsAsNotDoneOnThatDay() {
		LocalDate due = RECEIVED.plusDays(30);
		Issue issue = rectifying().measure("截污纳管", due, due.plusDays(5)).get();
		assertEquals(Lag.MEASURE_DUE, rules.lag(issue, due.plusDays(4)));
		assertEquals(Lag.NONE, rules.lag(issue, due.plusDays(5)));
	}

	@Test
	void measureDoneBeforeItsDueDateIsNoLag() {
		LocalDate due = RECEIVED.plusDays(30);
		Issue issue = rectifying().measure("截污纳管", due, due.minusDays(3)).get();
		assertEquals(Lag.NONE, rules.lag(issue, due.plusDays(10)));
	}

	@Test
	void stageGoalPastItsDueDateAndNotAchievedLags() {
		LocalDate due = RECEIVED.plusDays(60);
		Issue issue = rectifying().stageGoal("建成长效机制", due).get();
		assertEquals(Lag.NONE, rules.lag(issue, due));
		assertEquals(Lag.STAGE_GOAL_DUE, rules.lag(issue, due.plusDays(1)));
	}

	@Test
	void measuresAreLookedAtBeforeStageGoals() {
		LocalDate due = RECEIVED.plusDays(60);
		Issue issue = rectifying().stageGoal("建成长效机制", due).measure("截污纳管", due).get();
		assertEquals(Lag.MEASURE_DUE, rules.lag(issue, due.plusDays(1)));
	}

	@Test
	void progressThirtyPointsBehindIsStillOnScheduleThirtyOneLags() {
		LocalDate halfway = RECEIVED.plusDays(50); // 50 % of the plan period elapsed
		Issue exactlyThirty = rectifying().progressReport("2020-02", halfway.minusDays(1), 20).get();
		Issue thirtyOne = rectifying().progressReport("2020-02", halfway.minusDays(1), 19).get();
		assertEquals(Lag.NONE, rules.lag(exactlyThirty, halfway));
		assertEquals(Lag.PROGRESS_BEHIND, rules.lag(thirtyOne, halfway));
		assertEquals(WarningLevel.YELLOW, rules.warningLevel(thirtyOne, halfway));
	}

	@Test
	void progressGapIsConfigurable() {
		TimeRules strict = new TimeRules(WarningPolicy.DEFAULTS.withProgressGap(10));
		LocalDate halfway = RECEIVED.plusDays(50);
		Issue issue = rectifying().progressReport("2020-02", halfway, 39).get();
		assertEquals(Lag.NONE, rules.lag(issue, halfway));
		assertEquals(Lag.PROGRESS_BEHIND, strict.lag(issue, halfway));
	}

	@Test
	void onlyTheLatestReportSubmittedByTheDayCounts() {
		LocalDate halfway = RECEIVED.plusDays(50);
		Issue issue = rectifying().progressReport("2020-01", RECEIVED.plusDays(20), 0)
				.progressReport("2020-02", RECEIVED.plusDays(45), 40)
				.progressReport("2020-03", halfway.plusDays(1), 0).get();
		assertEquals(Lag.NONE, rules.lag(issue, halfway)); // 50 − 40 = 10 points; the March report is later
		assertEquals(Lag.PROGRESS_BEHIND, rules.lag(issue, halfway.plusDays(1))); // 51 − 0
	}

	@Test
	void withoutAnyReportProgressIsNoLag() {
		Issue issue = rectifying().get();
		assertEquals(Lag.NONE, rules.lag(issue, DEADLINE));
	}

	@Test
	void overdueTakesPrecedenceOverLagging() {
		Issue issue = rectifying().measure("截污纳管", RECEIVED.plusDays(30)).get();
		LocalDate late = DEADLINE.plusDays(1);
		assertEquals(Lag.NONE, rules.lag(issue, late));
		assertEquals(Schedule.OVERDUE, rules.schedule(issue, late));
		assertEquals(WarningLevel.RED, rules.warningLevel(issue, late));
	}

	@Test
	void laggingTakesPrecedenceOverBlue() {
		Issue issue = rectifying().measure("截污纳管", DEADLINE.minusDays(10)).get();
		assertEquals(WarningLevel.YELLOW, rules.warningLevel(issue, DEADLINE.minusDays(5)));
	}

	@Test
	void stageDoneIssueThatMissesALaterStageGoalLags() {
		LocalDate first = RECEIVED.plusDays(90);
		LocalDate second = RECEIVED.plusDays(270);
		Issue issue = builder.issue("JZ-LT").received(RECEIVED).lead(county, deputy)
				.plan(RectificationType.LONG_TERM, null).stageGoal("阶段一", first, first)
				.stageGoal("阶段二", second).measure("日常巡查", RECEIVED.plusDays(30))
				.status(IssueStatus.STAGE_DONE).get();
		assertEquals(Schedule.DONE, rules.schedule(issue, second));
		assertEquals(Lag.STAGE_GOAL_DUE, rules.lag(issue, second.plusDays(1)));
		assertEquals(Schedule.LAGGING, rules.schedule(issue, second.plusDays(1)));
		assertEquals(WarningLevel.YELLOW, rules.warningLevel(issue, second.plusDays(1)));
		assertTrue(IssueFacts.isDone(issue), "completion rates still count it done");
	}

	@Test
	void evaluationOfALedgerAgreesWithTheSingleIssueRules() {
		Ledger ledger = SampleLedgers.generated(3000);
		LocalDate asOf = SampleLedgers.AS_OF;
		TimeEvaluation evaluation = rules.evaluate(ledger, asOf);
		assertEquals(ledger.getIssues().size(), evaluation.size());
		assertEquals(asOf, evaluation.asOf());
		int overdue = 0;
		int scheduled = 0;
		for (int i = 0; i < evaluation.size(); i++) {
			Issue issue = evaluation.issue(i);
			assertEquals(ledger.getIssues().get(i), issue);
			assertEquals(rules.schedule(issue, asOf), evaluation.schedule(i));
			assertEquals(rules.warningLevel(issue, asOf), evaluation.warningLevel(i));
			overdue += IssueFacts.isOverdue(issue, asOf) ? 1 : 0;
		}
		for (Schedule schedule : Schedule.values()) {
			assertTrue(evaluation.count(schedule) > 0, schedule.toString());
			scheduled += evaluation.count(schedule);
		}
		for (WarningLevel level : WarningLevel.VALUES) {
			assertTrue(evaluation.count(level) > 0, level.toString());
		}
		assertEquals(evaluation.size(), scheduled);
		assertEquals(overdue, evaluation.count(Schedule.OVERDUE));
		assertEquals(overdue, evaluation.count(WarningLevel.RED));
		assertEquals(evaluation.count(Schedule.LAGGING), evaluation.count(WarningLevel.YELLOW));
	}

	@Test
	void policyRefusesImpossibleThresholds() {
		assertThrows(IllegalArgumentException.class, () -> new WarningPolicy(-1, 30));
		assertThrows(IllegalArgumentException.class, () -> new WarningPolicy(15, 101));
	}

	@Test
	void lagsAreLabelledInChineseAndEnglish() {
		assertEquals("上报的整改进度明显落后于时间进度", Lag.PROGRESS_BEHIND.label(Locale.CHINA));
		assertEquals("a measure's due date has passed and it is not done", Lag.MEASURE_DUE.label(Locale.ENGLISH));
	}
}
