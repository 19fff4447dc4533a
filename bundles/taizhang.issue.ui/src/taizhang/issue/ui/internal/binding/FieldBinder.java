package taizhang.issue.ui.internal.binding;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.sideeffect.ISideEffect;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.Form;
import org.eclipse.ui.forms.widgets.FormToolkit;

import taizhang.issue.ui.internal.Messages;

/**
 * Makes the editor's fields and binds them to the model. A text is written to the model when the
 * user leaves it or presses Enter (not at every keystroke, which would make every letter an undo
 * step); text the model refuses changes nothing and its reason is shown at the field (a decoration
 * and its hover) and in the editor's heading until the next good value, or until Escape brings back
 * the model's value.
 */
public final class FieldBinder {

	private final FormToolkit toolkit;
	private final DataBindingContext bindings;
	private final Form heading;
	private final boolean readOnly;
	/** The refused fields with their reasons, the latest last. */
	private final Map<Control, String> problems = new LinkedHashMap<>();
	private final Map<Control, ControlDecoration> decorations = new HashMap<>();

	/**
	 * @param heading where the latest refusal is reported, named by its field, while any field holds a
	 *                refused value
	 */
	public FieldBinder(FormToolkit toolkit, DataBindingContext bindings, Form heading, boolean readOnly) {
		this.toolkit = toolkit;
		this.bindings = bindings;
		this.heading = heading;
		this.readOnly = readOnly;
	}

	public FormToolkit toolkit() {
		return toolkit;
	}

	/** A field label in the first column of a two-column grid. */
	public Label label(Composite parent, String text) {
		Label label = toolkit.createLabel(parent, text);
		label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		return label;
	}

	/** A one-line text filling its column. */
	public Text text(Composite parent) {
		Text text = toolkit.createText(parent, "", SWT.SINGLE | SWT.BORDER); //$NON-NLS-1$
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.setEditable(!readOnly);
		return text;
	}

	/** A multi-line, wrapping text filling its column. */
	public Text multiText(Composite parent, int lines) {
		Text text = toolkit.createText(parent, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER); //$NON-NLS-1$
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		data.heightHint = lines * text.getLineHeight() + 6;
		data.widthHint = 200; // wraps instead of widening the form
		text.setLayoutData(data);
		text.setEditable(!readOnly);
		tabMovesOn(text);
		return text;
	}

