package taizhang.ui.internal.emf;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

import taizhang.core.LedgerPersistenceException;
import taizhang.ui.internal.Messages;

/**
 * The Properties view's view of a model object, backed by its item provider's property
 * descriptors. Single-valued attributes are editable when an editing domain is given; every change
 * is a {@link SetCommand} on that domain's command stack, so it is persisted and undoable.
 */
public class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource itemSource;
	private final EditingDomain domain;

	/**
	 * @param domain the domain to edit through, or {@code null} for read-only properties
	 */
	public ItemPropertySource(Object object, IItemPropertySource itemSource, EditingDomain domain) {
		this.object = object;
		this.itemSource = itemSource;
		this.domain = domain;
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> result = new ArrayList<>();
		List<IItemPropertyDescriptor> descriptors = itemSource.getPropertyDescriptors(object);
		if (descriptors != null) {
			for (IItemPropertyDescriptor descriptor : descriptors) {
				result.add(new ItemPropertyDescriptorAdapter(object, descriptor, editor(descriptor)));
			}
		}
		return result.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor == null) {
			return null;
		}
		PropertyEditor editor = editor(descriptor);
		// The value handed to a cell editor must be in its format; the label shows the model's value.
		return editor != null ? editor.editorValue(descriptor.getPropertyValue(object)) : descriptor.getPropertyValue(object);
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor != null && editor(descriptor) != null) {
			execute(descriptor, SetCommand.UNSET_VALUE);
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		PropertyEditor editor = descriptor == null ? null : editor(descriptor);
		if (editor == null) {
			return;
		}
		Object modelValue;
		try {
			modelValue = editor.modelValue(value);
		} catch (IllegalArgumentException e) {
			// The cell editor's validator stops bad input; this is a last guard.
			return;
		}
		Object current = descriptor.getPropertyValue(object);
		if (current instanceof IItemPropertySource wrapper) {
			current = wrapper.getEditableValue(object);
		}
		if (modelValue == null ? current != null : !modelValue.equals(current)) {
			execute(descriptor, modelValue);
		}
	}

	private void execute(IItemPropertyDescriptor descriptor, Object value) {
		Object feature = descriptor.getFeature(object);
		Command command = SetCommand.create(domain, object, feature, value);
		if (!command.canExecute()) {
			command.dispose();
			return;
		}
		try {
			domain.getCommandStack().execute(command);
		} catch (LedgerPersistenceException e) {
			MessageDialog.openError(Display.getCurrent().getActiveShell(), Messages.Error_title,
					NLS.bind(Messages.Property_saveFailed, descriptor.getDisplayName(object), e.getLocalizedMessage()));
		}
	}

	private PropertyEditor editor(IItemPropertyDescriptor descriptor) {
		if (domain == null || !descriptor.canSetProperty(object)
				|| !(descriptor.getFeature(object) instanceof EAttribute attribute)) {
			return null;
		}
		return PropertyEditor.forAttribute((EStructuralFeature) attribute, descriptor.getLabelProvider(object));
	}

	private IItemPropertyDescriptor descriptor(Object id) {
		return itemSource.getPropertyDescriptor(object, id);
	}
}
