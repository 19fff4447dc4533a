package taizhang.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;

import taizhang.core.LedgerSession;
import taizhang.core.LedgerStoreException;
import taizhang.core.periods.ClosePeriodCommand;
import taizhang.core.periods.IssueChange;
import taizhang.core.periods.PeriodDiff;
import taizhang.core.periods.ReportingPeriods;
import taizhang.core.periods.StatusMove;
import taizhang.core.periods.Submission;
import taizhang.core.periods.SubmissionStatus;
import taizhang.core.periods.Submissions;
import taizhang.core.periods.UnitChanges;
import taizhang.model.Ledger;
import taizhang.model.PeriodEntry;
import taizhang.model.ReportingPeriod;
import taizhang.model.labels.EnumLabels;

/**
 * {@code taizhang period close|diff|submissions …}: monthly reporting periods.
 * <ul>
 * <li>{@code close FILE YYYY-MM [--by NAME]} freezes the month's snapshot through the session's command
 * stack, so it is written to the file like any edit; a month already closed is refused.</li>
 * <li>{@code diff FILE YYYY-MM YYYY-MM [--json]} compares two closed months by lead unit (read-only).</li>
 * <li>{@code submissions FILE YYYY-MM [--json]} lists which units reported on time, late or not at all
 * (read-only; the month need not be closed).</li>
 * </ul>
 */
public final class PeriodCommand extends CliCommand {

	private static final String CLOSE = "close"; //$NON-NLS-1$
	private static final String DIFF = "diff"; //$NON-NLS-1$
	private static final String SUBMISSIONS = "submissions"; //$NON-NLS-1$

