package taizhang.core.time;

import java.util.Locale;

/**
 * A deadline spelling that {@link DeadlineParser} does not understand. The parser never guesses:
 * the caller reports the text, adding where it came from (file, row, column).
 */
public final class DeadlineFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Why the text was refused. */
	public enum Problem {
		/** Nothing but spaces. */
		EMPTY,
		/** No known spelling. */
		UNKNOWN_SPELLING,
		/** A known spelling of a day the calendar does not have, e.g. 2018年2月30日. */
		NO_SUCH_DAY,
		/** A bare number outside the range of Excel serials read as dates. */
		IMPLAUSIBLE_SERIAL
	}

	private final String text;
	private final Problem problem;
	private final String[] arguments;

	DeadlineFormatException(String text, Problem problem, String... arguments) {
		super(Messages.format(Locale.ENGLISH, key(problem), withText(text, arguments)));
		this.text = text;
		this.problem = problem;
		this.arguments = arguments;
	}

	/** The text as it was given. */
	public String text() {
		return text;
	}

	public Problem problem() {
		return problem;
	}

	/** The message in Chinese for a {@code zh} locale, in English otherwise. */
	public String getMessage(Locale locale) {
		return Messages.format(locale, key(problem), withText(text, arguments));
	}

	@Override
	public String getLocalizedMessage() {
		return getMessage(Locale.getDefault());
	}

	private static String key(Problem problem) {
		return switch (problem) {
			case EMPTY -> "deadlineEmpty"; //$NON-NLS-1$
			case UNKNOWN_SPELLING -> "deadlineUnknown"; //$NON-NLS-1$
			case NO_SUCH_DAY -> "deadlineNoSuchDay"; //$NON-NLS-1$
			case IMPLAUSIBLE_SERIAL -> "deadlineImplausibleSerial"; //$NON-NLS-1$
		};
	}

	private static Object[] withText(String text, String[] arguments) {
		Object[] all = new Object[arguments.length + 1];
		all[0] = text == null ? "" : text; //$NON-NLS-1$
		System.arraycopy(arguments, 0, all, 1, arguments.length);
		return all;
	}
}
