package taizhang.core.periods;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import taizhang.core.settings.Settings;
import taizhang.model.Ledger;
import taizhang.model.ReportingPeriod;

/**
 * Monthly reporting periods (报告期): each month's progress reports are due by its cut-off day
 * ({@link Settings#reportCutoffDay()}, the 25th by default); closing a month freezes a snapshot of
 * every issue as of that day ({@link ClosePeriodCommand}).
 */
public final class ReportingPeriods {

	private ReportingPeriods() {
	}

	/**
	 * The cut-off day of {@code month}: the settings' day of the month, or the month's last day when
	 * the month is shorter (a cut-off on the 31st falls on 30 November).
	 */
	public static LocalDate cutoff(YearMonth month, Settings settings) {
		return month.atDay(Math.min(settings.reportCutoffDay(), month.lengthOfMonth()));
	}

	/** The period of {@code ledger} closed for {@code month}, if there is one. */
	public static Optional<ReportingPeriod> find(Ledger ledger, YearMonth month) {
		String text = month.toString();
		return ledger.getPeriods().stream().filter(p -> text.equals(p.getMonth())).findFirst();
	}

	/**
	 * The month written as {@code YYYY-MM}.
	 *
	 * @throws IllegalArgumentException saying what was expected, in {@code locale}'s language
	 */
	public static YearMonth parseMonth(String text, Locale locale) {
		try {
			return YearMonth.parse(text == null ? "" : text.strip()); //$NON-NLS-1$
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException(Messages.format(locale, "BAD_MONTH", String.valueOf(text)), e); //$NON-NLS-1$
		}
	}
}
