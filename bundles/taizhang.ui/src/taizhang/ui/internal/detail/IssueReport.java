package taizhang.ui.internal.detail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

import taizhang.model.Assignment;
import taizhang.model.Issue;
import taizhang.model.Measure;
import taizhang.model.ModelPackage.Literals;
import taizhang.model.RectificationPlan;
import taizhang.model.StageGoal;
import taizhang.model.StatusChange;
import taizhang.model.Warning;
import taizhang.model.labels.ModelLabels;
import taizhang.ui.internal.Labels;
import taizhang.ui.internal.Messages;

/** Writes one issue as styled text: a title, then sections of labelled fields and lists. */
final class IssueReport {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	private final StringBuilder text = new StringBuilder();
	private final List<StyleRange> styles = new ArrayList<>();
	private final Color labelColor;

	IssueReport(Display display) {
		labelColor = display.getSystemColor(SWT.COLOR_DARK_GRAY);
	}

	String text() {
		return text.toString();
	}

	StyleRange[] styles() {
		return styles.toArray(StyleRange[]::new);
	}

	void write(Issue issue) {
		title(NLS.bind(Messages.Detail_title, Labels.of(issue.getCaseNumber()), Labels.of(issue.getStatus())));
		field(Literals.ISSUE__SEQUENCE_NUMBER, String.valueOf(issue.getSequenceNumber()));
		field(Literals.ISSUE__ROUND, issue.getRound() == null ? "" : Labels.of(issue.getRound().getName())); //$NON-NLS-1$
		field(Literals.ISSUE__KIND, Labels.of(issue.getKind()));
		field(Literals.ISSUE__REGION, Labels.name(issue.getRegion()));
		field(Literals.ISSUE__CATEGORY, Labels.of(issue.getCategory()));
		field(Literals.ISSUE__RECEIVED_DATE, Labels.of(issue.getReceivedDate()));
		field(Literals.ISSUE__STATUS, Labels.of(issue.getStatus()));
		if (issue.getReboundOf() != null) {
			field(Literals.ISSUE__REBOUND_OF, Labels.of(issue.getReboundOf().getCaseNumber()));
		}
		section(Literals.ISSUE__DESCRIPTION);
		paragraph(issue.getDescription());
		if (issue.getProgressNote() != null && !issue.getProgressNote().isBlank()) {
			section(Literals.ISSUE__PROGRESS_NOTE);
			paragraph(issue.getProgressNote());
		}
		writePlan(issue.getPlan());
		writeAssignments(issue);
		writeWarnings(issue);
		writeHistory(issue);
	}

