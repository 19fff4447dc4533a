package taizhang.ledger.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.nebula.widgets.nattable.command.AbstractLayerCommandHandler;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.data.validate.DataValidator;
import org.eclipse.nebula.widgets.nattable.data.validate.ValidationFailedException;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand;
import org.eclipse.nebula.widgets.nattable.edit.editor.AbstractEditErrorHandler;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.MultiLineTextCellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.TextCellEditor;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;

import taizhang.ledger.CellValue;
import taizhang.ledger.Choice;
import taizhang.ledger.ColumnType;
import taizhang.ledger.LedgerColumn;
import taizhang.model.Issue;

/**
 * In-place editing: an editor for each column by its type, typed text checked by the column's
 * parser while typing (the reason shown at the editor), and every commit handed to the grid, which
 * turns it into one command on the ledger's command stack.
 */
final class GridEditing extends AbstractRegistryConfiguration {

	/** Prefix of the label naming a body cell's column index: {@code taizhang.column.3}. */
	static final String COLUMN = "taizhang.column."; //$NON-NLS-1$

	/** Receives what the user typed into a cell. */
	interface Commit {

		/** The user committed {@code text} for the cell; the grid makes it a command, or refuses it. */
		void commit(Issue issue, LedgerColumn column, String text);
	}

	private final GridRows rows;
	private final Consumer<String> status;

	/** {@code status} shows why a typed value was refused (null clears). */
	GridEditing(GridRows rows, Consumer<String> status) {
		this.rows = rows;
		this.status = status;
	}

	static String columnLabel(int index) {
		return COLUMN + index;
	}

	/** Makes the body's data layer hand every cell update to {@code commit}. */
	static void handleUpdates(DataLayer body, GridRows rows, Commit commit) {
		body.registerCommandHandler(new AbstractLayerCommandHandler<UpdateDataCommand>() {
			@Override
			protected boolean doCommand(UpdateDataCommand command) {
				int row = command.getRowPosition();
				int column = command.getColumnPosition();
				if (row < 0 || row >= rows.getRowCount() || !(rows.getRowObject(row) instanceof Issue issue)) {
					return false;
				}
				LedgerColumn ledgerColumn = rows.column(column);
				String text = command.getNewValue() == null ? "" : command.getNewValue().toString(); //$NON-NLS-1$
				if (!text.equals(ledgerColumn.text(issue))) {
					commit.commit(issue, ledgerColumn, text);
				}
				return true;
			}

			@Override
			public Class<UpdateDataCommand> getCommandClass() {
				return UpdateDataCommand.class;
			}
		});
	}

