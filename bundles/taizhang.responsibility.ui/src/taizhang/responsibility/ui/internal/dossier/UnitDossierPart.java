package taizhang.responsibility.ui.internal.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;

import taizhang.core.issues.IssueFacts;
import taizhang.model.Accountability;
import taizhang.model.Deduction;
import taizhang.model.Interview;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.model.SupervisionNotice;
import taizhang.responsibility.UnitCounts;
import taizhang.responsibility.UnitDossier;
import taizhang.responsibility.ui.internal.ListTable;
import taizhang.responsibility.ui.internal.Messages;
import taizhang.responsibility.ui.internal.Texts;
import taizhang.responsibility.validation.Problem;
import taizhang.responsibility.validation.ProblemFinder;
import taizhang.ui.internal.Labels;

/**
 * Everything about the selected unit (单位档案): its people and subordinate units, the issues it leads
 * and those it cooperates on, the rejections of its claimed completions, the supervision notices,
 * interviews, deductions and accountability decisions concerning it, its figures and its problems.
 */
public class UnitDossierPart extends DossierPart<Organization, UnitDossier> {

	private CTabFolder tabs;
	private final List<CTabItem> items = new ArrayList<>();
	private final List<String> titles = new ArrayList<>();
	private ListTable<Person> people;
	private ListTable<Organization> children;
	private ListTable<Issue> asLead;
	private ListTable<Issue> asCooperating;
	private ListTable<UnitDossier.Rejection> rejections;
	private ListTable<SupervisionNotice> notices;
	private ListTable<Interview> interviews;
	private ListTable<Deduction> deductions;
	private ListTable<Accountability> accountabilities;
	private ListTable<Problem> problems;
	private LocalDate asOf = LocalDate.now();

	public UnitDossierPart() {
		super(Organization.class);
	}

	@Override
	protected void createBody(Composite body) {
		tabs = new CTabFolder(body, SWT.BOTTOM | SWT.FLAT);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		people = tab(Messages.UnitDossier_people, new ListTable<>(tabs, Person.class)
				.column(Messages.UnitDossier_name, 100, Labels::name)
				.column(Messages.UnitDossier_title, 120, person -> Labels.of(person.getTitle()))
				.column(Messages.Organizations_columnPosition, 100, person -> Labels.of(person.getPosition()))
				.column(Messages.Field_phone, 120, person -> Labels.of(person.getPhone())));
		children = tab(Messages.UnitDossier_children, new ListTable<>(tabs, Organization.class)
				.column(Messages.Matrix_unit, 240, Labels::name)
				.column(Messages.Matrix_kind, 120, unit -> Labels.of(unit.getKind())));
		asLead = tab(Messages.UnitDossier_asLead, issueTable());
		asCooperating = tab(Messages.UnitDossier_asCooperating, issueTable());
		rejections = tab(Messages.UnitDossier_rejections, new ListTable<>(tabs, UnitDossier.Rejection.class)
				.column(Messages.Dossier_issue, 320, rejection -> Texts.issue(rejection.issue()))
				.column(Messages.UnitDossier_rejectionCount, 90, rejection -> Integer.toString(rejection.count()))
				.onOpen(rejection -> open(rejection.issue())));
		notices = tab(Messages.UnitDossier_notices, new ListTable<>(tabs, SupervisionNotice.class)
				.column(Messages.UnitDossier_number, 140, notice -> Labels.of(notice.getNumber()))
				.column(Messages.UnitDossier_date, 100, notice -> Labels.of(notice.getIssuedOn()))
				.column(Messages.UnitDossier_newDeadline, 100, notice -> Labels.of(notice.getNewDeadline()))
				.column(Messages.UnitDossier_issues, 80, notice -> Integer.toString(notice.getIssues().size())));
		interviews = tab(Messages.UnitDossier_interviews, new ListTable<>(tabs, Interview.class)
				.column(Messages.UnitDossier_date, 100, interview -> Labels.of(interview.getDate()))
				.column(Messages.UnitDossier_person, 100, interview -> Labels.name(interview.getPerson()))
				.column(Messages.UnitDossier_outcome, 260, interview -> Labels.abbreviate(interview.getOutcome(), 60)));
		deductions = tab(Messages.UnitDossier_deductions, new ListTable<>(tabs, Deduction.class)
				.column(Messages.UnitDossier_date, 100, deduction -> Labels.of(deduction.getDate()))
				.column(Messages.UnitDossier_points, 70, deduction -> Double.toString(deduction.getPoints()))
				.column(Messages.UnitDossier_reason, 260, deduction -> Labels.abbreviate(deduction.getReason(), 60)));
		accountabilities = tab(Messages.UnitDossier_accountabilities, new ListTable<>(tabs, Accountability.class)
				.column(Messages.UnitDossier_date, 100, accountability -> Labels.of(accountability.getDecidedOn()))
				.column(Messages.UnitDossier_measure, 260, accountability -> Labels.abbreviate(accountability.getMeasure(), 60)));
		problems = tab(Messages.UnitDossier_problems, PersonDossierPart.problemTable(tabs, this));
		for (ListTable<?> table : List.of(people, children, notices, interviews, deductions, accountabilities)) {
			table.onSelect(this::select);
		}
		rejections.onSelect(this::select);
		tabs.setSelection(0);
	}

