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
		Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
		long millis = Duration.between(started, Instant.now()).toMillis();
		// The machine may be shared: the CPU time the process used so far tells its own cost, and the
		// UI thread's how much of the start it could run.
		long cpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toMillis();
		if (uiThread < 0) {
			uiThread = Thread.currentThread().threadId();
		}
		long uiCpu = ManagementFactory.getThreadMXBean().getThreadCpuTime(uiThread) / 1_000_000;
		// UTF-8 whatever the locale, like the benchmark's own lines.
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		out.println(String.format(Locale.ROOT,
				"[grid benchmark] %-50s at %,8d ms after the process started (CPU %,d ms, UI thread %,d ms)", //$NON-NLS-1$
				what, millis, cpu, uiCpu));
		out.flush();
	}
}
