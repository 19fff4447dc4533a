package taizhang.ui.internal.navigator;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import taizhang.core.issues.IssueFacts;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.Organization;
import taizhang.ui.internal.navigator.NavigatorNode.IssueNode;
import taizhang.ui.internal.navigator.NavigatorNode.OrganizationNode;
import taizhang.ui.internal.navigator.NavigatorNode.Root;
import taizhang.ui.internal.navigator.NavigatorNode.RoundNode;

/**
 * The navigator's structure for one ledger, computed in one pass over the issues: rounds → issues,
 * and the organization tree → the issues each organization is the region or lead unit of, with
 * counts that include the organizations below.
 */
final class NavigatorIndex {

	private static final int MAX_DEPTH = 64;
	private static final Comparator<Issue> BY_SEQUENCE = Comparator.comparingInt(Issue::getSequenceNumber);

	private final Ledger ledger;
	private final List<InspectionRound> rounds;
	private final Map<InspectionRound, List<Issue>> issuesByRound = new IdentityHashMap<>();
	private final List<Organization> rootOrganizations = new ArrayList<>();
	private final Map<Organization, List<Organization>> childOrganizations = new IdentityHashMap<>();
	private final Map<Organization, List<Issue>> directIssues = new IdentityHashMap<>();
	private final Map<Organization, Integer> subtreeCounts = new IdentityHashMap<>();
	private final Map<Object, List<?>> childrenCache = new HashMap<>();

	NavigatorIndex(Ledger ledger) {
		this.ledger = ledger;
		rounds = new ArrayList<>(ledger.getRounds());
		rounds.sort(Comparator.comparing(InspectionRound::getStartDate, Comparator.nullsLast(LocalDate::compareTo))
				.thenComparing(InspectionRound::getName, Comparator.nullsLast(String::compareTo)));
		Set<Organization> known = Collections.newSetFromMap(new IdentityHashMap<>());
		known.addAll(ledger.getOrganizations());
		for (Organization organization : ledger.getOrganizations()) {
			Organization parent = organization.getParent();
			if (parent != null && known.contains(parent)) {
				childOrganizations.computeIfAbsent(parent, p -> new ArrayList<>()).add(organization);
			} else {
				rootOrganizations.add(organization);
			}
		}
		Comparator<Organization> organizationOrder = Comparator
				.comparing(Organization::getKind, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Organization::getCode, Comparator.nullsLast(String::compareTo))
				.thenComparing(Organization::getName, Comparator.nullsLast(String::compareTo));
		rootOrganizations.sort(organizationOrder);
		childOrganizations.values().forEach(children -> children.sort(organizationOrder));

		Set<Organization> counted = new HashSet<>();
		for (Issue issue : ledger.getIssues()) {
			if (issue.getRound() != null) {
				issuesByRound.computeIfAbsent(issue.getRound(), r -> new ArrayList<>()).add(issue);
			}
			Organization region = issue.getRegion();
			Organization lead = IssueFacts.leadUnit(issue);
			if (region != null) {
				directIssues.computeIfAbsent(region, o -> new ArrayList<>()).add(issue);
			}
			if (lead != null && lead != region) {
				directIssues.computeIfAbsent(lead, o -> new ArrayList<>()).add(issue);
			}
			// Each organization above the region or the lead unit counts the issue once.
			counted.clear();
			countUpwards(region, counted);
			countUpwards(lead, counted);
		}
		issuesByRound.values().forEach(issues -> issues.sort(BY_SEQUENCE));
		directIssues.values().forEach(issues -> issues.sort(BY_SEQUENCE));
	}

	Ledger ledger() {
		return ledger;
	}

	/** The children of a tree element; computed once, issue nodes made only when asked for. */
	List<?> children(Object element) {
		return childrenCache.computeIfAbsent(element, this::computeChildren);
	}

	private List<?> computeChildren(Object element) {
		if (element == this) {
			return List.of(Root.ROUNDS, Root.ORGANIZATIONS);
		}
		if (element == Root.ROUNDS) {
			return rounds.stream().map(RoundNode::new).toList();
		}
		if (element == Root.ORGANIZATIONS) {
			return rootOrganizations.stream().map(OrganizationNode::new).toList();
		}
		if (element instanceof RoundNode node) {
			return new ChildNodes(node, List.of(), issuesByRound.getOrDefault(node.round(), List.of()));
		}
		if (element instanceof OrganizationNode node) {
			return new ChildNodes(node, childOrganizations.getOrDefault(node.organization(), List.of()),
					directIssues.getOrDefault(node.organization(), List.of()));
		}
		return List.of();
	}

	int childCount(Object element) {
		return element instanceof IssueNode ? 0 : children(element).size();
	}

	/** The issues a node stands for: all, a round's, or an organization's including those below. */
	int issueCount(NavigatorNode node) {
		if (node instanceof Root) {
			return ledger.getIssues().size();
		}
		if (node instanceof RoundNode round) {
			return issuesByRound.getOrDefault(round.round(), List.of()).size();
		}
		if (node instanceof OrganizationNode organization) {
			return subtreeCounts.getOrDefault(organization.organization(), 0);
		}
		return 1;
	}

	Object parent(Object element) {
		if (element instanceof Root) {
			return this;
		}
		if (element instanceof RoundNode) {
			return Root.ROUNDS;
		}
		if (element instanceof OrganizationNode node) {
			Organization parent = node.organization().getParent();
			return parent != null && childOrganizations.containsKey(parent) ? new OrganizationNode(parent)
					: Root.ORGANIZATIONS;
		}
		if (element instanceof IssueNode node) {
			return node.parent();
		}
		return null;
	}

	private void countUpwards(Organization organization, Set<Organization> counted) {
		Organization current = organization;
		for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
			if (counted.add(current)) {
				subtreeCounts.merge(current, 1, Integer::sum);
			}
			current = current.getParent();
		}
	}

	/** A node's child organizations, then its issues, as nodes made only when the tree asks. */
	private static final class ChildNodes extends AbstractList<NavigatorNode> {

		private final NavigatorNode parent;
		private final List<Organization> organizations;
		private final List<Issue> issues;

		ChildNodes(NavigatorNode parent, List<Organization> organizations, List<Issue> issues) {
			this.parent = parent;
			this.organizations = organizations;
			this.issues = issues;
		}

		@Override
		public NavigatorNode get(int index) {
			if (index < organizations.size()) {
				return new OrganizationNode(organizations.get(index));
			}
			return new IssueNode(parent, issues.get(index - organizations.size()));
		}

		@Override
		public int size() {
			return organizations.size() + issues.size();
		}
	}
}
