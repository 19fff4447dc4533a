package taizhang.store.sqlite.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import taizhang.core.Ids;
import taizhang.core.audit.AuditChange;
import taizhang.model.Issue;
import taizhang.model.ModelPackage;

/**
 * What one command changed, feature by feature, as an audit entry lists it: built from the
 * notifications the {@link ChangeTracker} noted, once the command is done.
 * <p>
 * A single-valued feature is listed with its value before the first notification and its value
 * now; one that ends as it began is left out. A list is listed with the elements it lost and the
 * elements it gained (an element removed and added back again counts as moved, with its old and
 * new position). An object added to or removed from a containment is listed with its own attributes
 * too; the objects inside it are not itemized.
 */
final class AuditDiff {

	/** Between the elements of a list value. */
	static final String SEPARATOR = "; "; //$NON-NLS-1$

	/** Attributes that name an object, in order of preference. */
	private static final List<EAttribute> LABELS = List.of(ModelPackage.Literals.ISSUE__CASE_NUMBER,
			ModelPackage.Literals.LEDGER__NAME, ModelPackage.Literals.ORGANIZATION__NAME,
			ModelPackage.Literals.PERSON__NAME, ModelPackage.Literals.INSPECTION_ROUND__NAME,
			ModelPackage.Literals.SUPERVISION_NOTICE__NUMBER, ModelPackage.Literals.REPORTING_PERIOD__MONTH,
			ModelPackage.Literals.CUSTOM_FIELD_DEFINITION__KEY, ModelPackage.Literals.REVIEW_CHECK_ITEM__CRITERION,
			ModelPackage.Literals.EVIDENCE__FILE_NAME, ModelPackage.Literals.MEASURE__DESCRIPTION,
			ModelPackage.Literals.STAGE_GOAL__DESCRIPTION);

	/** Longer names (descriptions) are cut to this many characters in an object's label. */
	private static final int LABEL_LENGTH = 24;

	final Set<String> objects = new LinkedHashSet<>();
	final Set<String> caseNumbers = new LinkedHashSet<>();
	final List<AuditChange> changes = new ArrayList<>();

	/** One feature of one object and what happened to it. */
	private static final class Touched {
		final EObject object;
		final EStructuralFeature feature;
		final Object before;
		/** For lists: net additions and removals; moved elements with their first old position. */
		final List<Object> added = new ArrayList<>();
		final List<Object> removed = new ArrayList<>();
		final Map<Object, Integer> moved = new IdentityHashMap<>();
		/** Where removed objects were, in case they come back. */
		final Map<Object, Integer> removedAt = new IdentityHashMap<>();

		Touched(EObject object, EStructuralFeature feature, Object before) {
			this.object = object;
			this.feature = feature;
			this.before = before;
		}
	}

	private record Key(EObject object, EStructuralFeature feature) {
		@Override
		public boolean equals(Object o) {
			return o instanceof Key k && k.object == object && k.feature == feature;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(object) * 31 + feature.hashCode();
		}
	}

	AuditDiff(List<Notification> notifications) {
		Map<Key, Touched> touched = new LinkedHashMap<>();
		for (Notification n : notifications) {
			EObject object = (EObject) n.getNotifier();
			EStructuralFeature feature = (EStructuralFeature) n.getFeature();
			Touched t = touched.computeIfAbsent(new Key(object, feature), k -> new Touched(object, feature, n.getOldValue()));
			if (feature.isMany()) {
				note(t, n);
			}
		}
		for (Touched t : touched.values()) {
			if (t.feature.isMany()) {
				listChange(t);
			} else {
				valueChange(t);
			}
		}
	}

