package taizhang.issue.ui.internal.sections;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import taizhang.core.lifecycle.Lifecycle;
import taizhang.core.lifecycle.Missing;
import taizhang.core.lifecycle.TransitionCommand;
import taizhang.issue.ui.internal.IssueContext;
import taizhang.issue.ui.internal.Messages;
import taizhang.issue.ui.internal.Texts;
import taizhang.issue.ui.internal.binding.FieldBinder;
import taizhang.model.Issue;
import taizhang.model.ModelPackage.Literals;
import taizhang.model.ReviewDecision;
import taizhang.model.SignOffReview;

/**
 * The workflow (整改流程): the issue's status and every action of {@link Step}, each a button that
 * is enabled where the lifecycle allows it and otherwise shows, beside it, why not.
 */
public final class WorkflowSection {

	private final IssueContext context;
	private final Label status;
	private final Map<Step, Button> buttons = new EnumMap<>(Step.class);
	private final Map<Step, Label> refusals = new EnumMap<>(Step.class);

	public WorkflowSection(EditorForm form) {
		this.context = form.context();
		Composite client = form.section(Messages.Section_workflow, false, 2);
		status = form.toolkit().createLabel(client, ""); //$NON-NLS-1$
		status.setFont(JFaceResources.getBannerFont());
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		for (Step step : Step.values()) {
			Button button = form.toolkit().createButton(client, step.label(), SWT.PUSH);
			button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
			button.addListener(SWT.Selection, event -> run(step));
			Label why = form.toolkit().createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
			GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
			data.widthHint = 300;
			why.setLayoutData(data);
			why.setForeground(client.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			buttons.put(step, button);
			refusals.put(step, why);
		}
		refresh();
	}

	/** Re-evaluates every action against the issue as it is now. */
	public void refresh() {
		Issue issue = context.issue();
		status.setText(NLS.bind(Messages.Workflow_status, Texts.of(issue.getStatus()),
				Lifecycle.rejections(issue)));
		for (Step step : Step.values()) {
			List<String> reasons = step.refusals(context);
			Button button = buttons.get(step);
			Label why = refusals.get(step);
			button.setEnabled(reasons.isEmpty());
			String all = String.join("\n", reasons); //$NON-NLS-1$
			button.setToolTipText(reasons.isEmpty() ? step.description() : all);
			why.setText(reasons.isEmpty() ? "" : NLS.bind(Messages.Workflow_whyNot, String.join(Messages.Texts_reasonSeparator, reasons))); //$NON-NLS-1$
			why.setToolTipText(all);
		}
		status.getParent().layout(true);
	}

	/** The action's button, for tests. */
	public Button button(Step step) {
		return buttons.get(step);
	}

	/** The "why not" line beside the action's button. */
	public Label refusal(Step step) {
		return refusals.get(step);
	}

	/** Runs the action as its button does: dialogs where it needs more, then one command. */
	public void run(Step step) {
		Shell shell = status.getShell();
		Issue issue = context.issue();
		try {
			switch (step) {
				case RECORD_REVIEW -> {
					ReviewDialog dialog = new ReviewDialog(shell, context);
					if (dialog.open() == Window.OK) {
						context.execute(AddCommand.create(context.domain(), issue, Literals.ISSUE__REVIEWS, dialog.review()));
					}
				}
				case REBOUND -> {
					ReboundDialog dialog = new ReboundDialog(shell, context);
					if (dialog.open() == Window.OK) {
						transition(context.lifecycle().rebound(context.domain(), issue, dialog.revealedBy(),
								context.actor(), dialog.reason(), Instant.now()));
					}
				}
				default -> {
					String reason = null;
					if (step.needsReason(issue.getStatus())) {
						reason = askReason(shell, step);
						if (reason == null) {
							return;
						}
					}
					transition(context.lifecycle().transition(context.domain(), issue, step.target(), context.actor(),
							reason, Instant.now()));
				}
			}
		} catch (IllegalStateException e) {
			Dialogs.refused(shell, e);
		}
		refresh();
	}

	private void transition(TransitionCommand command) {
		List<Missing> missing = command.missing();
		if (!missing.isEmpty()) {
			command.dispose();
			StringBuilder text = new StringBuilder();
			for (Missing each : missing) {
				text.append(Step.message(each, context.locale())).append('\n');
			}
			throw new IllegalStateException(text.toString().trim());
		}
		context.execute(command);
	}

	/** Why the issue is rejected, reopened or rebounds; {@code null} if the user cancelled. */
	private String askReason(Shell shell, Step step) {
		String initial = step == Step.REJECT ? rejectingReasons() : ""; //$NON-NLS-1$
		InputDialog dialog = new InputDialog(shell, step.label(), Messages.Workflow_reason, initial,
				text -> text.isBlank() ? Messages.Workflow_reasonRequired : null) {
			@Override
			protected int getInputTextStyle() {
				return SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL;
			}

			@Override
			protected Control createDialogArea(Composite parent) {
				Control area = super.createDialogArea(parent);
				FieldBinder.tabMovesOn(getText());
				return area;
			}
		};
		if (dialog.open() != Window.OK) {
			return null;
		}
		return dialog.getValue().trim();
	}

	/** The reasons of the latest review that rejected the claim. */
	private String rejectingReasons() {
		SignOffReview latest = null;
		for (SignOffReview review : context.issue().getReviews()) {
			if (review.getDecision() == ReviewDecision.REJECTED && (latest == null || review.getDate() == null
					|| latest.getDate() != null && !review.getDate().isBefore(latest.getDate()))) {
				latest = review;
			}
		}
		return latest == null ? "" : Texts.of(latest.getReasons()); //$NON-NLS-1$
	}
}
