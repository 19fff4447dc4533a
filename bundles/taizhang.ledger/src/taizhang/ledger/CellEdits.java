package taizhang.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import taizhang.ledger.internal.Column;
import taizhang.ledger.internal.Directory;
import taizhang.ledger.internal.IssueEdit;
import taizhang.ledger.internal.Messages;
import taizhang.model.Issue;
import taizhang.model.Ledger;

/**
 * Spreadsheet operations on the ledger grid; each returns ONE command (undoable as a whole) or the
 * problems, never a partial change. The command reports the edited issues as its affected objects.
 * <p>
 * Rows and columns are the grid's, in its current (sorted, filtered) order of visible columns; a
 * problem names its cell by its 1-based row and column within the block and by the column header.
 * Cells whose text would not change are left alone, so a block copied from the grid pastes back even
 * across read-only columns; when nothing changes at all the command is an {@link IdentityCommand}
 * ({@link EditResult#changesNothing()}).
 */
public final class CellEdits {

	private CellEdits() {
	}

	/** Sets one cell from typed text. */
	public static EditResult set(EditingDomain domain, Ledger ledger, Issue issue, LedgerColumn column, String text) {
		return edit(domain, ledger, Messages.Command_edit, List.of(issue), List.of(column), List.of(List.of(text)));
	}

	/**
	 * Pastes a tab-separated block with its top left cell at ({@code firstRow}, {@code firstColumn}),
	 * 0-based positions in {@code rows} and {@code columns}. A block reaching beyond the last row or
	 * column is a problem, not a reason to add issues.
	 */
	public static EditResult paste(EditingDomain domain, Ledger ledger, List<Issue> rows, List<LedgerColumn> columns,
			int firstRow, int firstColumn, String tabSeparated) {
		List<List<String>> block = Tsv.parse(tabSeparated);
		int width = 0;
		for (List<String> line : block) {
			width = Math.max(width, line.size());
		}
		if (block.isEmpty() || width == 0) {
			return EditResult.failed(List.of(new CellProblem(1, 1, header(columns, firstColumn), Messages.Error_emptyBlock)));
		}
		List<CellProblem> problems = new ArrayList<>();
		int rowsLeft = rows.size() - firstRow;
		if (block.size() > rowsLeft) {
			problems.add(new CellProblem(Math.max(rowsLeft, 0) + 1, 1, header(columns, firstColumn),
					NLS.bind(Messages.Error_blockTooTall, block.size(), Math.max(rowsLeft, 0))));
		}
		int columnsLeft = columns.size() - firstColumn;
		if (width > columnsLeft) {
			problems.add(new CellProblem(1, Math.max(columnsLeft, 0) + 1, header(columns, columns.size() - 1),
					NLS.bind(Messages.Error_blockTooWide, width, Math.max(columnsLeft, 0))));
		}
		if (!problems.isEmpty()) {
			return EditResult.failed(problems);
		}
		// a short line leaves the cells after it alone, as spreadsheets do
		return edit(domain, ledger, Messages.Command_paste, rows.subList(firstRow, firstRow + block.size()),
				columns.subList(firstColumn, firstColumn + width), block);
	}

	/** Copies the cells of {@code firstRow} down to {@code lastRow} (0-based, inclusive), as Ctrl+D does. */
	public static EditResult fillDown(EditingDomain domain, Ledger ledger, List<Issue> rows, List<LedgerColumn> columns,
			int firstRow, int lastRow, int firstColumn, int lastColumn) {
		if (firstRow < 0 || lastRow >= rows.size() || firstColumn < 0 || lastColumn >= columns.size()
				|| firstRow > lastRow || firstColumn > lastColumn) {
			return EditResult.failed(List.of(new CellProblem(1, 1, "", Messages.Error_selectionOutside))); //$NON-NLS-1$
		}
		List<LedgerColumn> block = columns.subList(firstColumn, lastColumn + 1);
		Issue source = rows.get(firstRow);
		List<String> first = new ArrayList<>();
		for (LedgerColumn column : block) {
			first.add(column.text(source));
		}
		List<List<String>> texts = new ArrayList<>();
		for (int row = firstRow; row <= lastRow; row++) {
			texts.add(first);
		}
		return edit(domain, ledger, Messages.Command_fillDown, rows.subList(firstRow, lastRow + 1), block, texts);
	}

