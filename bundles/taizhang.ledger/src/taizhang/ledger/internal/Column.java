package taizhang.ledger.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import taizhang.ledger.CellValue;
import taizhang.ledger.Choice;
import taizhang.ledger.ColumnType;
import taizhang.ledger.LedgerColumn;
import taizhang.model.Issue;
import taizhang.model.Ledger;

/**
 * The common part of every ledger column. A column reads typed text with {@link #read}, which may look
 * at the issue being edited (to tell people of the same name apart), and may refuse a value that does
 * not fit the rest of the row with {@link #check}.
 */
public abstract class Column implements LedgerColumn {

	private final String id;
	private final String header;
	private final ColumnType type;
	private final int width;
	private final boolean centered;
	private Comparator<Issue> comparator;

	protected Column(String id, String header, ColumnType type, int width, boolean centered) {
		this.id = id;
		this.header = header;
		this.type = type;
		this.width = width;
		this.centered = centered;
	}

	@Override
	public final String id() {
		return id;
	}

	@Override
	public final String header() {
		return header;
	}

	@Override
	public final ColumnType type() {
		return type;
	}

	@Override
	public final int defaultWidth() {
		return width;
	}

	@Override
	public final boolean centered() {
		return centered;
	}

	@Override
	public String text(Issue issue) {
		return Cells.text(value(issue));
	}

	@Override
	public Comparator<Issue> comparator() {
		if (comparator == null) {
			comparator = Order.by(this::value);
		}
		return comparator;
	}

	/** What sorting orders the cell by: as {@link Order#sortValue} of {@link #value}, perhaps made faster. */
	public Object sortValue(Issue issue) {
		return Order.sortValue(value(issue));
	}

	/**
	 * Puts the {@link #sortValue}s of {@code issues} into {@code values}, reading many rows on every processor.
	 *
	 * @param remember whether the column may remember values on the model (adapters) for the next sort: only
	 *            where nobody changes the model meanwhile, as on the thread that edits it
	 */
	public void sortValues(Issue[] issues, Object[] values, boolean remember) {
		ColumnOrder.parallelFor(issues.length, i -> values[i] = sortValue(issues[i]));
	}

	@Override
	public boolean isEditable() {
		return true;
	}

	@Override
	public List<Choice> choices(Ledger ledger) {
		return List.of();
	}

	@Override
	public final CellValue parse(Ledger ledger, String text) {
		return parse(new Directory(ledger), null, Map.of(), text);
	}

	@Override
	public final CellValue parse(Ledger ledger, Issue issue, String text) {
		return parse(new Directory(ledger), issue, Map.of(), text);
	}

	/**
	 * Reads {@code text} for a cell of {@code issue} ({@code null}: any issue).
	 *
	 * @param row the values about to be set in the other cells of the same row, by column id
	 */
	public final CellValue parse(Directory directory, Issue issue, Map<String, Object> row, String text) {
		if (!isEditable()) {
			return CellValue.error(NLS.bind(Messages.Error_notEditable, header));
		}
		String stripped = text == null ? "" : text.strip(); //$NON-NLS-1$
		if (stripped.isEmpty()) {
			return isRequired() ? CellValue.error(NLS.bind(Messages.Error_required, header)) : CellValue.of(null);
		}
		try {
			return CellValue.of(read(directory, issue, row, stripped));
		} catch (Refused e) {
			return CellValue.error(e.getMessage());
		}
	}

	/**
	 * The value of non-empty, stripped {@code text}.
	 *
	 * @param issue the issue edited, or {@code null}
	 * @throws Refused saying why the text does not fit
	 */
	protected abstract Object read(Directory directory, Issue issue, String text);

	/** As {@link #read(Directory, Issue, String)}, seeing the values about to be set in the same row. */
	protected Object read(Directory directory, Issue issue, Map<String, Object> row, String text) {
		return read(directory, issue, text);
	}

	/** Whether reading this column's text depends on the other cells of the row, so it is read after them. */
	public boolean readsRow() {
		return false;
	}

	/** Whether the cell must not be emptied. */
	protected boolean isRequired() {
		return false;
	}

	/**
	 * Why {@code value} does not fit the rest of the issue, or {@code null} when it does.
	 *
	 * @param row the values about to be set in the other cells of the same row, by column id
	 */
	public String check(Directory directory, Issue issue, Object value, Map<String, Object> row) {
		return null;
	}

	@Override
	public final Command setCommand(EditingDomain domain, Issue issue, Object value) {
		return isEditable() ? command(domain, issue, value) : UnexecutableCommand.INSTANCE;
	}

	/** The command setting the cell; only called for editable columns. */
	protected abstract Command command(EditingDomain domain, Issue issue, Object value);
}
