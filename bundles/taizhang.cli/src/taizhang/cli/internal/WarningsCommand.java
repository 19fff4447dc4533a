package taizhang.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import taizhang.core.issues.IssueFacts;
import taizhang.core.stats.Figures;
import taizhang.core.stats.LedgerStatistics;
import taizhang.core.stats.WarnedIssue;
import taizhang.core.time.Lag;
import taizhang.model.Ledger;
import taizhang.model.Organization;
import taizhang.model.labels.EnumLabels;

/**
 * {@code taizhang warnings FILE [--as-of DATE] [--json]}: every issue that deserves a warning on the
 * day (RED overdue, YELLOW lagging, BLUE deadline near; {@code doc/rules.md} §6) with its lead unit,
 * deadline and reason, RED first, and the totals per level. It reads the ledger and changes nothing.
 */
public final class WarningsCommand extends LedgerReportCommand<LedgerStatistics> {

	public WarningsCommand() {
		super("warnings"); //$NON-NLS-1$
	}

	@Override
	protected LedgerStatistics compute(CommandContext context, Ledger ledger, LocalDate asOf) {
		// No grouping needed: the totals of the whole ledger and the list of warned issues.
		return LedgerStatistics.compute(ledger, asOf, List.of());
	}

	@Override
	protected void print(PrintStream out, Path file, Ledger ledger, LedgerStatistics stats, Messages messages) {
		Figures total = stats.total();
		LedgerTexts.printHeader(out, file, ledger, stats.asOf(), messages);
		out.println(messages.get("warnings.total", String.valueOf(total.warnings()), String.valueOf(total.red()), //$NON-NLS-1$
				String.valueOf(total.yellow()), String.valueOf(total.blue()), String.valueOf(total.total())));
		List<WarnedIssue> warned = stats.warnedIssues();
		if (warned.isEmpty()) {
			return;
		}
		out.println();
		TextTable table = new TextTable(TextTable.Align.LEFT, TextTable.Align.LEFT, TextTable.Align.LEFT,
				TextTable.Align.LEFT, TextTable.Align.LEFT);
		table.header(messages.get("warnings.column.level"), messages.get("warnings.column.case"), //$NON-NLS-1$ //$NON-NLS-2$
				messages.get("stats.column.leadUnit"), messages.get("warnings.column.deadline"), //$NON-NLS-1$ //$NON-NLS-2$
				messages.get("warnings.column.reason")); //$NON-NLS-1$
		for (WarnedIssue warning : warned) {
			table.row(EnumLabels.label(warning.level(), messages.locale()),
					LedgerTexts.caseNumber(warning.issue(), messages),
					LedgerTexts.unitName(IssueFacts.leadUnit(warning.issue()), messages), deadline(warning),
					reason(warning, messages));
		}
		table.print(out);
	}

	@Override
	protected String json(Path file, Ledger ledger, LedgerStatistics stats, Messages messages) {
		Figures total = stats.total();
		JsonWriter json = LedgerTexts.jsonHeader(file, ledger, stats.asOf());
		json.name("totals").beginObject(); //$NON-NLS-1$
		json.name("issues").value(total.total()); //$NON-NLS-1$
		json.name("warned").value(total.warnings()); //$NON-NLS-1$
		json.name("red").value(total.red()); //$NON-NLS-1$
		json.name("yellow").value(total.yellow()); //$NON-NLS-1$
		json.name("blue").value(total.blue()); //$NON-NLS-1$
		json.endObject();
		json.name("warnings").beginArray(); //$NON-NLS-1$
		for (WarnedIssue warning : stats.warnedIssues()) {
			Organization unit = IssueFacts.leadUnit(warning.issue());
			json.beginObject();
			json.name("level").value(warning.level().getName()); //$NON-NLS-1$
			json.name("caseNumber").value(warning.issue().getCaseNumber()); //$NON-NLS-1$
			json.name("sequenceNumber").value(warning.issue().getSequenceNumber()); //$NON-NLS-1$
			json.name("leadUnit").value(unit == null ? null : unit.getId()); //$NON-NLS-1$
			json.name("leadUnitName").value(unit == null ? null : unit.getName()); //$NON-NLS-1$
			json.name("deadline").value(warning.deadline() == null ? null : warning.deadline().toString()); //$NON-NLS-1$
			json.name("reason").value(reasonKey(warning)); //$NON-NLS-1$
			json.name("days").value(warning.days()); //$NON-NLS-1$
			json.name("reasonText").value(reason(warning, messages)); //$NON-NLS-1$
			json.endObject();
		}
		json.endArray();
		return json.endObject().toString();
	}

	private static String deadline(WarnedIssue warning) {
		return warning.deadline() == null ? "–" : warning.deadline().toString(); //$NON-NLS-1$
	}

	/** A stable key of the reason: OVERDUE, DUE_SOON, or the kind of lag (MEASURE_DUE …). */
	private static String reasonKey(WarnedIssue warning) {
		return switch (warning.level()) {
			case RED -> "OVERDUE"; //$NON-NLS-1$
			case BLUE -> "DUE_SOON"; //$NON-NLS-1$
			case YELLOW -> warning.lag().name();
		};
	}

	static String reason(WarnedIssue warning, Messages messages) {
		return switch (warning.level()) {
			case RED -> messages.get("warnings.reason.overdue", String.valueOf(warning.days())); //$NON-NLS-1$
			case BLUE -> warning.days() == 0 ? messages.get("warnings.reason.dueToday") //$NON-NLS-1$
					: messages.get("warnings.reason.dueSoon", String.valueOf(warning.days())); //$NON-NLS-1$
			case YELLOW -> warning.lag() == Lag.NONE ? "" : warning.lag().label(messages.locale()); //$NON-NLS-1$
		};
	}
}
