package taizhang.ledger.internal;

import java.util.Map;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;

import taizhang.ledger.ColumnType;
import taizhang.ledger.LedgerColumns;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.ModelPackage;

/** 交办编号: free text, but unique within the issue's round. */
final class CaseNumberColumn extends TextColumn {

	CaseNumberColumn() {
		super(LedgerColumns.CASE_NUMBER, Messages.Column_caseNumber, ColumnType.TEXT, 130, Issue::getCaseNumber,
				(domain, issue, text) -> SetCommand.create(domain, issue, ModelPackage.Literals.ISSUE__CASE_NUMBER, text));
	}

	@Override
	public String check(Directory directory, Issue issue, Object value, Map<String, Object> row) {
		InspectionRound round = row.containsKey(LedgerColumns.ROUND) ? (InspectionRound) row.get(LedgerColumns.ROUND)
				: issue.getRound();
		if (value == null || round == null) {
			return null;
		}
		Issue other = directory.issueWithCaseNumber(round, (String) value);
		if (other != null && other != issue) {
			return NLS.bind(Messages.Error_duplicateCaseNumber,
					new Object[] { value, Integer.toString(other.getSequenceNumber()), Cells.text(round) });
		}
		return null;
	}
}
