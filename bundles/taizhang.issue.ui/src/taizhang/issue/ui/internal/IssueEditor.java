package taizhang.issue.ui.internal;

import java.util.EventObject;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.observable.IObservable;
import org.eclipse.core.databinding.observable.ObservableTracker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.Form;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.part.EditorPart;

import taizhang.core.LedgerSession;
import taizhang.issue.ui.internal.binding.FieldBinder;
import taizhang.issue.ui.internal.sections.AssignmentsSection;
import taizhang.issue.ui.internal.sections.EditorForm;
import taizhang.issue.ui.internal.sections.EscalationSection;
import taizhang.issue.ui.internal.sections.IssueSection;
import taizhang.issue.ui.internal.sections.PlanSection;
import taizhang.issue.ui.internal.sections.RecordTables;
import taizhang.issue.ui.internal.sections.StepsSection;
import taizhang.issue.ui.internal.sections.WarningsSection;
import taizhang.issue.ui.internal.sections.WorkflowSection;
import taizhang.model.Issue;
import taizhang.ui.LedgerSessionListener;
import taizhang.ui.LedgerSessionService;

/**
 * The issue editor: one scrolled form with a section for each part of the issue. Fields are bound to
 * the model; every change is one command on the session's command stack, persisted at once and
 * undoable, so the editor is never dirty. It follows changes made elsewhere (the table, undo) and
 * closes itself when its issue leaves the ledger or the ledger is closed.
 */
public class IssueEditor extends EditorPart {

	private IssueContext context;
	private CommandStack stack;
	private LedgerSessionService sessions;
	private StackAction undo;
	private StackAction redo;
	private FormToolkit toolkit;
	/** The heading (title, status of the fields, what to know) stays in view above the scrolled form. */
	private Form heading;
	private ScrolledForm form;
	private DataBindingContext bindings;
	private FieldBinder fields;
	private IssueSection issueSection;
	private PlanSection planSection;
	private StepsSection measures;
	private StepsSection stageGoals;
	private AssignmentsSection assignments;
	private WorkflowSection workflow;
	private WarningsSection warnings;
	private EscalationSection escalation;
	private TableViewer reviews;
	private boolean closing;

