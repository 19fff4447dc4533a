package taizhang.responsibility.ui.internal.problems;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
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
 * ledger once in a background job, then, on the UI thread, only what each command executed, undone
 * or redone touched ({@link LiveValidation#update}). A command run while the job reads the ledger
 * makes the job's result stale: the ledger is then validated again.
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
	private final CommandStackListener stackListener = event -> commandStackChanged();
	private final ProblemListener problemListener;
	private LiveValidation validation;
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
		this.problemListener = listener::changed;
	}

	/** Starts the full validation and follows the command stack. Call on the UI thread. */
	void start() {
		stack.addCommandStackListener(stackListener);
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
		Job job = new Job(Messages.Problems_job) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask(Messages.Problems_job, IProgressMonitor.UNKNOWN);
				try {
					fresh.validateAll();
					asyncIfOpen(() -> finished(fresh));
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
		validation = fresh;
		lastFullRun = fresh.lastRun();
		validation.addListener(problemListener);
		listener.reset(validation.problems());
		listener.validating(false);
	}

	private void commandStackChanged() {
		if (Display.getCurrent() == null) {
			asyncIfOpen(this::commandStackChanged);
			return;
		}
		if (closed) {
			return;
		}
		if (validation == null) {
			staleWhileValidating = true;
		} else {
			validation.update(stack.getMostRecentCommand());
		}
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
		stack.removeCommandStackListener(stackListener);
		if (validation != null) {
			validation.removeListener(problemListener);
			validation.close();
		}
	}
}
