package taizhang.ui.internal;

import java.util.function.Predicate;

import taizhang.core.issues.IssueFacts;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.Organization;

/** Which issues belong to a round or an organization, as the navigator counts and the table filters. */
public final class IssueFilters {

	private static final int MAX_DEPTH = 64;

	private IssueFilters() {
	}

	public static Predicate<Issue> of(InspectionRound round) {
		return issue -> issue.getRound() == round;
	}

	/** Issues located in (所属县区) or led by the organization or one of its descendants. */
	public static Predicate<Issue> of(Organization organization) {
		return issue -> isWithin(issue.getRegion(), organization)
				|| isWithin(IssueFacts.leadUnit(issue), organization);
	}

	/** Whether {@code organization} is {@code ancestor} or lies below it. */
	public static boolean isWithin(Organization organization, Organization ancestor) {
		// The depth bound guards against a cyclic parent chain in a damaged ledger.
		Organization current = organization;
		for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
			if (current == ancestor) {
				return true;
			}
			current = current.getParent();
		}
		return false;
	}
}
