package taizhang.responsibility.ui.internal.problems;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import taizhang.core.LedgerSession;
import taizhang.model.Issue;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.model.validation.LedgerValidator;
import taizhang.responsibility.ui.internal.Navigation;
import taizhang.responsibility.ui.internal.Messages;
import taizhang.responsibility.validation.Constraints;
import taizhang.responsibility.validation.LiveValidation;
import taizhang.responsibility.validation.Problem;
import taizhang.responsibility.validation.ProblemDelta;
import taizhang.responsibility.validation.Severity;
import taizhang.responsibility.validation.ValidationService;
import taizhang.ui.LedgerSessionService;
import taizhang.ui.internal.Labels;
import taizhang.ui.internal.SessionTracker;

/**
 * The problems of the open ledger (校验结果): every breach of the model's rules and of the
 * responsibility constraints, errors first, with the object and where it is. The ledger is validated
 * in the background when it opens, then again after each edit, only as far as the edit reaches.
 * Double-click (or Enter) takes the user to the object: an issue to its editor, a unit or a person to
 * the organizations view.
 */
public class ProblemsPart implements SessionTracker.Callback, ValidationRunner.Listener {

	/** The family of the background validation jobs. */
	public static final Object JOB_FAMILY = ValidationRunner.JOB_FAMILY;

	private enum Column {
		SEVERITY(90), MESSAGE(520), OBJECT(200), LOCATION(200);

		final int width;

		Column(int width) {
			this.width = width;
		}

		String header() {
			return switch (this) {
				case SEVERITY -> Messages.Problems_columnSeverity;
				case MESSAGE -> Messages.Problems_columnMessage;
				case OBJECT -> Messages.Problems_columnObject;
				case LOCATION -> Messages.Problems_columnLocation;
			};
		}
	}

	@Inject
	private LedgerSessionService sessions;

	@Inject
	private ESelectionService selectionService;

	@Inject
	private IWorkbenchWindow window;

	@Inject
	@Optional
	private ValidationService validationService;

	private final ProblemList problems = new ProblemList();
	private Label summary;
	private TableViewer viewer;
	private ValidationRunner runner;
	private boolean validating;

