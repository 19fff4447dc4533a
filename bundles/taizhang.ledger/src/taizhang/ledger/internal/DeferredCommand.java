package taizhang.ledger.internal;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;

/**
 * A command that makes its real command only when executed, from the model as it is then. Several
 * cells of one issue edited in one paste need this: the first creates the plan, the next must find
 * it rather than create another.
 */
public final class DeferredCommand extends AbstractCommand {

	private final Supplier<Command> factory;
	private Command command;

	public DeferredCommand(String label, Supplier<Command> factory) {
		super(label);
		this.factory = factory;
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public void execute() {
		command = factory.get();
		if (!command.canExecute()) {
			throw new IllegalStateException("Cannot execute " + command.getLabel()); //$NON-NLS-1$
		}
		command.execute();
	}

	@Override
	public void undo() {
		command.undo();
	}

	@Override
	public void redo() {
		command.redo();
	}

	@Override
	public Collection<?> getResult() {
		return command == null ? List.of() : command.getResult();
	}

	@Override
	public Collection<?> getAffectedObjects() {
		return command == null ? List.of() : command.getAffectedObjects();
	}

	@Override
	public void dispose() {
		if (command != null) {
			command.dispose();
		}
	}
}
