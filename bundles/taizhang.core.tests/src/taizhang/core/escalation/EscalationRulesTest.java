package taizhang.core.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import taizhang.core.escalation.Proposal.Kind;
import taizhang.core.escalation.internal.RedWarningRule;
import taizhang.core.escalation.internal.YellowWarningsRule;
import taizhang.model.Escalation;
import taizhang.model.Issue;
import taizhang.model.IssueStatus;
import taizhang.model.Ledger;
import taizhang.model.LedgerSettings;
import taizhang.model.ModelFactory;
import taizhang.model.ProposalState;
import taizhang.model.RectificationType;

class EscalationRulesTest {

	private final EscalationFixture fixture = new EscalationFixture();

	private static List<Proposal> ofKind(List<Proposal> proposals, Kind kind) {
		return proposals.stream().filter(p -> p.kind() == kind).toList();
	}

	@Test
	void oneYellowProposesNothing() {
		fixture.yellow(fixture.minghu);
		fixture.onSchedule(fixture.minghu);
		assertEquals(List.of(), fixture.propose());
	}

	@Test
	void twoYellowsOfAUnitProposeANoticeAndOnePoint() {
		Issue first = fixture.yellow(fixture.minghu);
		Issue second = fixture.yellow(fixture.minghu);
		List<Proposal> proposals = fixture.propose();

		assertEquals(2, proposals.size());
		Proposal notice = ofKind(proposals, Kind.SUPERVISION_NOTICE).get(0);
		assertEquals(fixture.minghu, notice.unit());
		assertEquals(List.of(first, second), notice.issues());
		assertEquals(YellowWarningsRule.ID, notice.ruleId());
		assertEquals("明湖区截至2020-06-01有2个问题进度滞后（黄色预警）：JZ-1、JZ-2", notice.reason());
		Proposal deduction = ofKind(proposals, Kind.DEDUCTION).get(0);
		assertEquals(1.0, deduction.points());
		assertEquals(List.of(first, second), deduction.issues());
	}

	@Test
	void yellowsOfDifferentUnitsDoNotAddUp() {
		fixture.yellow(fixture.minghu);
		fixture.yellow(fixture.qingshan);
		assertEquals(List.of(), fixture.propose());
	}

	@Test
	void aYellowTheDayBeforeItsMeasureWasDueIsNotYetCounted() {
		fixture.yellow(fixture.minghu);
		fixture.yellow(fixture.minghu);
		// the measures are due on 1 March: on that day they are not missed yet
		assertEquals(List.of(), fixture.service.propose(fixture.builder.build(), LocalDate.of(2020, 3, 1), Locale.CHINESE));
		assertEquals(2, fixture.service.propose(fixture.builder.build(), LocalDate.of(2020, 3, 2), Locale.CHINESE).size());
	}

	@Test
	void aRedProposesAnInterviewAndTwoPoints() {
		Issue red = fixture.red(fixture.qingshan);
		List<Proposal> proposals = fixture.propose();

		assertEquals(2, proposals.size());
		Proposal interview = ofKind(proposals, Kind.INTERVIEW).get(0);
		assertEquals(fixture.qingshan, interview.unit());
		assertEquals(List.of(red), interview.issues());
		assertEquals(RedWarningRule.ID, interview.ruleId());
		Proposal deduction = ofKind(proposals, Kind.DEDUCTION).get(0);
		assertEquals(2.0, deduction.points());
		assertEquals(List.of(red), deduction.issues());
	}

	@Test
	void aRedIsNotProposedOnItsDeadline() {
		fixture.red(fixture.qingshan);
		assertEquals(List.of(), fixture.service.propose(fixture.builder.build(), LocalDate.of(2020, 5, 1), Locale.CHINESE));
		assertEquals(2, fixture.service.propose(fixture.builder.build(), LocalDate.of(2020, 5, 2), Locale.CHINESE).size());
	}

