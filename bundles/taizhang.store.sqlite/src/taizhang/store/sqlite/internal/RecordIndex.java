package taizhang.store.sqlite.internal;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

/**
 * What the file holds, as far as writing needs to know: the row (id, list, order number) of every
 * record, and which object owns each id in the ledger (for the objects that can be looked up by id:
 * see {@link RecordCodec#isLookedUp(EObject)}).
 */
final class RecordIndex {

	/** Where a record is stored. */
	static final class Row {
		final String id;
		final String feature;
		final long seq;

		Row(String id, String feature, long seq) {
			this.id = id;
			this.feature = feature;
			this.seq = seq;
		}
	}

	private final EObject ledger;
	private final Map<EObject, Row> rows;
	private final IdMap byId;

	RecordIndex(EObject ledger, Map<EObject, Row> rows, IdMap byId) {
		this.ledger = ledger;
		this.rows = rows;
		this.byId = byId;
	}

	static RecordIndex empty(EObject ledger) {
		return new RecordIndex(ledger, new IdentityHashMap<>(), new IdMap(List.of()));
	}

	Row row(EObject root) {
		return rows.get(root);
	}

	void putRow(EObject root, Row row) {
		rows.put(root, row);
	}

	void removeRow(EObject root) {
		rows.remove(root);
	}

	/** The object that owns {@code id} in the ledger now, or null. */
	EObject owner(String id, RecordCodec codec) {
		EObject o = byId.get(id);
		return o != null && isInLedger(o) && Objects.equals(codec.idOf(o), id) ? o : null;
	}

	void putId(String id, EObject object) {
		byId.put(id, object);
	}

	void removeId(String id, EObject object) {
		byId.remove(id, object);
	}

	boolean isInLedger(EObject object) {
		for (InternalEObject o = (InternalEObject) object; o != null; o = o.eInternalContainer()) {
			if (o == ledger) {
				return true;
			}
		}
		return false;
	}
}