	private IObservable[] observables = {};
	private final AtomicBoolean refreshPending = new AtomicBoolean();
	private final CommandStackListener stackListener = this::commandStackChanged;
	private final LedgerSessionListener sessionListener = session -> asyncCheckSession();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IssueEditorInput issueInput)) {
			throw new PartInitException(NLS.bind(Messages.Editor_wrongInput, input));
		}
		Issue issue = issueInput.issue();
		if (issue == null) {
			throw new PartInitException(NLS.bind(Messages.Editor_noSuchIssue, issueInput.getName()));
		}
		setSite(site);
		setInput(input);
		context = new IssueContext(issueInput.session(), issue);
		stack = context.domain().getCommandStack();
		Display display = site.getShell().getDisplay();
		undo = new StackAction(stack, true, display);
		redo = new StackAction(stack, false, display);
		stack.addCommandStackListener(stackListener);
		sessions = site.getWorkbenchWindow().getWorkbench().getService(LedgerSessionService.class);
		if (sessions != null) {
			sessions.addListener(sessionListener);
		}
		site.setSelectionProvider(new IssueSelection(issue));
		updateTitle();
	}

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		heading = toolkit.createForm(parent);
		toolkit.decorateFormHeading(heading);
		heading.setImage(getTitleImage());
		Label note = toolkit.createLabel(heading.getHead(),
				context.isReadOnly() ? Messages.Editor_readOnlyNote : Messages.Editor_savedAtOnce);
		heading.setHeadClient(note);
		heading.getBody().setLayout(new FillLayout());
		form = toolkit.createScrolledForm(heading.getBody());

		TableWrapLayout layout = new TableWrapLayout();
		layout.numColumns = 2;
		layout.makeColumnsEqualWidth = true;
		form.getBody().setLayout(layout);

		bindings = new DataBindingContext();
		fields = new FieldBinder(toolkit, bindings, heading, context.isReadOnly());
		EditorForm editorForm = new EditorForm(context, fields, bindings, form.getBody());
		// Every observable the sections make listens to the model: all are disposed with the editor.
		observables = ObservableTracker.runAndCollect(() -> {
			issueSection = new IssueSection(editorForm);
			workflow = new WorkflowSection(editorForm);
			planSection = new PlanSection(editorForm);
			assignments = new AssignmentsSection(editorForm);
			measures = new StepsSection(editorForm, StepsSection.Kind.measures());
			stageGoals = new StepsSection(editorForm, StepsSection.Kind.stageGoals());
			warnings = new WarningsSection(editorForm);
			RecordTables.history(editorForm);
			reviews = RecordTables.reviews(editorForm);
			escalation = new EscalationSection(editorForm);
			RecordTables.evidence(editorForm);
		});
		updateTitle();
		form.reflow(true);
	}

	@Override
	public void setFocus() {
		if (form != null) {
			// A field near the top: the form stays scrolled to where it starts.
			issueSection.caseNumber().setFocus();
		}
	}

	/** Changes are persisted as they are made: there is never anything to save. */
	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// nothing to save: every change was written when it was made
	}

	@Override
	public void doSaveAs() {
		// not offered
	}

	@Override
	public void dispose() {
		closing = true;
		if (stack != null) {
			stack.removeCommandStackListener(stackListener);
		}
		if (sessions != null) {
			sessions.removeListener(sessionListener);
		}
		if (undo != null) {
			undo.dispose();
			redo.dispose();
		}
		if (bindings != null) {
			bindings.dispose();
			for (IObservable observable : observables) {
				observable.dispose();
			}
		}
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}

	public IssueContext context() {
		return context;
	}

	public Issue issue() {
		return context.issue();
	}

	StackAction undoAction() {
		return undo;
	}

	StackAction redoAction() {
		return redo;
	}

	/** The fixed heading: title, the note that nothing needs saving, refused values. */
	public Form heading() {
		return heading;
	}

	/** The scrolled form below the heading, holding the sections. */
	public ScrolledForm form() {
		return form;
	}

	public FieldBinder fields() {
		return fields;
	}

	public IssueSection issueSection() {
		return issueSection;
	}

	public PlanSection planSection() {
		return planSection;
	}

	public StepsSection measures() {
		return measures;
	}

	public StepsSection stageGoals() {
		return stageGoals;
	}

	public AssignmentsSection assignments() {
		return assignments;
	}

	public WorkflowSection workflow() {
		return workflow;
	}

	public WarningsSection warnings() {
		return warnings;
	}

	public EscalationSection escalation() {
		return escalation;
	}

	public TableViewer reviews() {
		return reviews;
	}

	private void commandStackChanged(EventObject event) {
		// A paste of many rows elsewhere refreshes the editor once.
		Display display = getSite().getShell().getDisplay();
		if (!display.isDisposed() && refreshPending.compareAndSet(false, true)) {
			display.asyncExec(() -> {
				refreshPending.set(false);
				modelChanged();
			});
		}
	}

	/** What data binding does not follow by itself: the title, the workflow's rules, today's warning. */
	private void modelChanged() {
		if (closing || form == null || form.isDisposed()) {
			return;
		}
		if (context.issue().eContainer() != context.ledger()) {
			close(); // deleted, in the table or by undoing its creation
			return;
		}
		updateTitle();
		workflow.refresh();
		warnings.refresh();
		escalation.refresh();
		form.reflow(true);
	}

	private void asyncCheckSession() {
		Display display = getSite().getShell().getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				LedgerSession current = sessions.current().orElse(null);
				if (!closing && current != context.session()) {
					close();
				}
			});
		}
	}

	private void close() {
		closing = true;
		getSite().getPage().closeEditor(this, false);
	}

	private void updateTitle() {
		Issue issue = context.issue();
		setPartName(IssueEditorInput.name(issue));
		setTitleToolTip(((IssueEditorInput) getEditorInput()).toolTip(issue));
		if (heading != null) {
			heading.setText(NLS.bind(Messages.Editor_formTitle, IssueEditorInput.name(issue),
					Texts.of(issue.getStatus())));
		}
	}

	/** The editor's selection is its issue: the Properties view shows it while the editor is active. */
	private static final class IssueSelection implements ISelectionProvider {

		private final StructuredSelection selection;

		IssueSelection(Issue issue) {
			this.selection = new StructuredSelection(issue);
		}

		@Override
		public ISelection getSelection() {
			return selection;
		}

		@Override
		public void setSelection(ISelection ignored) {
			// always the issue
		}

		@Override
		public void addSelectionChangedListener(ISelectionChangedListener listener) {
			// the selection never changes
		}

		@Override
		public void removeSelectionChangedListener(ISelectionChangedListener listener) {
			// the selection never changes
		}
	}
}
