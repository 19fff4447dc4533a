package taizhang.responsibility.ui.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Control;

import taizhang.core.LedgerSession;

/**
 * Reads the open ledger in a background job for one view, and shows the result on the UI thread: what
 * walks 100,000 issues (a matrix, a big unit's dossier) must not freeze the workbench. Only the
 * latest request counts; a read during which a command changed the ledger (or that tripped over the
 * change) is done again.
 */
public final class BackgroundRead {

	/** The family of the reading jobs, for tests that wait for them. */
	public static final Object FAMILY = BackgroundRead.class;

	/** Reads tripped over concurrent edits this often in a row give up. */
	private static final int MAX_ATTEMPTS = 10;

	/** The reads of one view run one after the other. */
	private final ISchedulingRule rule = new ISchedulingRule() {
		@Override
		public boolean isConflicting(ISchedulingRule other) {
			return other == this;
		}

		@Override
		public boolean contains(ISchedulingRule other) {
			return other == this;
		}
	};

	private final String name;
	private final Control control;
	/** Commands executed, undone or redone on the observed stack (counted on the UI thread). */
	private final AtomicInteger changes = new AtomicInteger();
	private final CommandStackListener counter = event -> changes.incrementAndGet();
	private CommandStack observed;
	private int latest;
	private Job job;

	/** @param control the view's control: its display shows the results, its disposal stops them */
	public BackgroundRead(String name, Control control) {
		this.name = name;
		this.control = control;
		control.addDisposeListener(event -> observe(null));
	}

	/** Counts the commands of {@code stack} (listeners are added on the UI thread, which runs the commands). */
	private void observe(CommandStack stack) {
		if (observed != stack) {
			if (observed != null) {
				observed.removeCommandStackListener(counter);
			}
			observed = stack;
			if (stack != null) {
				stack.addCommandStackListener(counter);
			}
		}
	}

	/**
	 * Reads with {@code read} in the background and hands the result to {@code show} on the UI thread,
	 * unless a newer request came meanwhile. Call on the UI thread.
	 */
	public <T> void request(LedgerSession session, Supplier<T> read, Consumer<T> show) {
		int request = ++latest;
		if (job != null) {
			job.cancel();
		}
		observe(session.editingDomain().getCommandStack());
		job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				for (int attempt = 1; !monitor.isCanceled(); attempt++) {
					int before = changes.get();
					T result;
					try {
						result = read.get();
					} catch (RuntimeException e) {
						// Most likely a command changing the ledger under the read: let it finish, read again.
						if (attempt >= MAX_ATTEMPTS) {
							return Status.error(name, e);
						}
						pause();
						continue;
					}
					if (changes.get() == before) {
						showLater(request, result, show);
						break;
					}
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setRule(rule);
		job.setSystem(true);
		job.schedule();
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Forgets the pending requests: their results are not shown. */
	public void cancel() {
		latest++;
		if (job != null) {
			job.cancel();
		}
	}

	private <T> void showLater(int request, T result, Consumer<T> show) {
		if (control.isDisposed()) {
			return;
		}
		control.getDisplay().asyncExec(() -> {
			if (request == latest && !control.isDisposed()) {
				show.accept(result);
			}
		});
	}
}
