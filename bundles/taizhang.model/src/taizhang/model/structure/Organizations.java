package taizhang.model.structure;

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
}
