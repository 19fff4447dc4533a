package taizhang.core.escalation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.model.Escalation;
import taizhang.model.Ledger;

/**
 * Adds proposals to a ledger as PROPOSED supervision notices, deductions and interviews, in one
 * undoable step. The records are made when the command is; {@link #records()} returns them.
 */
public final class ProposeCommand extends CompoundCommand {

	private final List<Escalation> records = new ArrayList<>();

	public ProposeCommand(EditingDomain domain, Ledger ledger, List<Proposal> proposals, LocalDate asOf) {
		super(Messages.format(Locale.getDefault(), "proposeLabel"), //$NON-NLS-1$
				Messages.format(Locale.getDefault(), "proposeDescription", proposals.size(), asOf)); //$NON-NLS-1$
		Objects.requireNonNull(domain, "domain"); //$NON-NLS-1$
		Objects.requireNonNull(ledger, "ledger"); //$NON-NLS-1$
		Objects.requireNonNull(asOf, "asOf"); //$NON-NLS-1$
		for (Proposal proposal : proposals) {
			Escalation record = proposal.toRecord(asOf);
			records.add(record);
			append(AddCommand.create(domain, ledger, proposal.kind().containment(), record));
		}
	}

	/** The records this command adds, in the order of the proposals. */
	public List<Escalation> records() {
		return List.copyOf(records);
	}

	@Override
	public Collection<?> getAffectedObjects() {
		return records();
	}
}