	@Test
	void twoRedsOfAUnitMakeOneInterviewAndTwoDeductions() {
		fixture.red(fixture.qingshan);
		fixture.red(fixture.qingshan);
		List<Proposal> proposals = fixture.propose();
		assertEquals(1, ofKind(proposals, Kind.INTERVIEW).size());
		assertEquals(2, ofKind(proposals, Kind.INTERVIEW).get(0).issues().size());
		assertEquals(List.of(2.0, 2.0), ofKind(proposals, Kind.DEDUCTION).stream().map(Proposal::points).toList());
	}

	@Test
	void issuesWithoutALeadUnitAreNotEscalated() {
		fixture.builder.issue("JZ-X").received(EscalationFixture.RECEIVED)
				.plan(RectificationType.TIME_LIMITED, LocalDate.of(2020, 5, 1)).status(IssueStatus.RECTIFYING);
		assertEquals(List.of(), fixture.propose());
	}

	@Test
	void proposedRecordsAreNotProposedAgain() {
		fixture.yellow(fixture.minghu);
		fixture.yellow(fixture.minghu);
		fixture.red(fixture.qingshan);
		assertEquals(4, fixture.proposeAndAdd().records().size());
		assertEquals(List.of(), fixture.propose());
	}

	@Test
	void confirmedRecordsAreNotProposedAgain() {
		fixture.red(fixture.qingshan);
		for (Escalation record : fixture.proposeAndAdd().records()) {
			fixture.stack.execute(DecisionCommand.confirm(fixture.domain, record, null, EscalationFixture.AS_OF));
		}
		assertEquals(List.of(), fixture.propose());
	}

	@Test
	void dismissedRecordsDoNotCoverTheirIssues() {
		fixture.red(fixture.qingshan);
		for (Escalation record : fixture.proposeAndAdd().records()) {
			fixture.stack.execute(DecisionCommand.dismiss(fixture.domain, record, "已整改", EscalationFixture.AS_OF));
		}
		assertEquals(2, fixture.propose().size());
	}

	@Test
	void aRecordByHandDoesNotCoverARulesProposal() {
		Issue red = fixture.red(fixture.qingshan);
		fixture.builder.interview(EscalationFixture.AS_OF, fixture.qingshan, fixture.qingshanDeputy, red);
		assertEquals(2, fixture.propose().size());
	}

	@Test
	void eachYellowCountsTowardsOneNoticeOnly() {
		fixture.yellow(fixture.minghu);
		fixture.yellow(fixture.minghu);
		fixture.proposeAndAdd();
		Issue third = fixture.yellow(fixture.minghu);
		assertEquals(List.of(), fixture.propose());
		Issue fourth = fixture.yellow(fixture.minghu);
		List<Proposal> proposals = fixture.propose();
		assertEquals(2, proposals.size());
		assertEquals(List.of(third, fourth), proposals.get(0).issues());
	}

	@Test
	void aNewRedOfAUnitAlreadyInterviewedGetsItsOwnInterview() {
		fixture.red(fixture.qingshan);
		fixture.proposeAndAdd();
		Issue second = fixture.red(fixture.qingshan);
		List<Proposal> proposals = fixture.propose();
		assertEquals(2, proposals.size());
		assertTrue(proposals.stream().allMatch(p -> p.issues().equals(List.of(second))));
	}

	@Test
	void customSettingsChangeTheThresholds() {
		fixture.yellow(fixture.minghu);
		fixture.yellow(fixture.minghu);
		fixture.red(fixture.qingshan);
		LedgerSettings settings = ModelFactory.eINSTANCE.createLedgerSettings();
		settings.setYellowCountForNotice(3);
		settings.setRedDeductionPoints(5);
		fixture.builder.build().setSettings(settings);

		List<Proposal> proposals = fixture.propose();
		assertEquals(List.of(Kind.INTERVIEW, Kind.DEDUCTION), proposals.stream().map(Proposal::kind).toList());
		assertEquals(5.0, proposals.get(1).points());

		fixture.yellow(fixture.minghu);
		settings.setYellowDeductionPoints(0.5);
		List<Proposal> withThird = ofKind(fixture.propose(), Kind.DEDUCTION);
		assertEquals(List.of(5.0, 0.5), withThird.stream().map(Proposal::points).toList());
	}

