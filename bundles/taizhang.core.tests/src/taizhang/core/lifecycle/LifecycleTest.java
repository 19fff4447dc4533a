package taizhang.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

import taizhang.core.lifecycle.Missing.Kind;
import taizhang.model.EvidenceKind;
import taizhang.model.Issue;
import taizhang.model.IssueStatus;
import taizhang.model.Ledger;
import taizhang.model.Measure;
import taizhang.model.ModelFactory;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.model.RectificationType;
import taizhang.model.ReviewCheckItem;
import taizhang.model.ReviewDecision;
import taizhang.model.ReviewLevel;
import taizhang.model.StatusChange;
import taizhang.testing.IssueBuilder;
import taizhang.testing.LedgerBuilder;
import taizhang.testing.SampleLedgers;

class LifecycleTest {

	private static final ZoneOffset CST = ZoneOffset.ofHours(8);
	private static final LocalDate RECEIVED = LocalDate.of(2021, 1, 4);
	private static final LocalDate DEADLINE = LocalDate.of(2021, 6, 30);
	private static final LocalDate DONE = LocalDate.of(2021, 5, 20);
	private static final String ACTOR = "王芳（市督察整改办）";

	private final Lifecycle lifecycle = Lifecycle.DEFAULT;
	private final BasicCommandStack stack = new BasicCommandStack();
	private final EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
	private final LedgerBuilder builder = new LedgerBuilder();
	private final Organization county = builder.county("明湖区");
	private final Organization town = builder.township("湖滨街道", county);
	private final Person deputy = builder.person("张伟", "副区长", county);
	private final Person reviewer = builder.person("李强", "主任", builder.city());
	private int cases;

	// --- fixtures

	/** 10:00 China Standard Time on {@code day}. */
	private static Instant at(LocalDate day) {
		return day.atTime(10, 0).toInstant(CST);
	}

	/** A received issue with a complete time-limited plan of three measures. */
	private IssueBuilder planned() {
		IssueBuilder issue = builder.issue("JZ-" + ++cases).received(RECEIVED).lead(county, deputy)
				.plan(RectificationType.TIME_LIMITED, DEADLINE)
				.measure("截污纳管", LocalDate.of(2021, 3, 31))
				.measure("清淤疏浚", LocalDate.of(2021, 4, 30))
				.measure("生态补水", LocalDate.of(2021, 5, 31));
		issue.get().getPlan().setTarget("水质稳定达到IV类");
		return issue;
	}

	/** A rectifying issue whose measures are all done on {@link #DONE}, each with evidence. */
	private IssueBuilder finished() {
		IssueBuilder issue = planned().status(IssueStatus.RECTIFYING);
		for (Measure measure : issue.get().getPlan().getMeasures()) {
			measure.setDone(true);
			measure.setDoneDate(DONE);
		}
		return issue.evidence(EvidenceKind.PHOTO_AFTER, "整改后.jpg", "ab".repeat(32));
	}

	/** An issue under review, its completion reported on {@link #DONE}. */
	private IssueBuilder underReview() {
		return finished().moveTo(IssueStatus.REPORTED_DONE, DONE).moveTo(IssueStatus.UNDER_REVIEW, DONE.plusDays(1));
	}

	private IssueBuilder longTerm() {
		IssueBuilder issue = builder.issue("JZ-" + ++cases).received(RECEIVED).lead(county, deputy)
				.plan(RectificationType.LONG_TERM, null)
				.measure("建立巡查制度", LocalDate.of(2021, 3, 31), LocalDate.of(2021, 3, 20))
				.stageGoal("完成一期治理", LocalDate.of(2021, 6, 30))
				.stageGoal("完成二期治理", LocalDate.of(2022, 6, 30))
				.status(IssueStatus.RECTIFYING);
		issue.get().getPlan().setTarget("长效管控");
		return issue;
	}

	private void move(Issue issue, IssueStatus to, LocalDate day) {
		TransitionCommand command = lifecycle.transition(domain, issue, to, ACTOR, null, at(day));
		assertTrue(command.canExecute(), command.missing().toString());
		stack.execute(command);
		assertEquals(to, issue.getStatus());
	}

	private static List<Kind> kinds(List<Missing> missing) {
		return missing.stream().map(Missing::kind).toList();
	}

	// --- the state machine

