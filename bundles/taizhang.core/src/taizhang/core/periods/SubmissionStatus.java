package taizhang.core.periods;

import java.util.Locale;

/** Whether a unit's progress report for a month arrived by the cut-off day. */
public enum SubmissionStatus {
	/** Submitted on or before the cut-off day (按时报送). */
	ON_TIME,
	/** Submitted after the cut-off day (逾期报送). */
	LATE,
	/** No report for the month (未报送). */
	MISSING;

	/** The status's name in {@code locale}'s language (Chinese or English). */
	public String label(Locale locale) {
		return Messages.format(locale, "submission." + name()); //$NON-NLS-1$
	}
}
