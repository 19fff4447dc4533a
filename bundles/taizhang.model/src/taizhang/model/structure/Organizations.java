package taizhang.model.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import taizhang.model.Organization;

/** Questions about the organization tree ({@link Organization#getParent()}). */
public final class Organizations {

	/** Deeper than any real hierarchy; bounds the walk up a cyclic parent chain in a damaged ledger. */
	private static final int MAX_DEPTH = 64;

	private Organizations() {
	}

	/** Whether {@code candidate} is {@code unit} itself or one of its parent units. */
	public static boolean isSelfOrAncestor(Organization candidate, Organization unit) {
		Organization ancestor = unit;
		for (int depth = 0; candidate != null && ancestor != null && depth < MAX_DEPTH; depth++,
				ancestor = ancestor.getParent()) {
			if (ancestor == candidate) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether making {@code parent} the parent of {@code unit} would close a cycle: {@code parent} is
	 * {@code unit} itself or lies under it.
	 */
	public static boolean wouldCycle(Organization unit, Organization parent) {
		return parent != null && isSelfOrAncestor(unit, parent);
	}

	/**
	 * Whether {@code unit} lies on a cycle of parents (its parent chain leads back to it). A unit whose
	 * chain runs into a cycle further up is not on it.
	 */
	public static boolean isInCycle(Organization unit) {
		Set<Organization> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Organization ancestor = unit.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
			if (ancestor == unit) {
				return true;
			}
			if (!seen.add(ancestor)) {
				return false; // a cycle above that does not pass through unit
			}
		}
		return false;
	}

	/**
	 * The units under {@code unit}, at any depth, parents before their children; {@code unit} itself
	 * is not among them even when it lies on a cycle.
	 */
	public static List<Organization> descendants(Organization unit) {
		List<Organization> found = new ArrayList<>();
		Set<Organization> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		seen.add(unit);
		for (Organization child : unit.getChildren()) {
			if (seen.add(child)) {
				found.add(child);
			}
		}
		for (int i = 0; i < found.size(); i++) {
			for (Organization child : found.get(i).getChildren()) {
				if (seen.add(child)) {
					found.add(child);
				}
			}
		}
		return found;
	}
}
