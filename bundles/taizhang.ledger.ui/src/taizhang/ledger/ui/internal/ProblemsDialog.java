package taizhang.ledger.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import taizhang.ledger.CellProblem;

/** Why a paste or fill down changed nothing: one line per cell that does not fit, by row and column. */
final class ProblemsDialog extends Dialog {

	private final String title;
	private final String message;
	private final List<CellProblem> problems;

	ProblemsDialog(Shell shell, String title, String message, List<CellProblem> problems) {
		super(shell);
		this.title = title;
		this.message = message;
		this.problems = problems;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(area);
		Label label = new Label(area, SWT.WRAP);
		label.setText(message);
		GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(label);

		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 240).applyTo(table);
		column(table, Messages.Problems_row, 60);
		column(table, Messages.Problems_column, 120);
		column(table, Messages.Problems_message, 360);
		for (CellProblem problem : problems) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { Integer.toString(problem.row()),
					problem.column() + " " + (problem.columnHeader() == null ? "" : problem.columnHeader()), //$NON-NLS-1$ //$NON-NLS-2$
					problem.message() });
		}
		return area;
	}

	private static void column(Table table, String text, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(text);
		column.setWidth(width);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
	}
}
