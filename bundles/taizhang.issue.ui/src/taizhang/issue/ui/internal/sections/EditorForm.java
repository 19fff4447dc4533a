package taizhang.issue.ui.internal.sections;

import java.util.function.Function;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.databinding.EMFProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;

import taizhang.issue.ui.internal.IssueContext;
import taizhang.issue.ui.internal.binding.CommandProperty;
import taizhang.issue.ui.internal.binding.FieldBinder;
import taizhang.model.Issue;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage.Literals;
import taizhang.model.RectificationPlan;

/** What the editor's sections are built with: the issue's context, the form, the field binder. */
public final class EditorForm {

	private final IssueContext context;
	private final FieldBinder fields;
	private final DataBindingContext bindings;
	private final Composite body;

	public EditorForm(IssueContext context, FieldBinder fields, DataBindingContext bindings, Composite body) {
		this.context = context;
		this.fields = fields;
		this.bindings = bindings;
		this.body = body;
	}

	public IssueContext context() {
		return context;
	}

	public Issue issue() {
		return context.issue();
	}

	public FieldBinder fields() {
		return fields;
	}

	public FormToolkit toolkit() {
		return fields.toolkit();
	}

	public DataBindingContext bindings() {
		return bindings;
	}

	/**
	 * A titled, collapsible section of the form; returns its client, laid out in a grid of
	 * {@code columns} columns.
	 *
	 * @param wide whether it spans both columns of the form
	 */
	public Composite section(String title, boolean wide, int columns) {
		Section section = toolkit().createSection(body, Section.TITLE_BAR | Section.TWISTIE | Section.EXPANDED);
		section.setText(title);
		TableWrapData data = new TableWrapData(TableWrapData.FILL_GRAB);
		data.colspan = wide ? 2 : 1;
		section.setLayoutData(data);
		Composite client = toolkit().createComposite(section);
		GridLayout layout = new GridLayout(columns, false);
		layout.marginWidth = 2;
		layout.marginHeight = 2;
		client.setLayout(layout);
		section.setClient(client);
		toolkit().paintBordersFor(client);
		return client;
	}

	/** A row of buttons under a table, spanning {@code span} columns. */
	public Composite buttonBar(Composite parent, int span) {
		Composite bar = toolkit().createComposite(parent);
		GridLayout layout = new GridLayout(0, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		bar.setLayout(layout);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
		return bar;
	}

	/** One feature of a model object, changed by a command. */
	public <S extends EObject, T> CommandProperty<S, T> feature(EStructuralFeature feature) {
		return CommandProperty.feature(context.domain(), context::execute, feature);
	}

	/** A computed value of a model object, changed by the command {@code change} makes. */
	public <S extends EObject, T> CommandProperty<S, T> computed(Class<T> type, Function<S, T> getter,
			CommandProperty.Change<S, T> change) {
		return CommandProperty.computed(context.domain(), context::execute, type, getter, change);
	}

	/** A list of the issue's, as an observable list (EMF data binding). */
	@SuppressWarnings("unchecked")
	public <E> IObservableList<E> list(EStructuralFeature feature) {
		return EMFProperties.list(feature).observe(issue());
	}

	/** A label showing a model value, following it. */
	public <T> Label display(Composite parent, IObservableValue<T> value, Function<T, String> format) {
		Label label = toolkit().createLabel(parent, "", SWT.WRAP); //$NON-NLS-1$
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		bindings.bindValue(WidgetProperties.text().observe(label), value, UpdateValueStrategy.never(),
				UpdateValueStrategy.create(IConverter.create(value.getValueType(), String.class, format)));
		return label;
	}

	/**
	 * The command {@code edit} makes for the issue's plan; when the issue has none yet, a new plan
	 * is added to it in the same command.
	 */
	public static Command withPlan(EditingDomain domain, Issue issue, Function<RectificationPlan, Command> edit) {
		RectificationPlan plan = issue.getPlan();
		if (plan != null) {
			return edit.apply(plan);
		}
		RectificationPlan created = ModelFactory.eINSTANCE.createRectificationPlan();
		Command change = edit.apply(created);
		CompoundCommand command = new CompoundCommand(change.getLabel());
		command.append(SetCommand.create(domain, issue, Literals.ISSUE__PLAN, created));
		command.append(change);
		return command;
	}

	/** Several feature changes of one object as one command. */
	public static CompoundCommand setAll(EditingDomain domain, EObject owner, Object... featuresAndValues) {
		CompoundCommand command = null;
		for (int i = 0; i < featuresAndValues.length; i += 2) {
			Command set = SetCommand.create(domain, owner, featuresAndValues[i], featuresAndValues[i + 1]);
			if (command == null) {
				command = new CompoundCommand(set.getLabel());
			}
			command.append(set);
		}
		return command;
	}
}
