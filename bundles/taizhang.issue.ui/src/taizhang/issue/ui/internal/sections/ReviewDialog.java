package taizhang.issue.ui.internal.sections;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import taizhang.core.Ids;
import taizhang.issue.ui.internal.IssueContext;
import taizhang.issue.ui.internal.Messages;
import taizhang.issue.ui.internal.Texts;
import taizhang.issue.ui.internal.binding.FieldBinder;
import taizhang.issue.ui.internal.binding.Parsers;
import taizhang.issue.ui.internal.binding.Proposals;
import taizhang.model.Ledger;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage.Literals;
import taizhang.model.Person;
import taizhang.model.ReviewCheckItem;
import taizhang.model.ReviewDecision;
import taizhang.model.ReviewLevel;
import taizhang.model.SignOffReview;

/**
 * Records one sign-off review (验收销号审核): level, reviewer, date, decision, reasons and the
 * checklist, which starts from the ledger's sign-off criteria, each ticked as passed.
 */
final class ReviewDialog extends TitleAreaDialog {

	private final IssueContext context;
	private ComboViewer level;
	private Text reviewer;
	private Text date;
	private ComboViewer decision;
	private Text reasons;
	private Table checklist;
	private SignOffReview review;

	ReviewDialog(Shell shell, IssueContext context) {
		super(shell);
		this.context = context;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Step_recordReview);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.Review_title, Texts.caseNumber(context.issue())));
		setMessage(Messages.Review_message);
		Composite client = new Composite(area, SWT.NONE);
		client.setLayout(new GridLayout(2, false));
		client.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

		List<ReviewLevel> levels = context.settings().lifecyclePolicy().reviewLevels();
		level = combo(client, Literals.SIGN_OFF_REVIEW__LEVEL, levels);
		level.setSelection(new StructuredSelection(firstLevelWithoutAcceptance(levels)));

		label(client, Literals.SIGN_OFF_REVIEW__REVIEWER);
		reviewer = text(client, SWT.SINGLE);
		Ledger ledger = context.ledger();
		Proposals.attach(reviewer, () -> ledger.getPersons().stream().map(Texts::proposal).toList(), this::validate);

		label(client, Literals.SIGN_OFF_REVIEW__DATE);
		date = text(client, SWT.SINGLE);
		date.setText(context.today().toString());

		decision = combo(client, Literals.SIGN_OFF_REVIEW__DECISION, ReviewDecision.VALUES);
		decision.setSelection(new StructuredSelection(ReviewDecision.ACCEPTED));

		label(client, Literals.SIGN_OFF_REVIEW__REASONS);
		reasons = text(client, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		((GridData) reasons.getLayoutData()).heightHint = 4 * reasons.getLineHeight();

		label(client, Literals.SIGN_OFF_REVIEW__CHECKLIST);
		checklist = new Table(client, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
		GridData checklistData = new GridData(SWT.FILL, SWT.FILL, true, true);
		checklistData.heightHint = 6 * checklist.getItemHeight();
		checklist.setLayoutData(checklistData);
		for (String criterion : context.settings().signOffCriteria()) {
			TableItem item = new TableItem(checklist, SWT.NONE);
			item.setText(criterion);
			item.setChecked(true);
		}

		reviewer.addListener(SWT.Modify, event -> validate());
		date.addListener(SWT.Modify, event -> validate());
		reasons.addListener(SWT.Modify, event -> validate());
		decision.addSelectionChangedListener(event -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	/** The review entered; valid after OK. */
	SignOffReview review() {
		return review;
	}

	@Override
	protected void okPressed() {
		if (problem() != null) {
			return;
		}
		SignOffReview result = ModelFactory.eINSTANCE.createSignOffReview();
		result.setId(Ids.newId());
		result.setLevel((ReviewLevel) level.getStructuredSelection().getFirstElement());
		Person person = person();
		if (person != null) {
			result.setReviewer(person);
		} else {
			result.setReviewerName(reviewer.getText().trim());
		}
		result.setDate(Parsers.date(date.getText()));
		result.setDecision(selectedDecision());
		result.setReasons(reasons.getText().isBlank() ? null : reasons.getText().trim());
		for (TableItem item : checklist.getItems()) {
			ReviewCheckItem check = ModelFactory.eINSTANCE.createReviewCheckItem();
			check.setCriterion(item.getText());
			check.setPassed(item.getChecked());
			result.getChecklist().add(check);
		}
		review = result;
		super.okPressed();
	}

	private void validate() {
		String problem = problem();
		setErrorMessage(problem);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}
	}

	/** What keeps the review from being recorded, or {@code null}. */
	private String problem() {
		if (reviewer.getText().isBlank()) {
			return Messages.Review_noReviewer;
		}
		LocalDate day;
		try {
			day = Parsers.date(date.getText());
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
		if (day == null) {
			return Messages.Review_noDate;
		}
		if (day.isAfter(context.today())) {
			return NLS.bind(Messages.Review_dateAfterToday, day, context.today());
		}
		if (selectedDecision() != ReviewDecision.ACCEPTED && reasons.getText().isBlank()) {
			return Messages.Review_noReasons;
		}
		return null;
	}

	/** The person typed, if the ledger knows them; anyone else is recorded by name. */
	private Person person() {
		try {
			return Parsers.person(context.ledger(), reviewer.getText(), null);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	private ReviewDecision selectedDecision() {
		return (ReviewDecision) decision.getStructuredSelection().getFirstElement();
	}

	private ReviewLevel firstLevelWithoutAcceptance(List<ReviewLevel> levels) {
		for (ReviewLevel candidate : levels) {
			boolean accepted = context.issue().getReviews().stream()
					.anyMatch(r -> r.getLevel() == candidate && r.getDecision() == ReviewDecision.ACCEPTED);
			if (!accepted) {
				return candidate;
			}
		}
		return levels.get(levels.size() - 1);
	}

	private static void label(Composite parent, EStructuralFeature feature) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(Texts.label(feature));
		label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
	}

	private static Text text(Composite parent, int style) {
		Text text = new Text(parent, style | SWT.BORDER);
		if ((style & SWT.MULTI) != 0) {
			FieldBinder.tabMovesOn(text);
		}
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 360;
		text.setLayoutData(data);
		return text;
	}

	private static <E extends Enumerator> ComboViewer combo(Composite parent,
			EStructuralFeature feature, List<E> values) {
		label(parent, feature);
		ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return Texts.of((Enumerator) element);
			}
		});
		viewer.setInput(values);
		viewer.getCombo().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return viewer;
	}
}
