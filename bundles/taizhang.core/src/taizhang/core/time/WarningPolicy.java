package taizhang.core.time;

/**
 * The thresholds of the time rules, configurable per ledger. See {@code doc/rules.md} for the
 * definitions they enter.
 *
 * @param blueDays    an open issue raises a BLUE warning when its deadline is at most this many days
 *                    ahead (0 = only on the deadline day itself)
 * @param progressGap an issue lags when the share of its plan period already elapsed, in percent,
 *                    exceeds the percent complete of its latest progress report by more than this
 *                    many points
 */
public record WarningPolicy(int blueDays, int progressGap) {

	/** One real city's values (DOMAIN.md): BLUE 15 days ahead; progress lagging by more than 30 points. */
	public static final WarningPolicy DEFAULTS = new WarningPolicy(15, 30);

	public WarningPolicy {
		if (blueDays < 0) {
			throw new IllegalArgumentException("blueDays must not be negative: " + blueDays); //$NON-NLS-1$
		}
		if (progressGap < 0 || progressGap > 100) {
			throw new IllegalArgumentException("progressGap must be 0..100 points: " + progressGap); //$NON-NLS-1$
		}
	}

	public WarningPolicy withBlueDays(int days) {
		return new WarningPolicy(days, progressGap);
	}

	public WarningPolicy withProgressGap(int points) {
		return new WarningPolicy(blueDays, points);
	}
}
