package taizhang.store.sqlite.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * Notes which records a command touches. One shared instance is attached to every object of the
 * ledger (like an EContentAdapter, but attached while loading, top-down, so that EMF shares one
 * adapter array among all of them) and follows objects as they are added.
 * <p>
 * Each notification is mapped to its record: the object directly contained in the ledger that
 * contains the notifier. Changes to the ledger's own lists are noted with the lowest position
 * involved, so that only the order numbers from there on need checking. Every notification noted
 * is kept too, in order, for the audit entry ({@link AuditDiff}).
 */
final class ChangeTracker implements Adapter {

	/** What one command changed. */
	static final class Changes {
		final Set<EObject> roots = Collections.newSetFromMap(new IdentityHashMap<>());
		final Set<EObject> removed = Collections.newSetFromMap(new IdentityHashMap<>());
		final Set<EObject> moved = Collections.newSetFromMap(new IdentityHashMap<>());
		/** Ledger lists whose order changed, with the lowest position concerned. */
		final Map<EReference, Integer> lists = new LinkedHashMap<>();
		boolean ledger;
		/** The notifications behind all this, in order: what the audit entry lists. */
		final List<Notification> notifications = new ArrayList<>();

		boolean isEmpty() {
			return roots.isEmpty() && removed.isEmpty() && moved.isEmpty() && lists.isEmpty() && !ledger;
		}
	}

	private final EObject ledger;
	private Changes changes = new Changes();

	ChangeTracker(EObject ledger) {
		this.ledger = ledger;
	}

	/** Returns what was noted since the last call and starts afresh. */
	Changes drain() {
		Changes c = changes;
		changes = new Changes();
		return c;
	}

	@Override
	public void notifyChanged(Notification n) {
		int type = n.getEventType();
		if (n.isTouch() || type == Notification.REMOVING_ADAPTER || type == Notification.RESOLVE
				|| !(n.getFeature() instanceof EStructuralFeature feature) || !RecordCodec.isPersisted(feature)) {
			return;
		}
		if (feature instanceof EReference ref && ref.isContainment()) {
			attachToNewValues(n);
		}
		Object notifier = n.getNotifier();
		if (notifier == ledger) {
			if (feature instanceof EReference ref && ref.isContainment()) {
				ledgerListChanged(n, ref);
			} else {
				changes.ledger = true;
			}
			changes.notifications.add(n);
			return;
		}
		EObject root = rootOf((EObject) notifier);
		if (root != null) {
			changes.roots.add(root);
			changes.notifications.add(n);
		}
	}

	private void ledgerListChanged(Notification n, EReference ref) {
		int position = n.getPosition();
		switch (n.getEventType()) {
		case Notification.ADD, Notification.SET -> {
			addRoot(n.getNewValue());
			removed(n.getOldValue());
		}
		case Notification.ADD_MANY -> {
			for (Object o : (List<?>) n.getNewValue()) {
				addRoot(o);
			}
		}
		case Notification.REMOVE, Notification.UNSET -> removed(n.getOldValue());
		case Notification.REMOVE_MANY -> {
			for (Object o : (List<?>) n.getOldValue()) {
				removed(o);
			}
			// REMOVE_MANY of scattered elements reports no single position
			position = 0;
		}
		case Notification.MOVE -> {
			changes.moved.add((EObject) n.getNewValue());
			position = Math.min(position, (Integer) n.getOldValue());
		}
		default -> position = 0;
		}
		if (!ref.isMany()) {
			return;
		}
		changes.lists.merge(ref, Math.max(0, position), Math::min);
	}

	private void addRoot(Object value) {
		if (value instanceof EObject o) {
			changes.roots.add(o);
		}
	}

	private void removed(Object value) {
		if (value instanceof EObject o) {
			changes.removed.add(o);
		}
	}

	/** The object directly contained in the ledger that contains {@code object}, or null. */
	EObject rootOf(EObject object) {
		InternalEObject o = (InternalEObject) object;
		for (InternalEObject container = o.eInternalContainer(); container != null; container = o
				.eInternalContainer()) {
			if (container == ledger) {
				return o;
			}
			o = container;
		}
		return null;
	}

	private void attachToNewValues(Notification n) {
		Object value = n.getNewValue();
		if (value instanceof EObject o) {
			attach(o);
		} else if (value instanceof List<?> list) {
			for (Object element : list) {
				if (element instanceof EObject o) {
					attach(o);
				}
			}
		}
	}

	/** Attaches this tracker to {@code object} and everything it contains, where not yet attached. */
	void attach(EObject object) {
		attachOne(object);
		for (Iterator<EObject> it = object.eAllContents(); it.hasNext();) {
			attachOne(it.next());
		}
	}

	/**
	 * Attaches to an object that has no adapters yet (loading: every object is new). All such
	 * objects share one adapter array, set through the hook EMF offers subclasses for exactly that
	 * (MinimalEObjectImpl's adapter array), so that two million objects cost no memory and no
	 * garbage. EMF copies the array before changing it when anyone adds or removes an adapter.
	 */
	void attachNew(EObject object) {
		if (SET_ADAPTER_ARRAY != null && object instanceof MinimalEObjectImpl) {
			try {
				SET_ADAPTER_ARRAY.invokeExact((MinimalEObjectImpl) object, sharedArray);
				return;
			} catch (Throwable e) {
				// fall back to the public way below
			}
		}
		object.eAdapters().add(this);
	}

	private final Adapter[] sharedArray = { this };

	private static final MethodHandle SET_ADAPTER_ARRAY = adapterArraySetter();

	private static MethodHandle adapterArraySetter() {
		try {
			return MethodHandles.privateLookupIn(MinimalEObjectImpl.class, MethodHandles.lookup()).findVirtual(
					MinimalEObjectImpl.class, "eBasicSetAdapterArray", //$NON-NLS-1$
					MethodType.methodType(void.class, Adapter[].class));
		} catch (ReflectiveOperationException | RuntimeException e) {
			return null;
		}
	}

	private void attachOne(EObject object) {
		List<Adapter> adapters = object.eAdapters();
		if (!adapters.contains(this)) {
			adapters.add(this);
		}
	}

	@Override
	public Notifier getTarget() {
		return null;
	}

	@Override
	public void setTarget(Notifier newTarget) {
		// One instance serves every object; it keeps no target.
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == ChangeTracker.class;
	}
}
