package taizhang.responsibility.validation;

import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import taizhang.model.Issue;
import taizhang.model.validation.LedgerValidator;

/**
 * One problem found by a {@link Constraint}: how bad, what, where (the object and feature to select
 * and reveal), and the object that was checked when it was found.
 */
public final class Problem {

	private final String constraintId;
	private final String code;
	private final Severity severity;
	private final EObject target;
	private final EObject object;
	private final EStructuralFeature feature;
	private final Message message;
	private final ProblemFinder finder;
	private Locale cachedLocale;
	private long cachedGeneration;
	private String cachedText;

	public Problem(String constraintId, String code, Severity severity, EObject target, EObject object,
			EStructuralFeature feature, Message message) {
		this(constraintId, code, severity, target, object, feature, message, null);
	}

	Problem(String constraintId, String code, Severity severity, EObject target, EObject object,
			EStructuralFeature feature, Message message, ProblemFinder finder) {
		this.finder = finder;
		this.constraintId = Objects.requireNonNull(constraintId, "constraintId"); //$NON-NLS-1$
		this.code = Objects.requireNonNull(code, "code"); //$NON-NLS-1$
		this.severity = Objects.requireNonNull(severity, "severity"); //$NON-NLS-1$
		this.target = Objects.requireNonNull(target, "target"); //$NON-NLS-1$
		this.object = object != null ? object : target;
		this.feature = feature;
		this.message = Objects.requireNonNull(message, "message"); //$NON-NLS-1$
	}

	/** The id of the constraint that found it. */
	public String constraintId() {
		return constraintId;
	}

	/** What kind of problem, stable within its constraint. */
	public String code() {
		return code;
	}

	public Severity severity() {
		return severity;
	}

	/** The object the constraint checked (an issue, a unit, a person …). */
	public EObject target() {
		return target;
	}

	/** The offending object, to select and reveal. */
	public EObject object() {
		return object;
	}

	/** The offending feature of {@link #object()}, or {@code null}. */
	public EStructuralFeature feature() {
		return feature;
	}

	/**
	 * The text in the language of {@code locale}, naming issues, units and people as they are now: a
	 * problem found by a live validation is formatted again after each change of the ledger.
	 */
	public synchronized String message(Locale locale) {
		long generation = finder == null ? 0 : finder.generation();
		if (!locale.equals(cachedLocale) || generation != cachedGeneration || cachedText == null) {
			cachedText = message.text(locale);
			cachedLocale = locale;
			cachedGeneration = generation;
		}
		return cachedText;
	}

	/** The issue the problem is about (the object's or the target's issue), or {@code null}. */
	public Issue issue() {
		Issue issue = issueOf(object);
		return issue != null ? issue : issueOf(target);
	}

	/** Where it is, for a Problems view: the issue, unit or person it concerns. */
	public String location(Locale locale) {
		Issue issue = issue();
		return LedgerValidator.objectLabel(issue != null ? issue : target, locale);
	}

	/** Whether {@code other} reports the same thing: constraint, code, severity, objects and feature. */
	public boolean sameAs(Problem other) {
		return constraintId.equals(other.constraintId) && code.equals(other.code) && severity == other.severity
				&& target == other.target && object == other.object && feature == other.feature;
	}

	private static Issue issueOf(EObject start) {
		for (EObject o = start; o != null; o = o.eContainer()) {
			if (o instanceof Issue issue) {
				return issue;
			}
		}
		return null;
	}

	@Override
	public String toString() {
		return severity + " " + constraintId + '/' + code + ": " + message(Locale.ENGLISH); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