	private static void note(Touched t, Notification n) {
		switch (n.getEventType()) {
		case Notification.ADD -> added(t, n.getNewValue());
		case Notification.ADD_MANY -> ((List<?>) n.getNewValue()).forEach(v -> added(t, v));
		case Notification.REMOVE -> removed(t, n.getOldValue(), n.getPosition());
		case Notification.REMOVE_MANY -> {
			List<?> values = (List<?>) n.getOldValue();
			int[] positions = n.getNewValue() instanceof int[] p ? p : null;
			for (int i = 0; i < values.size(); i++) {
				removed(t, values.get(i), positions != null ? positions[i] : -1);
			}
		}
		case Notification.SET -> {
			removed(t, n.getOldValue(), n.getPosition());
			added(t, n.getNewValue());
		}
		case Notification.MOVE -> {
			if (!contains(t.added, n.getNewValue())) {
				t.moved.putIfAbsent(n.getNewValue(), (Integer) n.getOldValue());
			}
		}
		default -> {
			// an unset list reports its elements as removed first; nothing else to note
		}
		}
	}

	private static void added(Touched t, Object value) {
		if (!removeFrom(t.removed, value)) {
			t.added.add(value);
		} else if (value instanceof EObject) {
			// removed and added back: moved, as far as the list is concerned
			t.moved.putIfAbsent(value, t.removedAt.getOrDefault(value, -1));
		}
	}

	private static void removed(Touched t, Object value, int position) {
		if (removeFrom(t.added, value)) {
			return;
		}
		t.removed.add(value);
		if (value instanceof EObject) {
			Integer movedFrom = t.moved.remove(value);
			t.removedAt.putIfAbsent(value, movedFrom != null ? movedFrom : position);
		}
	}

	private static boolean contains(List<Object> list, Object value) {
		for (Object o : list) {
			if (same(o, value)) {
				return true;
			}
		}
		return false;
	}

	private static boolean removeFrom(List<Object> list, Object value) {
		for (int i = 0; i < list.size(); i++) {
			if (same(list.get(i), value)) {
				list.remove(i);
				return true;
			}
		}
		return false;
	}

	/** Objects are the same only if identical; data values if equal. */
	private static boolean same(Object a, Object b) {
		return a instanceof EObject || b instanceof EObject ? a == b : Objects.equals(a, b);
	}

	private void valueChange(Touched t) {
		Object after = t.object.eGet(t.feature);
		if (same(t.before, after)) {
			return;
		}
		add(t.object, t.feature, text(t.feature, t.before), text(t.feature, after));
		mention(t.before);
		mention(after);
		if (t.feature == ModelPackage.Literals.ISSUE__CASE_NUMBER && t.before instanceof String old && !old.isBlank()) {
			caseNumbers.add(old.trim());
		}
		if (isContainment(t.feature)) {
			contents(t.before, true);
			contents(after, false);
		}
	}

	private void listChange(Touched t) {
		List<?> now = (List<?>) t.object.eGet(t.feature);
		List<String> before = new ArrayList<>();
		List<String> after = new ArrayList<>();
		for (Object v : t.removed) {
			before.add(text(t.feature, v));
			mention(v);
		}
		for (Map.Entry<Object, Integer> m : t.moved.entrySet()) {
			int position = now.indexOf(m.getKey());
			if (position < 0 || position == m.getValue()) {
				continue;
			}
			String label = text(t.feature, m.getKey());
			before.add(m.getValue() < 0 ? label : label + " #" + (m.getValue() + 1)); //$NON-NLS-1$
			after.add(label + " #" + (position + 1)); //$NON-NLS-1$
			mention(m.getKey());
		}
		for (Object v : t.added) {
			after.add(text(t.feature, v));
			mention(v);
		}
		if (before.isEmpty() && after.isEmpty()) {
			return;
		}
		add(t.object, t.feature, before.isEmpty() ? null : String.join(SEPARATOR, before),
				after.isEmpty() ? null : String.join(SEPARATOR, after));
		if (isContainment(t.feature)) {
			t.removed.forEach(v -> contents(v, true));
			t.added.forEach(v -> contents(v, false));
		}
	}

