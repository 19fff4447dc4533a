package taizhang.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

import taizhang.core.stats.Dimension;
import taizhang.core.stats.Figures;
import taizhang.core.stats.Group;
import taizhang.core.stats.LedgerStatistics;
import taizhang.core.stats.Rank;
import taizhang.model.Ledger;
import taizhang.model.Organization;
import taizhang.model.labels.EnumLabels;

/**
 * {@code taizhang stats FILE [--as-of DATE] [--json]}: for the whole ledger and by round kind, issue
 * kind, category, county and lead unit, the figures of {@link LedgerStatistics} (total, done, signed
 * off, on schedule, lagging, overdue, warnings, rejected claims), and the ranking of lead units.
 */
public final class StatsCommand extends LedgerReportCommand<LedgerStatistics> {

	public StatsCommand() {
		super("stats"); //$NON-NLS-1$
	}

	@Override
	protected LedgerStatistics compute(CommandContext context, Ledger ledger, LocalDate asOf) {
		return LedgerStatistics.compute(ledger, asOf);
	}

	@Override
	protected void print(PrintStream out, Path file, Ledger ledger, LedgerStatistics stats, Messages messages) {
		Figures total = stats.total();
		LedgerTexts.printHeader(out, file, ledger, stats.asOf(), messages);
		out.println(messages.get("stats.total", String.valueOf(total.total()), String.valueOf(total.done()), //$NON-NLS-1$
				Format.percentText(total), String.valueOf(total.overdue())));
		out.println(messages.get("stats.schedule", String.valueOf(total.onSchedule()), //$NON-NLS-1$
				String.valueOf(total.lagging()), String.valueOf(total.overdue()), String.valueOf(total.doneOnTime())));
		out.println(messages.get("stats.signOff", String.valueOf(total.signedOff()), //$NON-NLS-1$
				Format.percentText(Format.signOffPercent(total)), String.valueOf(total.rejectedIssues()),
				String.valueOf(total.rejections())));
		out.println(messages.get("stats.warnings", String.valueOf(total.red()), String.valueOf(total.yellow()), //$NON-NLS-1$
				String.valueOf(total.blue())));
		for (Dimension<?> dimension : stats.dimensions()) {
			out.println();
			out.println(messages.get("stats.by." + dimension.id())); //$NON-NLS-1$
			TextTable table = figuresTable(messages.get("stats.column." + dimension.id()), messages); //$NON-NLS-1$
			for (Group<?> group : stats.groups(dimension)) {
				table.row(figuresRow(label(dimension, group.key(), messages), group.figures()));
			}
			table.print(out);
		}
		List<Rank<Organization>> ranking = stats.ranking(Dimension.LEAD_UNIT);
		if (!ranking.isEmpty()) {
			out.println();
			out.println(messages.get("stats.ranking")); //$NON-NLS-1$
			TextTable table = new TextTable(TextTable.Align.RIGHT, TextTable.Align.LEFT, TextTable.Align.RIGHT,
					TextTable.Align.RIGHT, TextTable.Align.RIGHT, TextTable.Align.RIGHT);
			table.header(messages.get("stats.column.rank"), messages.get("stats.column.leadUnit"), //$NON-NLS-1$ //$NON-NLS-2$
					messages.get("stats.column.total"), messages.get("stats.column.done"), //$NON-NLS-1$ //$NON-NLS-2$
					messages.get("stats.column.rate"), messages.get("stats.column.overdue")); //$NON-NLS-1$ //$NON-NLS-2$
			for (Rank<Organization> rank : ranking) {
				Figures figures = rank.figures();
				table.row(String.valueOf(rank.position()), LedgerTexts.nonNull(rank.key().getName()),
						String.valueOf(figures.total()), String.valueOf(figures.done()), Format.percentText(figures),
						String.valueOf(figures.overdue()));
			}
			table.print(out);
		}
	}

	private static TextTable figuresTable(String keyColumn, Messages messages) {
		TextTable.Align[] aligns = new TextTable.Align[12];
		Arrays.fill(aligns, TextTable.Align.RIGHT);
		aligns[0] = TextTable.Align.LEFT;
		TextTable table = new TextTable(aligns);
		table.header(keyColumn, messages.get("stats.column.total"), messages.get("stats.column.done"), //$NON-NLS-1$ //$NON-NLS-2$
				messages.get("stats.column.rate"), messages.get("stats.column.signedOff"), //$NON-NLS-1$ //$NON-NLS-2$
				messages.get("stats.column.signOffRate"), messages.get("stats.column.onSchedule"), //$NON-NLS-1$ //$NON-NLS-2$
				messages.get("stats.column.lagging"), messages.get("stats.column.overdue"), //$NON-NLS-1$ //$NON-NLS-2$
				messages.get("stats.column.blue"), messages.get("stats.column.rejectedIssues"), //$NON-NLS-1$ //$NON-NLS-2$
				messages.get("stats.column.rejections")); //$NON-NLS-1$
		return table;
	}

