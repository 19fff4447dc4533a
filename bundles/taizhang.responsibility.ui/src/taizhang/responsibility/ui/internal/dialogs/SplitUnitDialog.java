package taizhang.responsibility.ui.internal.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import taizhang.core.LedgerSession;
import taizhang.model.Assignment;
import taizhang.model.Issue;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.responsibility.SplitUnitCommand;
import taizhang.responsibility.ui.internal.Messages;
import taizhang.responsibility.ui.internal.Texts;
import taizhang.ui.internal.Labels;

/** Asks for the name of a unit split off another, and which of its people, subordinate units and issues it takes. */
public final class SplitUnitDialog extends EditDialog {

	private final LedgerSession session;
	private final Organization source;
	private Text name;
	private CheckboxTableViewer people;
	private CheckboxTableViewer children;
	private CheckboxTableViewer issues;
	private SplitUnitCommand command;

	public SplitUnitDialog(Shell shell, LedgerSession session, Organization source) {
		super(shell, Messages.SplitUnit_title, NLS.bind(Messages.SplitUnit_message, Labels.name(source)));
		this.session = session;
		this.source = source;
	}

	@Override
	protected void createFields(Composite fields) {
		Dialogs.label(fields, Messages.Field_name);
		name = Dialogs.text(fields, "name", ""); //$NON-NLS-1$ //$NON-NLS-2$
		name.addModifyListener(e -> update());
		List<Person> unitPeople = new ArrayList<>();
		for (Person person : session.ledger().getPersons()) {
			if (person.getOrganization() == source) {
				unitPeople.add(person);
			}
		}
		List<Organization> units = new ArrayList<>();
		for (Organization unit : session.ledger().getOrganizations()) {
			if (unit.getParent() == source && !unit.isRetired()) {
				units.add(unit);
			}
		}
		List<Issue> unitIssues = new ArrayList<>();
		for (Issue issue : session.ledger().getIssues()) {
			if (involves(issue)) {
				unitIssues.add(issue);
			}
		}
		people = list(fields, "people", Messages.Split_people, unitPeople, //$NON-NLS-1$
				element -> Labels.name((Person) element) + "  " + Labels.of(((Person) element).getTitle())); //$NON-NLS-1$
		children = list(fields, "children", Messages.Split_children, units, element -> Labels.name((Organization) element)); //$NON-NLS-1$
		issues = list(fields, "issues", Messages.Split_issues, unitIssues, element -> Texts.issue((Issue) element)); //$NON-NLS-1$
	}

	private boolean involves(Issue issue) {
		if (issue.getRegion() == source) {
			return true;
		}
		for (Assignment assignment : issue.getAssignments()) {
			if (assignment.getOrganization() == source) {
				return true;
			}
		}
		return false;
	}

	private CheckboxTableViewer list(Composite fields, String id, String label, List<?> input, Function<Object, String> text) {
		span(Dialogs.label(fields, NLS.bind(label, input.size())), false);
		CheckboxTableViewer viewer = CheckboxTableViewer.newCheckList(fields, SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setData(Dialogs.ID, id);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
		viewer.setInput(input);
		span(viewer.getControl(), true);
		((GridData) viewer.getControl().getLayoutData()).heightHint = 90;
		return viewer;
	}

	@Override
	protected String problem() {
		return name.getText().isBlank() ? Messages.Problem_noName : null;
	}

	@Override
	protected void okPressed() {
		command = new SplitUnitCommand(session.editingDomain(), session.ledger(), source, name.getText(),
				checked(people, Person.class), checked(issues, Issue.class), checked(children, Organization.class));
		super.okPressed();
	}

	private static <T> List<T> checked(CheckboxTableViewer viewer, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Object element : viewer.getCheckedElements()) {
			found.add(type.cast(element));
		}
		return found;
	}

	public SplitUnitCommand command() {
		return command;
	}
}
