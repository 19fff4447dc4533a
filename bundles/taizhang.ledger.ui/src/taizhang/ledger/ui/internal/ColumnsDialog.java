package taizhang.ledger.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * The column chooser: every column in shown order with a check mark when shown; Up and Down move
 * the selected column. Space toggles, as in any check list.
 */
final class ColumnsDialog extends Dialog {

	/** A column as the dialog lists it. */
	record Entry(String id, String header, boolean shown) {
	}

	private final List<Entry> entries;
	private final List<Entry> defaults;
	private Table table;
	private List<Entry> result;

	/** {@code entries} in shown order; {@code defaults} the order and visibility of a fresh grid. */
	ColumnsDialog(Shell shell, List<Entry> entries, List<Entry> defaults) {
		super(shell);
		this.entries = entries;
		this.defaults = defaults;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Columns_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).applyTo(area);
		Label message = new Label(area, SWT.WRAP);
		message.setText(Messages.Columns_message);
		GridDataFactory.fillDefaults().span(2, 1).hint(360, SWT.DEFAULT).applyTo(message);

		table = new Table(area, SWT.CHECK | SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.FULL_SELECTION);
		GridDataFactory.fillDefaults().grab(true, true).hint(280, 360).applyTo(table);
		fill(entries);

		Composite buttons = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		button(buttons, Messages.Columns_up, () -> move(-1));
		button(buttons, Messages.Columns_down, () -> move(1));
		button(buttons, Messages.Columns_showAll, () -> {
			for (TableItem item : table.getItems()) {
				item.setChecked(true);
			}
		});
		button(buttons, Messages.Columns_defaults, () -> fill(defaults));
		return area;
	}

	private void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, event -> action.run());
	}

	private void fill(List<Entry> list) {
		table.removeAll();
		for (Entry entry : list) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(entry.header());
			item.setData(entry);
			item.setChecked(entry.shown());
		}
		if (table.getItemCount() > 0) {
			table.setSelection(0);
		}
	}

	private void move(int step) {
		int from = table.getSelectionIndex();
		int to = from + step;
		if (from < 0 || to < 0 || to >= table.getItemCount()) {
			return;
		}
		TableItem a = table.getItem(from);
		TableItem b = table.getItem(to);
		Object data = a.getData();
		String text = a.getText();
		boolean checked = a.getChecked();
		a.setData(b.getData());
		a.setText(b.getText());
		a.setChecked(b.getChecked());
		b.setData(data);
		b.setText(text);
		b.setChecked(checked);
		table.setSelection(to);
	}

	@Override
	protected void okPressed() {
		List<Entry> chosen = new ArrayList<>();
		boolean any = false;
		for (TableItem item : table.getItems()) {
			Entry entry = (Entry) item.getData();
			chosen.add(new Entry(entry.id(), entry.header(), item.getChecked()));
			any |= item.getChecked();
		}
		if (!any) {
			// A grid without columns cannot be used: keep the dialog open.
			getButton(IDialogConstants.OK_ID).setFocus();
			return;
		}
		result = chosen;
		super.okPressed();
	}

	/** The columns in the chosen order with their visibility, or {@code null} when cancelled. */
	List<Entry> result() {
		return result;
	}
}
