package taizhang.ui.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

	/**
	 * The unit of the kernel's process times in /proc (USER_HZ): 100 on every architecture the product is
	 * built for, whatever the kernel's own tick.
	 */
	private static final long CLOCK_TICKS_PER_SECOND = 100;

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

	/**
	 * How long ago the process started (the JVM's, which is the start script's process when the script
	 * execs Java, as it does but on the workbench's first run on Java 25): on Linux from the kernel's own
	 * counts since boot, to 10 ms. Not from {@link ProcessHandle.Info#startInstant()}: that adds the
	 * process's start to the time of boot, which Linux gives in whole seconds, and so puts the start up to
	 * a second too early (0.88 s on one machine, the same for every process until it reboots).
	 */
	public static long sinceStartMillis() {
		try {
			return sinceStartMillis(Files.readString(Path.of("/proc/self/stat")), //$NON-NLS-1$
					Files.readString(Path.of("/proc/uptime"))); //$NON-NLS-1$
		} catch (IOException | RuntimeException e) {
			Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
			return Duration.between(started, Instant.now()).toMillis();
		}
	}

	/**
	 * How long before the kernel's {@code uptime} (the text of /proc/uptime: seconds since boot) the
	 * process of {@code stat} (the text of /proc/PID/stat) started.
	 *
	 * @throws RuntimeException when either text is not as Linux writes it
	 */
	static long sinceStartMillis(String stat, String uptime) {
		// The fields after the command's name, which is in parentheses and may hold any character:
		// the state is the third field of the line, the start time (in clock ticks since boot) the 22nd.
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" "); //$NON-NLS-1$
		long startTicks = Long.parseLong(fields[22 - 3]);
		BigDecimal upSeconds = new BigDecimal(uptime.strip().split("\\s+")[0]); //$NON-NLS-1$
		return upSeconds.movePointRight(3).longValueExact() - startTicks * 1000 / CLOCK_TICKS_PER_SECOND;
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
