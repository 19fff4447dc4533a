package taizhang.core.time;

import java.time.LocalDate;
import java.util.Objects;

import taizhang.model.RectificationType;

/**
 * What a deadline spelling means: the day by which the rectification is due, if the spelling names
 * one, and the type of rectification it implies.
 *
 * @param date the deadline, or {@code null} for 立行立改 and 长期坚持, which name no day
 * @param type IMMEDIATE for 立行立改, LONG_TERM for 长期坚持, TIME_LIMITED for every dated spelling
 */
public record ParsedDeadline(LocalDate date, RectificationType type) {

	public ParsedDeadline {
		Objects.requireNonNull(type, "type"); //$NON-NLS-1$
	}

	/** Whether the spelling names a day. */
	public boolean hasDate() {
		return date != null;
	}
}
