package taizhang.ledger;

import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.model.Issue;
import taizhang.model.Ledger;

/** Spreadsheet operations; each returns ONE command (undoable) or the problems, never a partial change. */
public final class CellEdits {

	private CellEdits() {
	}

	public static EditResult set(EditingDomain domain, Ledger ledger, Issue issue, LedgerColumn column, String text) {
		throw new UnsupportedOperationException();
	}

	public static EditResult paste(EditingDomain domain, Ledger ledger, List<Issue> rows, List<LedgerColumn> columns,
			int firstRow, int firstColumn, String tabSeparated) {
		throw new UnsupportedOperationException();
	}

	public static EditResult fillDown(EditingDomain domain, Ledger ledger, List<Issue> rows,
			List<LedgerColumn> columns, int firstRow, int lastRow, int firstColumn, int lastColumn) {
		throw new UnsupportedOperationException();
	}

	public static String copy(List<Issue> rows, List<LedgerColumn> columns) {
		throw new UnsupportedOperationException();
	}
}
