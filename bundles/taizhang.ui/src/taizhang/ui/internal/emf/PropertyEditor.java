package taizhang.ui.internal.emf;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ICellEditorValidator;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import taizhang.ui.internal.Messages;

/**
 * How the Properties view edits one kind of attribute: which cell editor, and how values pass
 * between the editor's format and the model's.
 */
abstract class PropertyEditor {

	abstract CellEditor createCellEditor(Composite parent);

	/** The model value (or the item provider's wrapper of it) in the cell editor's format. */
	abstract Object editorValue(Object propertyValue);

	/** The cell editor's value as a model value; {@link IllegalArgumentException} if it is not one. */
	abstract Object modelValue(Object editorValue);

	/** The editor for a single-valued attribute, or {@code null} if it is not editable here. */
	static PropertyEditor forAttribute(EStructuralFeature attribute, IItemLabelProvider labels) {
		if (attribute.isMany()) {
			return null;
		}
		EClassifier type = attribute.getEType();
		if (type instanceof EEnum eEnum) {
			return new EnumEditor(eEnum, labels);
		}
		Class<?> instanceClass = type.getInstanceClass();
		if (instanceClass == String.class) {
			return new TextEditor(Kind.TEXT);
		}
		if (instanceClass == int.class || instanceClass == Integer.class) {
			return new TextEditor(Kind.INTEGER);
		}
		if (instanceClass == long.class || instanceClass == Long.class) {
			return new TextEditor(Kind.LONG);
		}
		if (instanceClass == double.class || instanceClass == Double.class) {
			return new TextEditor(Kind.DECIMAL);
		}
		if (instanceClass == LocalDate.class) {
			return new TextEditor(Kind.DATE);
		}
		if (instanceClass == boolean.class || instanceClass == Boolean.class) {
			return new BooleanEditor();
		}
		return null;
	}

	static Object unwrap(Object propertyValue) {
		// Item property descriptors wrap values; the wrapper's editable value is the plain one.
		return propertyValue instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(null) : propertyValue;
	}

	private enum Kind {
		TEXT, INTEGER, LONG, DECIMAL, DATE
	}

	private static final class TextEditor extends PropertyEditor {

		private final Kind kind;

		TextEditor(Kind kind) {
			this.kind = kind;
		}

		@Override
		CellEditor createCellEditor(Composite parent) {
			TextCellEditor editor = new TextCellEditor(parent);
			if (kind != Kind.TEXT) {
				ICellEditorValidator validator = value -> {
					try {
						modelValue(value);
						return null;
					} catch (IllegalArgumentException e) {
						return e.getMessage();
					}
				};
				editor.setValidator(validator);
			}
			return editor;
		}

		@Override
		Object editorValue(Object propertyValue) {
			Object value = unwrap(propertyValue);
			return value == null ? "" : value.toString(); //$NON-NLS-1$
		}

		@Override
		Object modelValue(Object editorValue) {
			String text = editorValue == null ? "" : editorValue.toString().trim(); //$NON-NLS-1$
			if (kind == Kind.TEXT) {
				return editorValue == null ? "" : editorValue.toString(); //$NON-NLS-1$
			}
			if (text.isEmpty()) {
				if (kind == Kind.DATE) {
					return null;
				}
				throw new IllegalArgumentException(Messages.Property_empty);
			}
			try {
				return switch (kind) {
				case INTEGER -> Integer.valueOf(text);
				case LONG -> Long.valueOf(text);
				case DECIMAL -> Double.valueOf(text);
				case DATE -> LocalDate.parse(text);
				case TEXT -> text;
				};
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(NLS.bind(Messages.Property_notANumber, text), e);
			} catch (DateTimeParseException e) {
				throw new IllegalArgumentException(NLS.bind(Messages.Property_notADate, text), e);
			}
		}
	}

	private static final class EnumEditor extends PropertyEditor {

		private final List<EEnumLiteral> literals;
		private final String[] labels;

		EnumEditor(EEnum eEnum, IItemLabelProvider labelProvider) {
			this.literals = eEnum.getELiterals();
			this.labels = new String[literals.size()];
			for (int i = 0; i < labels.length; i++) {
				Enumerator literal = literals.get(i).getInstance();
				String label = labelProvider == null ? null : labelProvider.getText(literal);
				labels[i] = label == null ? literal.getLiteral() : label;
			}
		}

		@Override
		CellEditor createCellEditor(Composite parent) {
			return new ComboBoxCellEditor(parent, labels, SWT.READ_ONLY);
		}

		@Override
		Object editorValue(Object propertyValue) {
			Object value = unwrap(propertyValue);
			for (int i = 0; i < literals.size(); i++) {
				if (literals.get(i).getInstance() == value) {
					return i;
				}
			}
			return -1;
		}

		@Override
		Object modelValue(Object editorValue) {
			int index = editorValue instanceof Integer i ? i : -1;
			if (index < 0 || index >= literals.size()) {
				throw new IllegalArgumentException(String.valueOf(editorValue));
			}
			return literals.get(index).getInstance();
		}
	}

	private static final class BooleanEditor extends PropertyEditor {

		@Override
		CellEditor createCellEditor(Composite parent) {
			return new ComboBoxCellEditor(parent, new String[] { Messages.Property_yes, Messages.Property_no },
					SWT.READ_ONLY);
		}

		@Override
		Object editorValue(Object propertyValue) {
			return Boolean.TRUE.equals(unwrap(propertyValue)) ? 0 : 1;
		}

		@Override
		Object modelValue(Object editorValue) {
			if (!(editorValue instanceof Integer index) || index < 0 || index > 1) {
				throw new IllegalArgumentException(String.valueOf(editorValue));
			}
			return index == 0;
		}
	}
}