	private ListTable<Issue> issueTable() {
		return new ListTable<>(tabs, Issue.class)
				.column(Messages.Dossier_issue, 320, Texts::issue)
				.column(Messages.Dossier_status, 90, issue -> Labels.of(issue.getStatus()))
				.column(Messages.Dossier_overdue, 60, issue -> IssueFacts.isOverdue(issue, asOf) ? Messages.Dossier_yes : "") //$NON-NLS-1$
				.onSelect(this::select).onOpen(this::open);
	}

	private <T> ListTable<T> tab(String title, ListTable<T> table) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(table.viewer().getControl());
		items.add(item);
		titles.add(title);
		return table;
	}

	@Override
	protected Object modelObject(Object row) {
		if (row instanceof UnitDossier.Rejection rejection) {
			return rejection.issue();
		}
		return row instanceof Problem problem ? problem.object() : row;
	}

	@Override
	protected UnitDossier read(Ledger ledger, Organization unit, LocalDate day, ProblemFinder finder) {
		return UnitDossier.of(ledger, unit, day, finder);
	}

	@Override
	protected String show(Organization unit, UnitDossier dossier) {
		LocalDate day = dossier.asOf();
		asOf = day;
		people.setRows(dossier.people());
		children.setRows(dossier.children());
		asLead.setRows(dossier.asLead());
		asCooperating.setRows(dossier.asCooperating());
		rejections.setRows(dossier.rejections());
		notices.setRows(dossier.notices());
		interviews.setRows(dossier.interviews());
		deductions.setRows(dossier.deductions());
		accountabilities.setRows(dossier.accountabilities());
		problems.setRows(dossier.problems());
		int[] sizes = { dossier.people().size(), dossier.children().size(), dossier.asLead().size(),
				dossier.asCooperating().size(), dossier.rejections().size(), dossier.notices().size(),
				dossier.interviews().size(), dossier.deductions().size(), dossier.accountabilities().size(),
				dossier.problems().size() };
		for (int i = 0; i < items.size(); i++) {
			items.get(i).setText(NLS.bind(Messages.UnitDossier_tab, titles.get(i), sizes[i]));
		}
		UnitCounts counts = dossier.counts();
		String what = Labels.join(List.of(Labels.name(unit), Labels.of(unit.getKind()),
				unit.getParent() == null ? "" : Labels.name(unit.getParent()))); //$NON-NLS-1$
		if (unit.isRetired()) {
			what = what + NLS.bind(Messages.UnitDossier_retired, Labels.of(unit.getRetiredOn()), Labels.name(unit.getSuccessor()));
		}
		return NLS.bind(Messages.UnitDossier_header, new Object[] { what, counts.lead(), counts.cooperating(),
				counts.open(), counts.overdue(), counts.rejected(), counts.rejections(),
				Double.toString(dossier.deductedPoints()), day.toString() });
	}

	@Override
	protected void clear() {
		for (ListTable<?> table : List.of(people, children, asLead, asCooperating, rejections, notices, interviews,
				deductions, accountabilities, problems)) {
			table.setRows(List.of());
		}
		for (int i = 0; i < items.size(); i++) {
			items.get(i).setText(titles.get(i));
		}
	}

	@Override
	protected String emptyText() {
		return Messages.UnitDossier_empty;
	}

	/** The issues the unit leads, for tests. */
	public ListTable<Issue> asLead() {
		return asLead;
	}

	/** The issues the unit cooperates on, for tests. */
	public ListTable<Issue> asCooperating() {
		return asCooperating;
	}
}
