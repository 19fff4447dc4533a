package taizhang.issue.ui.internal.sections;

import java.time.LocalDate;
import java.util.function.Function;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import taizhang.core.time.ParsedDeadline;
import taizhang.issue.ui.internal.Messages;
import taizhang.issue.ui.internal.Texts;
import taizhang.issue.ui.internal.binding.FieldBinder;
import taizhang.issue.ui.internal.binding.Parsers;
import taizhang.model.Issue;
import taizhang.model.ModelPackage.Literals;
import taizhang.model.RectificationPlan;
import taizhang.model.RectificationType;

/**
 * The rectification plan (整改方案): target, deadline and type. An issue without a plan gets one with
 * its first plan edit, in the same command.
 */
public final class PlanSection {

	private final Issue issue;
	private final Text target;
	private final Text deadline;
	private final Label parsedDeadline;

	public PlanSection(EditorForm form) {
		this.issue = form.issue();
		FieldBinder fields = form.fields();
		Composite client = form.section(Messages.Section_plan, false, 2);

		fields.label(client, Texts.label(Literals.RECTIFICATION_PLAN__TARGET));
		target = fields.multiText(client, 3);
		fields.bind(target, form.<Issue, String>computed(String.class,
				owner -> owner.getPlan() == null ? null : owner.getPlan().getTarget(),
				(domain, owner, text) -> EditorForm.withPlan(domain, owner,
						plan -> EditorForm.setAll(domain, plan, Literals.RECTIFICATION_PLAN__TARGET, text)))
				.observe(issue), Function.identity(), Texts::of, null);

		fields.label(client, Texts.label(Literals.RECTIFICATION_PLAN__DEADLINE));
		deadline = fields.text(client);
		deadline.setMessage(Messages.Plan_deadlineHint);
		fields.bind(deadline, form.<Issue, String>computed(String.class, PlanSection::deadlineText,
				(domain, owner, text) -> EditorForm.withPlan(domain, owner, plan -> {
					CompoundCommand command = EditorForm.setAll(domain, plan,
							Literals.RECTIFICATION_PLAN__DEADLINE_TEXT, text);
					ParsedDeadline parsed = text == null ? null : Parsers.deadline(text);
					command.append(EditorForm.setAll(domain, plan, Literals.RECTIFICATION_PLAN__DEADLINE,
							parsed == null ? null : parsed.date()));
					if (parsed != null) {
						command.append(EditorForm.setAll(domain, plan, Literals.RECTIFICATION_PLAN__TYPE, type(parsed, plan)));
					}
					return command;
				})).observe(issue), text -> {
					if (text.isBlank()) {
						return null;
					}
					Parsers.deadline(text);
					return text.trim();
				}, Texts::of, this::deadlineBeforeReceived);

		form.toolkit().createLabel(client, ""); //$NON-NLS-1$
		parsedDeadline = form.toolkit().createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		parsedDeadline.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		deadline.addListener(SWT.Modify, event -> showParsed());
		showParsed();

		fields.label(client, Texts.label(Literals.RECTIFICATION_PLAN__TYPE));
		ComboViewer type = fields.combo(client, RectificationType.VALUES, Texts::of);
		fields.bind(type, form.<Issue, RectificationType>computed(RectificationType.class,
				owner -> owner.getPlan() == null ? null : owner.getPlan().getType(),
				(domain, owner, value) -> EditorForm.withPlan(domain, owner,
						plan -> EditorForm.setAll(domain, plan, Literals.RECTIFICATION_PLAN__TYPE, value)))
				.observe(issue));
		// The type the spelling gives depends on the plan's type (see type(..)).
		type.addSelectionChangedListener(event -> showParsed());
	}

	public Text target() {
		return target;
	}

	public Text deadline() {
		return deadline;
	}

	/** What the deadline as typed means (or why it means nothing). */
	public Label parsedDeadline() {
		return parsedDeadline;
	}

	/**
	 * The type a deadline spelling gives the plan: 立行立改 and 长期坚持 say it; a plain day makes the
	 * plan time-limited, except a long-term one, whose deadline is that of its first stage.
	 */
	static RectificationType type(ParsedDeadline parsed, RectificationPlan plan) {
		if (parsed.type() == RectificationType.TIME_LIMITED && plan != null
				&& plan.getType() == RectificationType.LONG_TERM) {
			return RectificationType.LONG_TERM;
		}
		return parsed.type();
	}

	/** The deadline as entered; a plan with only a date shows the date. */
	private static String deadlineText(Issue owner) {
		RectificationPlan plan = owner.getPlan();
		if (plan == null) {
			return null;
		}
		String text = plan.getDeadlineText();
		return text == null || text.isBlank() ? (plan.getDeadline() == null ? null : plan.getDeadline().toString()) : text;
	}

	private String deadlineBeforeReceived(String text) {
		LocalDate received = issue.getReceivedDate();
		LocalDate date = text == null ? null : Parsers.deadline(text).date();
		if (date != null && received != null && date.isBefore(received)) {
			return NLS.bind(Messages.Check_deadlineBeforeReceived, date, received);
		}
		return null;
	}

	private void showParsed() {
		String text = deadline.getText();
		String shown;
		if (text.isBlank()) {
			shown = ""; //$NON-NLS-1$
		} else {
			try {
				ParsedDeadline parsed = Parsers.deadline(text);
				String type = Texts.of(type(parsed, issue.getPlan()));
				shown = parsed.hasDate() ? NLS.bind(Messages.Plan_parsedDate, parsed.date(), type)
						: NLS.bind(Messages.Plan_parsedNoDate, type);
			} catch (IllegalArgumentException e) {
				shown = e.getMessage();
			}
		}
		parsedDeadline.setText(shown);
		parsedDeadline.getParent().layout(new Control[] { parsedDeadline });
	}
}
