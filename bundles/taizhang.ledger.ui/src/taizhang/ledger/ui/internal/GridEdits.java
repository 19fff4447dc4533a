package taizhang.ledger.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;

import taizhang.core.LedgerSession;
import taizhang.ledger.CellEdits;
import taizhang.ledger.CellProblem;
import taizhang.ledger.EditResult;
import taizhang.ledger.IssueCommands;
import taizhang.ledger.LedgerColumn;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.Ledger;

/**
 * Every change the grid makes to the ledger: a cell, a pasted block, a fill down, an added or
 * deleted issue. Each is one command on the session's stack (one undo), written to the file at
 * once; or it is refused, changes nothing and says why: at the cell, or in one list of problems.
 */
final class GridEdits {

	/** The last refused edit, shown at its cell until the next edit. */
	private record Refusal(Issue issue, String columnId, String message) {
	}

	private final LedgerGridPart grid;
	private Refusal refusal;

	GridEdits(LedgerGridPart grid) {
		this.grid = grid;
	}

	/** Forgets the last refusal (another ledger is shown). */
	void forget() {
		refusal = null;
	}

	/** Why the last edit of this cell was refused, or {@code null}. */
	String refusal(Issue issue, LedgerColumn column) {
		Refusal last = refusal;
		return last != null && last.issue() == issue && last.columnId().equals(column.id()) ? last.message() : null;
	}

	/** Sets a cell to typed text, as one command, or refuses it with the reason at the cell. */
	void commit(Issue issue, LedgerColumn column, String text) {
		LedgerSession session = grid.session();
		if (grid.isReadOnly()) {
			refuse(issue, column, Messages.Grid_readOnly);
			return;
		}
		EditResult result = CellEdits.set(session.editingDomain(), session.ledger(), issue, column, text);
		if (!result.ok()) {
			String message = result.problems().isEmpty() ? Messages.Grid_refused : result.problems().get(0).message();
			refuse(issue, column, NLS.bind(Messages.Grid_refusedCell, column.header(), message));
			return;
		}
		refusal = null;
		if (!result.changesNothing() && save(result.command())) {
			grid.refreshSoon();
		}
		grid.status(null);
	}

	private void refuse(Issue issue, LedgerColumn column, String message) {
		refusal = new Refusal(issue, column.id(), message);
		grid.status(message);
		if (grid.table() != null) {
			grid.table().natTable.redraw();
		}
	}

	/** Executes a command on the ledger's stack and shows its outcome at once. */
	private boolean execute(Command command) {
		if (!save(command)) {
			return false;
		}
		grid.refreshAfterChange();
		return true;
	}

	/** Executes a command on the ledger's stack; says so when the store could not save it. */
	private boolean save(Command command) {
		try {
			grid.session().editingDomain().getCommandStack().execute(command);
			return true;
		} catch (RuntimeException e) {
			// The store rolled the change back: the file and the grid still agree.
			ILog.of(GridEdits.class).error("Could not save a change to the ledger", e); //$NON-NLS-1$
			MessageDialog.openError(grid.shell(), Messages.Grid_title,
					NLS.bind(Messages.Grid_saveFailed, e.getLocalizedMessage()));
			return false;
		}
	}

	/** Copies the selected block as tab-separated text (what spreadsheets paste). */
	void copy() {
		GridTable table = grid.table();
		GridRows rows = grid.rows();
		if (table == null) {
			return;
		}
		List<Issue> issues = new ArrayList<>();
		for (int row : table.selectedRowPositions()) {
			if (rows.getRowObject(row) instanceof Issue issue) {
				issues.add(issue);
			}
		}
		int[] columns = table.selectedColumnPositions();
		if (issues.isEmpty() || columns.length == 0) {
			return;
		}
		List<LedgerColumn> visible = table.visibleColumns();
		List<LedgerColumn> block = new ArrayList<>();
		for (int position : columns) {
			block.add(visible.get(position));
		}
		String text = CellEdits.copy(issues, block);
		Clipboard clipboard = new Clipboard(grid.shell().getDisplay());
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
		grid.status(NLS.bind(Messages.Grid_copied, issues.size(), block.size()));
	}

	void pasteClipboard() {
		Clipboard clipboard = new Clipboard(grid.shell().getDisplay());
		String text;
		try {
			text = (String) clipboard.getContents(TextTransfer.getInstance());
		} finally {
			clipboard.dispose();
		}
		if (text != null) {
			paste(text);
		}
	}

