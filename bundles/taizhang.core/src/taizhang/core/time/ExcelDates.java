package taizhang.core.time;

import java.time.LocalDate;

/**
 * Excel's date serial numbers (the 1900 date system): serial 1 is 1900-01-01. Excel counts a
 * 29 February 1900 that never was (serial 60, kept for compatibility with Lotus 1-2-3), so serials
 * from 61 on are one day ahead of a plain count from 1900-01-01.
 */
public final class ExcelDates {

	/** Day zero for serials from 61 on: 43465 → 2018-12-31. */
	private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
	/** Serial 60, the day Excel calls 1900-02-29. */
	private static final int PHANTOM_LEAP_DAY = 60;

	private ExcelDates() {
	}

	/**
	 * The day of an Excel serial number.
	 *
	 * @throws IllegalArgumentException for serials below 1 and for 60, which has no real day
	 */
	public static LocalDate toLocalDate(long serial) {
		if (serial < 1) {
			throw new IllegalArgumentException("Excel serial " + serial + " is before 1900-01-01"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (serial == PHANTOM_LEAP_DAY) {
			throw new IllegalArgumentException("Excel serial 60 stands for 1900-02-29, which does not exist"); //$NON-NLS-1$
		}
		return serial > PHANTOM_LEAP_DAY ? EPOCH.plusDays(serial) : EPOCH.plusDays(serial + 1);
	}

	/** The Excel serial number of {@code date}; the inverse of {@link #toLocalDate(long)}. */
	public static long toSerial(LocalDate date) {
		long days = date.toEpochDay() - EPOCH.toEpochDay();
		return days > PHANTOM_LEAP_DAY ? days : days - 1;
	}
}