	/**
	 * Makes Tab and Shift+Tab move from the multi-line {@code text} to the next or previous field, as
	 * in every other field, instead of typing a tab: a tab in a ledger's text would split its cell
	 * when copied into a spreadsheet. Enter still starts a new line.
	 */
	public static void tabMovesOn(Text text) {
		text.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				event.doit = true;
			}
		});
	}

	/** A read-only combo of {@code choices}. */
	public <E> ComboViewer combo(Composite parent, List<E> choices, Function<E, String> label) {
		ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(viewer.getCombo(), true, true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@SuppressWarnings("unchecked")
			@Override
			public String getText(Object element) {
				return label.apply((E) element);
			}
		});
		viewer.setInput(choices);
		viewer.getCombo().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		viewer.getCombo().setEnabled(!readOnly);
		return viewer;
	}

	public Button check(Composite parent, String text) {
		Button button = toolkit.createButton(parent, text, SWT.CHECK);
		button.setEnabled(!readOnly);
		return button;
	}

	/**
	 * Binds a text to a model value.
	 *
	 * @param parse  the text as a model value; throws {@link IllegalArgumentException} saying why not
	 * @param format the model value as text
	 * @param check  what is wrong with a parsed value in its context (a deadline before the received
	 *               date), or {@code null} if nothing is
	 */
	public <T> Binding bind(Text text, IObservableValue<T> model, Function<String, T> parse, Function<T, String> format,
			Function<T, String> check) {
		UpdateValueStrategy<String, T> toModel = strategy(UpdateValueStrategy.POLICY_ON_REQUEST);
		toModel.setAfterGetValidator(value -> {
			try {
				parse.apply(value);
				return Status.OK_STATUS;
			} catch (IllegalArgumentException e) {
				return ValidationStatus.error(e.getMessage());
			}
		});
		toModel.setConverter(IConverter.create(String.class, model.getValueType(), parse));
		if (check != null) {
			toModel.setAfterConvertValidator(value -> {
				String problem = check.apply(value);
				return problem == null ? Status.OK_STATUS : ValidationStatus.error(problem);
			});
		}
		UpdateValueStrategy<T, String> toText = UpdateValueStrategy
				.create(IConverter.create(model.getValueType(), String.class, format));
		Binding binding = bindings.bindValue(WidgetProperties.text(SWT.Modify).observe(text), model, toModel, toText);
		Runnable commit = () -> {
			if (!binding.isDisposed() && !text.isDisposed() && text.getEditable()
					&& !text.getText().equals(format.apply(model.getValue()))) {
				binding.updateTargetToModel();
				if (binding.getValidationStatus().getValue().isOK()) {
					// Shows what was stored the way the ledger writes it: 2022.4.1 becomes 2022-04-01.
					binding.updateModelToTarget();
				}
			}
		};
		text.addListener(SWT.FocusOut, event -> commit.run());
		if ((text.getStyle() & SWT.MULTI) == 0) {
			text.addListener(SWT.DefaultSelection, event -> commit.run());
		}
		text.addListener(SWT.KeyDown, event -> {
			if (event.character == SWT.ESC && !binding.isDisposed()) {
				binding.updateModelToTarget();
			}
		});
		text.setData(Commit.KEY, (Commit) commit::run);
		showStatus(binding, text);
		return binding;
	}

	/** A combo's selection bound to a model value: choosing writes it at once. */
	public <E> Binding bind(ComboViewer viewer, IObservableValue<E> model) {
		IObservableValue<E> selection = ViewerProperties.<ComboViewer, E>singleSelection().observe(viewer);
		Binding binding = bindings.bindValue(selection, model, strategy(UpdateValueStrategy.POLICY_UPDATE), null);
		showStatus(binding, viewer.getControl());
		return binding;
	}

	/** A check box bound to a model value: clicking writes it at once. */
	public Binding bind(Button check, IObservableValue<Boolean> model) {
		Binding binding = bindings.bindValue(WidgetProperties.buttonSelection().observe(check), model,
				strategy(UpdateValueStrategy.POLICY_UPDATE), null);
		showStatus(binding, check);
		return binding;
	}

	/** Enables {@code controls} only while {@code master} has a value (a row is selected). */
	public void enableWith(IObservableValue<?> master, Control... controls) {
		ISideEffect effect = ISideEffect.create(() -> {
			boolean enabled = !readOnly && master.getValue() != null;
			for (Control control : controls) {
				if (!control.isDisposed()) {
					control.setEnabled(enabled);
				}
			}
		});
		controls[0].addDisposeListener(event -> effect.dispose());
	}

	/**
	 * Proposes the {@code candidates} that contain what has been typed (any letter opens the list);
	 * accepting one writes it to the model at once.
	 */
	public void proposals(Text text, Supplier<? extends Iterable<String>> candidates) {
		if (!readOnly) {
			Proposals.attach(text, candidates, () -> commit(text));
		}
	}

	/** Writes what a text holds to the model now, as leaving it would. */
	public static void commit(Text text) {
		if (text.getData(Commit.KEY) instanceof Commit commit) {
			commit.run();
		}
	}

	/** The reason the model refused the field's last value, or {@code null}. */
	public String problem(Control control) {
		return problems.get(control);
	}

	private void showStatus(Binding binding, Control control) {
		binding.getValidationStatus().addValueChangeListener(event -> show(control, event.diff.getNewValue()));
		show(control, binding.getValidationStatus().getValue());
	}

	private void show(Control control, IStatus status) {
		if (control.isDisposed()) {
			return;
		}
		ControlDecoration decoration = decorations.get(control);
		if (status == null || status.isOK()) {
			if (problems.remove(control) != null) {
				decoration.hide();
				control.setToolTipText(null);
				showLatest();
			}
			return;
		}
		// The reason shows beside the field (decoration and hover) and in the heading, named by the field.
		String message = status.getMessage();
		problems.remove(control);
		problems.put(control, message);
		if (decoration == null) {
			decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
			decoration.setImage(FieldDecorationRegistry.getDefault()
					.getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
			decorations.put(control, decoration);
		}
		decoration.setDescriptionText(message);
		decoration.show();
		control.setToolTipText(message);
		showLatest();
	}

	/** The heading reports the latest refusal still standing, or nothing. */
	private void showLatest() {
		if (heading.isDisposed()) {
			return;
		}
		Map.Entry<Control, String> latest = null;
		for (Map.Entry<Control, String> entry : problems.entrySet()) {
			latest = entry;
		}
		if (latest == null) {
			heading.setMessage(null, IMessageProvider.NONE);
			return;
		}
		String label = labelOf(latest.getKey());
		heading.setMessage(label == null ? latest.getValue() : NLS.bind(Messages.Field_problem, label, latest.getValue()),
				IMessageProvider.ERROR);
	}

	/** The text of the label in front of a field, as the fields are laid out. */
	private static String labelOf(Control control) {
		Control[] siblings = control.getParent().getChildren();
		for (int i = 1; i < siblings.length; i++) {
			if (siblings[i] == control && siblings[i - 1] instanceof Label label) {
				return label.getText();
			}
		}
		return null;
	}

	/** A strategy whose refused writes report the reason the model gave. */
	private static <S, D> UpdateValueStrategy<S, D> strategy(int policy) {
		return new UpdateValueStrategy<>(policy) {
			@Override
			protected IStatus doSet(IObservableValue<? super D> observable, D value) {
				try {
					observable.setValue(value);
					return Status.OK_STATUS;
				} catch (IllegalStateException | IllegalArgumentException e) {
					return ValidationStatus.error(Objects.requireNonNullElse(e.getMessage(), e.toString()), e);
				}
			}
		};
	}

	@FunctionalInterface
	private interface Commit {
		String KEY = "taizhang.issue.ui.commit"; //$NON-NLS-1$

		void run();
	}
}
