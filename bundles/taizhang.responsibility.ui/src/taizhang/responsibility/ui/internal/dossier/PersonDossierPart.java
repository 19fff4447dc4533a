package taizhang.responsibility.ui.internal.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.jface.layout.GridDataFactory;

import taizhang.model.Ledger;
import taizhang.model.Person;
import taizhang.model.WarningLevel;
import taizhang.responsibility.PersonDossier;
import taizhang.responsibility.ui.internal.ListTable;
import taizhang.responsibility.ui.internal.Messages;
import taizhang.responsibility.ui.internal.Texts;
import taizhang.responsibility.validation.Problem;
import taizhang.responsibility.validation.ProblemFinder;
import taizhang.ui.internal.Labels;

/**
 * Everything the selected person answers for (个人责任清单): each issue and their role in it, with the
 * issue's status, warning and whether it is overdue, and what the constraints find wrong.
 */
public class PersonDossierPart extends DossierPart<Person, PersonDossier> {

	private ListTable<PersonDossier.Entry> entries;
	private ListTable<Problem> problems;

	public PersonDossierPart() {
		super(Person.class);
	}

	@Override
	protected void createBody(Composite body) {
		SashForm sash = new SashForm(body, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		Display display = body.getDisplay();
		entries = new ListTable<>(sash, PersonDossier.Entry.class)
				.column(Messages.Dossier_issue, 300, entry -> Texts.issue(entry.issue()))
				.column(Messages.Dossier_role, 90, entry -> Labels.of(entry.role()))
				.column(Messages.Dossier_status, 90, entry -> Labels.of(entry.issue().getStatus()))
				.column(Messages.Dossier_warning, 70, entry -> Labels.of(entry.warning()), entry -> warningColor(display, entry.warning()))
				.column(Messages.Dossier_overdue, 60, entry -> entry.overdue() ? Messages.Dossier_yes : "") //$NON-NLS-1$
				.column(Messages.Dossier_done, 60, entry -> entry.done() ? Messages.Dossier_yes : "") //$NON-NLS-1$
				.onSelect(this::select).onOpen(entry -> open(entry.issue()));
		problems = problemTable(sash, this);
		sash.setWeights(3, 1);
	}

	static ListTable<Problem> problemTable(Composite parent, DossierPart<?, ?> part) {
		return new ListTable<>(parent, Problem.class)
				.column(Messages.Problems_columnSeverity, 70, problem -> problem.severity().label(Labels.locale()))
				.column(Messages.Problems_columnMessage, 500, problem -> problem.message(Labels.locale()))
				.onSelect(part::select).onOpen(problem -> {
					if (problem.issue() != null) {
						part.open(problem.issue());
					}
				});
	}

	static Color warningColor(Display display, WarningLevel level) {
		if (level == null) {
			return null;
		}
		return display.getSystemColor(switch (level) {
			case RED -> SWT.COLOR_RED;
			case YELLOW -> SWT.COLOR_DARK_YELLOW;
			case BLUE -> SWT.COLOR_BLUE;
		});
	}

	@Override
	protected Object modelObject(Object row) {
		if (row instanceof PersonDossier.Entry entry) {
			return entry.issue();
		}
		return row instanceof Problem problem ? problem.object() : row;
	}

	@Override
	protected PersonDossier read(Ledger ledger, Person person, LocalDate asOf, ProblemFinder finder) {
		return PersonDossier.of(ledger, person, asOf, finder);
	}

	@Override
	protected String show(Person person, PersonDossier dossier) {
		entries.setRows(dossier.entries());
		problems.setRows(dossier.problems());
		Map<WarningLevel, Integer> warnings = dossier.warnings();
		String who = Labels.join(List.of(Labels.name(person), Labels.of(person.getTitle()), Labels.of(person.getPosition()),
				Labels.name(person.getOrganization())));
		return NLS.bind(Messages.PersonDossier_header, new Object[] { who, Labels.of(person.getPhone()),
				dossier.entries().size(), warnings.getOrDefault(WarningLevel.RED, 0),
				warnings.getOrDefault(WarningLevel.YELLOW, 0), warnings.getOrDefault(WarningLevel.BLUE, 0),
				dossier.problems().size(), dossier.asOf().toString() });
	}

	@Override
	protected void clear() {
		entries.setRows(List.of());
		problems.setRows(List.of());
	}

	@Override
	protected String emptyText() {
		return Messages.PersonDossier_empty;
	}

	/** The list of what the person answers for, for tests. */
	public ListTable<PersonDossier.Entry> entries() {
		return entries;
	}
}
