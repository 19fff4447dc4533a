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
import taizhang.core.settings.Settings;
import taizhang.core.time.TimeEvaluation;
import taizhang.core.time.TimeRules;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.Organization;
import taizhang.model.WarningLevel;
import taizhang.ui.internal.navigator.NavigatorNode.IssueNode;
import taizhang.ui.internal.navigator.NavigatorNode.OrganizationNode;
import taizhang.ui.internal.navigator.NavigatorNode.Root;
import taizhang.ui.internal.navigator.NavigatorNode.RoundNode;

/**
 * The navigator's structure for one ledger, computed in one pass over the issues: rounds → issues,
 * and the organization tree → the issues each organization is the region or lead unit of, with
 * counts that include the organizations below, and the warnings (红/黄/蓝) its issues deserve as of a
 * day, counted the same way.
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
	private final Map<Issue, WarningLevel> warnings = new IdentityHashMap<>();
	/** Per round and per organization (with those below): issues warned RED, YELLOW, BLUE. */
	private final Map<Object, int[]> warningCounts = new IdentityHashMap<>();
	private final Map<Object, List<?>> childrenCache = new HashMap<>();

	NavigatorIndex(Ledger ledger, LocalDate asOf) {
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

		TimeEvaluation evaluation = new TimeRules(Settings.of(ledger).warningPolicy()).evaluate(ledger, asOf);
		Set<Organization> counted = new HashSet<>();
		for (int i = 0; i < evaluation.size(); i++) {
			Issue issue = evaluation.issue(i);
			WarningLevel warning = evaluation.warningLevel(i);
			if (warning != null) {
				warnings.put(issue, warning);
				countWarning(issue.getRound(), warning);
			}
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
			if (warning != null) {
				for (Organization organization : counted) {
					countWarning(organization, warning);
				}
			}
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

	/** The warning an issue deserves on the index's day, {@code null} for none. */
	WarningLevel warning(Issue issue) {
		return warnings.get(issue);
	}

	/**
	 * How many of a node's issues are warned at {@code level}: all issues for a root, a round's, or
	 * an organization's including those below; for an issue node 1 or 0.
	 */
	int warningCount(NavigatorNode node, WarningLevel level) {
		if (node instanceof Root) {
			int count = 0;
			for (WarningLevel warning : warnings.values()) {
				count += warning == level ? 1 : 0;
			}
			return count;
		}
		if (node instanceof IssueNode issue) {
			return warnings.get(issue.issue()) == level ? 1 : 0;
		}
		int[] counts = warningCounts.get(node.modelObject(this));
		return counts == null ? 0 : counts[level.ordinal()];
	}

	private void countWarning(Object key, WarningLevel warning) {
		if (key != null) {
			warningCounts.computeIfAbsent(key, k -> new int[WarningLevel.values().length])[warning.ordinal()]++;
		}
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
