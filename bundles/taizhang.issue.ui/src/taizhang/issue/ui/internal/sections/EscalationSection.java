package taizhang.issue.ui.internal.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import taizhang.core.escalation.DecisionCommand;
import taizhang.issue.ui.internal.IssueContext;
import taizhang.issue.ui.internal.Messages;
import taizhang.issue.ui.internal.Texts;
import taizhang.model.Deduction;
import taizhang.model.Escalation;
import taizhang.model.Interview;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.ModelPackage.Literals;
import taizhang.model.Organization;
import taizhang.model.ProposalState;
import taizhang.model.SupervisionNotice;
import taizhang.model.labels.ModelLabels;

/**
 * The supervision notices, deductions and interviews that concern the issue (督办问责): those the
 * escalation rules proposed are confirmed or dismissed here, each an undoable command.
 */
public final class EscalationSection {

	private final IssueContext context;
	private final TableViewer viewer;
	private final Button confirm;
	private final Button dismiss;
	private final Label refusal;

	public EscalationSection(EditorForm form) {
		this.context = form.context();
		Composite client = form.section(Messages.Section_escalation, true, 1);
		Table table = form.toolkit().createTable(client, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer = new TableViewer(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Escalation_kind, 90, record -> ModelLabels.classLabel(record.eClass(), Texts.locale()));
		column(Texts.label(Literals.SUPERVISION_NOTICE__UNIT), 150, record -> Texts.name(unit(record)));
		column(Texts.label(Literals.ESCALATION__STATE), 70, record -> Texts.of(record.getState()));
		column(Texts.label(Literals.ESCALATION__PROPOSED_BY), 120, record -> Texts.of(record.getProposedBy()));
		column(Messages.Escalation_details, 360, EscalationSection::details);
		column(Texts.label(Literals.ESCALATION__DECIDED_ON), 95, record -> Texts.of(record.getDecidedOn()));
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		data.heightHint = table.getHeaderHeight() + 3 * table.getItemHeight() + 4;
		table.setLayoutData(data);

		Composite bar = form.buttonBar(client, 1);
		((GridLayout) bar.getLayout()).numColumns = 3;
		confirm = form.toolkit().createButton(bar, Messages.Escalation_confirm, SWT.PUSH);
		dismiss = form.toolkit().createButton(bar, Messages.Escalation_dismiss, SWT.PUSH);
		refusal = form.toolkit().createLabel(bar, "", SWT.WRAP); //$NON-NLS-1$
		refusal.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		refusal.setForeground(client.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		confirm.addListener(SWT.Selection, event -> decide(true));
		dismiss.addListener(SWT.Selection, event -> decide(false));
		viewer.addSelectionChangedListener(event -> updateButtons());
		refresh();
	}

	public TableViewer viewer() {
		return viewer;
	}

	public Button confirm() {
		return confirm;
	}

	public Label refusal() {
		return refusal;
	}

	/** Lists the records as they are now; the selection stays where it can. */
	public void refresh() {
		Object selected = viewer.getStructuredSelection().getFirstElement();
		List<Escalation> records = records(context.ledger(), context.issue());
		viewer.setInput(records);
		if (selected != null && records.contains(selected)) {
			viewer.setSelection(new StructuredSelection(selected));
		} else if (!records.isEmpty()) {
			// The first open proposal is the likely thing to decide.
			viewer.setSelection(new StructuredSelection(records.stream()
					.filter(record -> record.getState() == ProposalState.PROPOSED).findFirst().orElse(records.get(0))));
		}
		updateButtons();
	}

	/** Every escalation record of the ledger that names the issue, proposals first. */
	static List<Escalation> records(Ledger ledger, Issue issue) {
		List<Escalation> records = new ArrayList<>();
		for (SupervisionNotice notice : ledger.getSupervisionNotices()) {
			if (notice.getIssues().contains(issue)) {
				records.add(notice);
			}
		}
		for (Deduction deduction : ledger.getDeductions()) {
			if (deduction.getIssues().contains(issue)) {
				records.add(deduction);
			}
		}
		for (Interview interview : ledger.getInterviews()) {
			if (interview.getIssues().contains(issue)) {
				records.add(interview);
			}
		}
		records.sort((a, b) -> Boolean.compare(a.getState() != ProposalState.PROPOSED, b.getState() != ProposalState.PROPOSED));
		return records;
	}

	private void updateButtons() {
		Escalation record = selected();
		String why;
		if (context.isReadOnly()) {
			why = Messages.Edit_readOnly;
		} else if (record == null) {
			why = viewer.getTable().getItemCount() == 0 ? Messages.Escalation_none : Messages.Escalation_select;
		} else if (record.getState() != ProposalState.PROPOSED) {
			why = NLS.bind(Messages.Escalation_alreadyDecided, Texts.of(record.getState()));
		} else {
			why = null;
		}
		confirm.setEnabled(why == null);
		dismiss.setEnabled(why == null);
		confirm.setToolTipText(why);
		dismiss.setToolTipText(why);
		refusal.setText(why == null ? "" : NLS.bind(Messages.Workflow_whyNot, why)); //$NON-NLS-1$
		refusal.getParent().layout(true);
	}

	private Escalation selected() {
		return viewer.getStructuredSelection().getFirstElement() instanceof Escalation record ? record : null;
	}

	private void decide(boolean confirmed) {
		Escalation record = selected();
		if (record == null) {
			return;
		}
		String note = null;
		if (!confirmed) {
			InputDialog dialog = new InputDialog(viewer.getControl().getShell(), Messages.Escalation_dismiss,
					Messages.Escalation_dismissNote, "", null); //$NON-NLS-1$
			if (dialog.open() != Window.OK) {
				return;
			}
			note = dialog.getValue().isBlank() ? null : dialog.getValue().trim();
		}
		try {
			context.execute(confirmed ? DecisionCommand.confirm(context.domain(), record, null, context.today())
					: DecisionCommand.dismiss(context.domain(), record, note, context.today()));
		} catch (IllegalStateException e) {
			Dialogs.refused(viewer.getControl().getShell(), e);
		}
		refresh();
	}

	private void column(String header, int width, Function<Escalation, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		TableColumn tableColumn = column.getColumn();
		tableColumn.setText(header);
		tableColumn.setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Escalation) element);
			}
		});
	}

	private static Organization unit(Escalation record) {
		return switch (record) {
			case SupervisionNotice notice -> notice.getUnit();
			case Deduction deduction -> deduction.getUnit();
			case Interview interview -> interview.getUnit();
			default -> null;
		};
	}

	/** What the record says: a notice's content and new deadline, the points and reason, the outcome. */
	private static String details(Escalation record) {
		return switch (record) {
			case SupervisionNotice notice -> notice.getNewDeadline() == null ? Texts.abbreviate(notice.getContent(), 80)
					: NLS.bind(Messages.Escalation_noticeDetails, Texts.abbreviate(notice.getContent(), 60),
							notice.getNewDeadline());
			case Deduction deduction -> NLS.bind(Messages.Escalation_deductionDetails, deduction.getPoints(),
					Texts.abbreviate(deduction.getReason(), 60));
			case Interview interview -> Texts.abbreviate(interview.getOutcome(), 80);
			default -> ""; //$NON-NLS-1$
		};
	}
}
