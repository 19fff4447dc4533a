package taizhang.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.Test;

import taizhang.model.Accountability;
import taizhang.model.Deduction;
import taizhang.model.Interview;
import taizhang.model.Issue;
import taizhang.model.IssueStatus;
import taizhang.model.ModelFactory;
import taizhang.model.PeriodEntry;
import taizhang.model.ReportingPeriod;
import taizhang.model.SupervisionNotice;

class IssueCommandsTest {

	private final Office office = new Office();

	@Test
	void addedIssueGetsTheNextNumberIsReceivedAndUndoRemovesIt() {
		Command add = IssueCommands.add(office.domain, office.ledger, office.provincial);
		office.execute(add);
		assertEquals(6, office.ledger.getIssues().size());
		Issue added = office.ledger.getIssues().get(5);
		assertEquals(List.of(added), List.copyOf(add.getAffectedObjects()));
		assertEquals(6, added.getSequenceNumber());
		assertEquals(IssueStatus.RECEIVED, added.getStatus());
		assertEquals(LocalDate.now(), added.getReceivedDate());
		assertSame(office.provincial, added.getRound());
		assertFalse(added.getId().isEmpty());
		office.stack.undo();
		assertEquals(5, office.ledger.getIssues().size());
		office.stack.redo();
		assertSame(added, office.ledger.getIssues().get(5));
	}

	@Test
	void deletingIssuesRemovesEveryReferenceAndUndoRestoresThem() {
		SupervisionNotice notice = office.builder.supervisionNotice("江督办〔2024〕3号", LocalDate.of(2024, 4, 5),
				office.qinglan, LocalDate.of(2024, 6, 30), office.sewage, office.fumes);
		Interview interview = office.builder.interview(LocalDate.of(2024, 4, 10), office.qinglan, office.zhangQinglan,
				office.sewage);
		Accountability accountability = office.builder.accountability(LocalDate.of(2024, 5, 1), "诫勉谈话", office.qinglan,
				office.zhangQinglan, office.sewage);
		Deduction deduction = office.builder.deduction(office.qinglan, LocalDate.of(2024, 4, 30), 2, office.sewage);
		office.fresh.setReboundOf(office.sewage);
		ReportingPeriod period = ModelFactory.eINSTANCE.createReportingPeriod();
		PeriodEntry entry = ModelFactory.eINSTANCE.createPeriodEntry();
		entry.setIssue(office.sewage);
		entry.setStatus(IssueStatus.RECTIFYING);
		entry.setOverdue(true);
		period.getEntries().add(entry);
		office.ledger.getPeriods().add(period);

		Command delete = IssueCommands.delete(office.domain, office.ledger, List.of(office.sewage));
		office.execute(delete);
		assertFalse(office.ledger.getIssues().contains(office.sewage));
		assertEquals(List.of(office.fumes), notice.getIssues());
		assertTrue(interview.getIssues().isEmpty());
		assertTrue(accountability.getIssues().isEmpty());
		assertTrue(deduction.getIssues().isEmpty());
		assertNull(office.fresh.getReboundOf());
		assertNull(entry.getIssue());
		assertTrue(entry.isOverdue(), "the closed period keeps its frozen figures");

		office.stack.undo();
		assertSame(office.sewage, office.ledger.getIssues().get(1));
		assertEquals(List.of(office.sewage, office.fumes), notice.getIssues());
		assertEquals(List.of(office.sewage), interview.getIssues());
		assertEquals(List.of(office.sewage), accountability.getIssues());
		assertEquals(List.of(office.sewage), deduction.getIssues());
		assertSame(office.sewage, office.fresh.getReboundOf());
		assertSame(office.sewage, entry.getIssue());
	}

	@Test
	void deletingSeveralIssuesIsOneUndoableStep() {
		office.execute(IssueCommands.delete(office.domain, office.ledger, List.of(office.dust, office.fresh)));
		assertEquals(List.of(office.sewage, office.noise, office.fumes), office.ledger.getIssues());
		office.stack.undo();
		assertEquals(List.of(office.dust, office.sewage, office.noise, office.fumes, office.fresh), office.ledger.getIssues());
		assertFalse(office.stack.canUndo());
	}

	@Test
	void deletingNothingCannotExecute() {
		assertFalse(IssueCommands.delete(office.domain, office.ledger, List.of()).canExecute());
	}
}