	/** The cells as tab-separated text for the clipboard: full texts, quoted where needed. */
	public static String copy(List<Issue> rows, List<LedgerColumn> columns) {
		List<List<String>> cells = new ArrayList<>(rows.size());
		for (Issue issue : rows) {
			List<String> line = new ArrayList<>(columns.size());
			for (LedgerColumn column : columns) {
				line.add(column.text(issue));
			}
			cells.add(line);
		}
		return Tsv.format(cells);
	}

	/**
	 * Reads every cell of the block, checks each value against the rest of its row, and makes one
	 * command of them all, or lists every problem.
	 */
	private static EditResult edit(EditingDomain domain, Ledger ledger, String label, List<Issue> rows,
			List<LedgerColumn> columns, List<List<String>> texts) {
		Directory directory = new Directory(ledger);
		List<CellProblem> problems = new ArrayList<>();
		List<Command> commands = new ArrayList<>();
		Set<Issue> edited = new LinkedHashSet<>();
		for (int r = 0; r < texts.size(); r++) {
			Issue issue = rows.get(r);
			List<String> line = texts.get(r);
			Map<String, Object> row = new HashMap<>();
			Map<LedgerColumn, Object> values = new LinkedHashMap<>();
			// cells that depend on the row (people told apart by its lead unit) are read after the others
			for (boolean second : new boolean[] { false, true }) {
				for (int c = 0; c < line.size(); c++) {
					LedgerColumn column = columns.get(c);
					if ((column instanceof Column own && own.readsRow()) != second) {
						continue;
					}
					String text = line.get(c) == null ? "" : line.get(c); //$NON-NLS-1$
					if (unchanged(column.text(issue), text)) {
						continue;
					}
					CellValue value = column instanceof Column own ? own.parse(directory, issue, row, text)
							: column.parse(ledger, issue, text);
					if (!value.ok()) {
						problems.add(new CellProblem(r + 1, c + 1, column.header(), value.error()));
						continue;
					}
					row.put(column.id(), value.value());
					values.put(column, value.value());
				}
			}
			for (int c = 0; c < line.size(); c++) {
				LedgerColumn column = columns.get(c);
				if (!values.containsKey(column)) {
					continue;
				}
				Object value = values.get(column);
				String problem = column instanceof Column own ? own.check(directory, issue, value, others(row, column)) : null;
				if (problem != null) {
					problems.add(new CellProblem(r + 1, c + 1, column.header(), problem));
				} else {
					commands.add(column.setCommand(domain, issue, value));
					edited.add(issue);
				}
			}
		}
		problems.sort(Comparator.comparingInt(CellProblem::row).thenComparingInt(CellProblem::column));
		if (!problems.isEmpty()) {
			return EditResult.failed(problems);
		}
		if (commands.isEmpty()) {
			return EditResult.of(IdentityCommand.INSTANCE);
		}
		IssueEdit command = new IssueEdit(label, edited);
		commands.forEach(command::append);
		return EditResult.of(command);
	}

	/** The pending values of a row without the one of {@code column}. */
	private static Map<String, Object> others(Map<String, Object> row, LedgerColumn column) {
		Map<String, Object> others = new HashMap<>(row);
		others.remove(column.id());
		return others;
	}

	private static boolean unchanged(String current, String typed) {
		return current.equals(typed) || current.strip().equals(typed.strip());
	}

	private static String header(List<LedgerColumn> columns, int index) {
		return index >= 0 && index < columns.size() ? columns.get(index).header() : ""; //$NON-NLS-1$
	}
}
