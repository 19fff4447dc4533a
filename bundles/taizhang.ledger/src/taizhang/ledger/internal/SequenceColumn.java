package taizhang.ledger.internal;

import java.math.BigDecimal;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import taizhang.ledger.ColumnType;
import taizhang.ledger.LedgerColumns;
import taizhang.model.Issue;
import taizhang.model.ModelPackage;

/** 序号: the issue's number in the printed ledger, a positive whole number. */
final class SequenceColumn extends Column {

	SequenceColumn() {
		super(LedgerColumns.SEQUENCE, Messages.Column_sequence, ColumnType.NUMBER, 56, true);
	}

	@Override
	public Object value(Issue issue) {
		return issue.getSequenceNumber();
	}

	@Override
	protected boolean isRequired() {
		return true;
	}

	@Override
	protected Object read(Directory directory, Issue issue, String text) {
		BigDecimal number = Numbers.parse(text);
		int whole;
		try {
			whole = number.intValueExact();
		} catch (ArithmeticException e) {
			throw new Refused(NLS.bind(Messages.Error_notWholeNumber, text));
		}
		if (whole <= 0) {
			throw new Refused(NLS.bind(Messages.Error_notPositive, text));
		}
		return whole;
	}

	@Override
	protected Command command(EditingDomain domain, Issue issue, Object value) {
		return SetCommand.create(domain, issue, ModelPackage.Literals.ISSUE__SEQUENCE_NUMBER, value);
	}
}
