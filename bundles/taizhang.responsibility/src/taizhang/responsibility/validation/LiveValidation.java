package taizhang.responsibility.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import taizhang.model.Assignment;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.Measure;
import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.model.structure.Organizations;
import taizhang.responsibility.Usages;
import taizhang.responsibility.validation.internal.CommandChanges;

/**
 * The current problems of one ledger, kept up to date as it is edited (the service behind a Problems
 * view).
 * <p>
 * {@link #validateAll()} checks every object of the ledger against every constraint. Attached to the
 * ledger's command stack ({@link #attach(CommandStack)}), it then checks again, after each command
 * executed, undone or redone, only what the command touched and what depends on it:
 * <ul>
 * <li>every object the command changed, put in or took out, with all it contains, and the objects
 * containing it (an issue when one of its assignments or measures changed);</li>
 * <li>every object it made refer to something, or stop referring to it, as far as those are
 * organizations or people (a unit that lost its first responsible person);</li>
 * <li>when an organization or a person changed: every issue that names it (region, assignments,
 * measures), every person of the unit, its subordinate units and the units retired into it; when a
 * unit's parent changed, all of that for every unit under it too.</li>
 * </ul>
 * When it cannot tell what a command changed (a failed command, a flushed stack) it validates
 * everything again.
 * <p>
 * Listeners hear of every change in the problems ({@link ProblemDelta}). Everything happens on the
 * thread that runs the commands; the class is not thread-safe.
 */
public final class LiveValidation implements AutoCloseable {

	/**
	 * Figures of the last validation run.
	 *
	 * @param full    whether it was a full validation
	 * @param checked how many objects were checked
	 * @param nanos   how long it took
	 */
	public record Run(boolean full, int checked, long nanos) {
	}

	private static final ModelPackage MODEL = ModelPackage.eINSTANCE;

	private final Ledger ledger;
	private final Constraints constraints;
	private final Locale locale;
	private final List<ProblemListener> listeners = new CopyOnWriteArrayList<>();
	/** The problems of each checked object that has any, in the order first found. */
	private final Map<EObject, List<Problem>> problems = new LinkedHashMap<>();
	private final Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
	private ProblemFinder finder;
	private CommandStack stack;
	private CommandStackListener stackListener;
	private Run lastRun = new Run(false, 0, 0);

	/**
	 * @param ledger      the ledger to watch
	 * @param constraints the constraints to check it against
	 * @param locale      the language problems are first formatted in (any language can be asked)
	 */
	public LiveValidation(Ledger ledger, Constraints constraints, Locale locale) {
		this.ledger = Objects.requireNonNull(ledger, "ledger"); //$NON-NLS-1$
		this.constraints = Objects.requireNonNull(constraints, "constraints"); //$NON-NLS-1$
		this.locale = Objects.requireNonNull(locale, "locale"); //$NON-NLS-1$
		for (Severity severity : Severity.values()) {
			counts.put(severity, 0);
		}
	}

	/** Validates the whole ledger, then follows every command of {@code commandStack}. */
	public void attach(CommandStack commandStack) {
		if (stack != null) {
			throw new IllegalStateException("already attached to a command stack"); //$NON-NLS-1$
		}
		stack = Objects.requireNonNull(commandStack, "commandStack"); //$NON-NLS-1$
		stackListener = event -> update(stack.getMostRecentCommand());
		validateAll();
		stack.addCommandStackListener(stackListener);
	}

	/** Stops following the command stack; the problems stay as they are. */
	@Override
	public void close() {
		if (stack != null) {
			stack.removeCommandStackListener(stackListener);
			stack = null;
		}
	}

	public Ledger ledger() {
		return ledger;
	}

	public Locale locale() {
		return locale;
	}

	public void addListener(ProblemListener listener) {
		listeners.add(Objects.requireNonNull(listener, "listener")); //$NON-NLS-1$
	}

	public void removeListener(ProblemListener listener) {
		listeners.remove(listener);
	}

	/** Every current problem. */
	public List<Problem> problems() {
		List<Problem> all = new ArrayList<>();
		problems.values().forEach(all::addAll);
		return all;
	}

	/** The current problems whose offending object or checked object is {@code object}. */
	public List<Problem> problemsOf(EObject object) {
		List<Problem> found = new ArrayList<>();
		for (Problem problem : problems.getOrDefault(object, List.of())) {
			found.add(problem);
		}
		for (List<Problem> list : problems.values()) {
			for (Problem problem : list) {
				if (problem.object() == object && problem.target() != object) {
					found.add(problem);
				}
			}
		}
		return found;
	}

