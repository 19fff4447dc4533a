package taizhang.store.sqlite.tests;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Comparing models in tests. */
final class Models {

	private Models() {
	}

	/**
	 * Whether two ledgers hold the same persisted content: every non-transient feature, lists in
	 * order, references to corresponding objects.
	 */
	static boolean samePersistedContent(EObject expected, EObject actual) {
		EcoreUtil.EqualityHelper helper = new EcoreUtil.EqualityHelper() {
			private static final long serialVersionUID = 1L;

			@Override
			protected boolean haveEqualFeature(EObject a, EObject b, EStructuralFeature feature) {
				return feature.isTransient() || super.haveEqualFeature(a, b, feature);
			}
		};
		return helper.equals(expected, actual);
	}

	/** A readable difference for assertion messages: the first object whose features differ. */
	static String firstDifference(EObject expected, EObject actual) {
		List<EObject> a = all(expected);
		List<EObject> b = all(actual);
		if (a.size() != b.size()) {
			return "object count " + a.size() + " vs " + b.size();
		}
		for (int i = 0; i < a.size(); i++) {
			EObject x = a.get(i);
			EObject y = b.get(i);
			if (x.eClass() != y.eClass()) {
				return "object " + i + ": " + x.eClass().getName() + " vs " + y.eClass().getName();
			}
			for (EStructuralFeature f : x.eClass().getEAllAttributes()) {
				Object vx = x.eGet(f);
				Object vy = y.eGet(f);
				if (vx == null ? vy != null : !vx.equals(vy)) {
					return x.eClass().getName() + "." + f.getName() + ": " + vx + " vs " + vy;
				}
			}
		}
		return "references differ";
	}

	static List<EObject> all(EObject root) {
		List<EObject> list = new ArrayList<>();
		list.add(root);
		for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
			list.add(it.next());
		}
		return list;
	}
}
