package taizhang.ui.internal.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import taizhang.core.issues.IssueFacts;
import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.Issue;
import taizhang.model.Measure;
import taizhang.model.Organization;
import taizhang.model.RectificationPlan;
import taizhang.ui.internal.Labels;
import taizhang.ui.internal.Messages;

/**
 * The columns of a rectification ledger (整改台账), in the order offices print them. Each computes its
 * cell from the issue when the table paints it.
 */
public enum IssueColumn {

	SEQUENCE(() -> Messages.Column_sequence, 56, true, Issue::getSequenceNumber),
	ROUND(() -> Messages.Column_round, 200, false, issue -> issue.getRound() == null ? "" : Labels.of(issue.getRound().getName())), //$NON-NLS-1$
	CASE_NUMBER(() -> Messages.Column_caseNumber, 130, false, issue -> Labels.of(issue.getCaseNumber())),
	COUNTY(() -> Messages.Column_county, 100, true, issue -> Labels.shortName(IssueFacts.county(issue))),
	CATEGORY(() -> Messages.Column_category, 116, true, issue -> Labels.of(issue.getCategory())),
	DESCRIPTION(() -> Messages.Column_description, 320, false, issue -> Labels.abbreviate(issue.getDescription(), 200)),
	TARGET(() -> Messages.Column_target, 240, false, issue -> issue.getPlan() == null ? "" : Labels.abbreviate(issue.getPlan().getTarget(), 200)), //$NON-NLS-1$
	MEASURES(() -> Messages.Column_measures, 280, false, IssueColumn::measures),
	LEADER(() -> Messages.Column_leader, 90, true, issue -> people(issue, AssignmentRole.LEADER_IN_CHARGE)),
	LEAD_UNIT(() -> Messages.Column_leadUnit, 130, false, issue -> Labels.name(IssueFacts.leadUnit(issue))),
	COOPERATING_UNITS(() -> Messages.Column_cooperatingUnits, 180, false, IssueColumn::cooperatingUnits),
	RESPONSIBLE_PERSON(() -> Messages.Column_responsiblePerson, 80, true, issue -> Labels.name(IssueFacts.responsiblePerson(issue))),
	RECEIVED(() -> Messages.Column_received, 96, true, issue -> Labels.of(issue.getReceivedDate())),
	DEADLINE(() -> Messages.Column_deadline, 110, true, IssueColumn::deadline),
	TYPE(() -> Messages.Column_type, 80, true, issue -> issue.getPlan() == null ? "" : Labels.of(issue.getPlan().getType())), //$NON-NLS-1$
	PROGRESS(() -> Messages.Column_progress, 240, false, issue -> Labels.abbreviate(issue.getProgressNote(), 200)),
	STATUS(() -> Messages.Column_status, 96, true, issue -> Labels.of(issue.getStatus()));

	private final Supplier<String> header;
	private final int width;
	private final boolean centered;
	private final Function<Issue, Object> value;

	IssueColumn(Supplier<String> header, int width, boolean centered, Function<Issue, Object> value) {
		this.header = header;
		this.width = width;
		this.centered = centered;
		this.value = value;
	}

	/** The column's title in the user's language. */
	public String header() {
		return header.get();
	}

	/** The initial width in pixels (at 100% zoom). */
	public int width() {
		return width;
	}

	/** Short values (dates, states, names) are centred; texts start on the left. */
	public boolean centered() {
		return centered;
	}

	public Object value(Issue issue) {
		return value.apply(issue);
	}

	private static String measures(Issue issue) {
		RectificationPlan plan = issue.getPlan();
		if (plan == null || plan.getMeasures().isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		// Numbered as in printed ledgers: 1.…；2.…
		StringBuilder text = new StringBuilder();
		int number = 1;
		for (Measure measure : plan.getMeasures()) {
			if (text.length() > 0) {
				text.append('\uFF1B');
			}
			text.append(number++).append('.').append(Labels.of(measure.getDescription()));
			if (text.length() > 200) {
				break;
			}
		}
		return Labels.abbreviate(text.toString(), 200);
	}

	private static String people(Issue issue, AssignmentRole role) {
		List<String> names = new ArrayList<>();
		for (Assignment assignment : issue.getAssignments()) {
			if (assignment.getRole() == role && assignment.getPerson() != null) {
				names.add(Labels.name(assignment.getPerson()));
			}
		}
		return Labels.join(names);
	}

	private static String cooperatingUnits(Issue issue) {
		List<String> names = new ArrayList<>();
		for (Organization unit : IssueFacts.cooperatingUnits(issue)) {
			names.add(Labels.name(unit));
		}
		return Labels.join(names);
	}

	private static String deadline(Issue issue) {
		RectificationPlan plan = issue.getPlan();
		if (plan == null) {
			return ""; //$NON-NLS-1$
		}
		// The spelling as entered (立行立改, 2020年下半年 …) is what the office wrote; else the date.
		String text = plan.getDeadlineText();
		return text != null && !text.isBlank() ? text : Labels.of(plan.getDeadline());
	}
}
