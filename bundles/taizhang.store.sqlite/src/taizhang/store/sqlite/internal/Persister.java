package taizhang.store.sqlite.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import taizhang.core.Ids;

/**
 * Writes what one command changed: every touched record, rewritten whole, and its audit entry, in
 * one transaction. If the transaction fails, nothing of it is in the file and the rows {@link RecordIndex} knows are
 * unchanged, so the caller can restore memory and carry on. (Ids given to new objects stay: they
 * harm nothing.)
 */
final class Persister implements AutoCloseable {

	/** Id and feature of the row that holds the ledger's own fields. */
	static final String LEDGER_ROW = ""; //$NON-NLS-1$

	private final Connection connection;
	private final RecordCodec codec;
	private final RecordIndex index;
	private final EObject ledger;
	private final long[] totals;
	private final RecordCodec.Encoder encoder;
	private final PreparedStatement selectCounts;
	private final PreparedStatement upsert;
	private final PreparedStatement delete;
	private final PreparedStatement updateSeq;
	private final PreparedStatement putMeta;
	private final AuditLog.Writer audit;

	/**
	 * @param totals objects per class (by {@link RecordCodec} class index) as the file's meta says;
	 *               kept up to date here
	 * @param audit  appends the audit entries, or null for a file without an audit table (schema 1,
	 *               only in tests)
	 */
	Persister(Connection connection, RecordCodec codec, RecordIndex index, EObject ledger, long[] totals,
			AuditLog.Writer audit) throws SQLException {
		this.connection = connection;
		this.codec = codec;
		this.index = index;
		this.ledger = ledger;
		this.totals = totals;
		this.encoder = codec.new Encoder(index::isInLedger);
		this.selectCounts = connection.prepareStatement("SELECT counts FROM records WHERE id = ?"); //$NON-NLS-1$
		this.upsert = connection.prepareStatement(
				"INSERT OR REPLACE INTO records(id, feature, seq, data, counts) VALUES(?, ?, ?, ?, ?)"); //$NON-NLS-1$
		this.delete = connection.prepareStatement("DELETE FROM records WHERE id = ?"); //$NON-NLS-1$
		this.updateSeq = connection.prepareStatement("UPDATE records SET seq = ? WHERE id = ?"); //$NON-NLS-1$
		this.putMeta = connection.prepareStatement("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"); //$NON-NLS-1$
		this.audit = audit;
	}

	/** A record prepared for writing. */
	private record Pending(EObject root, String id, String feature, long seq, byte[] data, byte[] counts,
			RecordIndex.Row old) {
	}

