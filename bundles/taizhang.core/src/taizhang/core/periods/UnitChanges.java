package taizhang.core.periods;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import taizhang.model.Organization;

/**
 * The month-on-month changes of one lead unit's issues (or of all issues, with {@code unit} null).
 *
 * @param moves status moves and how many issues made each, in order of first occurrence
 */
public record UnitChanges(Organization unit, int newlyDone, int newlyOverdue, Map<StatusMove, Integer> moves,
		int newRejections) {

	public UnitChanges {
		moves = Collections.unmodifiableMap(new LinkedHashMap<>(moves));
	}
}
