package taizhang.issue.ui.internal.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import taizhang.core.issues.IssueFacts;
import taizhang.issue.ui.internal.IssueContext;
import taizhang.issue.ui.internal.Messages;
import taizhang.issue.ui.internal.Texts;
import taizhang.issue.ui.internal.binding.FieldBinder;
import taizhang.issue.ui.internal.binding.ObservableTable;
import taizhang.issue.ui.internal.binding.ObservableTable.Column;
import taizhang.issue.ui.internal.binding.Parsers;
import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage.Literals;
import taizhang.model.Organization;
import taizhang.model.Person;

/**
 * Who answers for the issue (职责分工): lead and cooperating units, the responsible person, leaders.
 * Units and people are typed with proposals from the ledger; a name the ledger does not know is
 * refused.
 */
public final class AssignmentsSection {

	private final IssueContext context;
	private final Issue issue;
	private final Ledger ledger;
	private final TableViewer viewer;
	private final ComboViewer role;
	private final Text unit;
	private final Text person;
	private final Text note;
	private final Button add;
	private final Button remove;

	public AssignmentsSection(EditorForm form) {
		this.context = form.context();
		this.issue = form.issue();
		this.ledger = context.ledger();
		FieldBinder fields = form.fields();
		Composite client = form.section(Texts.label(Literals.ISSUE__ASSIGNMENTS), false, 2);

		IObservableList<Assignment> rows = form.list(Literals.ISSUE__ASSIGNMENTS);
		viewer = ObservableTable.create(form.toolkit(), client, rows, 5, List.of(
				new Column<Assignment>(Texts.label(Literals.ASSIGNMENT__ROLE), 90, row -> Texts.of(row.getRole()),
						Literals.ASSIGNMENT__ROLE),
				new Column<Assignment>(Texts.label(Literals.ASSIGNMENT__ORGANIZATION), 150,
						row -> Texts.name(row.getOrganization()), Literals.ASSIGNMENT__ORGANIZATION),
				new Column<Assignment>(Texts.label(Literals.ASSIGNMENT__PERSON), 90, row -> Texts.name(row.getPerson()),
						Literals.ASSIGNMENT__PERSON),
				new Column<Assignment>(Texts.label(Literals.ASSIGNMENT__NOTE), 120,
						row -> Texts.abbreviate(row.getNote(), 40), Literals.ASSIGNMENT__NOTE)));
		StepsSection.spanning(viewer.getControl().getLayoutData(), 2);

		Composite bar = form.buttonBar(client, 2);
		((GridLayout) bar.getLayout()).numColumns = 2;
		add = form.toolkit().createButton(bar, Messages.Rows_add, SWT.PUSH);
		remove = form.toolkit().createButton(bar, Messages.Rows_remove, SWT.PUSH);
		add.addListener(SWT.Selection, event -> addRow());
		remove.addListener(SWT.Selection, event -> removeRow());

		IObservableValue<Assignment> selected = ViewerProperties.singleSelection(Assignment.class).observe(viewer);
		fields.label(client, Texts.label(Literals.ASSIGNMENT__ROLE));
		role = fields.combo(client, AssignmentRole.VALUES, Texts::of);
		fields.bind(role, form.<Assignment, AssignmentRole>feature(Literals.ASSIGNMENT__ROLE).observeDetail(selected));

		fields.label(client, Texts.label(Literals.ASSIGNMENT__ORGANIZATION));
		unit = fields.text(client);
		fields.bind(unit, form.<Assignment, Organization>feature(Literals.ASSIGNMENT__ORGANIZATION).observeDetail(selected),
				text -> Parsers.organization(ledger, text), Texts::name, null);
		fields.proposals(unit, () -> Parsers.unitNames(ledger));

		fields.label(client, Texts.label(Literals.ASSIGNMENT__PERSON));
		person = fields.text(client);
		fields.bind(person, form.<Assignment, Person>feature(Literals.ASSIGNMENT__PERSON).observeDetail(selected),
				text -> Parsers.person(ledger, text, selectedUnit()), Texts::proposal, null);
		fields.proposals(person, this::personNames);

		fields.label(client, Texts.label(Literals.ASSIGNMENT__NOTE));
		note = fields.text(client);
		fields.bind(note, form.<Assignment, String>feature(Literals.ASSIGNMENT__NOTE).observeDetail(selected),
				Function.identity(), Texts::of, null);

		fields.enableWith(selected, role.getControl(), unit, person, note, remove);
		add.setEnabled(!context.isReadOnly());
	}

	public TableViewer viewer() {
		return viewer;
	}

	public Text unit() {
		return unit;
	}

	private Organization selectedUnit() {
		return viewer.getStructuredSelection().getFirstElement() instanceof Assignment assignment
				? assignment.getOrganization()
				: null;
	}

	/** The people of the selected row's unit first: the likely choice. */
	private List<String> personNames() {
		Organization preferred = selectedUnit();
		List<String> first = new ArrayList<>();
		List<String> rest = new ArrayList<>();
		for (Person candidate : ledger.getPersons()) {
			(preferred != null && candidate.getOrganization() == preferred ? first : rest).add(Texts.proposal(candidate));
		}
		first.addAll(rest);
		return first;
	}

	private void addRow() {
		Assignment assignment = ModelFactory.eINSTANCE.createAssignment();
		assignment.setRole(IssueFacts.leadUnit(issue) == null ? AssignmentRole.LEAD_UNIT : AssignmentRole.COOPERATING_UNIT);
		try {
			context.execute(AddCommand.create(context.domain(), issue, Literals.ISSUE__ASSIGNMENTS, assignment));
		} catch (IllegalStateException e) {
			Dialogs.refused(viewer.getControl().getShell(), e);
			return;
		}
		viewer.setSelection(new StructuredSelection(assignment), true);
		unit.setFocus();
	}

	private void removeRow() {
		if (viewer.getStructuredSelection().getFirstElement() instanceof Assignment assignment) {
			try {
				context.execute(RemoveCommand.create(context.domain(), issue, Literals.ISSUE__ASSIGNMENTS, assignment));
			} catch (IllegalStateException e) {
				Dialogs.refused(viewer.getControl().getShell(), e);
			}
		}
	}
}
