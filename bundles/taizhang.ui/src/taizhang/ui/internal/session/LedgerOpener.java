package taizhang.ui.internal.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;

import taizhang.core.LedgerLockedException;
import taizhang.core.LedgerLockedException.LockHolder;
import taizhang.core.LedgerSession;
import taizhang.core.LedgerStoreException;
import taizhang.demo.DemoLedgerGenerator;
import taizhang.model.Ledger;
import taizhang.model.ModelFactory;
import taizhang.ui.LedgerSessionService;
import taizhang.ui.internal.Messages;
import taizhang.ui.internal.StartupMarks;
import taizhang.ui.internal.TaizhangHome;

/**
 * Opens and creates ledgers for the workbench: in background jobs with progress, with the errors and
 * the read-only offer shown in dialogs. Remembers every ledger that becomes current in
 * {@link RecentLedgers}.
 */
public class LedgerOpener {

	/** The family of every job this class schedules; tests join it. */
	public static final Object JOB_FAMILY = LedgerSessionService.OPENING;

	/** Size and seed of the demo ledger created on first start. */
	public static final int DEMO_ISSUES = 3_000;
	public static final long DEMO_SEED = 20_261_124L;

	private final LedgerSessionService sessions;
	private final RecentLedgers recent;
	private final IWorkbench workbench;
	private final CountDownLatch windowOpen = new CountDownLatch(1);
	// One ledger operation at a time: the last one asked for ends up open.
	private final ISchedulingRule serial = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};

	public LedgerOpener(LedgerSessionService sessions, RecentLedgers recent, IWorkbench workbench) {
		this.sessions = sessions;
		this.recent = recent;
		this.workbench = workbench;
		// Every ledger that becomes current is remembered, whoever opened it.
		sessions.addListener(session -> {
			if (session != null) {
				recent.add(session.file());
			}
		});
	}

	public RecentLedgers recent() {
		return recent;
	}

	/**
	 * Opens the ledger named on the command line; else the one open last time; else the demo
	 * ledger, created first if need be.
	 */
	public void openAtStartup(Optional<Path> argument) {
		Optional<Path> file = startupLedger(argument, recent);
		if (file.isPresent()) {
			open(file.get(), false);
		} else {
			createDemo(TaizhangHome.demoLedger(), DEMO_ISSUES);
		}
	}

	/**
	 * The existing ledger to show at start: the one named on the command line; else the one open
	 * last time; else the demo ledger. Empty when the demo ledger is still to be created.
	 */
	public static Optional<Path> startupLedger(Optional<Path> argument, RecentLedgers recent) {
		if (argument.isPresent()) {
			return argument;
		}
		Optional<Path> last = recent.last();
		if (last.isPresent() && Files.isRegularFile(last.get())) {
			return last;
		}
		Path demo = TaizhangHome.demoLedger();
		return Files.isRegularFile(demo) ? Optional.of(demo) : Optional.empty();
	}

	/**
	 * Hands the ledger read while the workbench starts over to the session service, in a job like
	 * {@link #open}: until then parts say the ledger is opening. A ledger read in full becomes current
	 * at once, so that a part created afterwards shows it as it is made and the others are told before
	 * the window has opened. A failed read waits for the window ({@link #windowOpened}) and is then
	 * reported as an ordinary open would: the read-only question for a ledger held by another writer,
	 * errors in dialogs.
	 */
	public void finishStartup(StartupOpen early) {
		Path file = early.file();
		schedule(NLS.bind(Messages.Job_open, file.getFileName()), monitor -> {
			monitor.beginTask(NLS.bind(Messages.Job_open, file), IProgressMonitor.UNKNOWN);
			opened(file, () -> {
				LedgerSession session;
				try {
					session = early.await();
				} catch (LedgerStoreException | RuntimeException e) {
					if (!awaitWindow(monitor)) {
						return; // the workbench closes before its window opened: nobody to tell
					}
					throw e;
				}
				StartupMarks.mark("ledger handed over"); //$NON-NLS-1$
				sessions.adopt(session);
			});
		});
	}

	/** The workbench window is up: a ledger that could not be read at start may be reported. */
	public void windowOpened() {
		windowOpen.countDown();
	}

	/** False when the job was cancelled first (the workbench closing). */
	private boolean awaitWindow(IProgressMonitor monitor) {
		try {
			while (!windowOpen.await(100, TimeUnit.MILLISECONDS)) {
				if (monitor.isCanceled()) {
					return false;
				}
			}
			return true;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Opens {@code file}; if another process holds it, offers to open it read-only. */
	public void open(Path file, boolean readOnly) {
		schedule(NLS.bind(Messages.Job_open, file.getFileName()), monitor -> {
			monitor.beginTask(NLS.bind(Messages.Job_open, file), IProgressMonitor.UNKNOWN);
			opened(file, () -> sessions.open(file, readOnly));
		});
	}

	private interface Opening {
		void run() throws LedgerStoreException;
	}

	private void opened(Path file, Opening opening) {
		try {
			opening.run();
		} catch (LedgerLockedException e) {
			inUi(() -> offerReadOnly(file, e.holder()));
		} catch (LedgerStoreException | RuntimeException e) {
			if (!Files.exists(file)) {
				recent.remove(file);
			}
			inUi(() -> showError(NLS.bind(Messages.Open_failed, file), e));
		}
	}

	/** Creates {@code file} holding a generated demo ledger of {@code issues} issues, and opens it. */
	public void createDemo(Path file, int issues) {
		schedule(NLS.bind(Messages.Job_createDemo, file.getFileName()), monitor -> {
			// Generating is about as long as writing: one tick per issue for each.
			SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Job_createDemo, file), 2 * issues);
			progress.subTask(NLS.bind(Messages.Job_generating, issues));
			int[] reported = { 0 };
			Ledger ledger = new DemoLedgerGenerator(DEMO_SEED, LocalDate.now()).generate(issues, done -> {
				progress.worked(done - reported[0]);
				reported[0] = done;
			});
			progress.subTask(NLS.bind(Messages.Job_writing, file));
			create(file, ledger);
			progress.done();
		});
	}

	/** Creates {@code file} holding an empty ledger named {@code name}, and opens it. */
	public void createEmpty(Path file, String name) {
		schedule(NLS.bind(Messages.Job_createEmpty, file.getFileName()), monitor -> {
			Ledger ledger = ModelFactory.eINSTANCE.createLedger();
			ledger.setId(UUID.randomUUID().toString());
			ledger.setName(name);
			create(file, ledger);
		});
	}

	private void create(Path file, Ledger ledger) {
		try {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			sessions.create(file, ledger);
		} catch (LedgerStoreException | IOException | RuntimeException e) {
			inUi(() -> showError(NLS.bind(Messages.Create_failed, file), e));
		}
	}

	private void offerReadOnly(Path file, LockHolder holder) {
		String message = NLS.bind(Messages.Open_locked, file, describe(holder));
		if (MessageDialog.openQuestion(shell(), Messages.Open_lockedTitle, message)) {
			open(file, true);
		}
	}

	private static String describe(LockHolder holder) {
		if (holder == null || holder.host() == null || holder.host().isBlank()) {
			return Messages.Open_lockedUnknownHolder;
		}
		String user = holder.user() == null || holder.user().isBlank() ? "?" : holder.user(); //$NON-NLS-1$
		String since = holder.since() == null || holder.since().isBlank() ? "?" : holder.since(); //$NON-NLS-1$
		return NLS.bind(Messages.Open_lockedHolder, new Object[] { user, holder.host(), holder.pid(), since });
	}

	private void showError(String what, Exception e) {
		String reason = e instanceof NoSuchFileException ? Messages.Error_noSuchFile : e.getLocalizedMessage();
		if (reason == null) {
			reason = e.getClass().getName();
		}
		MessageDialog.openError(shell(), Messages.Error_title, what + "\n\n" + reason); //$NON-NLS-1$
	}

	private Shell shell() {
		return workbench.getModalDialogShellProvider().getShell();
	}

	private void inUi(Runnable runnable) {
		Display display = workbench.getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(runnable);
		}
	}

	private void schedule(String name, ICoreRunnable body) {
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					body.run(monitor);
				} catch (Exception e) {
					inUi(() -> showError(name, e));
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
		job.setRule(serial);
		job.setUser(true);
		job.schedule();
	}
}