	private static String[] figuresRow(String label, Figures figures) {
		return new String[] { label, String.valueOf(figures.total()), String.valueOf(figures.done()),
				Format.percentText(figures), String.valueOf(figures.signedOff()),
				Format.percentText(Format.signOffPercent(figures)), String.valueOf(figures.onSchedule()),
				String.valueOf(figures.lagging()), String.valueOf(figures.overdue()), String.valueOf(figures.blue()),
				String.valueOf(figures.rejectedIssues()), String.valueOf(figures.rejections()) };
	}

	@Override
	protected String json(Path file, Ledger ledger, LedgerStatistics stats, Messages messages) {
		JsonWriter json = LedgerTexts.jsonHeader(file, ledger, stats.asOf());
		json.name("total"); //$NON-NLS-1$
		figures(json.beginObject(), stats.total()).endObject();
		for (Dimension<?> dimension : stats.dimensions()) {
			String id = dimension.id();
			json.name("by" + Character.toUpperCase(id.charAt(0)) + id.substring(1)).beginArray(); //$NON-NLS-1$
			for (Group<?> group : stats.groups(dimension)) {
				json.beginObject();
				json.name("key").value(key(group.key())); //$NON-NLS-1$
				json.name("label").value(label(dimension, group.key(), messages)); //$NON-NLS-1$
				figures(json, group.figures()).endObject();
			}
			json.endArray();
		}
		json.name("leadUnitRanking").beginArray(); //$NON-NLS-1$
		for (Rank<Organization> rank : stats.ranking(Dimension.LEAD_UNIT)) {
			json.beginObject();
			json.name("rank").value(rank.position()); //$NON-NLS-1$
			json.name("key").value(rank.key().getId()); //$NON-NLS-1$
			json.name("label").value(rank.key().getName()); //$NON-NLS-1$
			json.name("total").value(rank.figures().total()); //$NON-NLS-1$
			json.name("done").value(rank.figures().done()); //$NON-NLS-1$
			json.name("completionPercent").value(Format.percent(rank.figures())); //$NON-NLS-1$
			json.name("overdue").value(rank.figures().overdue()); //$NON-NLS-1$
			json.endObject();
		}
		json.endArray();
		return json.endObject().toString();
	}

	private static JsonWriter figures(JsonWriter json, Figures figures) {
		json.name("total").value(figures.total()); //$NON-NLS-1$
		json.name("done").value(figures.done()); //$NON-NLS-1$
		json.name("completionPercent").value(Format.percent(figures)); //$NON-NLS-1$
		json.name("signedOff").value(figures.signedOff()); //$NON-NLS-1$
		json.name("signOffPercent").value(Format.signOffPercent(figures)); //$NON-NLS-1$
		json.name("onSchedule").value(figures.onSchedule()); //$NON-NLS-1$
		json.name("lagging").value(figures.lagging()); //$NON-NLS-1$
		json.name("overdue").value(figures.overdue()); //$NON-NLS-1$
		json.name("rejectedIssues").value(figures.rejectedIssues()); //$NON-NLS-1$
		json.name("rejections").value(figures.rejections()); //$NON-NLS-1$
		json.name("warnings").beginObject(); //$NON-NLS-1$
		json.name("red").value(figures.red()); //$NON-NLS-1$
		json.name("yellow").value(figures.yellow()); //$NON-NLS-1$
		json.name("blue").value(figures.blue()); //$NON-NLS-1$
		json.endObject();
		return json;
	}

	/** A key that does not change with the language: the enumeration literal or the unit's id. */
	private static String key(Object key) {
		if (key == null) {
			return null;
		}
		if (key instanceof Enumerator enumerator) {
			return enumerator.getName();
		}
		if (key instanceof Organization organization) {
			return organization.getId();
		}
		return String.valueOf(key);
	}

	static String label(Dimension<?> dimension, Object key, Messages messages) {
		if (key == null) {
			return messages.get("stats.none." + dimension.id()); //$NON-NLS-1$
		}
		if (key instanceof Enumerator enumerator) {
			return EnumLabels.label(enumerator, messages.locale());
		}
		if (key instanceof Organization organization) {
			return LedgerTexts.nonNull(organization.getName());
		}
		return String.valueOf(key);
	}
}
