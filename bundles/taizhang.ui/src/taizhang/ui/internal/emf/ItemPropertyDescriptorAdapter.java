package taizhang.ui.internal.emf;

import java.util.Objects;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/** One item property descriptor seen as a Properties view descriptor. */
final class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor descriptor;
	private final PropertyEditor editor;

	ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor, PropertyEditor editor) {
		this.object = object;
		this.descriptor = descriptor;
		this.editor = editor;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		return editor == null ? null : editor.createCellEditor(parent);
	}

	@Override
	public String getCategory() {
		return descriptor.getCategory(object);
	}

	@Override
	public String getDescription() {
		return descriptor.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return descriptor.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return descriptor.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return null;
	}

	@Override
	public Object getId() {
		return descriptor.getId(object);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		// The view hands over the value in the editor's format; the text always shows the model's value.
		return new LabelProvider() {
			@Override
			public String getText(Object element) {
				// The descriptor's labels know enum literals and dates when given the plain value,
				// not its wrapper.
				IItemLabelProvider labels = descriptor.getLabelProvider(object);
				String text = labels.getText(PropertyEditor.unwrap(descriptor.getPropertyValue(object)));
				return text == null ? "" : text; //$NON-NLS-1$
			}
		};
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return other instanceof ItemPropertyDescriptorAdapter adapter
				&& Objects.equals(descriptor.getFeature(object), adapter.descriptor.getFeature(adapter.object));
	}
}
