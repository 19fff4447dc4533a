package taizhang.core.escalation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.model.Escalation;
import taizhang.model.ModelPackage;
import taizhang.model.ProposalState;
import taizhang.model.labels.EnumLabels;

/**
 * The office's decision on a PROPOSED record: confirm it (已确认) or dismiss it (已驳回), with the day
 * and a note, in one undoable step. Only a PROPOSED record can be decided; a decision is changed by
 * undoing it.
 */
public final class DecisionCommand extends CompoundCommand {

	private final Escalation record;

	private DecisionCommand(EditingDomain domain, Escalation record, ProposalState decision, String note,
			LocalDate date) {
		super(label(decision), label(decision));
		Objects.requireNonNull(domain, "domain"); //$NON-NLS-1$
		this.record = Objects.requireNonNull(record, "record"); //$NON-NLS-1$
		Objects.requireNonNull(date, "date"); //$NON-NLS-1$
		append(SetCommand.create(domain, record, ModelPackage.Literals.ESCALATION__STATE, decision));
		append(SetCommand.create(domain, record, ModelPackage.Literals.ESCALATION__DECIDED_ON, date));
		append(SetCommand.create(domain, record, ModelPackage.Literals.ESCALATION__DECISION_NOTE, note));
	}

	/** Confirms the proposed {@code record} on {@code date}; {@code note} may be null. */
	public static DecisionCommand confirm(EditingDomain domain, Escalation record, String note, LocalDate date) {
		return new DecisionCommand(domain, record, ProposalState.CONFIRMED, note, date);
	}

	/** Dismisses the proposed {@code record} on {@code date}; {@code note} says why and may be null. */
	public static DecisionCommand dismiss(EditingDomain domain, Escalation record, String note, LocalDate date) {
		return new DecisionCommand(domain, record, ProposalState.DISMISSED, note, date);
	}

	public Escalation record() {
		return record;
	}

	@Override
	public boolean canExecute() {
		return record.getState() == ProposalState.PROPOSED && super.canExecute();
	}

	@Override
	public void execute() {
		if (record.getState() != ProposalState.PROPOSED) {
			throw new IllegalStateException("record " + record.getId() + " is " + record.getState() //$NON-NLS-1$ //$NON-NLS-2$
					+ ", not PROPOSED: only a proposal can be confirmed or dismissed"); //$NON-NLS-1$
		}
		super.execute();
	}

	@Override
	public Collection<?> getAffectedObjects() {
		return List.of(record);
	}

	private static String label(ProposalState decision) {
		Locale locale = Locale.getDefault();
		return Messages.format(locale, "decisionLabel", EnumLabels.label(decision, locale)); //$NON-NLS-1$
	}
}
