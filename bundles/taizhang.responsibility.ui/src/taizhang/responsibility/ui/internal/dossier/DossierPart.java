package taizhang.responsibility.ui.internal.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchWindow;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import taizhang.core.LedgerSession;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.responsibility.ui.internal.BackgroundRead;
import taizhang.responsibility.ui.internal.Navigation;
import taizhang.responsibility.validation.Constraints;
import taizhang.responsibility.validation.ProblemFinder;
import taizhang.responsibility.validation.ValidationService;
import taizhang.ui.LedgerSessionService;
import taizhang.ui.internal.Labels;
import taizhang.ui.internal.SessionTracker;

/**
 * A view of one unit or person that follows the workbench selection: it shows the last one selected
 * anywhere (the organizations view, Properties, the navigator), as of today, and reads the ledger
 * again after each edit. Rows chosen in it select their objects; an issue opens on double-click.
 */
abstract class DossierPart<T extends EObject, D> implements SessionTracker.Callback {

	@Inject
	private LedgerSessionService sessions;

	@Inject
	private ESelectionService selectionService;

	@Inject
	private IWorkbenchWindow window;

	@Inject
	@Optional
	private ValidationService validationService;

	private final Class<T> type;
	private Label header;
	private BackgroundRead reads;
	private LedgerSession session;
	private T subject;

	DossierPart(Class<T> type) {
		this.type = type;
	}

	@PostConstruct
	public void create(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(parent);
		header = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).indent(6, 4).applyTo(header);
		Composite body = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.fillDefaults().applyTo(body);
		createBody(body);
		reads = new BackgroundRead(getClass().getSimpleName(), header);
		SessionTracker.track(sessions, header, this);
	}

	@Inject
	void selected(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		Object element = selection instanceof IStructuredSelection structured && structured.size() == 1
				? structured.getFirstElement() : selection;
		if (type.isInstance(element)) {
			// Also before the view is made: it then shows what was selected when it opened.
			subject = type.cast(element);
			if (header != null && !header.isDisposed()) {
				refresh();
			}
		}
	}

	@Focus
	public void setFocus() {
		header.setFocus();
	}

	/** The unit or person shown, or {@code null}. */
	public T subject() {
		return subject;
	}

	/** Shows {@code shown} (a unit or person of the open ledger). */
	public void show(T shown) {
		subject = shown;
		refresh();
	}

	@Override
	public void sessionChanged(LedgerSession newSession) {
		if (session != null && newSession != session) {
			subject = null;
		}
		session = newSession;
		refresh();
	}

	@Override
	public void modelChanged(LedgerSession changed) {
		refresh();
	}

	/** Reads the dossier in the background (a big unit's takes a while on a large ledger), then shows it. */
	private void refresh() {
		if (session == null || subject == null || !isIn(session.ledger(), subject)) {
			reads.cancel();
			header.setText(emptyText());
			clear();
			header.getParent().layout(true, true);
			return;
		}
		Ledger ledger = session.ledger();
		T shown = subject;
		LocalDate asOf = LocalDate.now();
		Constraints constraints = validationService != null ? validationService.constraints() : Constraints.builtIn();
		reads.request(session, () -> read(ledger, shown, asOf, new ProblemFinder(ledger, constraints, Labels.locale())),
				dossier -> {
					if (shown == subject) {
						header.setText(show(shown, dossier));
						header.getParent().layout(true, true);
					}
				});
	}

	private static boolean isIn(Ledger ledger, EObject object) {
		return object.eContainer() == ledger;
	}

	/** Builds the lists under the header. */
	protected abstract void createBody(Composite body);

	/** Reads the dossier of {@code shown} (in the background: reads the ledger only). */
	protected abstract D read(Ledger ledger, T shown, LocalDate asOf, ProblemFinder finder);

	/** Fills the lists with the dossier of {@code shown}; returns the header text. */
	protected abstract String show(T shown, D dossier);

	/** Empties the lists. */
	protected abstract void clear();

	/** What the header says when nothing is shown. */
	protected abstract String emptyText();

	/** Selects the rows' objects in the workbench (Properties shows them; bulk assignment takes issues). */
	protected void select(List<?> rows) {
		List<Object> objects = new ArrayList<>();
		for (Object row : rows) {
			Object object = modelObject(row);
			if (object != null) {
				objects.add(object);
			}
		}
		if (!objects.isEmpty()) {
			StructuredSelection selection = new StructuredSelection(objects);
			selectionService.setSelection(selection);
			selectionService.setPostSelection(selection);
		}
	}

	/** The model object a row stands for. */
	protected Object modelObject(Object row) {
		return row;
	}

	/** Opens the issue's editor, or selects the issue and shows the Properties view. */
	protected void open(Issue issue) {
		if (!Navigation.openIssue(window, issue)) {
			select(List.of(issue));
			Navigation.showProperties(window);
		}
	}
}