	@Test
	void transitionsFollowTheDomainsLifecycle() {
		assertEquals(List.of(IssueStatus.PLANNED, IssueStatus.RECTIFYING), Lifecycle.targets(IssueStatus.RECEIVED));
		assertEquals(List.of(IssueStatus.SIGNED_OFF, IssueStatus.RECTIFYING),
				Lifecycle.targets(IssueStatus.UNDER_REVIEW));
		assertEquals(List.of(IssueStatus.REBOUND), Lifecycle.targets(IssueStatus.SIGNED_OFF));
		assertTrue(Lifecycle.isAllowed(IssueStatus.STAGE_DONE, IssueStatus.REBOUND));
		assertTrue(Lifecycle.isAllowed(IssueStatus.REBOUND, IssueStatus.RECTIFYING));
		assertFalse(Lifecycle.isAllowed(IssueStatus.SIGNED_OFF, IssueStatus.RECTIFYING));
		assertFalse(Lifecycle.isAllowed(IssueStatus.RECTIFYING, IssueStatus.SIGNED_OFF));
		for (IssueStatus status : IssueStatus.VALUES) {
			assertFalse(Lifecycle.isAllowed(status, status), status.toString());
			assertFalse(Lifecycle.isAllowed(status, IssueStatus.RECEIVED), status.toString());
		}
	}

	@Test
	void stepOutsideTheLifecycleIsRefusedNamingBothStatuses() {
		Issue issue = planned().get();
		List<Missing> missing = lifecycle.check(issue, IssueStatus.SIGNED_OFF, DONE);
		assertEquals(List.of(Kind.NOT_ALLOWED), kinds(missing));
		assertEquals("Issue JZ-1 (No. 1): the lifecycle has no step from Received to Signed off",
				missing.get(0).message(Locale.ENGLISH));
		assertEquals("问题 JZ-1（序号 1）：整改流程中不能从“已交办”转为“已销号”", missing.get(0).message(Locale.CHINA));
	}

	@Test
	void wholeLifecycleRunsAsCommandsAndRecordsEveryChange() {
		IssueBuilder builder = planned();
		Issue issue = builder.get();
		move(issue, IssueStatus.PLANNED, RECEIVED.plusDays(5));
		move(issue, IssueStatus.RECTIFYING, RECEIVED.plusDays(10));
		for (Measure measure : issue.getPlan().getMeasures()) {
			measure.setDone(true);
			measure.setDoneDate(DONE);
		}
		builder.evidence(EvidenceKind.PHOTO_AFTER, "整改后.jpg", "cd".repeat(32));
		move(issue, IssueStatus.REPORTED_DONE, DONE);
		move(issue, IssueStatus.UNDER_REVIEW, DONE.plusDays(2));
		builder.review(ReviewLevel.COUNTY_SELF_CHECK, ReviewDecision.ACCEPTED, DONE.plusDays(5), deputy, null);
		builder.review(ReviewLevel.CITY_ACCEPTANCE, ReviewDecision.ACCEPTED, DONE.plusDays(10), reviewer, null);
		move(issue, IssueStatus.SIGNED_OFF, DONE.plusDays(17));

		List<StatusChange> changes = issue.getStatusChanges();
		assertEquals(5, changes.size());
		IssueStatus previous = IssueStatus.RECEIVED;
		for (StatusChange change : changes) {
			assertEquals(previous, change.getFrom());
			assertEquals(ACTOR, change.getActor());
			previous = change.getTo();
		}
		assertEquals(IssueStatus.SIGNED_OFF, previous);
		assertEquals(at(DONE.plusDays(17)), changes.get(4).getAt());
	}

	@Test
	void undoRestoresStatusAndHistoryAndRedoRepeatsThem() {
		Issue issue = planned().get();
		move(issue, IssueStatus.PLANNED, RECEIVED.plusDays(5));
		StatusChange change = issue.getStatusChanges().get(0);
		assertTrue(stack.canUndo());
		stack.undo();
		assertEquals(IssueStatus.RECEIVED, issue.getStatus());
		assertTrue(issue.getStatusChanges().isEmpty());
		stack.redo();
		assertEquals(IssueStatus.PLANNED, issue.getStatus());
		assertEquals(List.of(change), issue.getStatusChanges());
	}

	@Test
	void commandWhosePreconditionsFailCannotExecuteAndChangesNothing() {
		Issue issue = builder.issue("JZ-X").received(RECEIVED).get();
		TransitionCommand command = lifecycle.transition(domain, issue, IssueStatus.PLANNED, ACTOR, null, at(RECEIVED));
		assertFalse(command.canExecute());
		stack.execute(command);
		assertEquals(IssueStatus.RECEIVED, issue.getStatus());
		assertTrue(issue.getStatusChanges().isEmpty());
		assertFalse(stack.canUndo());
		assertThrows(IllegalStateException.class, command::execute);
	}

