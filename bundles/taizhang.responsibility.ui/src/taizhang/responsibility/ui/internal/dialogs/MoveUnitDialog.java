package taizhang.responsibility.ui.internal.dialogs;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import taizhang.core.LedgerSession;
import taizhang.model.Organization;
import taizhang.model.structure.Organizations;
import taizhang.responsibility.MoveUnitCommand;
import taizhang.responsibility.ui.internal.Messages;
import taizhang.ui.internal.Labels;

/** Asks under which unit (or at the top) a unit goes; the unit itself and what lies under it cannot be chosen. */
public final class MoveUnitDialog extends EditDialog {

	private final LedgerSession session;
	private final Organization unit;
	private UnitChooser parent;
	private MoveUnitCommand command;

	public MoveUnitDialog(Shell shell, LedgerSession session, Organization unit) {
		super(shell, Messages.MoveUnit_title, NLS.bind(Messages.MoveUnit_message, Labels.name(unit)));
		this.session = session;
		this.unit = unit;
	}

	@Override
	protected void createFields(Composite fields) {
		parent = new UnitChooser(fields, session.ledger(), candidate -> !Organizations.wouldCycle(unit, candidate), true);
		span(parent.viewer().getControl().getParent(), true);
		parent.select(unit.getParent());
		parent.onChange(this::update);
	}

	@Override
	protected String problem() {
		if (!parent.hasChoice()) {
			return Messages.Problem_noParent;
		}
		return parent.unit() == unit.getParent() ? Messages.Problem_unchanged : null;
	}

	@Override
	protected void okPressed() {
		command = new MoveUnitCommand(session.editingDomain(), unit, parent.unit());
		super.okPressed();
	}

	public MoveUnitCommand command() {
		return command;
	}
}