	/**
	 * Writes every record in {@code changes} and the audit entry of {@code event}; see the class
	 * comment for failure.
	 */
	void write(ChangeTracker.Changes changes, AuditLog.Event event) throws SQLException {
		Set<EObject> toWrite = new LinkedHashSet<>();
		Set<EObject> toDelete = Collections.newSetFromMap(new IdentityHashMap<>());
		for (EObject r : changes.roots) {
			(isRecord(r) ? toWrite : toDelete).add(r);
		}
		for (EObject r : changes.removed) {
			if (!isRecord(r)) {
				toDelete.add(r);
			}
		}
		toDelete.removeIf(r -> index.row(r) == null);

		Map<EObject, Long> seqs = new IdentityHashMap<>();
		for (Map.Entry<EReference, Integer> e : changes.lists.entrySet()) {
			renumber(e.getKey(), e.getValue(), changes.moved, seqs);
		}
		for (EObject moved : seqs.keySet()) {
			RecordIndex.Row row = index.row(moved);
			if (row == null || !row.feature.equals(moved.eContainingFeature().getName())) {
				toWrite.add(moved);
			}
		}

		Map<EObject, Boolean> seen = new IdentityHashMap<>();
		for (EObject root : toWrite) {
			assignIds(root, seen);
		}
		if (changes.ledger) {
			Ids.assignIfMissing(ledger);
		}

		// After the ids are given, so that new objects are named by them.
		AuditLog.Pending entry = null;
		if (audit != null) {
			AuditDiff diff = new AuditDiff(changes.notifications);
			entry = audit.prepare(event, diff.objectIds(), List.copyOf(diff.caseNumbers), diff.changes);
		}

		long[] delta = new long[totals.length];
		List<Pending> pending = new ArrayList<>(toWrite.size() + 1);
		for (EObject root : toWrite) {
			EReference feature = (EReference) root.eContainingFeature();
			RecordIndex.Row old = index.row(root);
			long seq = seqs.containsKey(root) ? seqs.get(root)
					: old != null && old.feature.equals(feature.getName()) ? old.seq : 0;
			pending.add(encode(root, codec.idOf(root), feature.getName(), seq, true, old, delta));
		}
		if (changes.ledger) {
			pending.add(encode(ledger, LEDGER_ROW, LEDGER_ROW, 0, false, index.row(ledger), delta));
		}

		connection.setAutoCommit(false);
		try {
			for (EObject gone : toDelete) {
				String id = index.row(gone).id;
				subtract(id, delta);
				delete.setString(1, id);
				delete.executeUpdate();
			}
			for (Pending p : pending) {
				if (p.old != null) {
					subtract(p.old.id, delta);
					if (!p.old.id.equals(p.id)) {
						delete.setString(1, p.old.id);
						delete.executeUpdate();
					}
				}
				upsert.setString(1, p.id);
				upsert.setString(2, p.feature);
				upsert.setLong(3, p.seq);
				upsert.setBytes(4, p.data);
				upsert.setBytes(5, p.counts);
				upsert.executeUpdate();
			}
			for (Map.Entry<EObject, Long> e : seqs.entrySet()) {
				if (!toWrite.contains(e.getKey())) {
					updateSeq.setLong(1, e.getValue());
					updateSeq.setString(2, index.row(e.getKey()).id);
					updateSeq.executeUpdate();
				}
			}
			for (int i = 0; i < delta.length; i++) {
				if (delta[i] != 0) {
					putMeta(Meta.COUNT_PREFIX + codec.className(i), Long.toString(totals[i] + delta[i]));
				}
			}
			if (changes.ledger) {
				putMeta(Meta.LEDGER_NAME, ledgerName(ledger));
			}
			if (codec.dictionary().isDirty()) {
				putMeta(Meta.DICTIONARY, codec.dictionary().format());
			}
			if (entry != null) {
				audit.insert(entry);
			}
			connection.commit();
		} catch (SQLException | RuntimeException e) {
			try {
				connection.rollback();
			} catch (SQLException rollbackFailure) {
				e.addSuppressed(rollbackFailure);
			}
			throw e;
		} finally {
			connection.setAutoCommit(true);
		}

		// The file has it all: now bring the index and the chain in line.
		if (entry != null) {
			audit.committed(entry);
		}
		codec.dictionary().markWritten();
		for (int i = 0; i < delta.length; i++) {
			totals[i] += delta[i];
		}
		for (EObject gone : toDelete) {
			index.removeRow(gone);
			forgetIds(gone);
		}
		for (Pending p : pending) {
			index.putRow(p.root, new RecordIndex.Row(p.id, p.feature, p.seq));
		}
		for (Map.Entry<EObject, Long> e : seqs.entrySet()) {
			if (!toWrite.contains(e.getKey())) {
				RecordIndex.Row row = index.row(e.getKey());
				index.putRow(e.getKey(), new RecordIndex.Row(row.id, row.feature, e.getValue()));
			}
		}
		for (EObject root : toWrite) {
			registerIds(root);
		}
	}

	private boolean isRecord(EObject object) {
		return object.eContainer() == ledger && object.eContainingFeature() instanceof EReference ref
				&& RecordCodec.isPersisted(ref);
	}