	@Test
	void commandBecomesExecutableOnceWhatWasMissingIsAdded() {
		Issue issue = planned().get();
		issue.getPlan().setTarget(null);
		TransitionCommand command = lifecycle.transition(domain, issue, IssueStatus.PLANNED, ACTOR, null, at(RECEIVED));
		assertEquals(List.of(Kind.NO_TARGET), kinds(command.missing()));
		issue.getPlan().setTarget("水质达标");
		assertTrue(command.canExecute());
	}

	@Test
	void commandForAStatusTheIssueHasLeftNeverExecutes() {
		Issue issue = planned().get();
		TransitionCommand stale = lifecycle.transition(domain, issue, IssueStatus.PLANNED, ACTOR, null, at(RECEIVED));
		move(issue, IssueStatus.PLANNED, RECEIVED);
		move(issue, IssueStatus.RECTIFYING, RECEIVED.plusDays(1));
		assertEquals(List.of(Kind.STATUS_CHANGED), kinds(stale.missing()));
		assertEquals("Issue JZ-1 (No. 1): the status was meant to change from Received but is now Rectifying",
				stale.missing().get(0).toString());
		assertFalse(stale.canExecute());
	}

	@Test
	void changeWithoutActorIsRefused() {
		Issue issue = planned().get();
		TransitionCommand command = lifecycle.transition(domain, issue, IssueStatus.PLANNED, " ", null, at(RECEIVED));
		assertEquals(List.of(Kind.NO_ACTOR), kinds(command.missing()));
		assertFalse(command.canExecute());
	}

	// --- PLANNED

	@Test
	void planningWithoutPlanOrResponsibilitiesSaysSo() {
		Issue issue = builder.issue("JZ-EMPTY").received(RECEIVED).get();
		List<Missing> missing = lifecycle.check(issue, IssueStatus.PLANNED, RECEIVED);
		assertEquals(List.of(Kind.NO_PLAN, Kind.NO_LEAD_UNIT, Kind.NO_RESPONSIBLE_PERSON), kinds(missing));
		assertEquals("Issue JZ-EMPTY (No. 1): no rectification plan", missing.get(0).message(Locale.ENGLISH));
		assertEquals("问题 JZ-EMPTY（序号 1）：缺少牵头单位", missing.get(1).message(Locale.CHINESE));
		assertEquals("Issue JZ-EMPTY (No. 1): no responsible person", missing.get(2).toString());
	}

	@Test
	void planningNeedsTargetDeadlineAndMeasures() {
		Issue issue = builder.issue("JZ-P").received(RECEIVED).lead(county, deputy)
				.plan(RectificationType.TIME_LIMITED, null).get();
		List<Missing> missing = lifecycle.check(issue, IssueStatus.PLANNED, RECEIVED);
		assertEquals(List.of(Kind.NO_TARGET, Kind.NO_DEADLINE, Kind.NO_MEASURES), kinds(missing));
		assertEquals("Issue JZ-P (No. 1): the plan has no deadline", missing.get(1).toString());
		assertEquals("问题 JZ-P（序号 1）：整改方案缺少整改时限", missing.get(1).message(Locale.CHINA));
	}

	@Test
	void planningNeedsDueDatesAndADeadlineAfterReceipt() {
		Issue issue = planned().measure("长效管理", null).get();
		issue.getPlan().setDeadline(RECEIVED.minusDays(1));
		List<Missing> missing = lifecycle.check(issue, IssueStatus.PLANNED, RECEIVED);
		assertEquals(List.of(Kind.DEADLINE_BEFORE_RECEIVED, Kind.MEASURE_NO_DUE_DATE), kinds(missing));
		assertEquals("Issue JZ-1 (No. 1): measure 4 (长效管理) has no due date", missing.get(1).toString());
		assertEquals("问题 JZ-1（序号 1）：整改措施 4（长效管理） 缺少完成时限", missing.get(1).message(Locale.CHINA));
	}

	@Test
	void immediateAndLongTermPlansNeedNoDeadline() {
		Issue immediate = planned().get();
		immediate.getPlan().setType(RectificationType.IMMEDIATE);
		immediate.getPlan().setDeadline(null);
		assertEquals(List.of(), lifecycle.check(immediate, IssueStatus.PLANNED, RECEIVED));
		Issue longTerm = longTerm().status(IssueStatus.RECEIVED).get();
		assertEquals(List.of(), lifecycle.check(longTerm, IssueStatus.PLANNED, RECEIVED));
	}

