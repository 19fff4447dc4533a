package taizhang.responsibility.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

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
		Constraint[] all = applicable.computeIfAbsent(target.eClass(), this::constraintsFor);
		if (all.length == 0) {
			return List.of();
		}
		checker.start(target);
		for (Constraint constraint : all) {
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
			found.add(new Problem(constraint.id(), code, severity, target, object, feature, message));
		}
	}
}
