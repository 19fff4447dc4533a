package taizhang.ledger.ui.internal;

import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.IComboBoxDataProvider;
import org.eclipse.nebula.widgets.nattable.widget.NatCombo;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * The editor of a column of choices (类别, 整改类型, a custom field of choices): a list of the column's
 * values with a filter box above it, which has the focus when the editor opens, so that typing
 * narrows the list at once. The keys work as in a spreadsheet's list: Down moves from the filter box
 * into the list, Up on the first entry back into the filter box, and Enter in the filter box chooses
 * the entry selected in the list (the only one left, when typing left one).
 */
final class ChoiceCellEditor extends ComboBoxCellEditor {

	/** How many entries the list shows without scrolling. */
	private static final int VISIBLE_ENTRIES = 12;

	ChoiceCellEditor(IComboBoxDataProvider choices) {
		super(choices, VISIBLE_ENTRIES);
		setFreeEdit(false);
		setShowDropdownFilter(true);
		setFocusOnDropdownFilter(true);
	}

	@Override
	public NatCombo createEditorControl(Composite parent) {
		NatCombo combo = super.createEditorControl(parent);
		// read when the combo makes its dropdown, which holds the filter box and the list
		combo.setDropdownFilterKeyListener(new FilterKeys());
		return combo;
	}

	/** The keys of the filter box: the list is its sibling in the dropdown. */
	private static final class FilterKeys extends KeyAdapter {

		private boolean listKeysAdded;

		@Override
		public void keyPressed(KeyEvent event) {
			Text filter = (Text) event.widget;
			Table list = list(filter);
			if (list == null || list.getItemCount() == 0) {
				return;
			}
			if (event.keyCode == SWT.ARROW_DOWN) {
				event.doit = false;
				if (list.getSelectionIndex() < 0) {
					select(list, 0);
				}
				addListKeys(filter, list);
				list.forceFocus();
			} else if (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) {
				event.doit = false;
				if (list.getSelectionIndex() < 0 && list.getItemCount() == 1) {
					select(list, 0);
				}
				if (list.getSelectionIndex() >= 0) {
					// the list's own Enter chooses its selection and closes the editor
					Event enter = new Event();
					enter.keyCode = event.keyCode;
					enter.character = event.character;
					list.notifyListeners(SWT.KeyDown, enter);
				}
			}
		}

		/** Up on the list's first entry goes back to the filter box. */
		private void addListKeys(Text filter, Table list) {
			if (listKeysAdded) {
				return;
			}
			listKeysAdded = true;
			Listener up = event -> {
				if (event.keyCode == SWT.ARROW_UP && list.getSelectionIndex() <= 0 && !filter.isDisposed()) {
					event.doit = false;
					filter.forceFocus();
				}
			};
			list.addListener(SWT.KeyDown, up);
		}

		/** Selects an entry as the keyboard does: the combo learns of it through the selection event. */
		private static void select(Table list, int index) {
			list.setSelection(index);
			Event selection = new Event();
			selection.item = list.getItem(index);
			list.notifyListeners(SWT.Selection, selection);
		}

		private static Table list(Text filter) {
			for (Control sibling : filter.getParent().getChildren()) {
				if (sibling instanceof Table table && !table.isDisposed()) {
					return table;
				}
			}
			return null;
		}
	}
}
