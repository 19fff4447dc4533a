package taizhang.responsibility.ui.internal.problems;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Display;

import taizhang.core.LedgerSession;
import taizhang.responsibility.validation.Constraints;
import taizhang.responsibility.validation.LiveValidation;
import taizhang.responsibility.validation.Problem;
import taizhang.responsibility.validation.ProblemDelta;
import taizhang.responsibility.validation.ProblemListener;
import taizhang.responsibility.ui.internal.Messages;

/**
 * Keeps the problems of one open ledger current for the UI without freezing it: validates the whole
 * ledger once in a background job (cancelled when the ledger is closed meanwhile), then follows the
 * command stack, checking only what each command executed, undone or redone touched
 * ({@link LiveValidation#follow}). A command run while the job reads the ledger makes the job's
 * result stale: the ledger is then validated again.
 */
final class ValidationRunner implements AutoCloseable {

	/** The family of the validation jobs, for tests that wait for them. */
	static final Object JOB_FAMILY = ValidationRunner.class;

	/** What the view hears, always on the UI thread. */
	interface Listener {

		/** A full validation is running (or finished). */
		void validating(boolean running);

		/** These are now all the problems. */
		void reset(List<Problem> problems);

		/** An edit changed the problems. */
		void changed(ProblemDelta delta);
	}

	private final LedgerSession session;
	private final Constraints constraints;
	private final Locale locale;
	private final Display display;
	private final Listener listener;
	private final CommandStack stack;
	/** Only while the job validates: a command makes its result stale. */
	private final CommandStackListener staleness = event -> commandStackChanged();
	private final ProblemListener problemListener;
	private LiveValidation validation;
	private Job job;
	private boolean staleWhileValidating;
	private boolean closed;
	private LiveValidation.Run lastFullRun;

	ValidationRunner(LedgerSession session, Constraints constraints, Locale locale, Display display, Listener listener) {
		this.session = session;
		this.constraints = constraints;
		this.locale = locale;
		this.display = display;
		this.listener = listener;
		this.stack = session.editingDomain().getCommandStack();
		this.problemListener = delta -> {
			// commands run on the UI thread; should one not, the view still hears on it
			if (Display.getCurrent() == display) {
				listener.changed(delta);
			} else {
				asyncIfOpen(() -> listener.changed(delta));
			}
		};
	}

	/** Starts the full validation, then follows the command stack. Call on the UI thread. */
	void start() {
		stack.addCommandStackListener(staleness);
		validateAll();
	}

	LedgerSession session() {
		return session;
	}

	/** Whether the full validation is still running. */
	boolean isValidating() {
		return validation == null && !closed;
	}

	/** The figures of the last validation: the full one, then each incremental one. */
	LiveValidation.Run lastRun() {
		return validation == null ? lastFullRun : validation.lastRun();
	}

	LiveValidation.Run lastFullRun() {
		return lastFullRun;
	}

	private void validateAll() {
		staleWhileValidating = false;
		listener.validating(true);
		LiveValidation fresh = new LiveValidation(session.ledger(), constraints, locale);
		job = new Job(Messages.Problems_job) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					fresh.validateAll(monitor);
					asyncIfOpen(() -> finished(fresh));
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS; // the ledger was closed
				} catch (RuntimeException e) {
					// The ledger changed while it was read (an edit on the UI thread): read it again.
					asyncIfOpen(ValidationRunner.this::validateAll);
				} finally {
					monitor.done();
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JOB_FAMILY;
			}
		};
		job.setPriority(Job.LONG);
		job.schedule();
	}

	private void finished(LiveValidation fresh) {
		if (staleWhileValidating) {
			validateAll();
			return;
		}
		job = null;
		stack.removeCommandStackListener(staleness);
		validation = fresh;
		lastFullRun = fresh.lastRun();
		validation.addListener(problemListener);
		validation.follow(stack);
		listener.reset(validation.problems());
		listener.validating(false);
	}

	private void commandStackChanged() {
		if (Display.getCurrent() == null) {
			asyncIfOpen(this::commandStackChanged);
			return;
		}
		staleWhileValidating = true;
	}

	private void asyncIfOpen(Runnable runnable) {
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!closed) {
					runnable.run();
				}
			});
		}
	}

	@Override
	public void close() {
		closed = true;
		stack.removeCommandStackListener(staleness);
		if (job != null) {
			job.cancel();
			job = null;
		}
		if (validation != null) {
			validation.removeListener(problemListener);
			validation.close();
		}
	}
}