	@Test
	void longTermPlanNeedsDatedStageGoals() {
		Issue issue = longTerm().status(IssueStatus.RECEIVED).get();
		issue.getPlan().getStageGoals().get(1).setDueDate(null);
		assertEquals(List.of(Kind.STAGE_GOAL_NO_DUE_DATE), kinds(lifecycle.check(issue, IssueStatus.PLANNED, RECEIVED)));
		issue.getPlan().getStageGoals().clear();
		assertEquals(List.of(Kind.NO_STAGE_GOALS), kinds(lifecycle.check(issue, IssueStatus.PLANNED, RECEIVED)));
	}

	@Test
	void planningNeedsTheResponsibilitiesValidationDemands() {
		Organization otherCounty = builder.county("青山县");
		Person outsider = builder.person("赵敏", "科长", otherCounty);
		Issue twoLeads = planned().lead(otherCounty, outsider).get();
		assertEquals(List.of(Kind.SEVERAL_LEAD_UNITS, Kind.SEVERAL_RESPONSIBLE_PERSONS),
				kinds(lifecycle.check(twoLeads, IssueStatus.PLANNED, RECEIVED)));

		Issue outside = builder.issue("JZ-O").received(RECEIVED).lead(county, outsider)
				.plan(RectificationType.IMMEDIATE, null).measure("清理", RECEIVED.plusDays(3)).cooperating(county).get();
		outside.getPlan().setTarget("清理完毕");
		List<Missing> missing = lifecycle.check(outside, IssueStatus.PLANNED, RECEIVED);
		assertEquals(List.of(Kind.RESPONSIBLE_PERSON_OUTSIDE_LEAD_UNIT, Kind.COOPERATING_UNIT_IS_LEAD_UNIT), kinds(missing));
		assertEquals("Issue JZ-O (No. 2): the responsible person 赵敏 belongs neither to the lead unit 明湖区 "
				+ "nor to one of its parent units", missing.get(0).toString());

		Issue fromParent = builder.issue("JZ-T").received(RECEIVED).lead(town, deputy)
				.plan(RectificationType.IMMEDIATE, null).measure("清理", RECEIVED.plusDays(3)).get();
		fromParent.getPlan().setTarget("清理完毕");
		assertEquals(List.of(), lifecycle.check(fromParent, IssueStatus.PLANNED, RECEIVED),
				"a person of a parent unit may answer for a township");
	}

	// --- RECTIFYING

	@Test
	void onlyImmediatePlansSkipThePlanningStage() {
		Issue timeLimited = planned().get();
		assertEquals(List.of(Kind.NOT_IMMEDIATE), kinds(lifecycle.check(timeLimited, IssueStatus.RECTIFYING, RECEIVED)));
		timeLimited.getPlan().setType(RectificationType.IMMEDIATE);
		assertEquals(List.of(), lifecycle.check(timeLimited, IssueStatus.RECTIFYING, RECEIVED));
		move(timeLimited, IssueStatus.RECTIFYING, RECEIVED);
		assertEquals(IssueStatus.RECEIVED, timeLimited.getStatusChanges().get(0).getFrom());
	}

	// --- REPORTED_DONE and UNDER_REVIEW

	@Test
	void reportingDoneNeedsEveryMeasureDoneWithEvidence() {
		IssueBuilder builder = planned().status(IssueStatus.RECTIFYING);
		Issue issue = builder.get();
		List<Measure> measures = issue.getPlan().getMeasures();
		measures.get(0).setDone(true);
		measures.get(0).setDoneDate(DONE);
		builder.evidence(EvidenceKind.PHOTO_AFTER, "1.jpg", "01".repeat(32)); // for measure 1 only
		measures.get(2).setDone(true);
		measures.get(2).setDoneDate(DONE);
		List<Missing> missing = lifecycle.check(issue, IssueStatus.REPORTED_DONE, DONE);
		assertEquals(List.of(Kind.MEASURE_NOT_DONE, Kind.MEASURE_NO_EVIDENCE, Kind.MEASURE_NO_EVIDENCE), kinds(missing));
		assertEquals("Issue JZ-1 (No. 1): measure 2 (清淤疏浚) is not done", missing.get(0).toString());
		assertEquals("Issue JZ-1 (No. 1): measure 3 (生态补水) has no evidence", missing.get(2).toString());
		assertEquals("问题 JZ-1（序号 1）：整改措施 3（生态补水） 缺少佐证材料", missing.get(2).message(Locale.CHINA));
	}

	@Test
	void measureDoneAfterTheDayOfTheChangeIsNotDoneYet() {
		Issue issue = finished().get();
		assertEquals(List.of(), lifecycle.check(issue, IssueStatus.REPORTED_DONE, DONE));
		assertEquals(List.of(Kind.MEASURE_NOT_DONE, Kind.MEASURE_NOT_DONE, Kind.MEASURE_NOT_DONE),
				kinds(lifecycle.check(issue, IssueStatus.REPORTED_DONE, DONE.minusDays(1))));
	}

