package taizhang.responsibility.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.model.structure.Organizations;
import taizhang.responsibility.Usages;
import taizhang.responsibility.validation.internal.CommandChanges;
import taizhang.responsibility.validation.internal.ReferrerIndex;

/**
 * The current problems of one ledger, kept up to date as it is edited (the service behind a Problems
 * view).
 * <p>
 * {@link #validateAll()} checks every object of the ledger against every constraint. Attached to the
 * ledger's command stack ({@link #attach(CommandStack)}), it then checks again, after each command
 * executed, undone or redone, only what the command touched and what depends on it:
 * <ul>
 * <li>every object the command changed, put in or took out, with all it contains, and the objects
 * containing it (an issue when one of its assignments or measures changed) — against every
 * constraint;</li>
 * <li>every organization or person it made something refer to, or stop referring to (a unit that lost
 * its first responsible person) — against every constraint;</li>
 * <li>when features of an organization or person changed: whatever refers to it (issues through their
 * region, assignments and measures; people through their unit; units through their parent or
 * successor), the people of a changed unit and whatever refers to them, and for a unit with a new
 * parent all of that for every unit under it — against the constraints that depend on those features
 * ({@link Constraint#dependsOn});</li>
 * <li>when something the ledger's objects may refer to (a unit, person, issue, round or custom field)
 * was taken out or put back: whatever refers to it.</li>
 * </ul>
 * When it cannot tell what a command changed (a failed command, a flushed stack) it validates
 * everything again.
 * <p>
 * Listeners hear after every run what changed in the problems ({@link ProblemDelta}); the texts of the
 * other problems may have changed too (a unit's new name), so a view refreshes the texts it shows.
 * <p>
 * Everything happens on the thread that runs the commands; the class is not thread-safe. The one
 * exception is a first {@link #validateAll(IProgressMonitor)} before {@link #follow(CommandStack)}:
 * it may run in a background job while commands run elsewhere, since it changes nothing visible
 * until it is done, but the ledger is not locked meanwhile: a command run while it reads may make it
 * throw or leave its result stale, so the caller validates again when a command ran meanwhile (or
 * the run threw), then follows the stack.
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

	/** The classes of the objects held by the ledger that anything may refer to. */
	private static final Set<EClass> REFERABLE = Set.of(MODEL.getOrganization(), MODEL.getPerson(), MODEL.getIssue(),
			MODEL.getInspectionRound(), MODEL.getCustomFieldDefinition());

	private final Ledger ledger;
	private final Constraints constraints;
	private final Locale locale;
	private final List<ProblemListener> listeners = new CopyOnWriteArrayList<>();
	/** The problems of each checked object that has any, in the order first found. */
	private final Map<EObject, List<Problem>> problems = new LinkedHashMap<>();
	private final Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
	/** Objects anything may refer to that a command took out: if one comes back, its referrers are checked. */
	private final Set<EObject> removedReferable = Collections.newSetFromMap(new WeakHashMap<>());
	private ReferrerIndex referrers = new ReferrerIndex();
	private ProblemFinder finder;
	private CommandStack stack;
	private CommandStackListener stackListener;
	private Run lastRun = new Run(false, 0, 0);

	/**
	 * @param ledger      the ledger to watch
	 * @param constraints the constraints to check it against
	 * @param locale      the language constraints are told problems are shown in first
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
		checkDetached();
		validateAll();
		follow(commandStack);
	}

	/**
	 * Follows every command of {@code commandStack} from now on, without validating first: for a
	 * caller that validated the whole ledger already, e.g. in a background job (see the class
	 * comment). Before any full validation, the first command validates everything.
	 */
	public void follow(CommandStack commandStack) {
		checkDetached();
		stack = Objects.requireNonNull(commandStack, "commandStack"); //$NON-NLS-1$
		CommandStack followed = stack;
		stackListener = event -> update(followed.getMostRecentCommand());
		stack.addCommandStackListener(stackListener);
	}

	private void checkDetached() {
		if (stack != null) {
			throw new IllegalStateException("already attached to a command stack"); //$NON-NLS-1$
		}
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
		List<Problem> found = new ArrayList<>(problems.getOrDefault(object, List.of()));
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
		validateAll(null);
	}

	/**
	 * Checks every object of the ledger against the constraints as they are now, telling
	 * {@code monitor} (may be {@code null}) how far it got: one unit of work for each object the ledger
	 * holds directly (an issue with everything in it, a unit, a person).
	 *
	 * @throws OperationCanceledException when the monitor is cancelled; the problems are then as they
	 *                                    were before, and no listener hears anything
	 */
	public void validateAll(IProgressMonitor monitor) {
		long start = System.nanoTime();
		// A copy: a command adding an issue meanwhile (see the class comment) must not break the loop.
		List<EObject> top = List.copyOf(ledger.eContents());
		SubMonitor progress = SubMonitor.convert(monitor, top.size());
		ProblemFinder fresh = new ProblemFinder(ledger, constraints, locale);
		Map<EObject, List<Problem>> found = new LinkedHashMap<>();
		ReferrerIndex index = new ReferrerIndex();
		int checked = 1;
		checkInto(ledger, fresh, found, index);
		for (EObject object : top) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			checkInto(object, fresh, found, index);
			checked++;
			for (Iterator<EObject> it = object.eAllContents(); it.hasNext();) {
				checkInto(it.next(), fresh, found, index);
				checked++;
			}
			progress.worked(1);
		}
		List<Problem> removed = problems();
		finder = fresh;
		referrers = index;
		problems.clear();
		problems.putAll(found);
		removedReferable.clear();
		counts.replaceAll((severity, count) -> 0);
		List<Problem> added = problems();
		count(added, 1);
		lastRun = new Run(true, checked, System.nanoTime() - start);
		fire(new ProblemDelta(added, removed, true));
	}

	private static void checkInto(EObject target, ProblemFinder finder, Map<EObject, List<Problem>> found,
			ReferrerIndex index) {
		index.note(target);
		List<Problem> problems = finder.check(target);
		if (!problems.isEmpty()) {
			found.put(target, problems);
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
		finder.changed();
		Plan plan = plan(CommandChanges.of(command));
		List<Problem> added = new ArrayList<>();
		List<Problem> removed = new ArrayList<>();
		for (EObject target : plan.full) {
			referrers.note(target);
			recheck(target, null, added, removed);
		}
		int checked = plan.full.size();
		for (Map.Entry<EObject, Set<EStructuralFeature>> entry : plan.partial.entrySet()) {
			EObject target = entry.getKey();
			if (!plan.full.contains(target)) {
				Set<Constraint> only = dependingOn(target, entry.getValue());
				if (!only.isEmpty()) {
					recheck(target, only, added, removed);
					checked++;
				}
			}
		}
		lastRun = new Run(false, checked, System.nanoTime() - start);
		fire(new ProblemDelta(added, removed, false));
	}

	/** The constraints checking {@code target} that depend on one of {@code features}. */
	private Set<Constraint> dependingOn(EObject target, Set<EStructuralFeature> features) {
		Set<Constraint> only = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Constraint constraint : finder.constraintsOf(target.eClass())) {
			for (EStructuralFeature feature : features) {
				if (constraint.dependsOn(feature)) {
					only.add(constraint);
					break;
				}
			}
		}
		return only;
	}

	/** Checks {@code target} again with {@code only} those constraints (all when null). */
	private void recheck(EObject target, Set<Constraint> only, List<Problem> added, List<Problem> removed) {
		List<Problem> before = problems.getOrDefault(target, List.of());
		List<Problem> after = new ArrayList<>();
		if (isInLedger(target)) {
			List<Problem> found = finder.check(target, only);
			// an unchanged problem keeps its instance: a view keeps its selection
			for (Constraint constraint : finder.constraintsOf(target.eClass())) {
				boolean run = only == null || only.contains(constraint);
				for (Problem problem : run ? found : before) {
					if (problem.constraintId().equals(constraint.id())) {
						after.add(run ? earlier(before, problem) : problem);
					}
				}
			}
		}
		if (same(before, after)) {
			return;
		}
		List<Problem> gone = new ArrayList<>(before);
		gone.removeAll(after);
		List<Problem> come = new ArrayList<>(after);
		come.removeAll(before);
		count(gone, -1);
		count(come, 1);
		removed.addAll(gone);
		added.addAll(come);
		if (after.isEmpty()) {
			problems.remove(target);
		} else {
			problems.put(target, after);
		}
	}

	/** The earlier instance of {@code problem}, if it reports the same in the same words. */
	private Problem earlier(List<Problem> before, Problem problem) {
		for (Problem old : before) {
			if (old.sameAs(problem) && old.message(locale).equals(problem.message(locale))) {
				return old;
			}
		}
		return problem;
	}

	/** What to check again: some objects against every constraint, others against some. */
	private static final class Plan {
		final Set<EObject> full = new LinkedHashSet<>();
		/** Objects depending on changed features of organizations and people, with those features. */
		final Map<EObject, Set<EStructuralFeature>> partial = new LinkedHashMap<>();

		void partial(EObject target, Set<EStructuralFeature> features) {
			partial.computeIfAbsent(target, t -> new HashSet<>()).addAll(features);
		}
	}

	/** The objects to check again after a command with these changes. */
	private Plan plan(CommandChanges changes) {
		Plan plan = new Plan();
		Map<Organization, Set<EStructuralFeature>> units = new IdentityHashMap<>();
		Map<Person, Set<EStructuralFeature>> people = new IdentityHashMap<>();
		Set<EObject> referable = identitySet();
		for (Map.Entry<EObject, Set<EStructuralFeature>> entry : changes.owners.entrySet()) {
			EObject owner = entry.getKey();
			if (!isInLedger(owner)) {
				continue; // a detached object: its problems went when it was taken out
			}
			withContainers(owner, plan.full);
			structure(owner, entry.getValue(), units, people);
		}
		for (EObject object : changes.contained) {
			if (isInLedger(object)) {
				withContainers(object, plan.full);
				object.eAllContents().forEachRemaining(plan.full::add);
				structure(object, new HashSet<>(object.eClass().getEAllStructuralFeatures()), units, people);
				if (removedReferable.remove(object)) {
					referable.add(object); // back after an undo: what pointed at it no longer dangles
				}
			} else {
				forgetProblemsIn(object, plan.full);
				if (REFERABLE.contains(object.eClass())) {
					removedReferable.add(object);
					referable.add(object);
				}
			}
		}
		for (EObject object : changes.referenced) {
			if (object instanceof Organization || object instanceof Person) {
				if (isInLedger(object)) {
					plan.full.add(object);
				} else {
					referable.add(object);
				}
			}
		}
		if (!changes.contained.isEmpty()) {
			// objects of an issue refer to each other (evidence to measures): check the whole issue
			for (EObject owner : changes.owners.keySet()) {
				Issue issue = issueOf(owner);
				if (issue != null && isInLedger(issue)) {
					plan.full.add(issue);
					issue.eAllContents().forEachRemaining(plan.full::add);
				}
			}
		}
		if (!referable.isEmpty()) {
			addUsersOf(referable, plan.full);
		}
		addDependents(units, people, plan);
		return plan;
	}

	private static void structure(EObject object, Set<EStructuralFeature> features,
			Map<Organization, Set<EStructuralFeature>> units, Map<Person, Set<EStructuralFeature>> people) {
		if (object instanceof Organization unit) {
			units.computeIfAbsent(unit, u -> new HashSet<>()).addAll(features);
		} else if (object instanceof Person person) {
			people.computeIfAbsent(person, p -> new HashSet<>()).addAll(features);
		}
	}

	/**
	 * Whatever refers to objects the ledger's objects may refer to (units, people, issues, rounds,
	 * custom fields) that were taken out, or put back: its references dangle, or no longer do.
	 */
	private void addUsersOf(Set<EObject> referable, Set<EObject> targets) {
		Set<EObject> all = identitySet();
		for (EObject object : referable) {
			all.add(object);
			object.eAllContents().forEachRemaining(all::add);
		}
		for (Usages.Usage usage : Usages.of(ledger, all)) {
			withContainers(usage.owner(), targets);
		}
	}

	/**
	 * What depends on changed features of units and people. A unit with a new parent changes the parent
	 * chain of every unit under it; the people of a changed unit change with it (a responsible person's
	 * unit is read through the person). Then everything referring to a changed unit or person: its
	 * subordinate units and the units retired into it, its people, the issues naming it (with the naming
	 * assignments and measures), and the unit of a changed person.
	 */
	private void addDependents(Map<Organization, Set<EStructuralFeature>> units,
			Map<Person, Set<EStructuralFeature>> people, Plan plan) {
		// Only features some constraint reads count: a new name changes texts only, which are worded
		// when shown; a unit's list of subordinates changes with their parent, which counts on its own.
		keepRead(units);
		keepRead(people);
		if (units.isEmpty() && people.isEmpty()) {
			return;
		}
		EStructuralFeature parent = MODEL.getOrganization_Parent();
		for (Organization unit : List.copyOf(units.keySet())) {
			if (units.get(unit).contains(parent)) {
				for (Organization below : Organizations.descendants(unit)) {
					units.computeIfAbsent(below, u -> new HashSet<>()).add(parent);
				}
			}
		}
		if (!units.isEmpty()) {
			for (Organization unit : ledger.getOrganizations()) {
				dependsOn(unit, units.get(unit), plan);
				dependsOn(unit, units.get(unit.getParent()), plan);
				dependsOn(unit, units.get(unit.getSuccessor()), plan);
			}
			for (Person person : ledger.getPersons()) {
				Set<EStructuralFeature> features = units.get(person.getOrganization());
				if (features != null) {
					people.computeIfAbsent(person, p -> new HashSet<>()).addAll(features);
				}
			}
		}
		people.forEach((person, features) -> {
			plan.partial(person, features);
			dependsOn(person.getOrganization(), features, plan);
		});
		addReferrers(units, plan);
		addReferrers(people, plan);
	}

	/** The issues, assignments and measures referring to changed units or people, and their issues. */
	private void addReferrers(Map<? extends EObject, Set<EStructuralFeature>> changed, Plan plan) {
		changed.forEach((target, features) -> {
			for (EObject referrer : referrers.referrers(target, this::isInLedger)) {
				plan.partial(referrer, features);
				Issue issue = issueOf(referrer);
				if (issue != referrer && issue != null) {
					plan.partial(issue, features);
				}
			}
		});
	}

	/** Drops the features no constraint reads, and the objects left without any. */
	private void keepRead(Map<? extends EObject, Set<EStructuralFeature>> changed) {
		for (Iterator<? extends Set<EStructuralFeature>> it = changed.values().iterator(); it.hasNext();) {
			Set<EStructuralFeature> features = it.next();
			features.removeIf(feature -> !isRead(feature));
			if (features.isEmpty()) {
				it.remove();
			}
		}
	}

	private boolean isRead(EStructuralFeature feature) {
		for (Constraint constraint : finder.constraints()) {
			if (constraint.dependsOn(feature)) {
				return true;
			}
		}
		return false;
	}

	private static void dependsOn(EObject target, Set<EStructuralFeature> features, Plan plan) {
		if (target != null && features != null) {
			plan.partial(target, features);
		}
	}

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

	private boolean isInLedger(EObject object) {
		EObject root = object;
		for (EObject container = root.eContainer(); container != null; container = container.eContainer()) {
			root = container;
		}
		return root == ledger;
	}

	private static boolean same(List<Problem> before, List<Problem> after) {
		if (before.size() != after.size()) {
			return false;
		}
		for (int i = 0; i < before.size(); i++) {
			if (before.get(i) != after.get(i)) {
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