	@PostConstruct
	public void create(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		summary = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(6, 3).applyTo(summary);
		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new LazyProblems());
		for (Column column : Column.values()) {
			TableViewerColumn tableColumn = new TableViewerColumn(viewer, SWT.LEFT);
			tableColumn.getColumn().setText(column.header());
			tableColumn.getColumn().setWidth(column.width);
			tableColumn.setLabelProvider(new ProblemLabels(column));
		}
		viewer.addSelectionChangedListener(event -> publish(event.getStructuredSelection()));
		viewer.addDoubleClickListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Problem problem) {
				navigate(problem);
			}
		});
		// the whole ledger is validated once the grid has painted a newly opened one, then edit by edit
		SessionTracker.trackWholeLedger(sessions, viewer.getControl(), this, 0);
	}

	@Focus
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@PreDestroy
	public void dispose() {
		stopRunner();
	}

	/** The table, for tests. */
	public TableViewer viewer() {
		return viewer;
	}

	/** The problems listed, in their order. */
	public List<Problem> problems() {
		return problems.all();
	}

	/** The ledger validated, {@code null} for none. */
	public LedgerSession session() {
		return runner == null ? null : runner.session();
	}

	/** Whether the full validation of the open ledger is still running. */
	public boolean isValidating() {
		return validating;
	}

	/** The figures of the last validation, full or incremental; {@code null} before the first. */
	public LiveValidation.Run lastRun() {
		return runner == null ? null : runner.lastRun();
	}

	@Override
	public void sessionChanged(LedgerSession session) {
		stopRunner();
		problems.reset(List.of());
		showProblems();
		if (session != null) {
			runner = new ValidationRunner(session, constraints(), Labels.locale(), viewer.getControl().getDisplay(), this);
			runner.start();
		} else {
			validating = false;
			updateSummary();
		}
	}

	private Constraints constraints() {
		if (validationService != null) {
			return validationService.constraints();
		}
		Platform.getLog(ProblemsPart.class).warn("No validation service: checking the built-in constraints only"); //$NON-NLS-1$
		return Constraints.builtIn();
	}

	private void stopRunner() {
		if (runner != null) {
			runner.close();
			runner = null;
		}
	}

	@Override
	public void validating(boolean running) {
		validating = running;
		updateSummary();
	}

	@Override
	public void reset(List<Problem> all) {
		problems.reset(all);
		showProblems();
	}

	@Override
	public void changed(ProblemDelta delta) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		problems.apply(delta);
		showProblems();
	}

	private void showProblems() {
		IStructuredSelection selected = viewer.getStructuredSelection();
		viewer.setItemCount(problems.size());
		viewer.refresh();
		if (!selected.isEmpty() && selected.getFirstElement() instanceof Problem problem) {
			int index = problems.indexOf(problem);
			if (index >= 0) {
				viewer.getTable().setSelection(index);
			}
		}
		updateSummary();
	}

	private void updateSummary() {
		String text;
		if (runner == null) {
			text = Messages.Problems_noLedger;
		} else {
			String counts = NLS.bind(Messages.Problems_counts, new Object[] { problems.count(Severity.ERROR),
					problems.count(Severity.WARNING), problems.count(Severity.INFO) });
			text = validating ? Messages.Problems_validating
					: runner.lastFullRun() == null ? counts
							: counts + NLS.bind(Messages.Problems_figures, runner.lastFullRun().checked(),
									runner.lastFullRun().nanos() / 1_000_000);
		}
		summary.setText(text);
		summary.getParent().layout(true);
	}

	/**
	 * Takes the user to the problem's object: a unit or a person in the organizations view; anything
	 * of an issue to the issue's editor, or, without the issue editor, selects the issue and shows
	 * the Properties view.
	 */
	public void navigate(Problem problem) {
		EObject object = problem.object();
		if ((object instanceof Organization || object instanceof Person) && Navigation.reveal(window, object)) {
			return;
		}
		Issue issue = problem.issue();
		if (issue != null) {
			if (Navigation.openIssue(window, issue)) {
				return;
			}
			StructuredSelection selection = new StructuredSelection(issue);
			selectionService.setSelection(selection);
			selectionService.setPostSelection(selection);
			Navigation.showProperties(window);
		}
	}

	private void publish(IStructuredSelection selection) {
		if (selection.getFirstElement() instanceof Problem problem) {
			StructuredSelection objects = new StructuredSelection(problem.object());
			selectionService.setSelection(objects);
			// the Properties view follows the post selection
			selectionService.setPostSelection(objects);
		}
	}

	private final class LazyProblems implements ILazyContentProvider {
		@Override
		public void updateElement(int index) {
			if (index < problems.size()) {
				viewer.replace(problems.get(index), index);
			}
		}
	}

	private static final class ProblemLabels extends ColumnLabelProvider {
		private final Column column;

		ProblemLabels(Column column) {
			this.column = column;
		}

		@Override
		public String getText(Object element) {
			Problem problem = (Problem) element;
			return switch (column) {
				case SEVERITY -> problem.severity().label(Labels.locale());
				case MESSAGE -> problem.message(Labels.locale());
				case OBJECT -> LedgerValidator.objectLabel(problem.object(), Labels.locale());
				case LOCATION -> problem.location(Labels.locale());
			};
		}

		@Override
		public Image getImage(Object element) {
			if (column != Column.SEVERITY) {
				return null;
			}
			String image = switch (((Problem) element).severity()) {
				case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
				case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
				case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
			};
			return PlatformUI.getWorkbench().getSharedImages().getImage(image);
		}
	}
}
