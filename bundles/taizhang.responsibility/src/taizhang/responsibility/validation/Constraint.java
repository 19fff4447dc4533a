package taizhang.responsibility.validation;

import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * One rule the ledger's objects must keep, contributed through the extension point
 * {@value Constraints#EXTENSION_POINT} (see {@code schema/constraints.exsd} and
 * {@code doc/constraints.md}).
 * <p>
 * A constraint checks one object at a time, of the classes it names in {@link #targets()}, and
 * reports what is wrong to the context. It only reads. It may read what the object contains, and the
 * organizations and people the object refers to with their parent units: live validation checks the
 * object again whenever any of that changes (see {@code doc/constraints.md} for the exact rule).
 */
public interface Constraint {

	/** Stands in {@link #targets()} for "every object". */
	EClass EVERY_OBJECT = EcorePackage.Literals.EOBJECT;

	/** A stable, unique id, e.g. {@code org.example.office.phoneRequired}. */
	String id();

	/** What the constraint demands, for people: Chinese for a {@code zh} locale, English otherwise. */
	String label(Locale locale);

	/** The classes whose objects the constraint checks (their subclasses too), or {@link #EVERY_OBJECT}. */
	Set<EClass> targets();

	/** Checks {@code target}, an object of one of the target classes, reporting problems to {@code context}. */
	void check(EObject target, ConstraintContext context);
}
