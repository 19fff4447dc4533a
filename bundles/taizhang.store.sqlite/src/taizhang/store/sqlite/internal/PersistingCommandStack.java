package taizhang.store.sqlite.internal;

import java.util.Iterator;

import org.eclipse.emf.common.command.AbortExecutionException;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

import taizhang.core.LedgerPersistenceException;
import taizhang.core.audit.AuditAction;

/**
 * A command stack that writes every execute, undo and redo to the ledger file before telling its
 * listeners. If the write fails, the command is reverted in memory (undone after an execute or a
 * redo, redone after an undo) and a {@link LedgerPersistenceException} is thrown, so memory and
 * file stay the same.
 * <p>
 * A command that itself throws is handled as {@link BasicCommandStack} does (logged, not kept for
 * undo), and whatever it had changed before it failed is written too.
 */
final class PersistingCommandStack extends BasicCommandStack {

	/** What the stack needs from its session. */
	interface Store {
		/** Whether the session takes changes (not read-only, closed or broken). */
		boolean isWritable();

		/** Throws, saying why, if the session does not take changes. */
		void checkWritable();

		/** Forgets what was noted so far: memory was just reverted to what the file holds. */
		void discardChanges();

		/**
		 * Writes every change noted since the last write (a change made outside any command goes
		 * with the next command) with its audit entry naming {@code action} of {@code command}; on
		 * failure the file is unchanged.
		 */
		void writeChanges(AuditAction action, Command command) throws Exception;

		/** The exception for a failed write, after memory was reverted (or failed to be). */
		LedgerPersistenceException failure(String action, Exception writeError, RuntimeException revertError);
	}

	private final Store store;

	PersistingCommandStack(Store store) {
		this.store = store;
	}

	@Override
	public void execute(Command command) {
		store.checkWritable();
		if (command == null || !command.canExecute()) {
			return;
		}
		try {
			command.execute();
		} catch (AbortExecutionException e) {
			command.dispose();
			writeAfterFailure(AuditAction.EXECUTE, command, e);
			return;
		} catch (RuntimeException e) {
			handleError(e);
			command.dispose();
			mostRecentCommand = null;
			writeAfterFailure(AuditAction.EXECUTE, command, e);
			notifyListeners();
			return;
		}
		try {
			store.writeChanges(AuditAction.EXECUTE, command);
		} catch (Exception writeError) {
			RuntimeException revertError = revert(command::undo);
			command.dispose();
			throw store.failure(Messages.actionExecute, writeError, revertError);
		}
		for (Iterator<Command> redoable = commandList.listIterator(top + 1); redoable.hasNext();) {
			redoable.next().dispose();
			redoable.remove();
		}
		mostRecentCommand = command;
		commandList.add(command);
		++top;
		if (saveIndex >= top) {
			saveIndex = -2;
		}
		notifyListeners();
	}

	@Override
	public void undo() {
		store.checkWritable();
		if (!canUndo()) {
			return;
		}
		Command command = commandList.get(top);
		try {
			command.undo();
		} catch (RuntimeException e) {
			handleError(e);
			mostRecentCommand = null;
			writeAfterFailure(AuditAction.UNDO, command, e);
			flush();
			notifyListeners();
			return;
		}
		try {
			store.writeChanges(AuditAction.UNDO, command);
		} catch (Exception writeError) {
			throw store.failure(Messages.actionUndo, writeError, revert(command::redo));
		}
		top--;
		mostRecentCommand = command;
		notifyListeners();
	}

	@Override
	public void redo() {
		store.checkWritable();
		if (!canRedo()) {
			return;
		}
		Command command = commandList.get(top + 1);
		try {
			command.redo();
		} catch (RuntimeException e) {
			handleError(e);
			mostRecentCommand = null;
			writeAfterFailure(AuditAction.REDO, command, e);
			for (Iterator<Command> redoable = commandList.listIterator(top + 1); redoable.hasNext();) {
				redoable.next().dispose();
				redoable.remove();
			}
			notifyListeners();
			return;
		}
		try {
			store.writeChanges(AuditAction.REDO, command);
		} catch (Exception writeError) {
			throw store.failure(Messages.actionRedo, writeError, revert(command::undo));
		}
		top++;
		mostRecentCommand = command;
		notifyListeners();
	}

	/** Reverts memory after a failed write; the changes it makes match the file, so they are dropped. */
	private RuntimeException revert(Runnable revert) {
		try {
			revert.run();
			return null;
		} catch (RuntimeException e) {
			return e;
		} finally {
			store.discardChanges();
		}
	}

	/** A command failed half-way: write what it changed, so that the file matches memory. */
	private void writeAfterFailure(AuditAction action, Command command, RuntimeException commandError) {
		try {
			store.writeChanges(action, command);
		} catch (Exception writeError) {
			LedgerPersistenceException failure = store.failure(Messages.actionExecute, writeError, commandError);
			throw failure;
		}
	}

	@Override
	public boolean canUndo() {
		return super.canUndo() && store.isWritable();
	}

	@Override
	public boolean canRedo() {
		return super.canRedo() && store.isWritable();
	}
}
