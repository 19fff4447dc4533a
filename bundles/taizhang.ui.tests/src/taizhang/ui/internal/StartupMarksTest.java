package taizhang.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class StartupMarksTest {

	/** A line of /proc/PID/stat whose command's name holds parentheses and spaces; started 51,230.57 s after boot. */
	private static final String STAT = "4242 (java (a) b) S 1 4242 4242 0 -1 4194560 97071 0 0 0 612 45 0 0 20 0 " //$NON-NLS-1$
			+ "37 0 5123057 4985380864 93843 18446744073709551615 1 1 0 0 0 0 0 4096 17610 0 0 0 17 1 0 0 0 0 0\n"; //$NON-NLS-1$

	@Test
	void theStartIsReadFromTheKernelsCountsSinceBoot() {
		assertEquals(3_910, StartupMarks.sinceStartMillis(STAT, "51234.48 47973.57\n")); //$NON-NLS-1$
		assertEquals(0, StartupMarks.sinceStartMillis(STAT, "51230.57 1.00")); //$NON-NLS-1$
	}

	@Test
	void aTextNotAsLinuxWritesItIsRefused() {
		assertThrows(RuntimeException.class, () -> StartupMarks.sinceStartMillis("4242 (java) S 1", "51234.48 1.0")); //$NON-NLS-1$ //$NON-NLS-2$
		assertThrows(RuntimeException.class, () -> StartupMarks.sinceStartMillis(STAT, "")); //$NON-NLS-1$
	}

	@Test
	@EnabledOnOs(OS.LINUX)
	void onLinuxTheStartLiesBeforeTheJvmsAndNoEarlierThanTheProcessHandleSaysIt() {
		// ProcessHandle puts the start too early by the fraction of a second the time of boot is rounded by
		long byHandle = Duration.between(ProcessHandle.current().info().startInstant().orElseThrow(), Instant.now())
				.toMillis();
		long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();
		long sinceStart = StartupMarks.sinceStartMillis();
		long resolution = 20; // both kernel counts are in hundredths of a second
		assertTrue(sinceStart + resolution >= jvmUptime, sinceStart + " ms since the process started, " + jvmUptime //$NON-NLS-1$
				+ " ms since the JVM did"); //$NON-NLS-1$
		assertTrue(sinceStart <= byHandle + resolution, sinceStart + " ms since the process started, " + byHandle //$NON-NLS-1$
				+ " ms by its process handle"); //$NON-NLS-1$
	}
}
