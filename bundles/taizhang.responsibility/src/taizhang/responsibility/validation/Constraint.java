package taizhang.responsibility.validation;

import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * One rule the ledger's objects must keep, contributed through the extension point
 * {@value Constraints#EXTENSION_POINT} (see {@code schema/constraints.exsd} and
 * {@code doc/constraints.md}).
 * <p>
 * A constraint checks one object at a time, of the classes it names in {@link #targets()}, and
 * reports what is wrong to the context. It only reads. It may read what the object contains, and the
 * organizations and people the object refers to with their parent units: live validation checks the
 * object again whenever any of that changes ({@link #dependsOn}; see {@code doc/constraints.md} for the
 * exact rule).
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

	/**
	 * Whether the check of an object reads {@code feature} of an organization or person the object
	 * refers to (or of their parent units): live validation checks the object again with this constraint
	 * when such a feature changes. By default every feature counts; a constraint that names only what it
	 * reads keeps edits of large ledgers fast. Texts need not count: messages are formatted when shown.
	 */
	default boolean dependsOn(EStructuralFeature feature) {
		return true;
	}
}
