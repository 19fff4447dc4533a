package taizhang.ledger.internal;

import java.time.LocalDate;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import taizhang.core.issues.IssueFacts;
import taizhang.ledger.ColumnType;
import taizhang.ledger.LedgerColumns;
import taizhang.model.Issue;
import taizhang.model.ModelPackage;

/** 交办日期: the day the issue was received, typed in any spelling {@link DateText} reads. */
final class DateColumn extends Column {

	DateColumn() {
		super(LedgerColumns.RECEIVED, Messages.Column_received, ColumnType.DATE, 96, true);
	}

	@Override
	public Object value(Issue issue) {
		return issue.getReceivedDate();
	}

	@Override
	protected Object read(Directory directory, Issue issue, String text) {
		return DateText.parse(text);
	}

	@Override
	public String check(Directory directory, Issue issue, Object value, Map<String, Object> row) {
		LocalDate deadline = row.containsKey(LedgerColumns.DEADLINE) ? DeadlineColumn.date(row.get(LedgerColumns.DEADLINE))
				: IssueFacts.deadline(issue);
		LocalDate received = (LocalDate) value;
		if (received != null && deadline != null && received.isAfter(deadline)) {
			return NLS.bind(Messages.Error_receivedAfterDeadline, received, deadline);
		}
		return null;
	}

	@Override
	protected Command command(EditingDomain domain, Issue issue, Object value) {
		return SetCommand.create(domain, issue, ModelPackage.Literals.ISSUE__RECEIVED_DATE, value);
	}
}
