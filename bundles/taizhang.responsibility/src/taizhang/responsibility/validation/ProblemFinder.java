package taizhang.responsibility.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import taizhang.model.Ledger;
import taizhang.responsibility.internal.Messages;

/**
 * Checks objects of one ledger against a set of constraints, once: each object against the
 * constraints whose targets include its class. The constraints are those of the {@link Constraints}
 * when the finder is made. {@link LiveValidation} keeps the results current; a dossier or a command
 * line report uses a finder directly.
 */
public final class ProblemFinder {

	private final Ledger ledger;
	private final Locale locale;
	private final List<Constraint> constraints;
	private final Map<EClass, Constraint[]> applicable = new IdentityHashMap<>();
	private final Checker checker = new Checker();
	/** Counts changes of the ledger, after which the texts of problems are formatted again. */
	private long generation;

	public ProblemFinder(Ledger ledger, Constraints constraints, Locale locale) {
		this.ledger = Objects.requireNonNull(ledger, "ledger"); //$NON-NLS-1$
		this.locale = Objects.requireNonNull(locale, "locale"); //$NON-NLS-1$
		this.constraints = constraints.constraints();
	}

	public Ledger ledger() {
		return ledger;
	}

	public Locale locale() {
		return locale;
	}

	/** The constraints checked, ordered by id. */
	public List<Constraint> constraints() {
		return constraints;
	}

	/** The problems of {@code target} itself (not of what it contains), in the order of the constraints. */
	public List<Problem> check(EObject target) {
		return check(target, null);
	}

	/** The constraints that check objects of {@code eClass}, in order. */
	Constraint[] constraintsOf(EClass eClass) {
		return applicable.computeIfAbsent(eClass, this::constraintsFor);
	}

	/**
	 * The problems {@code only} of the constraints that check {@code target} find with it; all of them
	 * when {@code only} is null.
	 */
	List<Problem> check(EObject target, Set<Constraint> only) {
		Constraint[] all = constraintsOf(target.eClass());
		if (all.length == 0) {
			return List.of();
		}
		checker.start(target);
		for (Constraint constraint : all) {
			if (only != null && !only.contains(constraint)) {
				continue;
			}
			checker.constraint = constraint;
			try {
				constraint.check(target, checker);
			} catch (RuntimeException e) {
				checker.report(Severity.ERROR, "failed", target, null, //$NON-NLS-1$
						l -> Messages.format(l, "problem.constraintFailed", constraint.label(l), String.valueOf(e))); //$NON-NLS-1$
			}
		}
		return checker.finish();
	}

	/** The problems of each of {@code targets}. */
	public List<Problem> check(Collection<? extends EObject> targets) {
		List<Problem> found = new ArrayList<>();
		for (EObject target : targets) {
			found.addAll(check(target));
		}
		return found;
	}

	/** The problems of every object of the ledger, the ledger included, in the ledger's order. */
	public List<Problem> checkAll() {
		List<Problem> found = new ArrayList<>(check(ledger));
		for (Iterator<EObject> it = ledger.eAllContents(); it.hasNext();) {
			found.addAll(check(it.next()));
		}
		return found;
	}

	long generation() {
		return generation;
	}

	/** The ledger changed: texts of problems are formatted again when next asked for. */
	void changed() {
		generation++;
	}

	private Constraint[] constraintsFor(EClass eClass) {
		List<Constraint> found = new ArrayList<>();
		for (Constraint constraint : constraints) {
			for (EClass target : constraint.targets()) {
				if (target == Constraint.EVERY_OBJECT || target.isSuperTypeOf(eClass)) {
					found.add(constraint);
					break;
				}
			}
		}
		return found.toArray(Constraint[]::new);
	}

	/** The context handed to constraints; collects the problems of one object. */
	private final class Checker implements ConstraintContext {
		Constraint constraint;
		private EObject target;
		private List<Problem> found;

		void start(EObject checked) {
			target = checked;
			found = null;
		}

		List<Problem> finish() {
			List<Problem> result = found == null ? List.of() : found;
			found = null;
			target = null;
			return result;
		}

		@Override
		public Ledger ledger() {
			return ledger;
		}

		@Override
		public Locale locale() {
			return locale;
		}

		@Override
		public void report(Severity severity, String code, EObject object, EStructuralFeature feature,
				Message message) {
			if (found == null) {
				found = new ArrayList<>(2);
			}
			found.add(new Problem(constraint.id(), code, severity, target, object, feature, message, ProblemFinder.this));
		}
	}
}