	@Test
	void reviewIsRequestedOnlyWhileTheClaimStillHolds() {
		Issue issue = finished().moveTo(IssueStatus.REPORTED_DONE, DONE).get();
		assertEquals(List.of(), lifecycle.check(issue, IssueStatus.UNDER_REVIEW, DONE));
		issue.getEvidence().clear();
		assertEquals(3, lifecycle.check(issue, IssueStatus.UNDER_REVIEW, DONE).size());
	}

	@Test
	void longTermIssueIsNeverSimplyDone() {
		Issue issue = longTerm().get();
		issue.getEvidence().add(ModelFactory.eINSTANCE.createEvidence());
		issue.getEvidence().get(0).getMeasures().add(issue.getPlan().getMeasures().get(0));
		assertEquals(List.of(Kind.LONG_TERM_NOT_DONE),
				kinds(lifecycle.check(issue, IssueStatus.REPORTED_DONE, LocalDate.of(2021, 7, 1))));
	}

	// --- STAGE_DONE

	@Test
	void stageIsReachedWhenEveryGoalDueSoFarIsAchieved() {
		Issue issue = longTerm().get();
		LocalDate firstDue = LocalDate.of(2021, 6, 30);
		assertEquals(List.of(Kind.NO_STAGE_GOAL_ACHIEVED), kinds(lifecycle.check(issue, IssueStatus.STAGE_DONE, firstDue.minusDays(1))));
		List<Missing> missing = lifecycle.check(issue, IssueStatus.STAGE_DONE, firstDue);
		assertEquals(List.of(Kind.STAGE_GOAL_NOT_ACHIEVED, Kind.NO_STAGE_GOAL_ACHIEVED), kinds(missing));
		assertEquals("Issue JZ-1 (No. 1): stage goal 1 (完成一期治理), due 2021-06-30, is not achieved",
				missing.get(0).toString());
		issue.getPlan().getStageGoals().get(0).setAchieved(true);
		issue.getPlan().getStageGoals().get(0).setAchievedDate(firstDue.minusDays(3));
		assertEquals(List.of(), lifecycle.check(issue, IssueStatus.STAGE_DONE, firstDue));
		move(issue, IssueStatus.STAGE_DONE, firstDue);
	}

	@Test
	void onlyLongTermIssuesReachAStage() {
		Issue issue = finished().get();
		assertEquals(List.of(Kind.NOT_LONG_TERM), kinds(lifecycle.check(issue, IssueStatus.STAGE_DONE, DONE)));
	}

	@Test
	void stageDoneIssueResumesOnlyWithSomethingOpenAndAReason() {
		Issue issue = longTerm().status(IssueStatus.STAGE_DONE).get();
		LocalDate day = LocalDate.of(2022, 7, 1);
		TransitionCommand withoutReason = lifecycle.transition(domain, issue, IssueStatus.RECTIFYING, ACTOR, null, at(day));
		assertEquals(List.of(Kind.NO_REASON), kinds(withoutReason.missing()));
		for (var goal : issue.getPlan().getStageGoals()) {
			goal.setAchieved(true);
		}
		assertEquals(List.of(Kind.NOTHING_OPEN), kinds(lifecycle.check(issue, IssueStatus.RECTIFYING, day)));
	}

	// --- SIGNED_OFF

	@Test
	void signOffNeedsAnAcceptedReviewAtEveryRequiredLevel() {
		IssueBuilder builder = underReview();
		Issue issue = builder.get();
		LocalDate late = DONE.plusDays(60);
		List<Missing> none = lifecycle.check(issue, IssueStatus.SIGNED_OFF, late);
		assertEquals(List.of(Kind.REVIEW_MISSING, Kind.REVIEW_MISSING), kinds(none));
		assertEquals("问题 JZ-1（序号 1）：缺少县级自验", none.get(0).message(Locale.CHINA));
		builder.review(ReviewLevel.COUNTY_SELF_CHECK, ReviewDecision.ACCEPTED, DONE.plusDays(3), deputy, null);
		List<Missing> cityMissing = lifecycle.check(issue, IssueStatus.SIGNED_OFF, late);
		assertEquals(List.of(Kind.REVIEW_MISSING), kinds(cityMissing));
		assertEquals(List.of(ReviewLevel.CITY_ACCEPTANCE), cityMissing.get(0).arguments());
		builder.review(ReviewLevel.CITY_ACCEPTANCE, ReviewDecision.SUPPLEMENT_REQUESTED, DONE.plusDays(6), reviewer, "补充监测报告");
		List<Missing> supplement = lifecycle.check(issue, IssueStatus.SIGNED_OFF, late);
		assertEquals(List.of(Kind.REVIEW_NOT_ACCEPTED), kinds(supplement));
		assertEquals("问题 JZ-1（序号 1）：2021-05-26 的市级验收结论为“补充材料”，不是“通过”",
				supplement.get(0).message(Locale.CHINA));
		builder.review(ReviewLevel.CITY_ACCEPTANCE, ReviewDecision.ACCEPTED, DONE.plusDays(12), reviewer, null);
		assertEquals(List.of(), lifecycle.check(issue, IssueStatus.SIGNED_OFF, late));
	}

