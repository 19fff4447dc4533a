package taizhang.responsibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import taizhang.core.issues.IssueFacts;
import taizhang.core.lifecycle.Lifecycle;
import taizhang.core.settings.Settings;
import taizhang.core.time.TimeRules;
import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.Organization;

/**
 * Units × issues by role (责任矩阵): for every unit that holds a unit role on one of the issues, which
 * roles it holds on which issue, and its figures as of a day ({@link UnitCounts}): open, overdue and
 * rejected issues it leads. Computed once; edit a cell with {@link AssignCommand#setUnitRole} and
 * compute the matrix again.
 */
public final class ResponsibilityMatrix {

	private final List<Issue> issues;
	private final LocalDate asOf;
	/** Roles by unit, then by issue; units in the order of the ledger's organization list. */
	private final Map<Organization, Map<Issue, Set<AssignmentRole>>> cells;
	private final Map<Organization, UnitCounts> counts = new IdentityHashMap<>();

	private ResponsibilityMatrix(List<Issue> issues, LocalDate asOf, TimeRules rules, List<Organization> order) {
		this.issues = List.copyOf(issues);
		this.asOf = asOf;
		Map<Organization, Map<Issue, Set<AssignmentRole>>> byUnit = new IdentityHashMap<>();
		for (Issue issue : this.issues) {
			for (Assignment assignment : issue.getAssignments()) {
				Organization unit = assignment.getOrganization();
				if (unit != null && Roles.isUnitRole(assignment.getRole())) {
					byUnit.computeIfAbsent(unit, u -> new LinkedHashMap<>())
							.computeIfAbsent(issue, i -> EnumSet.noneOf(AssignmentRole.class)).add(assignment.getRole());
				}
			}
		}
		cells = new LinkedHashMap<>();
		for (Organization unit : order) {
			Map<Issue, Set<AssignmentRole>> row = byUnit.remove(unit);
			if (row != null) {
				cells.put(unit, row);
			}
		}
		cells.putAll(byUnit); // units outside the ledger's list, if any
		cells.forEach((unit, row) -> counts.put(unit, count(row, rules)));
	}

	/** The matrix of every issue of {@code ledger}, with the ledger's own time rules. */
	public static ResponsibilityMatrix of(Ledger ledger, LocalDate asOf) {
		return of(ledger, ledger.getIssues(), asOf, new TimeRules(Settings.of(ledger).warningPolicy()));
	}

	/** The matrix of {@code issues} (a selection of the ledger's), evaluated with {@code rules}. */
	public static ResponsibilityMatrix of(Ledger ledger, Collection<? extends Issue> issues, LocalDate asOf,
			TimeRules rules) {
		Objects.requireNonNull(asOf, "asOf"); //$NON-NLS-1$
		return new ResponsibilityMatrix(new ArrayList<>(issues), asOf, Objects.requireNonNull(rules, "rules"), //$NON-NLS-1$
				ledger.getOrganizations());
	}

	public LocalDate asOf() {
		return asOf;
	}

	/** The columns: the issues, in the order given. */
	public List<Issue> issues() {
		return issues;
	}

	/** The rows: every unit holding a unit role on one of the issues, in the ledger's order of units. */
	public List<Organization> units() {
		return List.copyOf(cells.keySet());
	}

	/** The unit roles {@code unit} holds on {@code issue}; empty when none. */
	public Set<AssignmentRole> roles(Organization unit, Issue issue) {
		Map<Issue, Set<AssignmentRole>> row = cells.get(unit);
		Set<AssignmentRole> roles = row == null ? null : row.get(issue);
		return roles == null ? Set.of() : Collections.unmodifiableSet(roles);
	}

	/** The issues on which {@code unit} holds {@code role}, in the order of the columns. */
	public List<Issue> issues(Organization unit, AssignmentRole role) {
		List<Issue> found = new ArrayList<>();
		Map<Issue, Set<AssignmentRole>> row = cells.get(unit);
		if (row != null) {
			row.forEach((issue, roles) -> {
				if (roles.contains(role)) {
					found.add(issue);
				}
			});
		}
		return found;
	}

	/** The unit's figures; {@link UnitCounts#NONE} for a unit that is not a row. */
	public UnitCounts counts(Organization unit) {
		return counts.getOrDefault(unit, UnitCounts.NONE);
	}

	private UnitCounts count(Map<Issue, Set<AssignmentRole>> row, TimeRules rules) {
		return count(row.entrySet().stream().filter(e -> e.getValue().contains(AssignmentRole.LEAD_UNIT))
				.map(Map.Entry::getKey).toList(),
				(int) row.values().stream().filter(roles -> roles.contains(AssignmentRole.COOPERATING_UNIT)).count(),
				asOf, rules);
	}

	/** The figures of a unit that leads {@code led} and cooperates on {@code cooperating} issues. */
	static UnitCounts count(List<Issue> led, int cooperating, LocalDate asOf, TimeRules rules) {
		int open = 0;
		int overdue = 0;
		int rejected = 0;
		int rejections = 0;
		for (Issue issue : led) {
			if (!IssueFacts.isDone(issue)) {
				open++;
			}
			if (rules.isOverdue(issue, asOf)) {
				overdue++;
			}
			int count = Lifecycle.rejections(issue);
			if (count > 0) {
				rejected++;
				rejections += count;
			}
		}
		return new UnitCounts(led.size(), cooperating, open, overdue, rejected, rejections);
	}
}