	/**
	 * Pastes a tab-separated block at the selection's anchor as one command; when any cell does not
	 * fit, changes nothing and lists the problems in one dialog.
	 */
	boolean paste(String tabSeparated) {
		GridTable table = grid.table();
		LedgerSession session = grid.session();
		PositionCoordinate anchor = table == null ? null : table.anchor();
		if (anchor == null || grid.isReadOnly()) {
			return false;
		}
		List<Issue> shown = grid.rows().shownIssues();
		int firstRow = firstShownIssueFrom(anchor.rowPosition);
		if (firstRow < 0) {
			return false;
		}
		EditResult result = CellEdits.paste(session.editingDomain(), session.ledger(), shown, table.visibleColumns(),
				firstRow, anchor.columnPosition, tabSeparated);
		if (!result.ok()) {
			showProblems(Messages.Paste_title, Messages.Paste_refused, result.problems());
			return false;
		}
		if (!result.changesNothing() && execute(result.command())) {
			grid.status(Messages.Paste_done);
		}
		return true;
	}

	/** Copies the first selected row's cells into the other selected rows, as one command. */
	boolean fillDown() {
		GridTable table = grid.table();
		LedgerSession session = grid.session();
		if (table == null || grid.isReadOnly()) {
			return false;
		}
		List<Integer> selectedRows = table.selectedRowPositions();
		int[] columns = table.selectedColumnPositions();
		if (selectedRows.isEmpty() || columns.length == 0) {
			return false;
		}
		int first = firstShownIssueFrom(selectedRows.get(0));
		int last = lastShownIssueUpTo(selectedRows.get(selectedRows.size() - 1));
		if (first < 0 || last <= first) {
			grid.status(Messages.FillDown_needRows);
			return false;
		}
		EditResult result = CellEdits.fillDown(session.editingDomain(), session.ledger(), grid.rows().shownIssues(),
				table.visibleColumns(), first, last, columns[0], columns[columns.length - 1]);
		if (!result.ok()) {
			showProblems(Messages.FillDown_title, Messages.FillDown_refused, result.problems());
			return false;
		}
		if (!result.changesNothing() && execute(result.command())) {
			grid.status(null);
		}
		return true;
	}

	/** The index among the shown issues of the first issue row at or after {@code rowPosition}. */
	private int firstShownIssueFrom(int rowPosition) {
		GridRows rows = grid.rows();
		List<Object> all = rows.rows();
		for (int row = rowPosition; row < all.size(); row++) {
			if (all.get(row) instanceof Issue issue) {
				return rows.shownIssues().indexOf(issue);
			}
		}
		return -1;
	}

	private int lastShownIssueUpTo(int rowPosition) {
		GridRows rows = grid.rows();
		List<Object> all = rows.rows();
		for (int row = Math.min(rowPosition, all.size() - 1); row >= 0; row--) {
			if (all.get(row) instanceof Issue issue) {
				return rows.shownIssues().indexOf(issue);
			}
		}
		return -1;
	}

	private void showProblems(String title, String message, List<CellProblem> problems) {
		grid.status(NLS.bind(Messages.Grid_problems, problems.size()));
		new ProblemsDialog(grid.shell(), title, message, problems).open();
	}

	/** Adds an issue to the round of the selected issue (or the scoped or latest round) and selects it. */
	Issue addIssue() {
		GridTable table = grid.table();
		LedgerSession session = grid.session();
		if (grid.isReadOnly()) {
			return null;
		}
		Ledger ledger = session.ledger();
		InspectionRound round = null;
		List<Issue> selected = table == null ? List.of() : table.selectedIssues();
		if (!selected.isEmpty()) {
			round = selected.get(0).getRound();
		}
		if (round == null && !ledger.getRounds().isEmpty()) {
			round = ledger.getRounds().get(ledger.getRounds().size() - 1);
		}
		int before = ledger.getIssues().size();
		if (!execute(IssueCommands.add(session.editingDomain(), ledger, round))) {
			return null;
		}
		if (ledger.getIssues().size() <= before) {
			return null;
		}
		Issue added = ledger.getIssues().get(ledger.getIssues().size() - 1);
		grid.reveal(added);
		table.natTable.setFocus();
		return added;
	}

	/** Deletes the selected issues after asking; undoable. */
	boolean deleteSelected() {
		GridTable table = grid.table();
		LedgerSession session = grid.session();
		List<Issue> selected = table == null ? List.of() : table.selectedIssues();
		if (selected.isEmpty() || grid.isReadOnly()) {
			return false;
		}
		String names = selected.size() == 1
				? NLS.bind(Messages.Delete_one, label(selected.get(0)))
				: NLS.bind(Messages.Delete_many, selected.size());
		if (!MessageDialog.openConfirm(grid.shell(), Messages.Delete_title, names)) {
			return false;
		}
		if (execute(IssueCommands.delete(session.editingDomain(), session.ledger(), selected))) {
			grid.status(NLS.bind(Messages.Delete_done, selected.size()));
			return true;
		}
		return false;
	}

	private static String label(Issue issue) {
		String caseNumber = issue.getCaseNumber();
		return caseNumber == null || caseNumber.isBlank() ? "#" + issue.getSequenceNumber() : caseNumber; //$NON-NLS-1$
	}
}
