package taizhang.core.time;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import taizhang.core.time.DeadlineFormatException.Problem;
import taizhang.model.RectificationType;

/**
 * Reads the deadline column (整改时限) of real ledgers. Every spelling below is understood; anything
 * else is refused with a {@link DeadlineFormatException}, never guessed.
 * <table>
 * <caption>Spellings</caption>
 * <tr><th>Text</th><th>Deadline</th><th>Type</th></tr>
 * <tr><td>2018年12月31日 (or 日 as 号), 2018-12-31, 2018.12.31, 2018/12/31, 2018.6.30, 20181231</td>
 * <td>that day</td><td>TIME_LIMITED</td></tr>
 * <tr><td>2019年6月底, 2019年6月末, 2019年6月</td><td>last day of the month</td><td>TIME_LIMITED</td></tr>
 * <tr><td>2018年底, 2018年年底, 2018年末, 2018年</td><td>12-31</td><td>TIME_LIMITED</td></tr>
 * <tr><td>2020年上半年 / 2020年下半年</td><td>06-30 / 12-31</td><td>TIME_LIMITED</td></tr>
 * <tr><td>2020年第三季度, 2020年三季度, 2020年第3季度, 2020Q3</td><td>last day of the quarter</td><td>TIME_LIMITED</td></tr>
 * <tr><td>43465 (an Excel date serial, 43465.0 too)</td><td>2018-12-31</td><td>TIME_LIMITED</td></tr>
 * <tr><td>立行立改, 立即整改, 即知即改</td><td>none</td><td>IMMEDIATE</td></tr>
 * <tr><td>长期坚持, 长期整改, 长期; 立行立改、长期坚持</td><td>none</td><td>LONG_TERM</td></tr>
 * <tr><td>a dated spelling, then 、，；, then 长期坚持 (2018年底前完成，长期坚持)</td><td>that deadline</td>
 * <td>LONG_TERM</td></tr>
 * </table>
 * Full-width digits and punctuation, spaces anywhere, and a trailing 前 / 之前 / 以前 / 完成 (as in
 * 2018年12月底前完成) are tolerated. A bare number is an Excel serial only when it falls between
 * 1950-01-01 and 2099-12-31: a plain 2018 is refused rather than read as 1905-07-10.
 */
public final class DeadlineParser {

	/** The range of bare numbers read as Excel serials: 1950-01-01 .. 2099-12-31. */
	private static final long FIRST_SERIAL = ExcelDates.toSerial(LocalDate.of(1950, 1, 1));
	private static final long LAST_SERIAL = ExcelDates.toSerial(LocalDate.of(2099, 12, 31));

	private static final Pattern SPACES = Pattern.compile("\\s+"); //$NON-NLS-1$
	/** By (前), before (之前, 以前), finished (完成): they change nothing about the day. */
	private static final Pattern SUFFIX = Pattern.compile("(?:之前|以前|前)?(?:完成)?$"); //$NON-NLS-1$
	/** Two parts joined by a list separator, as in 立行立改、长期坚持. */
	private static final Pattern TWO_PARTS = Pattern.compile("([^,、;]+)[,、;]([^,、;]+)"); //$NON-NLS-1$

