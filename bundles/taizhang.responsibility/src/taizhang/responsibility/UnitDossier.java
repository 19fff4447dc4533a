package taizhang.responsibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import taizhang.core.lifecycle.Lifecycle;
import taizhang.core.settings.Settings;
import taizhang.core.time.TimeRules;
import taizhang.model.Accountability;
import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.Deduction;
import taizhang.model.Interview;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.model.SupervisionNotice;
import taizhang.responsibility.validation.Problem;
import taizhang.responsibility.validation.ProblemFinder;

/**
 * Everything about one unit (单位档案) as of a day: its people and subordinate units, the issues it
 * leads and those it cooperates on, the rejections of the issues it leads, the supervision notices,
 * interviews, deductions and accountability decisions concerning it, its figures, and the problems the
 * constraints find with the unit and its assignments.
 */
public final class UnitDossier {

	/**
	 * An issue the unit leads whose reported completion was rejected.
	 *
	 * @param issue the issue
	 * @param count how often (否定办结结论)
	 */
	public record Rejection(Issue issue, int count) {
	}

	private final Organization unit;
	private final LocalDate asOf;
	private final List<Person> people = new ArrayList<>();
	private final List<Organization> children = new ArrayList<>();
	private final List<Issue> asLead = new ArrayList<>();
	private final List<Issue> asCooperating = new ArrayList<>();
	private final List<Rejection> rejections = new ArrayList<>();
	private final List<SupervisionNotice> notices = new ArrayList<>();
	private final List<Interview> interviews = new ArrayList<>();
	private final List<Deduction> deductions = new ArrayList<>();
	private final List<Accountability> accountabilities = new ArrayList<>();
	private final List<Problem> problems = new ArrayList<>();
	private final UnitCounts counts;

	private UnitDossier(Ledger ledger, Organization unit, LocalDate asOf, ProblemFinder finder) {
		this.unit = unit;
		this.asOf = asOf;
		for (Person person : ledger.getPersons()) {
			if (person.getOrganization() == unit) {
				people.add(person);
			}
		}
		for (Organization other : ledger.getOrganizations()) {
			if (other.getParent() == unit) {
				children.add(other);
			}
		}
		Set<EObject> mine = Collections.newSetFromMap(new IdentityHashMap<>());
		mine.add(unit);
		for (Issue issue : ledger.getIssues()) {
			boolean leads = false;
			boolean cooperates = false;
			for (Assignment assignment : issue.getAssignments()) {
				if (assignment.getOrganization() == unit) {
					leads |= assignment.getRole() == AssignmentRole.LEAD_UNIT;
					cooperates |= assignment.getRole() == AssignmentRole.COOPERATING_UNIT;
					mine.add(assignment);
				}
			}
			if (leads) {
				asLead.add(issue);
				int count = Lifecycle.rejections(issue);
				if (count > 0) {
					rejections.add(new Rejection(issue, count));
				}
			}
			if (cooperates && !leads) {
				asCooperating.add(issue);
			}
		}
		for (SupervisionNotice notice : ledger.getSupervisionNotices()) {
			if (notice.getUnit() == unit) {
				notices.add(notice);
			}
		}
		for (Interview interview : ledger.getInterviews()) {
			if (interview.getUnit() == unit) {
				interviews.add(interview);
			}
		}
		for (Deduction deduction : ledger.getDeductions()) {
			if (deduction.getUnit() == unit) {
				deductions.add(deduction);
			}
		}
		for (Accountability accountability : ledger.getAccountabilities()) {
			if (accountability.getUnits().contains(unit)) {
				accountabilities.add(accountability);
			}
		}
		counts = ResponsibilityMatrix.count(asLead, asCooperating.size(), asOf,
				new TimeRules(Settings.of(ledger).warningPolicy()));
		List<EObject> checked = new ArrayList<>();
		checked.add(unit);
		checked.addAll(asLead);
		checked.addAll(asCooperating);
		for (Problem problem : finder.check(checked)) {
			if (mine.contains(problem.object())) {
				problems.add(problem);
			}
		}
	}

	/** The dossier of {@code unit} in {@code ledger} as of {@code asOf}, with problems found by {@code finder}. */
	public static UnitDossier of(Ledger ledger, Organization unit, LocalDate asOf, ProblemFinder finder) {
		return new UnitDossier(Objects.requireNonNull(ledger, "ledger"), Objects.requireNonNull(unit, "unit"), //$NON-NLS-1$ //$NON-NLS-2$
				Objects.requireNonNull(asOf, "asOf"), Objects.requireNonNull(finder, "finder")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	public Organization unit() {
		return unit;
	}

	public LocalDate asOf() {
		return asOf;
	}

	/** The people working in the unit. */
	public List<Person> people() {
		return List.copyOf(people);
	}

	/** The units directly under it. */
	public List<Organization> children() {
		return List.copyOf(children);
	}

	/** The issues it leads (牵头). */
	public List<Issue> asLead() {
		return List.copyOf(asLead);
	}

	/** The issues it cooperates on (配合) without leading them. */
	public List<Issue> asCooperating() {
		return List.copyOf(asCooperating);
	}

	/** The issues it leads whose reported completion was rejected, with how often. */
	public List<Rejection> rejections() {
		return List.copyOf(rejections);
	}

	public List<SupervisionNotice> notices() {
		return List.copyOf(notices);
	}

	public List<Interview> interviews() {
		return List.copyOf(interviews);
	}

	public List<Deduction> deductions() {
		return List.copyOf(deductions);
	}

	/** The points deducted from the unit, in all. */
	public double deductedPoints() {
		return deductions.stream().mapToDouble(Deduction::getPoints).sum();
	}

	public List<Accountability> accountabilities() {
		return List.copyOf(accountabilities);
	}

	/** Its figures as of the day, over the issues it leads. */
	public UnitCounts counts() {
		return counts;
	}

	/** What the constraints find wrong with the unit or its assignments. */
	public List<Problem> problems() {
		return List.copyOf(problems);
	}
}
