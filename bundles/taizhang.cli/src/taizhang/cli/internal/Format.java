package taizhang.cli.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import taizhang.core.stats.Figures;

/** How figures are written in the CLI's output. */
public final class Format {

	private Format() {
	}

	/**
	 * The completion rate in percent with one decimal, rounded half up as the offices do (212 of 221
	 * → 95.9), or {@code null} for an empty group. Computed exactly, not through a double.
	 */
	public static BigDecimal percent(Figures figures) {
		return percent(figures.done(), figures.total());
	}

	/** The sign-off rate (signed off of all issues) in percent with one decimal, or {@code null}. */
	public static BigDecimal signOffPercent(Figures figures) {
		return percent(figures.signedOff(), figures.total());
	}

	/** {@code part} of {@code whole} in percent with one decimal, rounded half up; {@code null} for 0 of 0. */
	public static BigDecimal percent(int part, int whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
				.divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	/** {@code 95.9%}, or {@code –} for an empty group. */
	public static String percentText(Figures figures) {
		return percentText(percent(figures));
	}

	/** {@code 95.9%}, or {@code –} for {@code null}. */
	public static String percentText(BigDecimal percent) {
		return percent == null ? "–" : percent.toPlainString() + '%'; //$NON-NLS-1$
	}

	/** Milliseconds with a precision that suits the size: {@code 0.42 ms}, {@code 12.3 ms}, {@code 1234 ms}. */
	public static String millis(long nanos) {
		double ms = nanos / 1e6;
		if (ms < 10) {
			return String.format(Locale.ROOT, "%.2f ms", ms); //$NON-NLS-1$
		}
		if (ms < 100) {
			return String.format(Locale.ROOT, "%.1f ms", ms); //$NON-NLS-1$
		}
		return String.format(Locale.ROOT, "%.0f ms", ms); //$NON-NLS-1$
	}

	/** Seconds with two decimals: {@code 1.23 s}. */
	public static String seconds(long nanos) {
		return String.format(Locale.ROOT, "%.2f s", nanos / 1e9); //$NON-NLS-1$
	}

	/** A size in MiB with one decimal: {@code 412.5 MB}. */
	public static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0)); //$NON-NLS-1$
	}
}