	@Test
	void signOffWaitsForThePublicNoticePeriod() {
		IssueBuilder builder = underReview();
		Issue issue = builder.get();
		LocalDate accepted = DONE.plusDays(10);
		builder.review(ReviewLevel.COUNTY_SELF_CHECK, ReviewDecision.ACCEPTED, DONE.plusDays(3), deputy, null)
				.review(ReviewLevel.CITY_ACCEPTANCE, ReviewDecision.ACCEPTED, accepted, reviewer, null);
		List<Missing> running = lifecycle.check(issue, IssueStatus.SIGNED_OFF, accepted.plusDays(6));
		assertEquals(List.of(Kind.PUBLIC_NOTICE_RUNNING), kinds(running));
		assertEquals("Issue JZ-1 (No. 1): the public notice of 7 days after the acceptance on 2021-05-30 is not over; "
				+ "sign-off is possible from 2021-06-06", running.get(0).toString());
		assertEquals("问题 JZ-1（序号 1）：2021-05-30 验收通过后的 7 天公示期未满，2021-06-06 起方可销号",
				running.get(0).message(Locale.CHINA));
		assertEquals(List.of(), lifecycle.check(issue, IssueStatus.SIGNED_OFF, accepted.plusDays(7)));

		TransitionCommand early = lifecycle.transition(domain, issue, IssueStatus.SIGNED_OFF, ACTOR, null,
				accepted.plusDays(6).atTime(23, 59).toInstant(CST));
		assertFalse(early.canExecute(), "the day of the change counts in the office's time zone");
		TransitionCommand due = lifecycle.transition(domain, issue, IssueStatus.SIGNED_OFF, ACTOR, null,
				accepted.plusDays(6).atTime(16, 0).toInstant(ZoneOffset.UTC)); // 00:00 the next day in Beijing
		assertTrue(due.canExecute(), due.missing().toString());
	}

	@Test
	void reviewLevelsAndNoticePeriodComeFromThePolicy() {
		Lifecycle provincial = new Lifecycle(LifecyclePolicy.DEFAULTS
				.withReviewLevels(ReviewLevel.COUNTY_SELF_CHECK, ReviewLevel.CITY_ACCEPTANCE, ReviewLevel.PROVINCIAL_RECORD)
				.withPublicNoticeDays(0));
		IssueBuilder builder = underReview();
		Issue issue = builder.get();
		LocalDate city = DONE.plusDays(10);
		builder.review(ReviewLevel.COUNTY_SELF_CHECK, ReviewDecision.ACCEPTED, DONE.plusDays(3), deputy, null)
				.review(ReviewLevel.CITY_ACCEPTANCE, ReviewDecision.ACCEPTED, city, reviewer, null);
		assertEquals(List.of(Kind.REVIEW_MISSING), kinds(provincial.check(issue, IssueStatus.SIGNED_OFF, city)));
		builder.review(ReviewLevel.PROVINCIAL_RECORD, ReviewDecision.ACCEPTED, city.plusDays(5), reviewer, null);
		assertEquals(List.of(), provincial.check(issue, IssueStatus.SIGNED_OFF, city.plusDays(5)));

		Lifecycle cityOnly = new Lifecycle(LifecyclePolicy.DEFAULTS.withReviewLevels(ReviewLevel.CITY_ACCEPTANCE));
		assertEquals(List.of(), cityOnly.check(issue, IssueStatus.SIGNED_OFF, city.plusDays(7)));
		assertThrows(IllegalArgumentException.class, () -> LifecyclePolicy.DEFAULTS.withReviewLevels());
		assertThrows(IllegalArgumentException.class, () -> LifecyclePolicy.DEFAULTS.withPublicNoticeDays(-1));
	}

