package taizhang.responsibility.ui.internal.dialogs;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import taizhang.core.LedgerSession;
import taizhang.model.Organization;
import taizhang.responsibility.RenameUnitCommand;
import taizhang.responsibility.ui.internal.Messages;
import taizhang.ui.internal.Labels;

/** Asks for a unit's new name and short name. */
public final class RenameUnitDialog extends EditDialog {

	private final LedgerSession session;
	private final Organization unit;
	private Text name;
	private Text shortName;
	private RenameUnitCommand command;

	public RenameUnitDialog(Shell shell, LedgerSession session, Organization unit) {
		super(shell, Messages.RenameUnit_title, NLS.bind(Messages.RenameUnit_message, Labels.name(unit)));
		this.session = session;
		this.unit = unit;
	}

	@Override
	protected void createFields(Composite fields) {
		Dialogs.label(fields, Messages.Field_name);
		name = Dialogs.text(fields, "name", unit.getName()); //$NON-NLS-1$
		name.selectAll();
		name.addModifyListener(e -> update());
		Dialogs.label(fields, Messages.Field_shortName);
		shortName = Dialogs.text(fields, "shortName", unit.getShortName()); //$NON-NLS-1$
		shortName.addModifyListener(e -> update());
	}

	@Override
	protected String problem() {
		if (name.getText().isBlank()) {
			return Messages.Problem_noName;
		}
		if (name.getText().strip().equals(unit.getName()) && shortName.getText().strip().equals(Labels.of(unit.getShortName()))) {
			return Messages.Problem_unchanged;
		}
		return null;
	}

	@Override
	protected void okPressed() {
		command = new RenameUnitCommand(session.editingDomain(), unit, name.getText(), shortName.getText());
		super.okPressed();
	}

	public RenameUnitCommand command() {
		return command;
	}
}
