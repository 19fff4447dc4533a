package taizhang.responsibility.ui.internal.dialogs;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import taizhang.core.LedgerSession;
import taizhang.model.Organization;
import taizhang.responsibility.RetireUnitCommand;
import taizhang.responsibility.Usages;
import taizhang.responsibility.ui.internal.Messages;
import taizhang.ui.internal.Labels;

/**
 * Asks into which unit a unit is merged, or which unit succeeds a retired one, and on which day, and
 * shows everything that will then refer to the successor instead (issues' assignments and regions,
 * people, subordinate units, notices …). A unit nothing refers to may be retired without a successor.
 */
public final class RetireUnitDialog extends EditDialog {

	private final LedgerSession session;
	private final Organization unit;
	private final boolean merge;
	private final List<Usages.Usage> usages;
	private UnitChooser successor;
	private Button withoutSuccessor;
	private Text day;
	private RetireUnitCommand command;

	public RetireUnitDialog(Shell shell, LedgerSession session, Organization unit, boolean merge) {
		super(shell, merge ? Messages.MergeUnit_title : Messages.RetireUnit_title,
				NLS.bind(merge ? Messages.MergeUnit_message : Messages.RetireUnit_message, Labels.name(unit)));
		this.session = session;
		this.unit = unit;
		this.merge = merge;
		this.usages = Usages.of(session.ledger(), unit);
	}

	@Override
	protected void createFields(Composite fields) {
		span(Dialogs.label(fields, merge ? Messages.Field_mergeInto : Messages.Field_successor), false);
		successor = new UnitChooser(fields, session.ledger(), candidate -> candidate != unit, false);
		span(successor.viewer().getControl().getParent(), true);
		successor.onChange(this::update);
		if (!merge) {
			withoutSuccessor = new Button(fields, SWT.CHECK);
			withoutSuccessor.setData(Dialogs.ID, "withoutSuccessor"); //$NON-NLS-1$
			withoutSuccessor.setText(Messages.Field_withoutSuccessor);
			withoutSuccessor.setEnabled(usages.isEmpty());
			withoutSuccessor.setSelection(usages.isEmpty());
			withoutSuccessor.addListener(SWT.Selection, e -> {
				successor.viewer().getControl().setEnabled(!withoutSuccessor.getSelection());
				update();
			});
			span(withoutSuccessor, false);
			successor.viewer().getControl().setEnabled(!usages.isEmpty());
		}
		Dialogs.label(fields, Messages.Field_day);
		day = Dialogs.text(fields, "day", LocalDate.now().toString()); //$NON-NLS-1$
		day.addModifyListener(e -> update());

		Label reassigned = Dialogs.label(fields, usages.isEmpty() ? Messages.Retire_nothingRefers
				: NLS.bind(Messages.Retire_reassigned, usages.size()));
		span(reassigned, false);
		if (!usages.isEmpty()) {
			TableViewer list = new TableViewer(fields, SWT.BORDER | SWT.V_SCROLL | SWT.VIRTUAL);
			list.getTable().setData(Dialogs.ID, "usages"); //$NON-NLS-1$
			list.setContentProvider(ArrayContentProvider.getInstance());
			list.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return ((Usages.Usage) element).describe(Labels.locale());
				}
			});
			list.setInput(usages);
			span(list.getControl(), true);
			((GridData) list.getControl().getLayoutData()).heightHint = 140;
		}
	}

	@Override
	protected String problem() {
		if (Dialogs.day(day.getText()) == null) {
			return Messages.Problem_badDay;
		}
		boolean none = withoutSuccessor != null && withoutSuccessor.getSelection();
		if (!none && successor.unit() == null) {
			return merge ? Messages.Problem_noMergeTarget : Messages.Problem_noSuccessor;
		}
		return null;
	}

	@Override
	protected void okPressed() {
		LocalDate on = Dialogs.day(day.getText());
		boolean none = withoutSuccessor != null && withoutSuccessor.getSelection();
		command = merge ? RetireUnitCommand.merge(session.editingDomain(), session.ledger(), unit, successor.unit(), on)
				: RetireUnitCommand.retire(session.editingDomain(), session.ledger(), unit, none ? null : successor.unit(), on);
		super.okPressed();
	}

	/** What the unit's references are: shown to the user before they confirm. */
	public List<Usages.Usage> usages() {
		return usages;
	}

	public RetireUnitCommand command() {
		return command;
	}
}