	private static boolean isContainment(EStructuralFeature feature) {
		return feature instanceof EReference r && r.isContainment();
	}

	/** An object added ({@code removed} false) or removed, with its own attributes. */
	private void contents(Object value, boolean removed) {
		if (!(value instanceof EObject o)) {
			return;
		}
		objects.add(nearestId(o));
		EAttribute idAttribute = o.eClass().getEIDAttribute();
		for (EAttribute a : o.eClass().getEAllAttributes()) {
			if (a == idAttribute || !RecordCodec.isPersisted(a) || !o.eIsSet(a)) {
				continue;
			}
			String text = text(a, o.eGet(a));
			add(o, a, removed ? text : null, removed ? null : text);
		}
	}

	private void add(EObject object, EStructuralFeature feature, String before, String after) {
		String id = nearestId(object);
		String caseNumber = caseNumberOf(object);
		objects.add(id);
		if (caseNumber != null) {
			caseNumbers.add(caseNumber);
		}
		changes.add(new AuditChange(id, object.eClass().getName(), caseNumber, feature.getName(), before, after));
	}

	/** An issue named as a value concerns the entry too. */
	private void mention(Object value) {
		if (value instanceof Issue issue) {
			String c = caseNumberOf(issue);
			if (c != null) {
				caseNumbers.add(c);
			}
		}
	}

	/** The objects mentioned, without empty ids. */
	List<String> objectIds() {
		return objects.stream().filter(id -> !id.isEmpty()).toList();
	}

	// ---- texts ---------------------------------------------------------------------------------

	/** A value as readable text; null stays null, a list is its elements joined. */
	static String text(EStructuralFeature feature, Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof List<?> list) {
			List<String> parts = new ArrayList<>(list.size());
			for (Object v : list) {
				parts.add(text(feature, v));
			}
			return String.join(SEPARATOR, parts);
		}
		if (value instanceof EObject o) {
			return describe(o);
		}
		if (feature instanceof EAttribute a) {
			return EcoreUtil.convertToString(a.getEAttributeType(), value);
		}
		return String.valueOf(value);
	}

	/** {@code Type label [id]}: e.g. {@code Issue D2024000013 [7K2M9XQ4B1ZA]}. */
	static String describe(EObject o) {
		StringBuilder b = new StringBuilder(o.eClass().getName());
		String label = labelOf(o);
		if (label != null) {
			b.append(' ').append(label);
		}
		String id = ownId(o);
		if (id != null) {
			b.append(" [").append(id).append(']'); //$NON-NLS-1$
		}
		return b.toString();
	}

	private static String labelOf(EObject o) {
		for (EAttribute a : LABELS) {
			if (a.getEContainingClass().isSuperTypeOf(o.eClass()) && o.eGet(a) instanceof String s && !s.isBlank()) {
				String label = s.strip();
				return label.length() > LABEL_LENGTH ? label.substring(0, LABEL_LENGTH) + '…' : label;
			}
		}
		return null;
	}

	private static String ownId(EObject o) {
		EAttribute idAttribute = o.eClass().getEIDAttribute();
		return idAttribute != null && o.eGet(idAttribute) instanceof String id && !Ids.isMissing(id) ? id : null;
	}

	/** The id of {@code o} or of the nearest object containing it that has one; empty if none. */
	static String nearestId(EObject o) {
		for (EObject e = o; e != null; e = e.eContainer()) {
			String id = ownId(e);
			if (id != null) {
				return id;
			}
		}
		return ""; //$NON-NLS-1$
	}

	/** The case number of the issue {@code o} is or belongs to; null if none. */
	static String caseNumberOf(EObject o) {
		for (EObject e = o; e != null; e = e.eContainer()) {
			if (e instanceof Issue issue) {
				String c = issue.getCaseNumber();
				return c == null || c.isBlank() ? null : c.trim();
			}
		}
		return null;
	}
}
