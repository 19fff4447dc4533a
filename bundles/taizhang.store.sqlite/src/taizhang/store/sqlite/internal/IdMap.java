package taizhang.store.sqlite.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/**
 * Objects by id, kept as the maps that the loading threads filled (each thread its own, so they
 * never contend) plus one for what is added later. Merging them would cost as much as filling them
 * once more. An id that two threads registered (a damaged or hand-made file) is found in the
 * first part that has it.
 */
final class IdMap {

	private final List<Map<String, EObject>> parts = new ArrayList<>();

	IdMap(List<Map<String, EObject>> loaded) {
		parts.add(new HashMap<>());
		parts.addAll(loaded);
	}

	EObject get(String id) {
		for (int i = 0, n = parts.size(); i < n; i++) {
			EObject o = parts.get(i).get(id);
			if (o != null) {
				return o;
			}
		}
		return null;
	}

	/** Makes {@code object} the one found for {@code id}. */
	void put(String id, EObject object) {
		for (int i = 1, n = parts.size(); i < n; i++) {
			parts.get(i).remove(id);
		}
		parts.get(0).put(id, object);
	}

	void remove(String id, EObject object) {
		for (Map<String, EObject> part : parts) {
			part.remove(id, object);
		}
	}
}
