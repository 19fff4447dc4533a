package taizhang.ledger;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.IdentityCommand;

/**
 * The outcome of a spreadsheet operation: one command to execute (undoable as a whole), or the
 * problems that stopped it; never both.
 *
 * @param command  the command, {@code null} when there are problems
 * @param problems what does not fit, empty when {@link #ok()}
 */
public record EditResult(Command command, List<CellProblem> problems) {

	public EditResult {
		problems = List.copyOf(problems);
	}

	static EditResult of(Command command) {
		return new EditResult(command, List.of());
	}

	static EditResult failed(List<CellProblem> problems) {
		return new EditResult(null, problems);
	}

	/** Whether the command, though fine to execute, changes nothing: every cell already held its text. */
	public boolean changesNothing() {
		return command instanceof IdentityCommand;
	}

	/** Whether there is a command and no problem. */
	public boolean ok() {
		return command != null && problems.isEmpty();
	}
}
