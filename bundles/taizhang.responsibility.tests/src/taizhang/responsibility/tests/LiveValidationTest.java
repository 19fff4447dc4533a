package taizhang.responsibility.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

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
}
