package taizhang.core.time;

import java.util.Locale;

/** Why an issue lags (进度滞后), in the order the rules look for it; {@link #NONE} when it does not. */
public enum Lag {
	NONE,
	/** A measure's due date has passed and the measure was not done by then. */
	MEASURE_DUE,
	/** A stage goal's due date has passed and the goal was not achieved by then. */
	STAGE_GOAL_DUE,
	/** The latest progress report is far behind the share of the plan period already elapsed. */
	PROGRESS_BEHIND;

	/** A short description in Chinese for a {@code zh} locale, in English otherwise. */
	public String label(Locale locale) {
		return Messages.format(locale, "lag." + name()); //$NON-NLS-1$
	}
}
