package taizhang.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Date arithmetic for the generator. Shares one {@link LocalDate} instance per day and one string
 * per deadline spelling, because a 100,000-issue ledger holds millions of dates.
 */
final class Dates {

	/** Offices keep China Standard Time. */
	public static final ZoneOffset ZONE = ZoneOffset.ofHours(8);

	/** Excel's day zero (serial 1 = 1900-01-01, counting the non-existent 1900-02-29). */
	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private final long firstDay;
	private final LocalDate[] days;
	private final Map<String, String> spellings = new HashMap<>();

	public Dates(LocalDate asOf) {
		firstDay = asOf.toEpochDay() - 366 * 12;
		days = new LocalDate[366 * 18];
	}

	/** The shared instance of {@code date}. */
	public LocalDate share(LocalDate date) {
		int index = (int) (date.toEpochDay() - firstDay);
		if (index < 0 || index >= days.length) {
			return date;
		}
		LocalDate shared = days[index];
		if (shared == null) {
			shared = date;
			days[index] = date;
		}
		return shared;
	}

	public LocalDate plus(LocalDate date, long days) {
		return share(date.plusDays(days));
	}

	public static int daysBetween(LocalDate from, LocalDate to) {
		return (int) ChronoUnit.DAYS.between(from, to);
	}

	public static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	public static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	/** The instant at {@code minuteOfDay} local time on {@code date}. */
	public static Instant at(LocalDate date, int minuteOfDay) {
		return date.atStartOfDay().plusMinutes(minuteOfDay).toInstant(ZONE);
	}

	/** How a deadline was written into a ledger, and which day it stands for. */
	public enum Spelling {
		/** 2018年12月31日 */
		CHINESE_DAY,
		/** 2018.12.31 */
		DOTTED,
		/** 2018-12-31 */
		ISO,
		/** 2019年6月底 */
		MONTH_END,
		/** 2019年底 */
		YEAR_END,
		/** 2020年上半年, 2020年下半年 */
		HALF_YEAR,
		/** 43465, a date cell pasted from Excel as a number */
		EXCEL_SERIAL;

		/** Whether the spelling names a day rather than a period. */
		public boolean isExactDay() {
			return this == CHINESE_DAY || this == DOTTED || this == ISO || this == EXCEL_SERIAL;
		}

		/** The last day the spelling can stand for, on or after {@code date}. */
		public LocalDate snap(LocalDate date) {
			return switch (this) {
				case MONTH_END -> date.withDayOfMonth(date.lengthOfMonth());
				case YEAR_END -> date.withDayOfYear(date.lengthOfYear());
				case HALF_YEAR -> date.getMonthValue() <= 6 ? date.withMonth(6).withDayOfMonth(30)
						: date.withMonth(12).withDayOfMonth(31);
				default -> date;
			};
		}
	}

	/** The text of {@code deadline} (already snapped) written in {@code spelling}. */
	public String spell(Spelling spelling, LocalDate deadline) {
		int y = deadline.getYear();
		int m = deadline.getMonthValue();
		int d = deadline.getDayOfMonth();
		String text = switch (spelling) {
			case CHINESE_DAY -> y + "年" + m + "月" + d + "日";
			case DOTTED -> y + "." + m + "." + d;
			case ISO -> deadline.toString();
			case MONTH_END -> m == 12 ? y + "年12月底" : y + "年" + m + "月底";
			case YEAR_END -> y + "年底";
			case HALF_YEAR -> m <= 6 ? y + "年上半年" : y + "年下半年";
			case EXCEL_SERIAL -> Long.toString(ChronoUnit.DAYS.between(EXCEL_EPOCH, deadline));
		};
		return spellings.computeIfAbsent(text, t -> t);
	}
}