	private void writePlan(RectificationPlan plan) {
		section(Literals.ISSUE__PLAN);
		if (plan == null) {
			paragraph(Messages.Detail_noPlan);
			return;
		}
		field(Literals.RECTIFICATION_PLAN__TARGET, Labels.of(plan.getTarget()));
		String deadline = Labels.of(plan.getDeadline());
		if (plan.getDeadlineText() != null && !plan.getDeadlineText().isBlank()
				&& !plan.getDeadlineText().equals(deadline)) {
			deadline = deadline.isEmpty() ? plan.getDeadlineText() : deadline + "\uFF08" + plan.getDeadlineText() + "\uFF09"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		field(Literals.RECTIFICATION_PLAN__DEADLINE, deadline);
		field(Literals.RECTIFICATION_PLAN__TYPE, Labels.of(plan.getType()));
		if (!plan.getMeasures().isEmpty()) {
			section(Literals.RECTIFICATION_PLAN__MEASURES);
			int number = 1;
			for (Measure measure : plan.getMeasures()) {
				String state = measure.isDone() ? NLS.bind(Messages.Detail_doneOn, Labels.of(measure.getDoneDate()))
						: NLS.bind(Messages.Detail_dueOn, Labels.of(measure.getDueDate()));
				item(number++ + ". " + Labels.of(measure.getDescription()), state); //$NON-NLS-1$
			}
		}
		if (!plan.getStageGoals().isEmpty()) {
			section(Literals.RECTIFICATION_PLAN__STAGE_GOALS);
			int number = 1;
			for (StageGoal goal : plan.getStageGoals()) {
				String state = goal.isAchieved() ? NLS.bind(Messages.Detail_achievedOn, Labels.of(goal.getAchievedDate()))
						: NLS.bind(Messages.Detail_dueOn, Labels.of(goal.getDueDate()));
				item(number++ + ". " + Labels.of(goal.getDescription()), state); //$NON-NLS-1$
			}
		}
	}

	private void writeAssignments(Issue issue) {
		if (issue.getAssignments().isEmpty()) {
			return;
		}
		section(Literals.ISSUE__ASSIGNMENTS);
		for (Assignment assignment : issue.getAssignments()) {
			List<String> who = new ArrayList<>();
			who.add(Labels.name(assignment.getOrganization()));
			if (assignment.getPerson() != null) {
				String person = Labels.name(assignment.getPerson());
				String title = assignment.getPerson().getTitle();
				who.add(title == null || title.isBlank() ? person : person + "\uFF08" + title + "\uFF09"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			labelled(Labels.of(assignment.getRole()), Labels.join(who));
		}
	}

	private void writeWarnings(Issue issue) {
		if (issue.getWarnings().isEmpty()) {
			return;
		}
		section(Literals.ISSUE__WARNINGS);
		for (Warning warning : issue.getWarnings()) {
			String state = warning.isResolved() ? Messages.Detail_resolved : ""; //$NON-NLS-1$
			item(Labels.of(warning.getRaisedOn()) + "  " + Labels.of(warning.getLevel()) + "  " //$NON-NLS-1$ //$NON-NLS-2$
					+ Labels.of(warning.getReason()), state);
		}
	}

	private void writeHistory(Issue issue) {
		if (issue.getStatusChanges().isEmpty()) {
			return;
		}
		section(Literals.ISSUE__STATUS_CHANGES);
		for (StatusChange change : issue.getStatusChanges()) {
			String transition = change.getFrom() == null ? Labels.of(change.getTo())
					: Labels.of(change.getFrom()) + " \u2192 " + Labels.of(change.getTo()); //$NON-NLS-1$
			String line = timestamp(change.getAt()) + "  " + transition + "  " + Labels.of(change.getActor()); //$NON-NLS-1$ //$NON-NLS-2$
			item(line, Labels.of(change.getReason()));
		}
	}

	private static String timestamp(Instant at) {
		return at == null ? "" : TIMESTAMP.format(at); //$NON-NLS-1$
	}

	private void title(String title) {
		int start = text.length();
		text.append(title).append('\n');
		styles.add(new StyleRange(start, title.length(), null, null, SWT.BOLD));
	}

	private void section(EStructuralFeature feature) {
		text.append('\n');
		int start = text.length();
		String heading = ModelLabels.featureLabel(feature, Labels.locale());
		text.append(heading).append('\n');
		styles.add(new StyleRange(start, heading.length(), null, null, SWT.BOLD));
	}

	private void field(EStructuralFeature feature, String value) {
		labelled(ModelLabels.featureLabel(feature, Labels.locale()), value);
	}

	private void labelled(String label, String value) {
		int start = text.length();
		text.append(label).append(Messages.Detail_labelSeparator);
		styles.add(new StyleRange(start, text.length() - start, labelColor, null));
		text.append(value == null ? "" : value).append('\n'); //$NON-NLS-1$
	}

	private void item(String line, String note) {
		text.append(line);
		if (note != null && !note.isEmpty()) {
			int start = text.length();
			text.append("  ").append(note); //$NON-NLS-1$
			styles.add(new StyleRange(start, text.length() - start, labelColor, null));
		}
		text.append('\n');
	}

	private void paragraph(String content) {
		text.append(content == null ? "" : content).append('\n'); //$NON-NLS-1$
	}
}