	public PeriodCommand() {
		super("period", //$NON-NLS-1$
				Option.value("by", "NAME", "period.option.by"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				JSON);
	}

	@Override
	protected int execute(CommandContext context, Arguments args) throws CliException {
		Messages messages = context.messages();
		List<String> positionals = args.positionals();
		if (positionals.isEmpty()) {
			throw CliException.usage(messages.get("error.missingArgument", messages.get("arg.SUBCOMMAND"))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String subcommand = positionals.get(0);
		switch (subcommand) {
		case CLOSE:
			args.expectPositionals("SUBCOMMAND", "FILE", "YYYY-MM"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return close(context, args);
		case DIFF:
			args.expectPositionals("SUBCOMMAND", "FILE", "YYYY-MM", "YYYY-MM"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			return diff(context, args);
		case SUBMISSIONS:
			args.expectPositionals("SUBCOMMAND", "FILE", "YYYY-MM"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return submissions(context, args);
		default:
			throw CliException.usage(messages.get("period.unknownSubcommand", subcommand)); //$NON-NLS-1$
		}
	}

	private static YearMonth month(CommandContext context, String text) throws CliException {
		try {
			return ReportingPeriods.parseMonth(text, context.messages().locale());
		} catch (IllegalArgumentException e) {
			throw CliException.usage(e.getMessage());
		}
	}

	// --- close

	private static int close(CommandContext context, Arguments args) throws CliException {
		Messages messages = context.messages();
		Path file = existingFile(context, args.positional(1));
		YearMonth month = month(context, args.positional(2));
		String closedBy = args.has("by") ? args.value("by") : System.getProperty("user.name"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		LedgerSession session;
		try {
			session = context.store().open(file, false);
		} catch (LedgerStoreException e) {
			throw storeError(e);
		}
		try (session) {
			if (session.isReadOnly()) {
				throw CliException.file(messages.get("period.readOnly", file), null); //$NON-NLS-1$
			}
			session.setActor(closedBy);
			Ledger ledger = session.ledger();
			ClosePeriodCommand command = new ClosePeriodCommand(session.editingDomain(), ledger, month, LocalDate.now(),
					closedBy);
			Optional<String> refusal = command.refusal(messages.locale());
			if (refusal.isPresent()) {
				throw CliException.file(messages.get("period.refused", file, refusal.get()), null); //$NON-NLS-1$
			}
			session.editingDomain().getCommandStack().execute(command);
			ReportingPeriod period = command.period();
			int done = 0;
			int overdue = 0;
			int lagging = 0;
			for (PeriodEntry entry : period.getEntries()) {
				done += entry.isDone() ? 1 : 0;
				overdue += entry.isOverdue() ? 1 : 0;
				lagging += entry.isLagging() ? 1 : 0;
			}
			PrintStream out = context.out();
			out.println(messages.get("stats.ledger", LedgerTexts.nonNull(ledger.getName()), file)); //$NON-NLS-1$
			out.println(messages.get("period.closed", period.getMonth(), String.valueOf(period.getCutoff()), //$NON-NLS-1$
					String.valueOf(period.getEntries().size()), String.valueOf(done), String.valueOf(overdue),
					String.valueOf(lagging)));
			out.println(messages.get("period.closedBy", LedgerTexts.nonNull(period.getClosedBy()), //$NON-NLS-1$
					String.valueOf(period.getClosedOn())));
		}
		return ExitCodes.OK;
	}

	// --- diff

	private static int diff(CommandContext context, Arguments args) throws CliException {
		Messages messages = context.messages();
		Path file = existingFile(context, args.positional(1));
		YearMonth fromMonth = month(context, args.positional(2));
		YearMonth toMonth = month(context, args.positional(3));
		try (LedgerSession session = openReadOnly(context, file)) {
			Ledger ledger = session.ledger();
			PeriodDiff diff = PeriodDiff.between(closed(context, file, ledger, fromMonth),
					closed(context, file, ledger, toMonth));
			if (args.has("json")) { //$NON-NLS-1$
				context.out().println(diffJson(file, ledger, diff));
			} else {
				printDiff(context.out(), file, ledger, diff, messages);
			}
		}
		return ExitCodes.OK;
	}

	/** The closed period of {@code month}; an error listing the closed months when there is none. */
	private static ReportingPeriod closed(CommandContext context, Path file, Ledger ledger, YearMonth month)
			throws CliException {
		Optional<ReportingPeriod> period = ReportingPeriods.find(ledger, month);
		if (period.isEmpty()) {
			Messages messages = context.messages();
			String closed = ledger.getPeriods().stream().map(ReportingPeriod::getMonth).sorted()
					.collect(Collectors.joining(", ")); //$NON-NLS-1$
			throw CliException.file(messages.get("period.notClosed", month.toString(), file, //$NON-NLS-1$
					closed.isEmpty() ? messages.get("period.noneClosed") : closed), null); //$NON-NLS-1$
		}
		return period.get();
	}

	private static void printDiff(PrintStream out, Path file, Ledger ledger, PeriodDiff diff, Messages messages) {
		out.println(messages.get("stats.ledger", LedgerTexts.nonNull(ledger.getName()), file)); //$NON-NLS-1$
		out.println(messages.get("period.diff", diff.from().getMonth(), String.valueOf(diff.from().getCutoff()), //$NON-NLS-1$
				diff.to().getMonth(), String.valueOf(diff.to().getCutoff()), String.valueOf(diff.changes().size())));
		UnitChanges total = diff.total();
		out.println(messages.get("period.total", String.valueOf(total.newlyDone()), //$NON-NLS-1$
				String.valueOf(total.newlyOverdue()), String.valueOf(total.newRejections())));
		if (diff.changes().isEmpty()) {
			return;
		}
		out.println();
		TextTable units = new TextTable(TextTable.Align.LEFT, TextTable.Align.RIGHT, TextTable.Align.RIGHT,
				TextTable.Align.RIGHT, TextTable.Align.LEFT);
		units.header(messages.get("period.column.unit"), messages.get("period.column.newlyDone"), //$NON-NLS-1$ //$NON-NLS-2$
				messages.get("period.column.newlyOverdue"), messages.get("period.column.newRejections"), //$NON-NLS-1$ //$NON-NLS-2$
				messages.get("period.column.moves")); //$NON-NLS-1$
		for (UnitChanges unit : diff.units()) {
			units.row(LedgerTexts.unitName(unit.unit(), messages), String.valueOf(unit.newlyDone()),
					String.valueOf(unit.newlyOverdue()), String.valueOf(unit.newRejections()), moves(unit, messages));
		}
		units.print(out);
		out.println();
		out.println(messages.get("period.changedIssues")); //$NON-NLS-1$
		TextTable issues = new TextTable(TextTable.Align.LEFT, TextTable.Align.LEFT, TextTable.Align.LEFT,
				TextTable.Align.LEFT);
		issues.header(messages.get("period.column.case"), messages.get("period.column.unit"), //$NON-NLS-1$ //$NON-NLS-2$
				messages.get("period.column.status"), messages.get("period.column.schedule")); //$NON-NLS-1$ //$NON-NLS-2$
		for (IssueChange change : diff.changes()) {
			PeriodEntry before = change.before();
			issues.row(LedgerTexts.caseNumber(change.issue(), messages), LedgerTexts.unitName(change.leadUnit(), messages),
					arrow(before == null ? null : label(before.getStatus(), messages), label(change.after().getStatus(), messages), messages),
					arrow(before == null ? null : schedule(before, messages), schedule(change.after(), messages), messages));
		}
		issues.print(out);
	}

	private static String moves(UnitChanges unit, Messages messages) {
		return unit.moves().entrySet().stream()
				.map(move -> messages.get("period.move", //$NON-NLS-1$
						arrow(move.getKey().from() == null ? null : label(move.getKey().from(), messages),
								label(move.getKey().to(), messages), messages),
						String.valueOf(move.getValue())))
				.collect(Collectors.joining(messages.get("escalate.separator"))); //$NON-NLS-1$
	}

	/** "before → after", with "(new)" for nothing before; just "after" when nothing changed. */
	private static String arrow(String before, String after, Messages messages) {
		if (after.equals(before)) {
			return after;
		}
		return messages.get("period.arrow", before == null ? messages.get("period.new") : before, after); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String schedule(PeriodEntry entry, Messages messages) {
		String key = entry.isOverdue() ? "period.overdue" //$NON-NLS-1$
				: entry.isLagging() ? "period.lagging" : entry.isDone() ? "period.done" : "period.onSchedule"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return messages.get(key);
	}

	private static String label(Enumerator literal, Messages messages) {
		return literal == null ? "" : EnumLabels.label(literal, messages.locale()); //$NON-NLS-1$
	}

	static String diffJson(Path file, Ledger ledger, PeriodDiff diff) {
		JsonWriter json = new JsonWriter().beginObject();
		json.name("file").value(file.toString()); //$NON-NLS-1$
		json.name("ledger").value(ledger.getName()); //$NON-NLS-1$
		json.name("from"); //$NON-NLS-1$
		period(json, diff.from());
		json.name("to"); //$NON-NLS-1$
		period(json, diff.to());
		json.name("total"); //$NON-NLS-1$
		unitChanges(json, diff.total());
		json.name("units").beginArray(); //$NON-NLS-1$
		for (UnitChanges unit : diff.units()) {
			unitChanges(json, unit);
		}
		json.endArray();
		json.name("issues").beginArray(); //$NON-NLS-1$
		for (IssueChange change : diff.changes()) {
			PeriodEntry before = change.before();
			PeriodEntry after = change.after();
			json.beginObject();
			json.name("issue").value(change.issue().getId()); //$NON-NLS-1$
			json.name("caseNumber").value(change.issue().getCaseNumber()); //$NON-NLS-1$
			json.name("unit").value(change.leadUnit() == null ? null : change.leadUnit().getId()); //$NON-NLS-1$
			json.name("before"); //$NON-NLS-1$
			if (before == null) {
				json.value((String) null);
			} else {
				entry(json, before);
			}
			json.name("after"); //$NON-NLS-1$
			entry(json, after);
			json.name("newlyDone").value(change.newlyDone()); //$NON-NLS-1$
			json.name("newlyOverdue").value(change.newlyOverdue()); //$NON-NLS-1$
			json.name("newRejections").value(change.newRejections()); //$NON-NLS-1$
			json.endObject();
		}
		json.endArray();
		return json.endObject().toString();
	}

	private static void period(JsonWriter json, ReportingPeriod period) {
		json.beginObject();
		json.name("month").value(period.getMonth()); //$NON-NLS-1$
		json.name("cutoff").value(String.valueOf(period.getCutoff())); //$NON-NLS-1$
		json.name("closedOn").value(period.getClosedOn() == null ? null : period.getClosedOn().toString()); //$NON-NLS-1$
		json.name("closedBy").value(period.getClosedBy()); //$NON-NLS-1$
		json.name("issues").value(period.getEntries().size()); //$NON-NLS-1$
		json.endObject();
	}

	private static void unitChanges(JsonWriter json, UnitChanges changes) {
		json.beginObject();
		if (changes.unit() != null) {
			json.name("unit").value(changes.unit().getId()); //$NON-NLS-1$
			json.name("unitName").value(changes.unit().getName()); //$NON-NLS-1$
		}
		json.name("newlyDone").value(changes.newlyDone()); //$NON-NLS-1$
		json.name("newlyOverdue").value(changes.newlyOverdue()); //$NON-NLS-1$
		json.name("newRejections").value(changes.newRejections()); //$NON-NLS-1$
		json.name("moves").beginArray(); //$NON-NLS-1$
		for (Map.Entry<StatusMove, Integer> move : changes.moves().entrySet()) {
			json.beginObject();
			json.name("from").value(move.getKey().from() == null ? null : move.getKey().from().getLiteral()); //$NON-NLS-1$
			json.name("to").value(move.getKey().to().getLiteral()); //$NON-NLS-1$
			json.name("count").value(move.getValue()); //$NON-NLS-1$
			json.endObject();
		}
		json.endArray();
		json.endObject();
	}

	private static void entry(JsonWriter json, PeriodEntry entry) {
		json.beginObject();
		json.name("status").value(entry.getStatus() == null ? null : entry.getStatus().getLiteral()); //$NON-NLS-1$
		json.name("done").value(entry.isDone()); //$NON-NLS-1$
		json.name("overdue").value(entry.isOverdue()); //$NON-NLS-1$
		json.name("lagging").value(entry.isLagging()); //$NON-NLS-1$
		json.name("warning").value(entry.isSetWarning() ? entry.getWarning().getLiteral() : null); //$NON-NLS-1$
		json.name("rejections").value(entry.getRejections()); //$NON-NLS-1$
		json.endObject();
	}

	// --- submissions

	private static int submissions(CommandContext context, Arguments args) throws CliException {
		Messages messages = context.messages();
		Path file = existingFile(context, args.positional(1));
		YearMonth month = month(context, args.positional(2));
		try (LedgerSession session = openReadOnly(context, file)) {
			Ledger ledger = session.ledger();
			Submissions submissions = Submissions.of(ledger, month);
			if (args.has("json")) { //$NON-NLS-1$
				context.out().println(submissionsJson(file, ledger, submissions));
			} else {
				printSubmissions(context.out(), file, ledger, submissions, messages);
			}
		}
		return ExitCodes.OK;
	}

	private static void printSubmissions(PrintStream out, Path file, Ledger ledger, Submissions submissions,
			Messages messages) {
		out.println(messages.get("stats.ledger", LedgerTexts.nonNull(ledger.getName()), file)); //$NON-NLS-1$
		out.println(messages.get("period.due", submissions.month().toString(), submissions.cutoff().toString())); //$NON-NLS-1$
		Map<SubmissionStatus, Integer> counts = submissions.counts();
		out.println(messages.get("period.submissionCounts", String.valueOf(submissions.submissions().size()), //$NON-NLS-1$
				String.valueOf(counts.get(SubmissionStatus.ON_TIME)), String.valueOf(counts.get(SubmissionStatus.LATE)),
				String.valueOf(counts.get(SubmissionStatus.MISSING))));
		if (submissions.submissions().isEmpty()) {
			return;
		}
		out.println();
		TextTable table = new TextTable(TextTable.Align.LEFT, TextTable.Align.RIGHT, TextTable.Align.LEFT,
				TextTable.Align.LEFT);
		table.header(messages.get("period.column.unit"), messages.get("period.column.openIssues"), //$NON-NLS-1$ //$NON-NLS-2$
				messages.get("period.column.submission"), messages.get("period.column.submittedOn")); //$NON-NLS-1$ //$NON-NLS-2$
		for (Submission submission : submissions.submissions()) {
			table.row(LedgerTexts.unitName(submission.unit(), messages), String.valueOf(submission.openIssues()),
					submission.status().label(messages.locale()),
					submission.submittedOn() == null ? "" : submission.submittedOn().toString()); //$NON-NLS-1$
		}
		table.print(out);
	}

	static String submissionsJson(Path file, Ledger ledger, Submissions submissions) {
		JsonWriter json = new JsonWriter().beginObject();
		json.name("file").value(file.toString()); //$NON-NLS-1$
		json.name("ledger").value(ledger.getName()); //$NON-NLS-1$
		json.name("month").value(submissions.month().toString()); //$NON-NLS-1$
		json.name("cutoff").value(submissions.cutoff().toString()); //$NON-NLS-1$
		json.name("counts").beginObject(); //$NON-NLS-1$
		submissions.counts().forEach((status, count) -> json.name(status.name()).value(count));
		json.endObject();
		json.name("units").beginArray(); //$NON-NLS-1$
		for (Submission submission : submissions.submissions()) {
			json.beginObject();
			json.name("unit").value(submission.unit().getId()); //$NON-NLS-1$
			json.name("unitName").value(submission.unit().getName()); //$NON-NLS-1$
			json.name("openIssues").value(submission.openIssues()); //$NON-NLS-1$
			json.name("status").value(submission.status().name()); //$NON-NLS-1$
			json.name("submittedOn").value(submission.submittedOn() == null ? null //$NON-NLS-1$
					: submission.submittedOn().toString());
			json.endObject();
		}
		json.endArray();
		return json.endObject().toString();
	}
}
