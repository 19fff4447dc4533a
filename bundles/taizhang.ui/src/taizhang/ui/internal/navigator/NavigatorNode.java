package taizhang.ui.internal.navigator;

import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.Organization;

/**
 * An element of the navigator tree. An issue appears twice (under its round and under its
 * organizations), so tree elements wrap model objects with their place in the tree.
 */
sealed interface NavigatorNode {

	/** The model object this node stands for (the ledger for a root). */
	Object modelObject(NavigatorIndex index);

	enum Root implements NavigatorNode {
		ROUNDS, ORGANIZATIONS;

		@Override
		public Object modelObject(NavigatorIndex index) {
			return index.ledger();
		}
	}

	record RoundNode(InspectionRound round) implements NavigatorNode {
		@Override
		public Object modelObject(NavigatorIndex index) {
			return round;
		}
	}

	record OrganizationNode(Organization organization) implements NavigatorNode {
		@Override
		public Object modelObject(NavigatorIndex index) {
			return organization;
		}
	}

	record IssueNode(NavigatorNode parent, Issue issue) implements NavigatorNode {
		@Override
		public Object modelObject(NavigatorIndex index) {
			return issue;
		}
	}
}
