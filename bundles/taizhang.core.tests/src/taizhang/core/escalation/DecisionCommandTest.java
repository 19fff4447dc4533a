package taizhang.core.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import taizhang.model.Escalation;
import taizhang.model.Ledger;
import taizhang.model.ProposalState;

class DecisionCommandTest {

	private static final LocalDate DECIDED = LocalDate.of(2020, 6, 3);

	private final EscalationFixture fixture = new EscalationFixture();
	private final Ledger ledger = fixture.builder.build();

	private Escalation proposedInterview() {
		fixture.red(fixture.qingshan);
		return fixture.proposeAndAdd().records().get(0);
	}

	@Test
	void proposingAddsProposedRecordsAndUndoRemovesThem() {
		fixture.yellow(fixture.minghu);
		fixture.yellow(fixture.minghu);
		fixture.red(fixture.qingshan);
		ProposeCommand command = fixture.proposeAndAdd();

		assertEquals(1, ledger.getSupervisionNotices().size());
		assertEquals(2, ledger.getDeductions().size());
		assertEquals(1, ledger.getInterviews().size());
		assertTrue(command.records().stream().allMatch(r -> r.getState() == ProposalState.PROPOSED));

		fixture.stack.undo();
		assertEquals(0, ledger.getSupervisionNotices().size() + ledger.getDeductions().size()
				+ ledger.getInterviews().size());
		fixture.stack.redo();
		assertEquals(4, ledger.getSupervisionNotices().size() + ledger.getDeductions().size()
				+ ledger.getInterviews().size());
	}

	@Test
	void nothingToProposeMakesACommandThatCannotExecute() {
		fixture.onSchedule(fixture.minghu);
		ProposeCommand command = fixture.service.proposeCommand(fixture.domain, ledger, EscalationFixture.AS_OF,
				Locale.CHINESE);
		assertEquals(List.of(), command.records());
		assertFalse(command.canExecute());
	}

	@Test
	void confirmRecordsTheDecisionAndUndoRestoresTheProposal() {
		Escalation record = proposedInterview();
		fixture.stack.execute(DecisionCommand.confirm(fixture.domain, record, "已约谈区长", DECIDED));
		assertEquals(ProposalState.CONFIRMED, record.getState());
		assertEquals(DECIDED, record.getDecidedOn());
		assertEquals("已约谈区长", record.getDecisionNote());

		fixture.stack.undo();
		assertEquals(ProposalState.PROPOSED, record.getState());
		assertNull(record.getDecidedOn());
		assertNull(record.getDecisionNote());

		fixture.stack.redo();
		assertEquals(ProposalState.CONFIRMED, record.getState());
		assertEquals(DECIDED, record.getDecidedOn());
	}

	@Test
	void dismissRecordsTheDecisionAndUndoRestoresTheProposal() {
		Escalation record = proposedInterview();
		fixture.stack.execute(DecisionCommand.dismiss(fixture.domain, record, "已于5月30日完成整改", DECIDED));
		assertEquals(ProposalState.DISMISSED, record.getState());
		assertEquals("已于5月30日完成整改", record.getDecisionNote());

		fixture.stack.undo();
		assertEquals(ProposalState.PROPOSED, record.getState());
		fixture.stack.redo();
		assertEquals(ProposalState.DISMISSED, record.getState());
	}

	@Test
	void onlyAProposalCanBeDecided() {
		Escalation record = proposedInterview();
		fixture.stack.execute(DecisionCommand.confirm(fixture.domain, record, null, DECIDED));
		DecisionCommand again = DecisionCommand.dismiss(fixture.domain, record, null, DECIDED);
		assertFalse(again.canExecute());
		assertThrows(IllegalStateException.class, again::execute);
		assertEquals(ProposalState.CONFIRMED, record.getState());
	}

	@Test
	void aRecordEnteredByHandCannotBeDecided() {
		Escalation notice = fixture.builder.supervisionNotice("督办〔2020〕1号", DECIDED, fixture.minghu, null);
		assertFalse(DecisionCommand.confirm(fixture.domain, notice, null, DECIDED).canExecute());
	}
}
