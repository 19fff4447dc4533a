package taizhang.responsibility.ui.internal.dialogs;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import taizhang.core.LedgerSession;
import taizhang.core.issues.IssueFacts;
import taizhang.model.AssignmentRole;
import taizhang.model.Issue;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.responsibility.AssignCommand;
import taizhang.responsibility.Roles;
import taizhang.responsibility.ui.internal.Messages;
import taizhang.responsibility.ui.internal.Texts;
import taizhang.ui.internal.Labels;

/**
 * Bulk assignment: gives one role on every selected issue to a unit (lead, cooperating, industry
 * supervisor) or a person (responsible person, leader in charge, contact leader), or takes it away,
 * in one command.
 */
public final class AssignDialog extends EditDialog {

	private static final int SHOWN_ISSUES = 5;

	private final LedgerSession session;
	private final List<Issue> issues;
	private final EObject proposed;
	private Combo role;
	private Button remove;
	private Composite holders;
	private StackLayout stack;
	private UnitChooser unit;
	private PersonChooser person;
	private AssignCommand command;

	/** @param proposed a unit or person to propose as holder, or {@code null} */
	public AssignDialog(Shell shell, LedgerSession session, List<Issue> issues, EObject proposed) {
		super(shell, Messages.Assign_title, NLS.bind(Messages.Assign_message, issues.size(), sample(issues)));
		this.session = session;
		this.issues = List.copyOf(issues);
		this.proposed = proposed;
	}

	private static String sample(List<Issue> issues) {
		List<String> shown = issues.stream().limit(SHOWN_ISSUES).map(Texts::caseNumber).toList();
		String text = Labels.join(shown);
		return issues.size() > SHOWN_ISSUES ? text + Messages.Assign_more : text;
	}

	@Override
	protected void createFields(Composite fields) {
		Dialogs.label(fields, Messages.Field_role);
		String[] roles = new String[AssignmentRole.VALUES.size()];
		for (AssignmentRole literal : AssignmentRole.VALUES) {
			roles[literal.ordinal()] = Labels.of(literal);
		}
		AssignmentRole initial = proposed instanceof Person ? AssignmentRole.RESPONSIBLE_PERSON : AssignmentRole.LEAD_UNIT;
		role = Dialogs.combo(fields, "role", roles, initial.ordinal()); //$NON-NLS-1$
		role.addListener(SWT.Selection, e -> showHolders());
		remove = new Button(fields, SWT.CHECK);
		remove.setData(Dialogs.ID, "remove"); //$NON-NLS-1$
		remove.setText(Messages.Field_removeRole);
		remove.addListener(SWT.Selection, e -> update());
		span(remove, false);

		holders = new Composite(fields, SWT.NONE);
		stack = new StackLayout();
		holders.setLayout(stack);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(420, 300).applyTo(holders);
		unit = new UnitChooser(holders, session.ledger(), candidate -> true, false);
		Set<Organization> leads = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Issue issue : issues) {
			Organization lead = IssueFacts.leadUnit(issue);
			if (lead != null) {
				leads.add(lead);
			}
		}
		person = new PersonChooser(holders, session.ledger(), candidate -> true,
				candidate -> leads.contains(candidate.getOrganization()));
		if (proposed instanceof Organization proposedUnit) {
			unit.select(proposedUnit);
		} else if (proposed instanceof Person proposedPerson) {
			person.select(proposedPerson);
		}
		unit.onChange(this::update);
		person.onChange(this::update);
		showHolders();
	}

	private AssignmentRole role() {
		return AssignmentRole.VALUES.get(role.getSelectionIndex());
	}

	private void showHolders() {
		stack.topControl = (Roles.isUnitRole(role()) ? unit.viewer() : person.viewer()).getControl().getParent();
		holders.layout(true, true);
		update();
	}

	private EObject holder() {
		return Roles.isUnitRole(role()) ? unit.unit() : person.person();
	}

	@Override
	protected String problem() {
		if (issues.isEmpty()) {
			return Messages.Problem_noIssues;
		}
		if (holder() == null && !remove.getSelection()) {
			return Roles.isUnitRole(role()) ? Messages.Problem_noHolderUnit : Messages.Problem_noHolderPerson;
		}
		return null;
	}

	@Override
	protected void okPressed() {
		command = remove.getSelection() ? AssignCommand.unassign(session.editingDomain(), issues, role(), holder())
				: AssignCommand.assign(session.editingDomain(), issues, role(), holder());
		super.okPressed();
	}

	public AssignCommand command() {
		return command;
	}
}
