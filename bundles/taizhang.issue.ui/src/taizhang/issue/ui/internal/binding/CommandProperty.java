package taizhang.issue.ui.internal.binding;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.databinding.observable.value.ValueDiff;
import org.eclipse.core.databinding.property.INativePropertyListener;
import org.eclipse.core.databinding.property.ISimplePropertyListener;
import org.eclipse.core.databinding.property.NativePropertyListener;
import org.eclipse.core.databinding.property.value.SimpleValueProperty;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A value of a model object for data binding whose changes are EMF commands: setting it executes a
 * command (one undoable, persisted step) instead of writing the object directly. EMF's
 * {@code EMFEditProperties} does this, but {@code org.eclipse.emf.databinding.edit} is on Maven
 * Central only as a 2015 build; this is the part of it the editor needs.
 * <p>
 * The value may be computed from more than one feature (a plan's deadline from the issue, creating
 * the plan when it has none); a {@linkplain #deep} property follows every change inside the object
 * (everything it contains), a shallow one only the object's own features.
 *
 * @param <S> the model object
 * @param <T> the value
 */
public final class CommandProperty<S extends EObject, T> extends SimpleValueProperty<S, T> {

	/** Makes the command that gives {@code source} the value {@code value}. */
	@FunctionalInterface
	public interface Change<S, T> {
		Command command(EditingDomain domain, S source, T value);
	}

	private final EditingDomain domain;
	private final Consumer<Command> executor;
	private final Object valueType;
	private final Function<S, T> getter;
	private final Change<S, T> change;
	private final boolean deep;

	private CommandProperty(EditingDomain domain, Consumer<Command> executor, Object valueType, Function<S, T> getter,
			Change<S, T> change, boolean deep) {
		this.domain = Objects.requireNonNull(domain, "domain"); //$NON-NLS-1$
		this.executor = Objects.requireNonNull(executor, "executor"); //$NON-NLS-1$
		this.valueType = valueType;
		this.getter = Objects.requireNonNull(getter, "getter"); //$NON-NLS-1$
		this.change = Objects.requireNonNull(change, "change"); //$NON-NLS-1$
		this.deep = deep;
	}

	/** One feature of the object, set by a {@link SetCommand}. */
	@SuppressWarnings("unchecked")
	public static <S extends EObject, T> CommandProperty<S, T> feature(EditingDomain domain, Consumer<Command> executor,
			EStructuralFeature feature) {
		return new CommandProperty<>(domain, executor, feature.getEType().getInstanceClass(),
				source -> (T) source.eGet(feature), (d, source, value) -> SetCommand.create(d, source, feature, value),
				false);
	}

	/** A value computed from the object and what it contains, set by the command {@code change} makes. */
	public static <S extends EObject, T> CommandProperty<S, T> computed(EditingDomain domain,
			Consumer<Command> executor, Class<T> valueType, Function<S, T> getter, Change<S, T> change) {
		return new CommandProperty<>(domain, executor, valueType, getter, change, true);
	}

	@Override
	public Object getValueType() {
		return valueType;
	}

	@Override
	protected T doGetValue(S source) {
		return getter.apply(source);
	}

	@Override
	protected void doSetValue(S source, T value) {
		// Writing back what is there would only add an empty step to the undo history.
		if (!Objects.equals(getter.apply(source), value)) {
			executor.accept(change.command(domain, source, value));
		}
	}

	@Override
	public INativePropertyListener<S> adaptListener(ISimplePropertyListener<S, ValueDiff<? extends T>> listener) {
		return new Listener(listener);
	}

	/** Tells data binding that the value may have changed; it compares old and new itself. */
	private final class Listener extends NativePropertyListener<S, ValueDiff<? extends T>> {

		Listener(ISimplePropertyListener<S, ValueDiff<? extends T>> listener) {
			super(CommandProperty.this, listener);
		}

		@Override
		protected void doAddTo(S source) {
			source.eAdapters().add(deep ? new DeepAdapter(this, source) : new ShallowAdapter(this, source));
		}

		@Override
		protected void doRemoveFrom(S source) {
			source.eAdapters().removeIf(adapter -> adapter instanceof Owned owned && owned.owner() == this);
		}

		void changed(S source) {
			fireChange(source, null);
		}
	}

	private interface Owned extends Adapter {
		Object owner();
	}

	private final class ShallowAdapter extends AdapterImpl implements Owned {

		private final Listener owner;
		private final S source;

		ShallowAdapter(Listener owner, S source) {
			this.owner = owner;
			this.source = source;
		}

		@Override
		public Object owner() {
			return owner;
		}

		@Override
		public void notifyChanged(Notification notification) {
			if (!notification.isTouch()) {
				owner.changed(source);
			}
		}
	}

	private final class DeepAdapter extends EContentAdapter implements Owned {

		private final Listener owner;
		private final S source;

		DeepAdapter(Listener owner, S source) {
			this.owner = owner;
			this.source = source;
		}

		@Override
		public Object owner() {
			return owner;
		}

		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch()) {
				owner.changed(source);
			}
		}
	}
}
