package taizhang.responsibility.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import taizhang.model.AssignmentRole;
import taizhang.model.ModelPackage;
import taizhang.model.PositionKind;
import taizhang.responsibility.AssignCommand;
import taizhang.responsibility.MoveUnitCommand;
import taizhang.responsibility.RetireUnitCommand;
import taizhang.responsibility.validation.Constraints;
import taizhang.responsibility.validation.LiveValidation;
import taizhang.responsibility.validation.Problem;
import taizhang.responsibility.validation.ProblemDelta;
import taizhang.responsibility.validation.ProblemFinder;
import taizhang.responsibility.validation.Severity;

/** Live validation follows the command stack and re-checks what each command touched. */
class LiveValidationTest {

	private final Fixture f = new Fixture();
	private final LiveValidation live = new LiveValidation(f.ledger, Constraints.builtIn(), Locale.CHINESE);
	private final List<ProblemDelta> deltas = new ArrayList<>();

	LiveValidationTest() {
		live.addListener(deltas::add);
		live.attach(f.stack);
	}

	@AfterEach
	void close() {
		live.close();
	}

	private static List<String> codes(List<Problem> problems) {
		return problems.stream().map(p -> p.constraintId().substring("taizhang.responsibility.".length()) + '/' + p.code()) //$NON-NLS-1$
				.sorted().toList();
	}

	@Test
	void attachingValidatesTheWholeLedger() {
		assertEquals(1, deltas.size());
		assertTrue(deltas.get(0).full());
		assertTrue(live.lastRun().full());
		assertEquals(List.of(), live.problems());
	}

	@Test
	void aProblemAppearsAfterTheCommandAndGoesOnUndo() {
		f.execute(AssignCommand.assign(f.domain, List.of(f.lake), AssignmentRole.LEADER_IN_CHARGE, f.eastLiaison));
		assertFalse(live.lastRun().full());
		ProblemDelta delta = deltas.get(deltas.size() - 1);
		assertEquals(List.of("leadership/notLeadership"), codes(delta.added())); //$NON-NLS-1$
		assertEquals(List.of(), delta.removed());
		assertEquals(1, live.count(Severity.WARNING));
		Problem problem = live.problems().get(0);
		assertSame(f.lake, problem.target());
		assertEquals(List.of(problem), live.problemsOf(f.lake));
		assertEquals(List.of(problem), live.problemsOf(problem.object()));
		assertEquals("问题 ZY2020-01（序号 1）", problem.location(Locale.CHINESE)); //$NON-NLS-1$

		f.stack.undo();
		assertEquals(List.of(problem), deltas.get(deltas.size() - 1).removed());
		assertEquals(List.of(), live.problems());
		assertEquals(0, live.count(Severity.WARNING));
		f.stack.redo();
		assertEquals(1, live.problems().size());
	}

	@Test
	void aChangedPersonRechecksTheIssuesTheyAnswerForAndTheirUnit() {
		f.execute(SetCommand.create(f.domain, f.eastHead, ModelPackage.Literals.PERSON__POSITION, PositionKind.STAFF));
		assertEquals(List.of("firstResponsiblePerson/noFirstResponsiblePerson", "leadership/notLeadership"), //$NON-NLS-1$ //$NON-NLS-2$
				codes(live.problems()));
		assertTrue(live.lastRun().checked() < 20, live.lastRun()::toString);
	}

	@Test
	void aMovedUnitRechecksTheIssuesBelowIt() {
		f.dust.getAssignments().get(1).setPerson(f.eastHead); // above the street: allowed
		live.validateAll();
		assertEquals(List.of(), live.problems());
		f.execute(new MoveUnitCommand(f.domain, f.street, f.west));
		assertEquals(List.of("assignments/taizhang.model:4"), codes(live.problems())); //$NON-NLS-1$
		f.stack.undo();
		assertEquals(List.of(), live.problems());
	}

	@Test
	void aMergeLeavesNoProblemAndItsUndoNone() {
		f.execute(RetireUnitCommand.merge(f.domain, f.ledger, f.east, f.west, Fixture.AS_OF));
		assertEquals(List.of(), codes(live.problems()));
		f.stack.undo();
		assertEquals(List.of(), codes(live.problems()));
	}

	@Test
	void aChangeTheValidationCannotFollowRevalidatesEverything() {
		f.eastHead.setPosition(PositionKind.STAFF); // outside any command
		live.update(null);
		assertTrue(live.lastRun().full());
		assertEquals(List.of("firstResponsiblePerson/noFirstResponsiblePerson", "leadership/notLeadership"), //$NON-NLS-1$ //$NON-NLS-2$
				codes(live.problems()));
	}

