package taizhang.core.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The first place where an audit trail fails verification.
 *
 * @param sequence the number of the broken entry (0 for {@link Problem#NO_TRAIL})
 * @param time     the time of the entry found at that place, or null if there is none or it cannot
 *                 be read
 * @param problem  what is wrong
 * @param related  a second entry number, as {@link Problem} explains for each problem; 0 if none
 */
public record AuditBreak(long sequence, Instant time, Problem problem, long related) {

	/** What is wrong with an entry. */
	public enum Problem {
		/** The file has no audit trail (schema 1, or the trail was removed). */
		NO_TRAIL,
		/** Entry {@code sequence} is missing: the entry after the one before it is {@code related}. */
		MISSING,
		/**
		 * Entry {@code sequence} does not match its hash: it was changed, or an entry before it was
		 * changed together with its hash.
		 */
		CHANGED,
		/** The place of entry {@code sequence} holds entry {@code related}: entries were reordered. */
		MOVED,
		/** Entry {@code sequence} matches its hash but is not a readable entry. */
		UNREADABLE,
		/** The last entries are missing: the file records {@code related} entries, the trail ends before. */
		TRUNCATED,
		/** Entry {@code sequence} and those after it were added after the last entry the file records. */
		UNRECORDED
	}

	/** What is wrong, in a sentence naming the entry and its local time: Chinese for a {@code zh} locale, English otherwise. */
	public String describe(Locale locale) {
		return describe(locale, ZoneId.systemDefault());
	}

	/** The same, with the time in {@code zone}. */
	public String describe(Locale locale, ZoneId zone) {
		String when = time == null ? Messages.format(locale, "noTime") //$NON-NLS-1$
				: DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone).format(time); //$NON-NLS-1$
		return Messages.format(locale, problem.name(), Long.toString(sequence), when, Long.toString(related));
	}
}
