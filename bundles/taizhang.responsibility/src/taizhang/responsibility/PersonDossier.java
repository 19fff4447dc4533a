package taizhang.responsibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import taizhang.core.issues.IssueFacts;
import taizhang.core.settings.Settings;
import taizhang.core.time.TimeRules;
import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.Person;
import taizhang.model.WarningLevel;
import taizhang.responsibility.validation.Problem;
import taizhang.responsibility.validation.ProblemFinder;

/**
 * Everything one person answers for (个人责任清单) as of a day: each issue and the role in it, with the
 * issue's warning, and the problems the constraints find with the person and their assignments.
 */
public final class PersonDossier {

	/**
	 * One issue the person answers for.
	 *
	 * @param issue   the issue
	 * @param role    the person's role in it
	 * @param warning the issue's warning on the day, or {@code null}
	 * @param overdue whether the issue is overdue on the day
	 * @param done    whether the issue counts as done
	 */
	public record Entry(Issue issue, AssignmentRole role, WarningLevel warning, boolean overdue, boolean done) {
	}

	private final Person person;
	private final LocalDate asOf;
	private final List<Entry> entries;
	private final List<Problem> problems;

	private PersonDossier(Person person, LocalDate asOf, List<Entry> entries, List<Problem> problems) {
		this.person = person;
		this.asOf = asOf;
		this.entries = List.copyOf(entries);
		this.problems = List.copyOf(problems);
	}

	/**
	 * The dossier of {@code person} in {@code ledger} as of {@code asOf}, with the ledger's time rules;
	 * problems found by {@code finder} (e.g. {@code new ProblemFinder(ledger, Constraints.builtIn(), locale)}).
	 */
	public static PersonDossier of(Ledger ledger, Person person, LocalDate asOf, ProblemFinder finder) {
		Objects.requireNonNull(person, "person"); //$NON-NLS-1$
		Objects.requireNonNull(asOf, "asOf"); //$NON-NLS-1$
		TimeRules rules = new TimeRules(Settings.of(ledger).warningPolicy());
		List<Entry> entries = new ArrayList<>();
		Set<EObject> mine = Collections.newSetFromMap(new IdentityHashMap<>());
		mine.add(person);
		List<EObject> checked = new ArrayList<>();
		checked.add(person);
		for (Issue issue : ledger.getIssues()) {
			boolean answers = false;
			for (Assignment assignment : issue.getAssignments()) {
				if (assignment.getPerson() == person) {
					entries.add(new Entry(issue, assignment.getRole(), rules.warningLevel(issue, asOf),
							rules.isOverdue(issue, asOf), IssueFacts.isDone(issue)));
					mine.add(assignment);
					answers = true;
				}
			}
			if (answers) {
				checked.add(issue);
			}
		}
		List<Problem> problems = new ArrayList<>();
		for (Problem problem : finder.check(checked)) {
			if (mine.contains(problem.object())) {
				problems.add(problem);
			}
		}
		return new PersonDossier(person, asOf, entries, problems);
	}

	public Person person() {
		return person;
	}

	public LocalDate asOf() {
		return asOf;
	}

	/** Every issue the person answers for, one entry per role, in the ledger's order. */
	public List<Entry> entries() {
		return entries;
	}

	/** The entries of one role. */
	public List<Entry> entries(AssignmentRole role) {
		return entries.stream().filter(entry -> entry.role() == role).toList();
	}

	/** How many of the person's issues carry each warning level (issues counted once). */
	public Map<WarningLevel, Integer> warnings() {
		Map<WarningLevel, Integer> counts = new EnumMap<>(WarningLevel.class);
		Set<Issue> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Entry entry : entries) {
			if (entry.warning() != null && seen.add(entry.issue())) {
				counts.merge(entry.warning(), 1, Integer::sum);
			}
		}
		return counts;
	}

	/** What the constraints find wrong with the person or their assignments. */
	public List<Problem> problems() {
		return problems;
	}
}
