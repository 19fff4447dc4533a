package taizhang.store.sqlite.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/**
 * Objects by id, kept as the tables that the loading threads filled (each thread its own, so they
 * never contend) plus a map for what is added later. Merging them would cost as much as filling
 * them once more. An id that two threads registered (a damaged or hand-made file) is found in the
 * first part that has it.
 */
final class IdMap {

	private final Map<String, EObject> added = new HashMap<>();
	private final List<IdTable> loaded;

	IdMap(List<IdTable> loaded) {
		this.loaded = new ArrayList<>(loaded);
	}

	EObject get(String id) {
		EObject o = added.get(id);
		if (o != null) {
			return o;
		}
		for (int i = 0, n = loaded.size(); i < n; i++) {
			Object found = loaded.get(i).get(id);
			if (found != null) {
				return (EObject) found;
			}
		}
		return null;
	}

	/** Makes {@code object} the one found for {@code id}. */
	void put(String id, EObject object) {
		for (IdTable table : loaded) {
			table.remove(id, null);
		}
		added.put(id, object);
	}

	void remove(String id, EObject object) {
		added.remove(id, object);
		for (IdTable table : loaded) {
			table.remove(id, object);
		}
	}
}
