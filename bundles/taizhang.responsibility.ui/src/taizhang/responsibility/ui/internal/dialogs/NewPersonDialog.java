package taizhang.responsibility.ui.internal.dialogs;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import taizhang.core.LedgerSession;
import taizhang.model.Organization;
import taizhang.model.PositionKind;
import taizhang.responsibility.CreatePersonCommand;
import taizhang.responsibility.ui.internal.Messages;
import taizhang.ui.internal.Labels;

/** Asks for a new person's name, title and position in a unit. */
public final class NewPersonDialog extends EditDialog {

	private final LedgerSession session;
	private final Organization unit;
	private Text name;
	private Text title;
	private Combo position;
	private CreatePersonCommand command;

	public NewPersonDialog(Shell shell, LedgerSession session, Organization unit) {
		super(shell, Messages.NewPerson_title, NLS.bind(Messages.NewPerson_message, Labels.name(unit)));
		this.session = session;
		this.unit = unit;
	}

	@Override
	protected void createFields(Composite fields) {
		Dialogs.label(fields, Messages.Field_personName);
		name = Dialogs.text(fields, "name", ""); //$NON-NLS-1$ //$NON-NLS-2$
		name.addModifyListener(e -> update());
		Dialogs.label(fields, Messages.Field_title);
		title = Dialogs.text(fields, "title", ""); //$NON-NLS-1$ //$NON-NLS-2$
		Dialogs.label(fields, Messages.Field_position);
		String[] positions = new String[PositionKind.VALUES.size()];
		for (PositionKind literal : PositionKind.VALUES) {
			positions[literal.ordinal()] = Labels.of(literal);
		}
		position = Dialogs.combo(fields, "position", positions, PositionKind.STAFF.ordinal()); //$NON-NLS-1$
	}

	@Override
	protected String problem() {
		return name.getText().isBlank() ? Messages.Problem_noName : null;
	}

	@Override
	protected void okPressed() {
		command = new CreatePersonCommand(session.editingDomain(), session.ledger(), name.getText(),
				title.getText().strip(), PositionKind.VALUES.get(position.getSelectionIndex()), unit);
		super.okPressed();
	}

	public CreatePersonCommand command() {
		return command;
	}
}
