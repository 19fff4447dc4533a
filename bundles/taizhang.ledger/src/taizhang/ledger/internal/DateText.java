package taizhang.ledger.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import taizhang.core.time.ExcelDates;

/**
 * Reads a day typed in any spelling the offices use: 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日
 * (or 号), 20240305, an Excel serial number (45356, also 45356.0), and any of these followed by a time
 * of day, as spreadsheets copy date cells. Full-width digits are accepted.
 */
public final class DateText {

	private static final Pattern SEPARATED = Pattern.compile("(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})"); //$NON-NLS-1$
	private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]?"); //$NON-NLS-1$
	private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})"); //$NON-NLS-1$
	private static final Pattern SERIAL = Pattern.compile("(\\d{1,6})(?:\\.\\d+)?"); //$NON-NLS-1$
	private static final Pattern TIME = Pattern.compile("(?:\\s+|T)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?$"); //$NON-NLS-1$
	/** Bare numbers are Excel serials only between 1950-01-01 and 2099-12-31, as in DeadlineParser. */
	private static final long FIRST_SERIAL = ExcelDates.toSerial(LocalDate.of(1950, 1, 1));
	private static final long LAST_SERIAL = ExcelDates.toSerial(LocalDate.of(2099, 12, 31));

	private DateText() {
	}

	/**
	 * The day {@code text} names.
	 *
	 * @throws Refused with the message to show when the text names no day
	 */
	public static LocalDate parse(String text) {
		String compact = TIME.matcher(Cells.clean(text)).replaceFirst("").replace(" ", ""); //$NON-NLS-1$ //$NON-NLS-2$
		Matcher m;
		if ((m = SEPARATED.matcher(compact)).matches()) {
			return day(text, m.group(1), m.group(3), m.group(4));
		}
		if ((m = CHINESE.matcher(compact)).matches() || (m = COMPACT.matcher(compact)).matches()) {
			return day(text, m.group(1), m.group(2), m.group(3));
		}
		if ((m = SERIAL.matcher(compact)).matches()) {
			long serial = Long.parseLong(m.group(1));
			if (serial >= FIRST_SERIAL && serial <= LAST_SERIAL) {
				return ExcelDates.toLocalDate(serial);
			}
		}
		throw new Refused(NLS.bind(Messages.Error_notDate, text.strip()));
	}

	private static LocalDate day(String text, String year, String month, String day) {
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		} catch (DateTimeException e) {
			throw new Refused(NLS.bind(Messages.Error_noSuchDay, text.strip()));
		}
	}
}
