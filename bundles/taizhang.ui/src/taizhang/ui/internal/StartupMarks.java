package taizhang.ui.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The steps of the workbench's start, printed with the time since the process started when the
 * grid benchmark runs (system property {@value #PROPERTY}, see the ledger grid's GridBenchmark): the
 * breakdown of "start → populated grid". Prints nothing otherwise.
 */
public final class StartupMarks {

	/** The grid benchmark's switch. */
	public static final String PROPERTY = "taizhang.grid.benchmark"; //$NON-NLS-1$

	/** The thread that marked first: the application's, which becomes the display's. */
	private static volatile long uiThread = -1;

	private StartupMarks() {
	}

	/** Prints how long after the process started {@code what} happened, when the benchmark runs. */
	public static void mark(String what) {
		if (!Boolean.getBoolean(PROPERTY)) {
			return;
		}
		if (uiThread < 0) {
			uiThread = Thread.currentThread().threadId();
		}
		// UTF-8 whatever the locale, like the benchmark's own lines.
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		out.println(String.format(Locale.ROOT,
				"[grid benchmark] %-50s at %,8d ms after the process started (CPU %,d ms, UI thread %,d ms)", //$NON-NLS-1$
				what, sinceStartMillis(), processCpuMillis(), uiThreadCpuMillis()));
		out.flush();
	}

	/** How long ago the process started. */
	public static long sinceStartMillis() {
		Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
		return Duration.between(started, Instant.now()).toMillis();
	}

	/** The CPU time the process used so far: on a shared machine, its own cost beside the wall clock. */
	public static long processCpuMillis() {
		return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toMillis();
	}

	/**
	 * The CPU time of the thread that marked first (the application's, which becomes the display's) so
	 * far: how much of the start it could run; -1 before the first mark.
	 */
	public static long uiThreadCpuMillis() {
		long thread = uiThread;
		return thread < 0 ? -1 : ManagementFactory.getThreadMXBean().getThreadCpuTime(thread) / 1_000_000;
	}
}