	@Override
	public void configureRegistry(IConfigRegistry registry) {
		registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.ALWAYS_EDITABLE,
				DisplayMode.EDIT, GridStyle.EDITABLE);
		// One cell at a time: several cells change through paste and fill down, as one command.
		registry.registerConfigAttribute(EditConfigAttributes.SUPPORT_MULTI_EDIT, Boolean.FALSE, DisplayMode.EDIT);
		registry.registerConfigAttribute(EditConfigAttributes.DATA_VALIDATOR, new Validator(), DisplayMode.EDIT,
				GridStyle.EDITABLE);
		registry.registerConfigAttribute(EditConfigAttributes.VALIDATION_ERROR_HANDLER, new StatusErrorHandling(),
				DisplayMode.EDIT, GridStyle.EDITABLE);
		List<LedgerColumn> columns = rows.columns();
		for (int index = 0; index < columns.size(); index++) {
			LedgerColumn column = columns.get(index);
			if (column.isEditable()) {
				registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, editor(column), DisplayMode.EDIT,
						columnLabel(index));
			}
		}
	}

	private ICellEditor editor(LedgerColumn column) {
		ColumnType type = column.type();
		return switch (type) {
			case LONG_TEXT -> new MultiLineTextCellEditor(true);
			case CHOICE -> new ChoiceCellEditor((columnIndex, rowIndex) -> labels(column));
			case UNIT, UNITS, PERSON -> {
				TextCellEditor text = textEditor();
				text.enableContentProposal(new TextContentAdapter(), new Proposals(column, type == ColumnType.UNITS),
						null, null);
				yield text;
			}
			default -> textEditor();
		};
	}

	private static TextCellEditor textEditor() {
		TextCellEditor editor = new TextCellEditor(true, true);
		editor.setErrorDecorationEnabled(true);
		return editor;
	}

	private List<String> labels(LedgerColumn column) {
		List<String> labels = new ArrayList<>();
		// An empty entry clears the cell, where the column allows it.
		labels.add(""); //$NON-NLS-1$
		for (Choice choice : column.choices(rows.ledger())) {
			labels.add(choice.label());
		}
		return labels;
	}

	/** Refuses what the column cannot read, with the column's reason. */
	private final class Validator extends DataValidator {

		@Override
		public boolean validate(int columnIndex, int rowIndex, Object newValue) {
			if (rows.ledger() == null || columnIndex < 0 || columnIndex >= rows.getColumnCount()) {
				return false;
			}
			String text = newValue == null ? "" : newValue.toString(); //$NON-NLS-1$
			LedgerColumn column = rows.column(columnIndex);
			// The row's issue tells apart people who share a name.
			CellValue value = rowIndex >= 0 && rowIndex < rows.getRowCount() && rows.getRowObject(rowIndex) instanceof Issue issue
					? column.parse(rows.ledger(), issue, text)
					: column.parse(rows.ledger(), text);
			if (!value.ok()) {
				throw new ValidationFailedException(value.error());
			}
			return true;
		}
	}

	/** A refused commit: the editor stays open, the reason goes to the status field and the editor. */
	private final class StatusErrorHandling extends AbstractEditErrorHandler {

		StatusErrorHandling() {
			super(null);
		}

		@Override
		public void displayError(ICellEditor cellEditor, IConfigRegistry configRegistry, Exception e) {
			status.accept(e.getLocalizedMessage());
			if (cellEditor instanceof TextCellEditor text && text.getEditorControl() != null) {
				text.showErrorDecorationHover(e.getLocalizedMessage());
			}
		}

		@Override
		public void removeError(ICellEditor cellEditor) {
			status.accept(null);
		}
	}

	/**
	 * Type-ahead for units and people: the entries whose name, short name or code contain what was
	 * typed, those that start with it first. For a list of units the last one is completed.
	 */
	private final class Proposals implements IContentProposalProvider {

		private final LedgerColumn column;
		private final boolean list;

		Proposals(LedgerColumn column, boolean list) {
			this.column = column;
			this.list = list;
		}

		@Override
		public IContentProposal[] getProposals(String contents, int position) {
			String typed = contents.substring(0, Math.min(position, contents.length()));
			String prefix = ""; //$NON-NLS-1$
			if (list) {
				int cut = lastSeparator(typed) + 1;
				prefix = typed.substring(0, cut);
				typed = typed.substring(cut);
			}
			String needle = typed.trim().toLowerCase(Locale.ROOT);
			List<IContentProposal> first = new ArrayList<>();
			List<IContentProposal> then = new ArrayList<>();
			for (Choice choice : column.choices(rows.ledger())) {
				String label = choice.label();
				String haystack = (label + ' ' + (choice.keys() == null ? "" : choice.keys())).toLowerCase(Locale.ROOT); //$NON-NLS-1$
				if (!needle.isEmpty() && !haystack.contains(needle)) {
					continue;
				}
				IContentProposal proposal = new ContentProposal(prefix + label, label, choice.keys());
				(label.toLowerCase(Locale.ROOT).startsWith(needle) ? first : then).add(proposal);
			}
			first.addAll(then);
			return first.toArray(new IContentProposal[0]);
		}

		private static int lastSeparator(String text) {
			int last = -1;
			for (char separator : new char[] { '\u3001', '\uFF0C', ',', '\uFF1B', ';' }) {
				last = Math.max(last, text.lastIndexOf(separator));
			}
			return last;
		}
	}
}
