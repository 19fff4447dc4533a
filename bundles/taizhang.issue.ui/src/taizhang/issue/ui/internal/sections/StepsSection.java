package taizhang.issue.ui.internal.sections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.databinding.EMFProperties;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import taizhang.core.Ids;
import taizhang.issue.ui.internal.IssueContext;
import taizhang.issue.ui.internal.Messages;
import taizhang.issue.ui.internal.Texts;
import taizhang.issue.ui.internal.binding.FieldBinder;
import taizhang.issue.ui.internal.binding.ObservableTable;
import taizhang.issue.ui.internal.binding.ObservableTable.Column;
import taizhang.issue.ui.internal.binding.Parsers;
import taizhang.model.Evidence;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.Measure;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage.Literals;
import taizhang.model.Organization;
import taizhang.model.RectificationPlan;

/**
 * The plan's measures (整改措施) or stage goals (阶段性目标): a table, and below it the selected row's
 * fields. Both are dated steps with a flag (done, achieved) and the day it was set.
 */
public final class StepsSection {

	/**
	 * Which list of the plan, and the features its rows have.
	 *
	 * @param unit the unit carrying out a row, or {@code null} where rows have none (stage goals)
	 */
	public record Kind(EReference list, EClass type, EAttribute description, EAttribute due, EAttribute flag,
			EAttribute flagDate, EReference unit, String title, String flagText) {

		public static Kind measures() {
			return new Kind(Literals.RECTIFICATION_PLAN__MEASURES, Literals.MEASURE, Literals.MEASURE__DESCRIPTION,
					Literals.MEASURE__DUE_DATE, Literals.MEASURE__DONE, Literals.MEASURE__DONE_DATE,
					Literals.MEASURE__UNIT, Texts.label(Literals.RECTIFICATION_PLAN__MEASURES),
					Texts.label(Literals.MEASURE__DONE));
		}

		public static Kind stageGoals() {
			return new Kind(Literals.RECTIFICATION_PLAN__STAGE_GOALS, Literals.STAGE_GOAL,
					Literals.STAGE_GOAL__DESCRIPTION, Literals.STAGE_GOAL__DUE_DATE, Literals.STAGE_GOAL__ACHIEVED,
					Literals.STAGE_GOAL__ACHIEVED_DATE, null, Texts.label(Literals.RECTIFICATION_PLAN__STAGE_GOALS),
					Texts.label(Literals.STAGE_GOAL__ACHIEVED));
		}
	}

	private final EditorForm form;
	private final IssueContext context;
	private final Kind kind;
	private final IObservableList<EObject> rows;
	private final TableViewer viewer;
	private final Text description;
	private final Text due;
	private final Button flag;
	private final Text flagDate;
	private final Text unit;
	private final Button add;
	private final Button remove;

	public StepsSection(EditorForm form, Kind kind) {
		this.form = form;
		this.context = form.context();
		this.kind = kind;
		FieldBinder fields = form.fields();
		Issue issue = form.issue();
		Composite client = form.section(kind.title(), true, 4);

		rows = planList(issue, kind.list());
		List<Column<EObject>> columns = new ArrayList<>(List.of(
				new Column<EObject>("#", 36, row -> Integer.toString(rows.indexOf(row) + 1), kind.description()), //$NON-NLS-1$
				new Column<EObject>(Texts.label(kind.description()), 380, row -> text(row, kind.description()),
						kind.description()),
				new Column<EObject>(Texts.label(kind.due()), 100, row -> date(row, kind.due()), kind.due()),
				new Column<EObject>(kind.flagText(), 60,
						row -> Boolean.TRUE.equals(row.eGet(kind.flag())) ? "\u2713" : "", kind.flag()), //$NON-NLS-1$ //$NON-NLS-2$
				new Column<EObject>(Texts.label(kind.flagDate()), 100, row -> date(row, kind.flagDate()),
						kind.flagDate())));
		if (kind.unit() != null) {
			columns.add(new Column<EObject>(Texts.label(kind.unit()), 160,
					row -> Texts.name((Organization) row.eGet(kind.unit())), kind.unit()));
		}
		viewer = ObservableTable.create(form.toolkit(), client, rows, 5, columns);
		viewer.getControl().setLayoutData(spanning(viewer.getControl().getLayoutData(), 4));

		Composite bar = form.buttonBar(client, 4);
		add = button(bar, Messages.Rows_add);
		remove = button(bar, Messages.Rows_remove);
		add.addListener(SWT.Selection, event -> addRow());
		remove.addListener(SWT.Selection, event -> removeRow());

		IObservableValue<EObject> selected = ViewerProperties.singleSelection(EObject.class).observe(viewer);
		fields.label(client, Texts.label(kind.description()));
		description = fields.multiText(client, 2);
		description.setLayoutData(spanning(description.getLayoutData(), 3));
		fields.bind(description, form.<EObject, String>feature(kind.description()).observeDetail(selected),
				Function.identity(), Texts::of, null);

		fields.label(client, Texts.label(kind.due()));
		due = fields.text(client);
		fields.bind(due, form.<EObject, LocalDate>feature(kind.due()).observeDetail(selected), Parsers::date, Texts::of,
				null);

		flag = fields.check(client, kind.flagText());
		flag.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		fields.bind(flag, form.<EObject, Boolean>computed(Boolean.class, row -> (Boolean) row.eGet(kind.flag()),
				(domain, row, value) -> EditorForm.setAll(domain, row, kind.flag(), value, kind.flagDate(),
						Boolean.TRUE.equals(value) ? flagDateOrToday(row) : null))
				.observeDetail(selected));

		fields.label(client, Texts.label(kind.flagDate()));
		flagDate = fields.text(client);
		fields.bind(flagDate, form.<EObject, LocalDate>computed(LocalDate.class,
				row -> (LocalDate) row.eGet(kind.flagDate()),
				(domain, row, value) -> EditorForm.setAll(domain, row, kind.flagDate(), value, kind.flag(), value != null))
				.observeDetail(selected), Parsers::date, Texts::of, this::afterToday);
		if (kind.unit() != null) {
			fields.label(client, Texts.label(kind.unit()));
			unit = fields.text(client);
			unit.setMessage(Messages.Rows_unitHint);
			Ledger ledger = context.ledger();
			fields.bind(unit, form.<EObject, Organization>feature(kind.unit()).observeDetail(selected),
					text -> Parsers.organization(ledger, text), Texts::name, null);
			fields.proposals(unit, () -> Parsers.unitNames(ledger));
			fields.enableWith(selected, unit);
		} else {
			unit = null;
			form.toolkit().createLabel(client, ""); //$NON-NLS-1$
			form.toolkit().createLabel(client, ""); //$NON-NLS-1$
		}

		fields.enableWith(selected, description, due, flag, flagDate, remove);
		add.setEnabled(!context.isReadOnly());
	}