	/**
	 * Gives order numbers to the elements of a ledger list from {@code from} on, keeping every
	 * stored number that still fits and numbering the rest after their predecessor. Appending
	 * touches one row; inserting at the front renumbers the list.
	 */
	private void renumber(EReference ref, int from, Set<EObject> moved, Map<EObject, Long> seqs) {
		if (!ref.isMany()) {
			Object value = ledger.eGet(ref);
			if (value instanceof EObject o) {
				seqs.put(o, 0L);
			}
			return;
		}
		List<?> list = (List<?>) ledger.eGet(ref);
		String name = ref.getName();
		int start = Math.min(from, list.size());
		long previous = -1;
		if (start > 0) {
			RecordIndex.Row before = index.row((EObject) list.get(start - 1));
			if (before == null || !before.feature.equals(name) || moved.contains(list.get(start - 1))) {
				start = 0;
			} else {
				previous = before.seq;
			}
		}
		for (int i = start; i < list.size(); i++) {
			EObject element = (EObject) list.get(i);
			RecordIndex.Row row = index.row(element);
			boolean keep = row != null && row.feature.equals(name) && row.seq > previous && !moved.contains(element);
			long seq = keep ? row.seq : previous + 1;
			if (!keep) {
				seqs.put(element, seq);
			}
			previous = seq;
		}
	}

	/**
	 * Gives an id to every identifiable object in {@code root} that lacks one or whose id another
	 * object of the ledger owns already (a pasted copy), so that ids stay unique in the file.
	 */
	private void assignIds(EObject root, Map<EObject, Boolean> seen) {
		assignId(root, seen);
		for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
			assignId(it.next(), seen);
		}
	}

	private void assignId(EObject object, Map<EObject, Boolean> seen) {
		EAttribute idAttribute = object.eClass().getEIDAttribute();
		if (idAttribute == null || seen.put(object, Boolean.TRUE) != null) {
			return;
		}
		if (Ids.assignIfMissing(object) || !codec.isLookedUp(object)) {
			return;
		}
		String id = codec.idOf(object);
		EObject owner = index.owner(id, codec);
		if (owner != null && owner != object) {
			object.eSet(idAttribute, Ids.newId());
		} else {
			// Not registered until committed; claim it now so two new objects in one command cannot share it.
			index.putId(id, object);
		}
	}

	private void registerIds(EObject root) {
		registerId(root);
		for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
			registerId(it.next());
		}
	}

	private void registerId(EObject object) {
		String id = codec.idOf(object);
		if (!Ids.isMissing(id) && codec.isLookedUp(object)) {
			index.putId(id, object);
		}
	}

	private void forgetIds(EObject root) {
		String id = codec.idOf(root);
		if (id != null) {
			index.removeId(id, root);
		}
		for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			String inner = codec.idOf(o);
			if (inner != null) {
				index.removeId(inner, o);
			}
		}
	}

	private Pending encode(EObject root, String id, String feature, long seq, boolean withContainments,
			RecordIndex.Row old, long[] delta) {
		Arrays.fill(encoder.counts, 0);
		byte[] data = encoder.encode(root, withContainments);
		for (int i = 0; i < delta.length; i++) {
			delta[i] += encoder.counts[i];
		}
		return new Pending(root, id, feature, seq, data, codec.encodeCounts(encoder.counts), old);
	}

	private void subtract(String id, long[] delta) throws SQLException {
		selectCounts.setString(1, id);
		try (ResultSet rs = selectCounts.executeQuery()) {
			if (rs.next()) {
				codec.addCounts(rs.getBytes(1), delta, -1);
			}
		}
	}

	private void putMeta(String key, String value) throws SQLException {
		putMeta.setString(1, key);
		putMeta.setString(2, value);
		putMeta.executeUpdate();
	}

	static String ledgerName(EObject ledger) {
		EStructuralFeature name = ledger.eClass().getEStructuralFeature("name"); //$NON-NLS-1$
		Object value = name != null ? ledger.eGet(name) : null;
		return value != null ? value.toString() : ""; //$NON-NLS-1$
	}

	@Override
	public void close() {
		if (audit != null) {
			audit.close();
		}
		for (PreparedStatement s : List.of(selectCounts, upsert, delete, updateSeq, putMeta)) {
			try {
				s.close();
			} catch (SQLException e) {
				// closing the connection frees it anyway
			}
		}
	}
}