	@Test
	void aClosedValidationNoLongerFollowsTheStack() {
		live.close();
		int heard = deltas.size();
		f.execute(AssignCommand.assign(f.domain, List.of(f.lake), AssignmentRole.LEADER_IN_CHARGE, f.eastLiaison));
		assertEquals(heard, deltas.size());
	}

	@Test
	void theCurrentProblemsAreThoseOfAFullValidation() {
		f.execute(AssignCommand.assign(f.domain, List.of(f.lake, f.dust), AssignmentRole.RESPONSIBLE_PERSON, f.westHead));
		List<String> full = new ProblemFinder(f.ledger, Constraints.builtIn(), Locale.CHINESE).checkAll().stream()
				.map(p -> p.message(Locale.CHINESE)).sorted().toList();
		assertEquals(full, live.problems().stream().map(p -> p.message(Locale.CHINESE)).sorted()
				.collect(Collectors.toList()));
		assertEquals(2, full.size());
	}

	@Test
	void followingWithoutAFirstValidationChecksOnlyWhatTheNextCommandTouched() {
		LiveValidation later = new LiveValidation(f.ledger, Constraints.builtIn(), Locale.CHINESE);
		List<ProblemDelta> heard = new ArrayList<>();
		later.addListener(heard::add);
		later.validateAll();
		later.follow(f.stack);
		try {
			assertEquals(1, heard.size(), "the validation, not the following");
			f.execute(AssignCommand.assign(f.domain, List.of(f.lake), AssignmentRole.LEADER_IN_CHARGE, f.eastLiaison));
			assertFalse(later.lastRun().full());
			assertEquals(List.of("leadership/notLeadership"), codes(later.problems())); //$NON-NLS-1$
		} finally {
			later.close();
		}
	}

	@Test
	void aCommandFollowedBeforeAnyValidationValidatesEverything() {
		LiveValidation unvalidated = new LiveValidation(f.ledger, Constraints.builtIn(), Locale.CHINESE);
		unvalidated.follow(f.stack);
		try {
			f.execute(AssignCommand.assign(f.domain, List.of(f.lake), AssignmentRole.LEADER_IN_CHARGE, f.eastLiaison));
			assertTrue(unvalidated.lastRun().full());
			assertEquals(List.of("leadership/notLeadership"), codes(unvalidated.problems())); //$NON-NLS-1$
		} finally {
			unvalidated.close();
		}
	}

	@Test
	void aValidationReportsProgressForEachObjectTheLedgerHolds() {
		Progress progress = new Progress(Integer.MAX_VALUE);
		live.validateAll(progress);
		assertTrue(progress.total > 0);
		assertEquals(progress.total, progress.worked, "all the work done");
		assertEquals(f.ledger.eContents().size(), progress.reports, "a report for each object");
	}

	@Test
	void aCancelledValidationLeavesTheProblemsAsTheyWereAndTellsNoOne() {
		f.execute(AssignCommand.assign(f.domain, List.of(f.lake), AssignmentRole.LEADER_IN_CHARGE, f.eastLiaison));
		List<Problem> before = live.problems();
		int heard = deltas.size();
		f.eastHead.setPosition(PositionKind.STAFF); // a second problem, for a validation to find

		assertThrows(OperationCanceledException.class, () -> live.validateAll(new Progress(2)));
		assertEquals(before, live.problems());
		assertEquals(1, live.count(Severity.WARNING) + live.count(Severity.ERROR));
		assertEquals(heard, deltas.size());

		live.validateAll(new Progress(Integer.MAX_VALUE));
		assertEquals(List.of("firstResponsiblePerson/noFirstResponsiblePerson", "leadership/notLeadership"), //$NON-NLS-1$ //$NON-NLS-2$
				codes(live.problems()));
	}

	/** Counts the work reported; cancelled once {@code cancelAfter} units were done. */
	private static final class Progress extends NullProgressMonitor {
		private final int cancelAfter;
		int total;
		int worked;
		int reports;

		Progress(int cancelAfter) {
			this.cancelAfter = cancelAfter;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			total = totalWork;
		}

		@Override
		public void worked(int work) {
			worked += work;
			reports++;
		}

		@Override
		public boolean isCanceled() {
			return worked >= cancelAfter;
		}
	}
}