	@Test
	void theProgressGapOfTheSettingsDecidesWhatLags() {
		// 50 of 100 days elapsed, 40% reported: lagging by 10 points
		Ledger ledger = fixture.builder.build();
		for (int i = 0; i < 2; i++) {
			fixture.builder.issue("GAP-" + i).received(EscalationFixture.RECEIVED)
					.lead(fixture.minghu, fixture.minghuDeputy)
					.plan(RectificationType.TIME_LIMITED, EscalationFixture.RECEIVED.plusDays(100))
					.status(IssueStatus.RECTIFYING).progressReport("2020-02", EscalationFixture.RECEIVED.plusDays(40), 40);
		}
		LocalDate day = EscalationFixture.RECEIVED.plusDays(50);
		assertEquals(List.of(), fixture.service.propose(ledger, day, Locale.CHINESE));

		LedgerSettings settings = ModelFactory.eINSTANCE.createLedgerSettings();
		settings.setProgressGap(5);
		ledger.setSettings(settings);
		assertEquals(2, fixture.service.propose(ledger, day, Locale.CHINESE).size());
	}

	@Test
	void reasonsFollowTheLocale() {
		fixture.red(fixture.qingshan);
		List<Proposal> proposals = fixture.service.propose(fixture.builder.build(), EscalationFixture.AS_OF, Locale.ENGLISH);
		assertEquals("青山县: 1 issues overdue (red warning) as of 2020-06-01: JZ-1", proposals.get(0).reason());
		assertEquals("青山县: issue JZ-1 overdue (red warning) as of 2020-06-01", proposals.get(1).reason());
	}

	@Test
	void recordsAreMadeProposedWithTheirRule() {
		Issue red = fixture.red(fixture.qingshan);
		Proposal deduction = Proposal.deduction("x.rule", fixture.qingshan, List.of(red), 2, "逾期");
		Escalation record = deduction.toRecord(EscalationFixture.AS_OF);
		assertEquals(ProposalState.PROPOSED, record.getState());
		assertEquals("x.rule", record.getProposedBy());
		assertEquals(12, record.getId().length());
		taizhang.model.Deduction made = (taizhang.model.Deduction) record;
		assertEquals(2020, made.getYear());
		assertEquals(EscalationFixture.AS_OF, made.getDate());
		assertEquals(List.of(red), made.getIssues());
	}

	@Test
	void recordsEnteredByHandAreConfirmed() {
		assertEquals(ProposalState.CONFIRMED, ModelFactory.eINSTANCE.createSupervisionNotice().getState());
	}

	@Test
	void rulesRunInTheOrderOfTheirIds() {
		assertEquals(List.of(RedWarningRule.ID, YellowWarningsRule.ID),
				fixture.service.rules().stream().map(EscalationRule::id).toList());
	}

	@Test
	void aRuleProposingInAnotherNameIsRefused() {
		fixture.red(fixture.qingshan);
		EscalationRule impostor = new EscalationRule() {
			@Override
			public String id() {
				return "agency.rule";
			}

			@Override
			public String label(Locale locale) {
				return "impostor";
			}

			@Override
			public List<Proposal> propose(EscalationContext context) {
				return new RedWarningRule().propose(context);
			}
		};
		EscalationService service = new EscalationService(List.of(impostor));
		assertThrows(IllegalStateException.class,
				() -> service.propose(fixture.builder.build(), EscalationFixture.AS_OF, Locale.CHINESE));
	}
}
