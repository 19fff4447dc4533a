package taizhang.responsibility.validation;

import java.util.List;

/**
 * What one validation run changed in the current problems.
 *
 * @param added   problems found now that were not there before
 * @param removed problems that are gone
 * @param full    whether the whole ledger was validated (a Problems view may simply reload)
 */
public record ProblemDelta(List<Problem> added, List<Problem> removed, boolean full) {

	public ProblemDelta {
		added = List.copyOf(added);
		removed = List.copyOf(removed);
	}

	public boolean isEmpty() {
		return added.isEmpty() && removed.isEmpty();
	}
}
