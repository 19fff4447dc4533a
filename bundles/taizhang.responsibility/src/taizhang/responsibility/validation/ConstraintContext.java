package taizhang.responsibility.validation;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import taizhang.model.Ledger;

/** What a {@link Constraint} checks against and reports to. */
public interface ConstraintContext {

	/** The ledger being validated. */
	Ledger ledger();

	/** The language problems are shown in first; messages must still answer for any locale. */
	Locale locale();

	/**
	 * Reports a problem of the object being checked.
	 *
	 * @param severity how bad it is
	 * @param code     what kind of problem, stable within the constraint (for filters and tests)
	 * @param object   the offending object: the checked object or one it contains or refers to
	 * @param feature  the offending feature of {@code object}, or {@code null}
	 * @param message  the text, naming the issue, unit or person and what is wrong
	 */
	void report(Severity severity, String code, EObject object, EStructuralFeature feature, Message message);
}
