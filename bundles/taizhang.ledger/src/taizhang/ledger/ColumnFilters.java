package taizhang.ledger;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.osgi.util.NLS;

import taizhang.ledger.internal.Cells;
import taizhang.ledger.internal.Messages;
import taizhang.ledger.internal.Order;

/**
 * Per-column filter text → predicate. Understands
 * <ul>
 * <li>dates: 2024, 2024-03, 2024-03-05 (also 2024/3, 2024年3月), &gt;=2024-03-01, &lt;2024-06,
 * 2024-01..2024-06 (also ~ and 至), with either end left open;</li>
 * <li>numbers: 3, &gt;3, &lt;=10, 1..5;</li>
 * <li>enumerations (类别, 状态, 整改类型, 预警) by part of their Chinese or English label, several
 * separated by , 、 or |;</li>
 * <li>everything else: the cell text contains the expression, ignoring case;</li>
 * <li>for every column: 空 / empty for empty cells, 非空 / !empty for the others.</li>
 * </ul>
 * The deadline column takes date conditions on its day and otherwise matches its text (立行立改).
 */
public final class ColumnFilters {

	private static final Set<String> EMPTY = Set.of("空", "(空)", "（空）", "无", "empty", "(empty)", "blank"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	private static final Set<String> NOT_EMPTY = Set.of("非空", "不为空", "!空", "!empty", "not empty", "nonempty"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	private static final Pattern RANGE = Pattern.compile("(.*?)\\s*(?:\\.\\.|~|至|到)\\s*(.*)"); //$NON-NLS-1$
	private static final Pattern COMPARISON = Pattern.compile("(>=|<=|>|<|=)\\s*(.+)"); //$NON-NLS-1$
	private static final Pattern ALTERNATIVES = Pattern.compile("\\s*[,，、|]\\s*"); //$NON-NLS-1$
	private static final Pattern YEAR = Pattern.compile("(\\d{4})年?"); //$NON-NLS-1$
	private static final Pattern MONTH = Pattern.compile("(\\d{4})(?:[-./]|年)(\\d{1,2})月?"); //$NON-NLS-1$
	private static final Pattern DAY = Pattern.compile("(\\d{4})(?:[-./]|年)(\\d{1,2})(?:[-./]|月)(\\d{1,2})[日号]?"); //$NON-NLS-1$

	private ColumnFilters() {
	}

	/** The filter of {@code column} written as {@code expression}; an empty expression keeps every issue. */
	public static FilterResult parse(LedgerColumn column, String expression) {
		String text = expression == null ? "" : Cells.clean(expression); //$NON-NLS-1$
		String key = text.toLowerCase(Locale.ROOT);
		if (text.isEmpty()) {
			return FilterResult.of(issue -> true);
		}
		if (EMPTY.contains(key)) {
			return FilterResult.of(issue -> Order.isEmpty(column.value(issue)));
		}
		if (NOT_EMPTY.contains(key)) {
			return FilterResult.of(issue -> !Order.isEmpty(column.value(issue)));
		}
		return switch (column.type()) {
			case DATE -> dates(column, text);
			case DEADLINE -> {
				FilterResult dates = dates(column, text);
				yield dates.ok() ? dates : contains(column, key);
			}
			case NUMBER -> numbers(column, text);
			case CHOICE, WARNING -> labels(column, key);
			default -> contains(column, key);
		};
	}

	private static FilterResult contains(LedgerColumn column, String key) {
		return FilterResult.of(issue -> column.text(issue).toLowerCase(Locale.ROOT).contains(key));
	}

	/** Enumerations by their labels in either language; other choices (rounds, custom choices) by text. */
	private static FilterResult labels(LedgerColumn column, String key) {
		List<String> parts = new ArrayList<>();
		for (String part : ALTERNATIVES.split(key)) {
			if (!part.isEmpty()) {
				parts.add(part);
			}
		}
		return FilterResult.of(issue -> {
			Object value = column.value(issue);
			if (value == null) {
				return false;
			}
			for (String part : parts) {
				if (value instanceof Enumerator literal ? Cells.labelContains(literal, part)
						: column.text(issue).toLowerCase(Locale.ROOT).contains(part)) {
					return true;
				}
			}
			return false;
		});
	}

	private static FilterResult dates(LedgerColumn column, String text) {
		LocalDate[] bounds = bounds(text);
		if (bounds == null) {
			return FilterResult.error(NLS.bind(Messages.Filter_notDate, text));
		}
		LocalDate from = bounds[0];
		LocalDate to = bounds[1];
		if (from != null && to != null && from.isAfter(to)) {
			return FilterResult.error(NLS.bind(Messages.Filter_emptyRange, text));
		}
		return FilterResult.of(issue -> column.value(issue) instanceof LocalDate day
				&& (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to)));
	}

	/** The first and last day a date condition admits ({@code null}: open), or {@code null} if it is none. */
	private static LocalDate[] bounds(String text) {
		Matcher m;
		if ((m = RANGE.matcher(text)).matches()) {
			LocalDate[] from = m.group(1).isBlank() ? new LocalDate[2] : period(m.group(1));
			LocalDate[] to = m.group(2).isBlank() ? new LocalDate[2] : period(m.group(2));
			return from == null || to == null ? null : new LocalDate[] { from[0], to[1] };
		}
		if ((m = COMPARISON.matcher(text)).matches()) {
			LocalDate[] period = period(m.group(2));
			if (period == null) {
				return null;
			}
			return switch (m.group(1)) {
				case ">=" -> new LocalDate[] { period[0], null }; //$NON-NLS-1$
				case ">" -> new LocalDate[] { period[1].plusDays(1), null }; //$NON-NLS-1$
				case "<=" -> new LocalDate[] { null, period[1] }; //$NON-NLS-1$
				case "<" -> new LocalDate[] { null, period[0].minusDays(1) }; //$NON-NLS-1$
				default -> period;
			};
		}
		return period(text);
	}

	/** The first and last day of a year, month or day, or {@code null}. */
	private static LocalDate[] period(String text) {
		String compact = text.strip();
		try {
			Matcher m;
			if ((m = DAY.matcher(compact)).matches()) {
				LocalDate day = LocalDate.of(number(m.group(1)), number(m.group(2)), number(m.group(3)));
				return new LocalDate[] { day, day };
			}
			if ((m = MONTH.matcher(compact)).matches()) {
				LocalDate first = LocalDate.of(number(m.group(1)), number(m.group(2)), 1);
				return new LocalDate[] { first, first.withDayOfMonth(first.lengthOfMonth()) };
			}
			if ((m = YEAR.matcher(compact)).matches()) {
				int year = number(m.group(1));
				return new LocalDate[] { LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31) };
			}
		} catch (DateTimeException e) {
			return null;
		}
		return null;
	}

