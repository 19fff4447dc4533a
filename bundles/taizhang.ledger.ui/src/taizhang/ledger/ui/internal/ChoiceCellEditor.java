package taizhang.ledger.ui.internal;

import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.IComboBoxDataProvider;
import org.eclipse.nebula.widgets.nattable.style.IStyle;
import org.eclipse.nebula.widgets.nattable.widget.NatCombo;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.ControlAdapter;
import org.eclipse.swt.events.ControlEvent;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.events.ModifyEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * The editor of a column of choices (类别, 整改类型, a custom field of choices): a list of the column's
 * values with a filter box above it, which has the focus when the editor opens, so that typing
 * narrows the list at once. The keys work as in a spreadsheet's list: Down moves from the filter box
 * into the list, Up on the first entry back into the filter box, and Enter in the filter box chooses
 * the entry selected in the list: when typing leaves out the cell's value, the first entry left.
 * Typing on the cell itself, as in a spreadsheet (or an input method handing over the characters of
 * 大气), opens the list with the key typed in the filter box, where the next ones go.
 */
final class ChoiceCellEditor extends ComboBoxCellEditor {

	/** How many entries the list shows without scrolling. */
	private static final int VISIBLE_ENTRIES = 12;

	ChoiceCellEditor(IComboBoxDataProvider choices) {
		super(choices, VISIBLE_ENTRIES);
		setFreeEdit(false); // as the combo is made, read-only, with a filter box
		setShowDropdownFilter(true);
		setFocusOnDropdownFilter(true);
	}

	@Override
	public NatCombo createEditorControl(Composite parent) {
		// as the editor makes its combo, with the filter box known
		ChoiceCombo combo = new ChoiceCombo(parent, cellStyle);
		combo.setCursor(parent.getDisplay().getSystemCursor(SWT.CURSOR_ARROW));
		addNatComboListener(combo);
		// read when the combo makes its dropdown, which holds the filter box and the list
		combo.setDropdownFilterKeyListener(new FilterKeys());
		combo.setDropdownFilterModifyListener(combo.new DropDownFilterModifyListener() {
			@Override
			public void modifyText(ModifyEvent event) {
				super.modifyText(event);
				Table list = FilterKeys.list((Text) event.widget);
				if (list != null && list.getSelectionIndex() < 0 && list.getItemCount() > 0) {
					FilterKeys.select(list, 0);
				}
			}
		});
		return combo;
	}

	@Override
	protected Control activateCell(Composite parent, Object originalCanonicalValue) {
		// Opened by a key typed on the cell, the list opens as by F2, on the cell's value, with the key in
		// its filter box.
		Character typed = originalCanonicalValue instanceof Character character ? character : null;
		ChoiceCombo combo = (ChoiceCombo) super.activateCell(parent,
				typed == null ? originalCanonicalValue : layerCell.getDataValue());
		// after the editor's own listener, which shows the list when the editor is placed
		combo.addTextControlListener(new ControlAdapter() {
			@Override
			public void controlResized(ControlEvent event) {
				listShown();
			}

			@Override
			public void controlMoved(ControlEvent event) {
				listShown();
			}

			private void listShown() {
				combo.removeTextControlListener(this);
				Text filter = combo.filterBox();
				if (filter == null || filter.isDisposed()) {
					return;
				}
				if (typed != null) {
					append(filter, typed);
				}
				// The window system selects a text box's whole text when the box gets the keyboard, which
				// may come after the key typed is in it: the next key would replace it.
				filter.addListener(SWT.FocusIn, event -> filter.getDisplay().asyncExec(() -> {
					if (!filter.isDisposed()) {
						filter.setSelection(filter.getCharCount());
					}
				}));
				forwardStrayKeys(combo, filter);
			}
		});
		return combo;
	}

	private static void append(Text filter, char typed) {
		filter.setText(filter.getText() + typed);
		filter.setSelection(filter.getCharCount());
	}

	/**
	 * Sends the characters typed at the table's window while the list is open to the filter box: those
	 * that come before the window system has moved the keyboard to the list's window (typed fast) and
	 * those an input method hands over together with the one that opened the editor.
	 */
	private static void forwardStrayKeys(NatCombo combo, Text filter) {
		Display display = combo.getDisplay();
		Listener forward = event -> {
			if (event.widget != filter && !filter.isDisposed() && event.widget instanceof Control control
					&& control.getShell() == combo.getShell() && event.character >= ' ' && event.character != SWT.DEL
					&& (event.stateMask & (SWT.CTRL | SWT.ALT | SWT.COMMAND)) == 0) {
				append(filter, event.character);
				event.type = SWT.None;
				event.doit = false;
			}
		};
		display.addFilter(SWT.KeyDown, forward);
		combo.addDisposeListener(event -> display.removeFilter(SWT.KeyDown, forward));
	}

	/** The combo of a column of choices: read-only, with a filter box above its list. */
	private static final class ChoiceCombo extends NatCombo {

		ChoiceCombo(Composite parent, IStyle cellStyle) {
			super(parent, cellStyle, VISIBLE_ENTRIES, SWT.READ_ONLY, true, false);
		}

		/** The filter box, once the list has been shown; {@code null} before. */
		Text filterBox() {
			return filterBox;
		}
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