	/** How many current problems have {@code severity}. */
	public int count(Severity severity) {
		return counts.get(severity);
	}

	/** The figures of the last run. */
	public Run lastRun() {
		return lastRun;
	}

	/** Checks every object of the ledger against the constraints as they are now. */
	public void validateAll() {
		long start = System.nanoTime();
		finder = new ProblemFinder(ledger, constraints, locale);
		List<Problem> removed = problems();
		problems.clear();
		counts.replaceAll((severity, count) -> 0);
		List<Problem> added = new ArrayList<>();
		int checked = 1;
		checkInto(ledger, added);
		for (Iterator<EObject> it = ledger.eAllContents(); it.hasNext();) {
			checkInto(it.next(), added);
			checked++;
		}
		lastRun = new Run(true, checked, System.nanoTime() - start);
		fire(new ProblemDelta(added, removed, true));
	}

	private void checkInto(EObject target, List<Problem> added) {
		List<Problem> found = finder.check(target);
		if (!found.isEmpty()) {
			problems.put(target, found);
			count(found, 1);
			added.addAll(found);
		}
	}

	/**
	 * Checks again what {@code command} touched and what depends on it (see the class comment); a
	 * {@code null} command, as after a failed command or a flush, validates everything. Called by the
	 * command stack listener after execute, undo and redo.
	 */
	public void update(Command command) {
		if (command == null || finder == null) {
			validateAll();
			return;
		}
		long start = System.nanoTime();
		Set<EObject> targets = targets(CommandChanges.of(command));
		List<Problem> added = new ArrayList<>();
		List<Problem> removed = new ArrayList<>();
		for (EObject target : targets) {
			recheck(target, added, removed);
		}
		lastRun = new Run(false, targets.size(), System.nanoTime() - start);
		if (!added.isEmpty() || !removed.isEmpty()) {
			fire(new ProblemDelta(added, removed, false));
		}
	}

	private void recheck(EObject target, List<Problem> added, List<Problem> removed) {
		List<Problem> before = problems.getOrDefault(target, List.of());
		List<Problem> after = isInLedger(target) ? finder.check(target) : List.of();
		if (same(before, after)) {
			return;
		}
		count(before, -1);
		count(after, 1);
		removed.addAll(before);
		added.addAll(after);
		if (after.isEmpty()) {
			problems.remove(target);
		} else {
			problems.put(target, after);
		}
	}

	/** The objects to check again after a command with these changes. */
	private Set<EObject> targets(CommandChanges changes) {
		Set<EObject> targets = new LinkedHashSet<>();
		Set<Organization> units = identitySet();
		Set<Organization> moved = identitySet();
		Set<Person> people = identitySet();
		Set<EObject> removed = identitySet();
		for (Map.Entry<EObject, Set<EStructuralFeature>> entry : changes.owners.entrySet()) {
			EObject owner = entry.getKey();
			if (!isInLedger(owner)) {
				continue; // a detached object: its problems went when it was taken out
			}
			withContainers(owner, targets);
			if (owner instanceof Organization unit) {
				units.add(unit);
				if (entry.getValue().contains(MODEL.getOrganization_Parent())) {
					moved.add(unit);
				}
			} else if (owner instanceof Person person) {
				people.add(person);
			}
		}
		for (EObject object : changes.contained) {
			if (isInLedger(object)) {
				withContainers(object, targets);
				object.eAllContents().forEachRemaining(targets::add);
				if (object instanceof Organization unit) {
					units.add(unit);
				} else if (object instanceof Person person) {
					people.add(person);
				}
			} else {
				removed.add(object);
			}
		}
		for (EObject object : changes.referenced) {
			if (object instanceof Organization || object instanceof Person) {
				if (isInLedger(object)) {
					targets.add(object);
				} else {
					removed.add(object);
				}
			}
		}
		if (!removed.isEmpty()) {
			addReferrersOfRemoved(removed, changes, targets);
		}
		addDependents(units, moved, people, targets);
		return targets;
	}

