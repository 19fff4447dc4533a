package taizhang.issue.ui.internal.sections;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import taizhang.core.time.Schedule;
import taizhang.core.time.TimeRules;
import taizhang.issue.ui.internal.IssueContext;
import taizhang.issue.ui.internal.Messages;
import taizhang.issue.ui.internal.Texts;
import taizhang.issue.ui.internal.binding.ObservableTable;
import taizhang.issue.ui.internal.binding.ObservableTable.Column;
import taizhang.model.Issue;
import taizhang.model.ModelPackage.Literals;
import taizhang.model.Warning;
import taizhang.model.WarningLevel;

/** Warnings (预警): the one the rules give the issue today, and those recorded in the ledger. */
public final class WarningsSection {

	private final IssueContext context;
	private final Label today;
	private final TableViewer viewer;

	public WarningsSection(EditorForm form) {
		this.context = form.context();
		Composite client = form.section(Texts.label(Literals.ISSUE__WARNINGS), false, 1);
		today = form.toolkit().createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		today.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		IObservableList<Warning> rows = form.list(Literals.ISSUE__WARNINGS);
		viewer = ObservableTable.create(form.toolkit(), client, rows, 3, List.of(
				new Column<Warning>(Texts.label(Literals.WARNING__LEVEL), 70, row -> Texts.of(row.getLevel()),
						Literals.WARNING__LEVEL),
				new Column<Warning>(Texts.label(Literals.WARNING__RAISED_ON), 95, row -> Texts.of(row.getRaisedOn()),
						Literals.WARNING__RAISED_ON),
				new Column<Warning>(Texts.label(Literals.WARNING__REASON), 220, row -> Texts.abbreviate(row.getReason(), 60),
						Literals.WARNING__REASON),
				new Column<Warning>(Texts.label(Literals.WARNING__RESOLVED), 60,
						row -> row.isResolved() ? "\u2713" : "", Literals.WARNING__RESOLVED))); //$NON-NLS-1$ //$NON-NLS-2$
		refresh();
	}

	/** The warning the rules give the issue today (its dates may have changed). */
	public void refresh() {
		Issue issue = context.issue();
		LocalDate day = context.today();
		TimeRules rules = context.timeRules();
		Schedule schedule = rules.schedule(issue, day);
		WarningLevel level = rules.warningLevel(issue, day);
		String where = switch (schedule) {
			case OVERDUE -> Messages.Schedule_overdue;
			case LAGGING -> NLS.bind(Messages.Schedule_lagging, rules.lag(issue, day).label(context.locale()));
			case DONE -> Messages.Schedule_done;
			case ON_SCHEDULE -> Messages.Schedule_onSchedule;
		};
		String warning = level == null ? Messages.Warnings_none : Texts.of(level);
		today.setText(NLS.bind(Messages.Warnings_today, new Object[] { day, warning, where }));
		today.setForeground(level == WarningLevel.RED ? today.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
		today.getParent().layout(new Control[] { today });
	}

	public Label today() {
		return today;
	}

	public TableViewer viewer() {
		return viewer;
	}
}