	@Test
	void reviewsMustFollowTheOrderOfLevelsAndPassTheirChecklist() {
		IssueBuilder builder = underReview();
		Issue issue = builder.get();
		builder.review(ReviewLevel.CITY_ACCEPTANCE, ReviewDecision.ACCEPTED, DONE.plusDays(3), reviewer, null)
				.review(ReviewLevel.COUNTY_SELF_CHECK, ReviewDecision.ACCEPTED, DONE.plusDays(5), deputy, null);
		ReviewCheckItem item = ModelFactory.eINSTANCE.createReviewCheckItem();
		item.setCriterion("举一反三");
		item.setPassed(false);
		issue.getReviews().get(0).getChecklist().add(item);
		List<Missing> missing = lifecycle.check(issue, IssueStatus.SIGNED_OFF, DONE.plusDays(30));
		assertEquals(List.of(Kind.REVIEW_CHECK_FAILED, Kind.REVIEW_OUT_OF_ORDER), kinds(missing));
		assertEquals("Issue JZ-1 (No. 1): the City acceptance review accepted although the check \"举一反三\" failed",
				missing.get(0).toString());
	}

	@Test
	void reviewsOfAnEarlierRejectedClaimDoNotCount() {
		IssueBuilder builder = underReview();
		Issue issue = builder.get();
		builder.review(ReviewLevel.COUNTY_SELF_CHECK, ReviewDecision.ACCEPTED, DONE.plusDays(3), deputy, null)
				.review(ReviewLevel.CITY_ACCEPTANCE, ReviewDecision.REJECTED, DONE.plusDays(8), reviewer, "黑臭反复")
				.moveTo(IssueStatus.RECTIFYING, DONE.plusDays(8))
				.moveTo(IssueStatus.REPORTED_DONE, DONE.plusDays(40))
				.moveTo(IssueStatus.UNDER_REVIEW, DONE.plusDays(41))
				.review(ReviewLevel.CITY_ACCEPTANCE, ReviewDecision.ACCEPTED, DONE.plusDays(45), reviewer, null);
		assertEquals(List.of(Kind.REVIEW_MISSING), kinds(lifecycle.check(issue, IssueStatus.SIGNED_OFF, DONE.plusDays(60))));
		assertEquals(ReviewLevel.COUNTY_SELF_CHECK, lifecycle.check(issue, IssueStatus.SIGNED_OFF, DONE.plusDays(60))
				.get(0).arguments().get(0));
	}

	@Test
	void futureReviewsDoNotCountYet() {
		IssueBuilder builder = underReview();
		builder.review(ReviewLevel.COUNTY_SELF_CHECK, ReviewDecision.ACCEPTED, DONE.plusDays(3), deputy, null)
				.review(ReviewLevel.CITY_ACCEPTANCE, ReviewDecision.ACCEPTED, DONE.plusDays(20), reviewer, null);
		assertEquals(List.of(Kind.REVIEW_MISSING), kinds(lifecycle.check(builder.get(), IssueStatus.SIGNED_OFF, DONE.plusDays(19))));
	}

	// --- rejection

	@Test
	void rejectionNeedsARejectingReviewAndTakesItsReasons() {
		IssueBuilder builder = underReview();
		Issue issue = builder.get();
		LocalDate decided = DONE.plusDays(8);
		assertEquals(List.of(Kind.NO_REJECTING_REVIEW), kinds(lifecycle.check(issue, IssueStatus.RECTIFYING, decided)));
		builder.review(ReviewLevel.CITY_ACCEPTANCE, ReviewDecision.REJECTED, decided, reviewer, "现场核查仍有污水直排");
		move(issue, IssueStatus.RECTIFYING, decided);
		StatusChange rejection = issue.getStatusChanges().get(issue.getStatusChanges().size() - 1);
		assertEquals("现场核查仍有污水直排", rejection.getReason());
		assertEquals(1, Lifecycle.rejections(issue));
	}

	@Test
	void rejectionWithoutAnyReasonIsRefused() {
		IssueBuilder builder = underReview();
		builder.review(ReviewLevel.CITY_ACCEPTANCE, ReviewDecision.REJECTED, DONE.plusDays(8), reviewer, null);
		TransitionCommand command = lifecycle.transition(domain, builder.get(), IssueStatus.RECTIFYING, ACTOR, "",
				at(DONE.plusDays(8)));
		assertEquals(List.of(Kind.NO_REASON), kinds(command.missing()));
	}