	/**
	 * Objects taken out of the ledger: their problems go, and whatever still refers to them is checked
	 * again (its references now dangle). Inside an issue that is the rest of the issue (evidence of a
	 * removed measure); objects the whole ledger may refer to (units, people, issues, rounds, custom
	 * fields) are looked for everywhere.
	 */
	private void addReferrersOfRemoved(Set<EObject> removed, CommandChanges changes, Set<EObject> targets) {
		Set<EObject> referable = identitySet();
		for (EObject object : removed) {
			forgetProblemsIn(object, targets);
			if (REFERABLE.contains(object.eClass())) {
				referable.add(object);
				object.eAllContents().forEachRemaining(referable::add);
			}
		}
		for (EObject owner : changes.owners.keySet()) {
			Issue issue = issueOf(owner);
			if (issue != null && isInLedger(issue)) {
				targets.add(issue);
				issue.eAllContents().forEachRemaining(targets::add);
			}
		}
		if (!referable.isEmpty()) {
			for (Usages.Usage usage : Usages.of(ledger, referable)) {
				withContainers(usage.owner(), targets);
			}
		}
	}

	/** The classes of the objects held by the ledger that anything may refer to. */
	private static final Set<EClass> REFERABLE = Set.of(MODEL.getOrganization(), MODEL.getPerson(), MODEL.getIssue(),
			MODEL.getInspectionRound(), MODEL.getCustomFieldDefinition());

	private static Issue issueOf(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof Issue issue) {
				return issue;
			}
		}
		return null;
	}

	/** The object and its containers, the ledger only when it is the object itself. */
	private void withContainers(EObject object, Set<EObject> targets) {
		targets.add(object);
		for (EObject container = object.eContainer(); container != null && container != ledger; container = container
				.eContainer()) {
			targets.add(container);
		}
	}

	/** A removed object and what it held: their problems are dropped by checking them again. */
	private void forgetProblemsIn(EObject object, Set<EObject> targets) {
		if (problems.containsKey(object)) {
			targets.add(object);
		}
		for (Iterator<EObject> it = object.eAllContents(); it.hasNext();) {
			EObject content = it.next();
			if (problems.containsKey(content)) {
				targets.add(content);
			}
		}
	}

	/**
	 * What depends on changed units and people: for a moved unit everything under it too; for each
	 * unit its people, subordinate units and the units retired into it; every issue naming one of the
	 * units or people (with the naming assignments and measures); and the units of the people.
	 */
	private void addDependents(Set<Organization> units, Set<Organization> moved, Set<Person> people,
			Set<EObject> targets) {
		if (units.isEmpty() && people.isEmpty()) {
			return;
		}
		for (Organization unit : moved) {
			units.addAll(Organizations.descendants(unit));
		}
		if (!units.isEmpty()) {
			for (Organization unit : ledger.getOrganizations()) {
				if (units.contains(unit) || units.contains(unit.getParent()) || units.contains(unit.getSuccessor())) {
					targets.add(unit);
				}
			}
			for (Person person : ledger.getPersons()) {
				if (units.contains(person.getOrganization())) {
					people.add(person);
				}
			}
		}
		for (Person person : people) {
			targets.add(person);
			if (person.getOrganization() != null) {
				targets.add(person.getOrganization());
			}
		}
		for (Issue issue : ledger.getIssues()) {
			boolean names = units.contains(issue.getRegion());
			for (Assignment assignment : issue.getAssignments()) {
				if (units.contains(assignment.getOrganization()) || people.contains(assignment.getPerson())) {
					targets.add(assignment);
					names = true;
				}
			}
			if (issue.getPlan() != null) {
				for (Measure measure : issue.getPlan().getMeasures()) {
					if (measure.getUnit() != null && units.contains(measure.getUnit())) {
						targets.add(measure);
						names = true;
					}
				}
			}
			if (names) {
				targets.add(issue);
			}
		}
	}

	private boolean isInLedger(EObject object) {
		EObject root = object;
		for (EObject container = root.eContainer(); container != null; container = container.eContainer()) {
			root = container;
		}
		return root == ledger;
	}

	private boolean same(List<Problem> before, List<Problem> after) {
		if (before.size() != after.size()) {
			return false;
		}
		for (int i = 0; i < before.size(); i++) {
			if (!before.get(i).sameAs(after.get(i), locale)) {
				return false;
			}
		}
		return true;
	}

	private void count(List<Problem> list, int sign) {
		for (Problem problem : list) {
			counts.merge(problem.severity(), sign, Integer::sum);
		}
	}

	private void fire(ProblemDelta delta) {
		for (ProblemListener listener : listeners) {
			listener.problemsChanged(delta);
		}
	}

	private static <T> Set<T> identitySet() {
		return Collections.newSetFromMap(new IdentityHashMap<>());
	}
}