	public TableViewer viewer() {
		return viewer;
	}

	public Text description() {
		return description;
	}

	public Text due() {
		return due;
	}

	public Button flag() {
		return flag;
	}

	public Text flagDate() {
		return flagDate;
	}

	/** The unit carrying out the selected row; {@code null} for stage goals. */
	public Text unit() {
		return unit;
	}

	private Button button(Composite bar, String text) {
		((GridLayout) bar.getLayout()).numColumns++;
		return form.toolkit().createButton(bar, text, SWT.PUSH);
	}

	private void addRow() {
		EObject row = ModelFactory.eINSTANCE.create(kind.type());
		row.eSet(Literals.IDENTIFIED__ID, Ids.newId());
		Issue issue = form.issue();
		try {
			context.execute(EditorForm.withPlan(context.domain(), issue,
					plan -> AddCommand.create(context.domain(), plan, kind.list(), row)));
		} catch (IllegalStateException e) {
			Dialogs.refused(viewer.getControl().getShell(), e);
			return;
		}
		viewer.setSelection(new StructuredSelection(row), true);
		description.setFocus();
	}

	private void removeRow() {
		Object row = viewer.getStructuredSelection().getFirstElement();
		RectificationPlan plan = form.issue().getPlan();
		if (!(row instanceof EObject) || plan == null) {
			return;
		}
		CompoundCommand command = new CompoundCommand(Messages.Rows_remove);
		if (row instanceof Measure measure) {
			// Evidence keeps no link to a measure that is gone.
			for (Evidence evidence : form.issue().getEvidence()) {
				if (evidence.getMeasures().contains(measure)) {
					command.append(RemoveCommand.create(context.domain(), evidence, Literals.EVIDENCE__MEASURES, measure));
				}
			}
		}
		command.append(RemoveCommand.create(context.domain(), plan, kind.list(), row));
		try {
			context.execute(command);
		} catch (IllegalStateException e) {
			Dialogs.refused(viewer.getControl().getShell(), e);
		}
	}

	private LocalDate flagDateOrToday(EObject row) {
		LocalDate date = (LocalDate) row.eGet(kind.flagDate());
		return date != null ? date : context.today();
	}

	private String afterToday(LocalDate date) {
		LocalDate today = context.today();
		return date != null && date.isAfter(today) ? NLS.bind(Messages.Check_flagDateAfterToday, date, today) : null;
	}

	private static String text(EObject row, EAttribute attribute) {
		return Texts.abbreviate((String) row.eGet(attribute), 80);
	}

	private static String date(EObject row, EAttribute attribute) {
		return Texts.of((LocalDate) row.eGet(attribute));
	}

	/** The plan's list: empty while the issue has no plan, and following the plan once it has one. */
	@SuppressWarnings("unchecked")
	private static IObservableList<EObject> planList(Issue issue, EReference list) {
		IObservableValue<RectificationPlan> plan = EMFProperties.value(Literals.ISSUE__PLAN).observe(issue);
		return EMFProperties.list(list).observeDetail(plan);
	}

	static GridData spanning(Object layoutData, int columns) {
		GridData data = (GridData) layoutData;
		data.horizontalSpan = columns;
		return data;
	}
}