	@Test
	void rejectionsAreCountedPerIssue() {
		IssueBuilder builder = underReview();
		Issue issue = builder.get();
		for (int round = 0; round < 2; round++) {
			LocalDate decided = DONE.plusDays(10 + 40 * round);
			builder.review(ReviewLevel.CITY_ACCEPTANCE, ReviewDecision.REJECTED, decided, reviewer, "不通过" + round);
			move(issue, IssueStatus.RECTIFYING, decided);
			move(issue, IssueStatus.REPORTED_DONE, decided.plusDays(20));
			move(issue, IssueStatus.UNDER_REVIEW, decided.plusDays(21));
		}
		assertEquals(2, Lifecycle.rejections(issue));
		assertEquals(0, Lifecycle.rejections(planned().get()));
	}

	// --- rebound

	@Test
	void reboundNeedsTheIssueThatRevealedIt() {
		Issue old = underReview().status(IssueStatus.SIGNED_OFF).get();
		List<Missing> missing = lifecycle.check(old, IssueStatus.REBOUND, DONE.plusDays(100));
		assertEquals(List.of(Kind.NO_REVEALING_ISSUE), kinds(missing));
		assertEquals("问题 JZ-1（序号 1）：未关联发现问题反弹的群众举报或新问题", missing.get(0).message(Locale.CHINA));
		Issue complaint = builder.issue("XF-2").received(DONE.plusDays(100)).reboundOf(old).get();
		assertEquals(List.of(), lifecycle.check(old, IssueStatus.REBOUND, DONE.plusDays(100)));
		assertEquals(List.of(complaint), Lifecycle.revealingIssues(old));
	}

	@Test
	void reboundCommandLinksTheComplaintAndUndoUnlinksIt() {
		Issue old = underReview().status(IssueStatus.SIGNED_OFF).get();
		Issue complaint = builder.issue("XF-2").received(DONE.plusDays(100)).get();
		TransitionCommand command = lifecycle.rebound(domain, old, complaint, ACTOR, "群众再次举报", at(DONE.plusDays(100)));
		assertTrue(command.canExecute(), command.missing().toString());
		stack.execute(command);
		assertEquals(IssueStatus.REBOUND, old.getStatus());
		assertSame(old, complaint.getReboundOf());
		assertEquals("群众再次举报", old.getStatusChanges().get(old.getStatusChanges().size() - 1).getReason());
		stack.undo();
		assertEquals(IssueStatus.SIGNED_OFF, old.getStatus());
		assertNull(complaint.getReboundOf());
		assertThrows(IllegalArgumentException.class,
				() -> lifecycle.rebound(domain, old, old, ACTOR, "x", at(DONE.plusDays(100))));
	}

	@Test
	void reboundNeedsAReason() {
		Issue old = longTerm().status(IssueStatus.STAGE_DONE).get();
		Issue complaint = builder.issue("XF-3").get();
		TransitionCommand command = lifecycle.rebound(domain, old, complaint, ACTOR, null, at(DONE));
		assertEquals(List.of(Kind.NO_REASON), kinds(command.missing()));
	}

	@Test
	void reboundIssueIsReopenedWithANewMeasure() {
		Issue old = finished().status(IssueStatus.REBOUND).get();
		LocalDate day = DONE.plusDays(120);
		assertEquals(List.of(Kind.NOTHING_OPEN), kinds(lifecycle.check(old, IssueStatus.RECTIFYING, day)));
		planned(); // another issue; the old one gets a measure of its own below
		Measure again = ModelFactory.eINSTANCE.createMeasure();
		again.setDescription("加密巡查");
		again.setDueDate(day.plusDays(30));
		old.getPlan().getMeasures().add(again);
		assertEquals(List.of(), lifecycle.check(old, IssueStatus.RECTIFYING, day));
	}

	// --- the demo ledger

	/** Every status history the generator writes is a walk along the lifecycle's transitions. */
	@Test
	void demoHistoriesFollowTheLifecycle() {
		Ledger ledger = SampleLedgers.generated(3000);
		int rebounds = 0;
		for (Issue issue : ledger.getIssues()) {
			IssueStatus current = IssueStatus.RECEIVED;
			for (StatusChange change : issue.getStatusChanges()) {
				assertEquals(current, change.getFrom(), issue.getCaseNumber());
				assertTrue(Lifecycle.isAllowed(change.getFrom(), change.getTo()),
						issue.getCaseNumber() + ": " + change.getFrom() + " → " + change.getTo());
				current = change.getTo();
			}
			assertEquals(issue.getStatus(), current, issue.getCaseNumber());
			if (issue.getStatus() == IssueStatus.REBOUND) {
				rebounds++;
				assertFalse(Lifecycle.revealingIssues(issue).isEmpty(), issue.getCaseNumber());
			}
		}
		assertTrue(rebounds > 0);
	}
}
