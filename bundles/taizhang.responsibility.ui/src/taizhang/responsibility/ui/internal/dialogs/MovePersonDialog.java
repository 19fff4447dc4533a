package taizhang.responsibility.ui.internal.dialogs;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import taizhang.core.LedgerSession;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.responsibility.MovePersonCommand;
import taizhang.responsibility.MovePersonCommand.Handling;
import taizhang.responsibility.ui.internal.Messages;
import taizhang.ui.internal.Labels;

/**
 * Asks to which unit a person moves (调动) and what becomes of what they answer for: they keep it, hand
 * it all over, or hand over only the issues they could no longer be responsible for; and who takes over.
 */
public final class MovePersonDialog extends EditDialog {

	private final LedgerSession session;
	private final Person person;
	private final Organization initialTarget;
	private UnitChooser target;
	private final Button[] handlings = new Button[Handling.values().length];
	private PersonChooser successor;
	private Label effect;
	private MovePersonCommand command;

	/** @param target the unit to propose, or {@code null} */
	public MovePersonDialog(Shell shell, LedgerSession session, Person person, Organization target) {
		super(shell, Messages.MovePerson_title,
				NLS.bind(Messages.MovePerson_message, Labels.name(person), Labels.name(person.getOrganization())));
		this.session = session;
		this.person = person;
		this.initialTarget = target;
	}

	@Override
	protected void createFields(Composite fields) {
		span(Dialogs.label(fields, Messages.Field_targetUnit), false);
		target = new UnitChooser(fields, session.ledger(), unit -> unit != person.getOrganization(), false);
		span(target.viewer().getControl().getParent(), true);
		target.select(initialTarget);
		target.onChange(this::update);

		Composite radios = new Composite(fields, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(radios);
		span(radios, false);
		String[] texts = { Messages.Handling_keep, Messages.Handling_handOver, Messages.Handling_handOverConflicts };
		for (Handling handling : Handling.values()) {
			Button radio = new Button(radios, SWT.RADIO);
			radio.setText(texts[handling.ordinal()]);
			radio.setData(Dialogs.ID, "handling." + handling.name()); //$NON-NLS-1$
			radio.addListener(SWT.Selection, e -> update());
			handlings[handling.ordinal()] = radio;
		}
		// Keeping everything is right unless the person would answer for issues outside their new unit.
		boolean conflicts = initialTarget != null && !new MovePersonCommand(session.editingDomain(), session.ledger(),
				person, initialTarget, Handling.KEEP, null).conflicts().isEmpty();
		handlings[(conflicts ? Handling.HAND_OVER_CONFLICTS : Handling.KEEP).ordinal()].setSelection(true);
		span(Dialogs.label(fields, Messages.Field_successorPerson), false);
		successor = new PersonChooser(fields, session.ledger(), candidate -> candidate != person,
				candidate -> candidate.getOrganization() == person.getOrganization());
		span(successor.viewer().getControl().getParent(), true);
		successor.onChange(this::update);
		effect = new Label(fields, SWT.WRAP);
		effect.setData(Dialogs.ID, "effect"); //$NON-NLS-1$
		span(effect, false);
	}

	private Handling handling() {
		for (Handling handling : Handling.values()) {
			if (handlings[handling.ordinal()].getSelection()) {
				return handling;
			}
		}
		return Handling.KEEP;
	}

	@Override
	protected String problem() {
		Organization unit = target.unit();
		successor.setEnabled(handling() != Handling.KEEP);
		if (unit == null) {
			effect.setText(""); //$NON-NLS-1$
			return Messages.Problem_noTargetUnit;
		}
		MovePersonCommand probe = new MovePersonCommand(session.editingDomain(), session.ledger(), person, unit,
				Handling.KEEP, null);
		effect.setText(NLS.bind(Messages.MovePerson_effect,
				new Object[] { Labels.name(person), probe.assignments().size(), probe.conflicts().size() }));
		effect.getParent().layout(true);
		if (handling() != Handling.KEEP && successor.person() == null) {
			return Messages.Problem_noSuccessorPerson;
		}
		return null;
	}

	@Override
	protected void okPressed() {
		Handling handling = handling();
		command = new MovePersonCommand(session.editingDomain(), session.ledger(), person, target.unit(), handling,
				handling == Handling.KEEP ? null : successor.person());
		super.okPressed();
	}

	public MovePersonCommand command() {
		return command;
	}
}