	private static int number(String digits) {
		return Integer.parseInt(digits);
	}

	private static FilterResult numbers(LedgerColumn column, String text) {
		BigDecimal from;
		BigDecimal to;
		boolean fromOpen = false;
		boolean toOpen = false;
		try {
			Matcher m;
			if ((m = RANGE.matcher(text)).matches()) {
				from = m.group(1).isBlank() ? null : decimal(m.group(1));
				to = m.group(2).isBlank() ? null : decimal(m.group(2));
			} else if ((m = COMPARISON.matcher(text)).matches()) {
				BigDecimal bound = decimal(m.group(2));
				String operator = m.group(1);
				from = operator.startsWith(">") || operator.equals("=") ? bound : null; //$NON-NLS-1$ //$NON-NLS-2$
				to = operator.startsWith("<") || operator.equals("=") ? bound : null; //$NON-NLS-1$ //$NON-NLS-2$
				fromOpen = operator.equals(">"); //$NON-NLS-1$
				toOpen = operator.equals("<"); //$NON-NLS-1$
			} else {
				from = decimal(text);
				to = from;
			}
		} catch (NumberFormatException e) {
			return FilterResult.error(NLS.bind(Messages.Filter_notNumber, text));
		}
		BigDecimal low = from;
		BigDecimal high = to;
		boolean lowOpen = fromOpen;
		boolean highOpen = toOpen;
		return FilterResult.of(issue -> {
			BigDecimal value = decimalValue(column.value(issue));
			if (value == null) {
				return false;
			}
			if (low != null) {
				int order = value.compareTo(low);
				if (order < 0 || lowOpen && order == 0) {
					return false;
				}
			}
			if (high != null) {
				int order = value.compareTo(high);
				return order < 0 || !highOpen && order == 0;
			}
			return true;
		});
	}

	private static BigDecimal decimal(String text) {
		return new BigDecimal(text.strip().replace(",", "")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static BigDecimal decimalValue(Object value) {
		if (value instanceof BigDecimal d) {
			return d;
		}
		if (value instanceof Integer || value instanceof Long) {
			return BigDecimal.valueOf(((Number) value).longValue());
		}
		return value instanceof Number n ? BigDecimal.valueOf(n.doubleValue()) : null;
	}
}
