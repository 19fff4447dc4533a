package taizhang.responsibility.ui.internal.dialogs;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import taizhang.core.LedgerSession;
import taizhang.model.Organization;
import taizhang.model.OrganizationKind;
import taizhang.responsibility.CreateUnitCommand;
import taizhang.responsibility.ui.internal.Messages;
import taizhang.ui.internal.Labels;

/** Asks for a new unit's name, kind and parent unit. */
public final class NewUnitDialog extends EditDialog {

	private final LedgerSession session;
	private final Organization parent;
	private Text name;
	private Combo kind;
	private UnitChooser parentChooser;
	private CreateUnitCommand command;

	/** @param parent the unit to put it under at first, or {@code null} */
	public NewUnitDialog(Shell shell, LedgerSession session, Organization parent) {
		super(shell, Messages.NewUnit_title, Messages.NewUnit_message);
		this.session = session;
		this.parent = parent;
	}

	@Override
	protected void createFields(Composite fields) {
		Dialogs.label(fields, Messages.Field_name);
		name = Dialogs.text(fields, "name", ""); //$NON-NLS-1$ //$NON-NLS-2$
		name.addModifyListener(e -> update());
		Dialogs.label(fields, Messages.Field_kind);
		String[] kinds = new String[OrganizationKind.VALUES.size()];
		for (OrganizationKind literal : OrganizationKind.VALUES) {
			kinds[literal.ordinal()] = Labels.of(literal);
		}
		OrganizationKind initial = parent == null ? OrganizationKind.DEPARTMENT
				: parent.getKind() == OrganizationKind.COUNTY_DISTRICT ? OrganizationKind.TOWNSHIP_STREET : OrganizationKind.DEPARTMENT;
		kind = Dialogs.combo(fields, "kind", kinds, initial.ordinal()); //$NON-NLS-1$
		Label parentLabel = Dialogs.label(fields, Messages.Field_parent);
		span(parentLabel, false);
		parentChooser = new UnitChooser(fields, session.ledger(), unit -> true, true);
		span(parentChooser.viewer().getControl().getParent(), true);
		parentChooser.select(parent);
		parentChooser.onChange(this::update);
	}

	@Override
	protected String problem() {
		if (name.getText().isBlank()) {
			return Messages.Problem_noName;
		}
		return parentChooser.hasChoice() ? null : Messages.Problem_noParent;
	}

	@Override
	protected void okPressed() {
		command = new CreateUnitCommand(session.editingDomain(), session.ledger(), name.getText(),
				OrganizationKind.VALUES.get(kind.getSelectionIndex()), parentChooser.unit());
		super.okPressed();
	}

	/** The command that creates the unit (after OK). */
	public CreateUnitCommand command() {
		return command;
	}
}
