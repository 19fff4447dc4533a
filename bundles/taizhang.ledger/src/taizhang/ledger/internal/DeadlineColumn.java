package taizhang.ledger.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import taizhang.core.issues.IssueFacts;
import taizhang.core.time.DeadlineFormatException;
import taizhang.core.time.DeadlineParser;
import taizhang.core.time.ParsedDeadline;
import taizhang.ledger.ColumnType;
import taizhang.ledger.LedgerColumns;
import taizhang.model.Issue;
import taizhang.model.ModelPackage;
import taizhang.model.RectificationPlan;
import taizhang.model.RectificationType;

/**
 * 整改时限: the plan's deadline in any spelling {@link DeadlineParser} reads. The spelling is kept as
 * the office wrote it (an Excel serial is shown and stored as the date it stands for); 立行立改 and 长期坚持 set the
 * plan's type, a dated spelling makes an immediate plan time-limited and leaves a long-term one
 * long-term (its deadline is the first stage's).
 */
final class DeadlineColumn extends Column {

	private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(?:\\.\\d+)?"); //$NON-NLS-1$

	DeadlineColumn() {
		super(LedgerColumns.DEADLINE, Messages.Column_deadline, ColumnType.DEADLINE, 110, true);
	}

	@Override
	public Object value(Issue issue) {
		return IssueFacts.deadline(issue);
	}

	@Override
	public String text(Issue issue) {
		RectificationPlan plan = issue.getPlan();
		if (plan == null) {
			return ""; //$NON-NLS-1$
		}
		String text = plan.getDeadlineText();
		// an Excel serial that lost its date format on import reads better as the date it stands for
		boolean spelled = text != null && !text.isBlank() && !(SERIAL.matcher(text.strip()).matches() && plan.getDeadline() != null);
		return spelled ? text : Cells.text(plan.getDeadline());
	}

	@Override
	protected Object read(Directory directory, Issue issue, String text) {
		ParsedDeadline parsed;
		try {
			parsed = DeadlineParser.parse(text);
		} catch (DeadlineFormatException e) {
			throw new Refused(e.getMessage(Locale.getDefault()));
		}
		String spelling = SERIAL.matcher(Cells.clean(text)).matches() ? parsed.date().toString() : text;
		return new Deadline(spelling, parsed.date(), parsed.type());
	}

	/** The day of a deadline value ({@link Deadline} or {@link LocalDate}), or {@code null}. */
	static LocalDate date(Object value) {
		return value instanceof Deadline d ? d.date() : (LocalDate) value;
	}

	@Override
	public String check(Directory directory, Issue issue, Object value, Map<String, Object> row) {
		LocalDate received = row.containsKey(LedgerColumns.RECEIVED) ? (LocalDate) row.get(LedgerColumns.RECEIVED)
				: issue.getReceivedDate();
		LocalDate deadline = date(value);
		if (received != null && deadline != null && deadline.isBefore(received)) {
			return NLS.bind(Messages.Error_deadlineBeforeReceived, deadline, received);
		}
		return null;
	}

	@Override
	protected Command command(EditingDomain domain, Issue issue, Object value) {
		Deadline deadline = value instanceof LocalDate day ? new Deadline(day.toString(), day, RectificationType.TIME_LIMITED)
				: (Deadline) value;
		// the type is decided when the command runs: a type pasted in the same row may have been set just before
		return new DeferredCommand(Messages.Command_edit, () -> {
			Map<EStructuralFeature, Object> values = new LinkedHashMap<>();
			values.put(ModelPackage.Literals.RECTIFICATION_PLAN__DEADLINE, deadline == null ? null : deadline.date());
			values.put(ModelPackage.Literals.RECTIFICATION_PLAN__DEADLINE_TEXT, deadline == null ? null : deadline.text());
			if (deadline != null) {
				RectificationPlan plan = issue.getPlan();
				boolean keepsLongTerm = deadline.type() == RectificationType.TIME_LIMITED && plan != null
						&& plan.getType() == RectificationType.LONG_TERM;
				if (!keepsLongTerm) {
					values.put(ModelPackage.Literals.RECTIFICATION_PLAN__TYPE, deadline.type());
				}
			}
			return ModelEdits.setPlan(domain, issue, values);
		});
	}
}