	private static final Pattern SEPARATED_DAY = Pattern.compile("(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})日?"); //$NON-NLS-1$
	private static final Pattern CHINESE_DAY = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]"); //$NON-NLS-1$
	private static final Pattern COMPACT_DAY = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})"); //$NON-NLS-1$
	private static final Pattern MONTH = Pattern.compile("(\\d{4})年(\\d{1,2})月份?(?:底|末)?"); //$NON-NLS-1$
	private static final Pattern YEAR = Pattern.compile("(\\d{4})年(?:年底|年末|底|末)?"); //$NON-NLS-1$
	private static final Pattern HALF_YEAR = Pattern.compile("(\\d{4})年([上下])半年(?:底|末)?"); //$NON-NLS-1$
	private static final Pattern QUARTER = Pattern
			.compile("(\\d{4})年?(?:第?([一二三四1-4])季度?|[Qq]([1-4]))(?:底|末)?"); //$NON-NLS-1$
	private static final Pattern SERIAL = Pattern.compile("(\\d{1,7})(?:\\.\\d+)?"); //$NON-NLS-1$

	private static final String[] IMMEDIATE = { "立行立改", "立即整改", "即知即改" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final String[] LONG_TERM = { "长期坚持", "长期整改", "长期" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private DeadlineParser() {
	}

	/**
	 * The deadline and type that {@code text} stands for.
	 *
	 * @throws DeadlineFormatException when the text is empty, is no known spelling, or names a day the
	 *                                 calendar does not have
	 */
	public static ParsedDeadline parse(String text) throws DeadlineFormatException {
		String compact = compact(text);
		if (compact.isEmpty()) {
			throw new DeadlineFormatException(text, Problem.EMPTY);
		}
		ParsedDeadline single = parsePart(text, compact);
		if (single != null) {
			return single;
		}
		Matcher parts = TWO_PARTS.matcher(compact);
		if (parts.matches() && isOneOf(stripSuffix(parts.group(2)), LONG_TERM)) {
			String first = stripSuffix(parts.group(1));
			if (isOneOf(first, IMMEDIATE)) {
				return new ParsedDeadline(null, RectificationType.LONG_TERM); // 立行立改、长期坚持
			}
			LocalDate date = parseDate(text, first);
			if (date != null) {
				return new ParsedDeadline(date, RectificationType.LONG_TERM);
			}
		}
		throw new DeadlineFormatException(text, Problem.UNKNOWN_SPELLING);
	}

	/** Full-width forms folded to ASCII (NFKC), spaces removed. */
	private static String compact(String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(""); //$NON-NLS-1$
	}

	private static String stripSuffix(String part) {
		return SUFFIX.matcher(part).replaceFirst(""); //$NON-NLS-1$
	}

	/** One spelling, or {@code null} if {@code compact} is none. */
	private static ParsedDeadline parsePart(String text, String compact) throws DeadlineFormatException {
		String part = stripSuffix(compact);
		if (isOneOf(part, IMMEDIATE)) {
			return new ParsedDeadline(null, RectificationType.IMMEDIATE);
		}
		if (isOneOf(part, LONG_TERM)) {
			return new ParsedDeadline(null, RectificationType.LONG_TERM);
		}
		LocalDate date = parseDate(text, part);
		return date == null ? null : new ParsedDeadline(date, RectificationType.TIME_LIMITED);
	}

	/** The day a dated spelling names, or {@code null} if {@code part} is no dated spelling. */
	private static LocalDate parseDate(String text, String part) throws DeadlineFormatException {
		Matcher m;
		if ((m = SEPARATED_DAY.matcher(part)).matches()) {
			return day(text, m.group(1), m.group(3), m.group(4));
		}
		if ((m = CHINESE_DAY.matcher(part)).matches() || (m = COMPACT_DAY.matcher(part)).matches()) {
			return day(text, m.group(1), m.group(2), m.group(3));
		}
		if ((m = MONTH.matcher(part)).matches()) {
			LocalDate first = day(text, m.group(1), m.group(2), "1"); //$NON-NLS-1$
			return first.withDayOfMonth(first.lengthOfMonth());
		}
		if ((m = YEAR.matcher(part)).matches()) {
			return LocalDate.of(Integer.parseInt(m.group(1)), 12, 31);
		}
		if ((m = HALF_YEAR.matcher(part)).matches()) {
			int year = Integer.parseInt(m.group(1));
			return "上".equals(m.group(2)) ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31); //$NON-NLS-1$
		}
		if ((m = QUARTER.matcher(part)).matches()) {
			int quarter = quarter(m.group(2) != null ? m.group(2) : m.group(3));
			LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), quarter * 3, 1);
			return first.withDayOfMonth(first.lengthOfMonth());
		}
		if ((m = SERIAL.matcher(part)).matches()) {
			long serial = Long.parseLong(m.group(1)); // a fraction is the time of day
			if (serial < FIRST_SERIAL || serial > LAST_SERIAL) {
				throw new DeadlineFormatException(text, Problem.IMPLAUSIBLE_SERIAL, Long.toString(FIRST_SERIAL),
						Long.toString(LAST_SERIAL));
			}
			return ExcelDates.toLocalDate(serial);
		}
		return null;
	}

	private static LocalDate day(String text, String year, String month, String day) throws DeadlineFormatException {
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		} catch (DateTimeException e) {
			throw new DeadlineFormatException(text, Problem.NO_SUCH_DAY, year, month, day);
		}
	}

	private static int quarter(String digit) {
		return switch (digit) {
			case "一", "1" -> 1; //$NON-NLS-1$ //$NON-NLS-2$
			case "二", "2" -> 2; //$NON-NLS-1$ //$NON-NLS-2$
			case "三", "3" -> 3; //$NON-NLS-1$ //$NON-NLS-2$
			default -> 4;
		};
	}

	private static boolean isOneOf(String part, String[] words) {
		for (String word : words) {
			if (word.equals(part)) {
				return true;
			}
		}
		return false;
	}
}
