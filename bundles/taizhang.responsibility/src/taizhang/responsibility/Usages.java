package taizhang.responsibility;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import taizhang.model.Ledger;
import taizhang.model.labels.ModelLabels;
import taizhang.model.validation.LedgerValidator;
import taizhang.responsibility.internal.Messages;

/**
 * What in a ledger points at given objects: every persisted, non-containment reference whose value
 * is (or, for a list, contains) one of them. This is what "nothing is left pointing at a retired
 * unit" is checked against, and what merging or retiring a unit reassigns.
 */
public final class Usages {

	/**
	 * One reference to a target.
	 *
	 * @param owner     the object holding the reference
	 * @param reference the reference
	 * @param target    the object referred to
	 */
	public record Usage(EObject owner, EReference reference, EObject target) {

		/** What refers, e.g. 问题 ZY-1（序号 3）的牵头单位 / Issue ZY-1 (No. 3): Lead unit. */
		public String describe(Locale locale) {
			return Messages.format(locale, "usage", LedgerValidator.objectLabel(owner, locale), //$NON-NLS-1$
					ModelLabels.featureLabel(reference, locale));
		}
	}

	private Usages() {
	}

	/** Everything in {@code ledger} that refers to {@code target}, in the ledger's order. */
	public static List<Usage> of(Ledger ledger, EObject target) {
		return of(ledger, Set.of(target));
	}

	/** Everything in {@code ledger} that refers to one of {@code targets}, in the ledger's order. */
	public static List<Usage> of(Ledger ledger, Set<? extends EObject> targets) {
		Set<EObject> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
		wanted.addAll(targets);
		List<Usage> usages = new ArrayList<>();
		Map<EClass, Scan> scans = new IdentityHashMap<>();
		collect(ledger, wanted, usages, scans);
		return usages;
	}

	private static void collect(EObject object, Set<EObject> targets, List<Usage> usages, Map<EClass, Scan> scans) {
		Scan scan = scans.computeIfAbsent(object.eClass(), Scan::new);
		for (EReference reference : scan.references) {
			Object value = object.eGet(reference);
			if (reference.isMany()) {
				for (Object element : (List<?>) value) {
					if (targets.contains(element)) {
						usages.add(new Usage(object, reference, (EObject) element));
					}
				}
			} else if (value != null && targets.contains(value)) {
				usages.add(new Usage(object, reference, (EObject) value));
			}
		}
		for (EReference containment : scan.containments) {
			Object value = object.eGet(containment);
			if (containment.isMany()) {
				for (Iterator<?> it = ((List<?>) value).iterator(); it.hasNext();) {
					collect((EObject) it.next(), targets, usages, scans);
				}
			} else if (value != null) {
				collect((EObject) value, targets, usages, scans);
			}
		}
	}

	/** The references of one class worth reading: persisted cross references, and containments. */
	private static final class Scan {
		final List<EReference> references = new ArrayList<>();
		final List<EReference> containments = new ArrayList<>();

		Scan(EClass eClass) {
			for (EReference reference : eClass.getEAllReferences()) {
				if (reference.isContainment()) {
					containments.add(reference);
				} else if (!reference.isTransient() && !reference.isDerived() && !reference.isContainer()) {
					references.add(reference);
				}
			}
		}
	}
}
