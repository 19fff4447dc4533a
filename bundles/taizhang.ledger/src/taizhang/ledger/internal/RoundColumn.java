package taizhang.ledger.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import taizhang.ledger.Choice;
import taizhang.ledger.ColumnType;
import taizhang.ledger.LedgerColumns;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.ModelPackage;

/** 问题来源: the inspection round, typed as its name or batch number. */
final class RoundColumn extends Column {

	RoundColumn() {
		super(LedgerColumns.ROUND, Messages.Column_round, ColumnType.CHOICE, 200, false);
	}

	@Override
	public Object value(Issue issue) {
		return issue.getRound();
	}

	@Override
	protected boolean isRequired() {
		return true;
	}

	@Override
	public List<Choice> choices(Ledger ledger) {
		List<Choice> choices = new ArrayList<>();
		for (InspectionRound round : ledger.getRounds()) {
			String keys = Cells.orEmpty(round.getBatchNumber()) + ' ' + (round.getKind() == null ? "" : Cells.text(round.getKind())); //$NON-NLS-1$
			choices.add(new Choice(round, Cells.text(round), keys.strip()));
		}
		return choices;
	}

	@Override
	protected Object read(Directory directory, Issue issue, String text) {
		List<InspectionRound> rounds = directory.rounds(text);
		if (rounds.isEmpty()) {
			throw new Refused(NLS.bind(Messages.Error_unknownRound, text));
		}
		if (rounds.size() > 1) {
			List<String> names = new ArrayList<>();
			rounds.forEach(round -> names.add(Cells.text(round)));
			throw new Refused(NLS.bind(Messages.Error_ambiguousRound, text, String.join(Cells.LIST_SEPARATOR, names)));
		}
		return rounds.get(0);
	}

	@Override
	protected Command command(EditingDomain domain, Issue issue, Object value) {
		return SetCommand.create(domain, issue, ModelPackage.Literals.ISSUE__ROUND, value);
	}
}
