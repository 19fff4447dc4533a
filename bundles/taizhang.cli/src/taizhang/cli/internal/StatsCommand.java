package taizhang.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.emf.common.util.Enumerator;

import taizhang.core.LedgerSession;
import taizhang.core.stats.Dimension;
import taizhang.core.stats.Figures;
import taizhang.core.stats.Group;
import taizhang.core.stats.LedgerStatistics;
import taizhang.model.Ledger;
import taizhang.model.Organization;
import taizhang.model.labels.EnumLabels;

/**
 * {@code taizhang stats FILE [--as-of DATE] [--json]}: totals, done, completion rate and overdue
 * counts, for the whole ledger and by round kind, issue kind, category, county and lead unit.
 */
public final class StatsCommand extends CliCommand {

	public StatsCommand() {
		super("stats", //$NON-NLS-1$
				Option.value("as-of", "YYYY-MM-DD", "stats.option.asOf"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Option.flag("json", "stats.option.json")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	protected int execute(CommandContext context, Arguments args) throws CliException {
		args.expectPositionals("FILE"); //$NON-NLS-1$
		LocalDate asOf = args.date("as-of", LocalDate.now()); //$NON-NLS-1$
		Path file = existingFile(context, args.positional(0));
		try (LedgerSession session = openReadOnly(context, file)) {
			Ledger ledger = session.ledger();
			LedgerStatistics stats = LedgerStatistics.compute(ledger, asOf);
			if (args.has("json")) { //$NON-NLS-1$
				context.out().println(json(file, ledger, stats, context.messages()));
			} else {
				printTables(context.out(), file, ledger, stats, context.messages());
			}
		}
		return ExitCodes.OK;
	}

	private static void printTables(PrintStream out, Path file, Ledger ledger, LedgerStatistics stats, Messages messages) {
		Figures total = stats.total();
		out.println(messages.get("stats.ledger", nonNull(ledger.getName()), file)); //$NON-NLS-1$
		out.println(messages.get("stats.asOf", stats.asOf().toString())); //$NON-NLS-1$
		out.println(messages.get("stats.total", String.valueOf(total.total()), String.valueOf(total.done()), //$NON-NLS-1$
				Format.percentText(total), String.valueOf(total.overdue())));
		for (Dimension<?> dimension : stats.dimensions()) {
			out.println();
			out.println(messages.get("stats.by." + dimension.id())); //$NON-NLS-1$
			TextTable table = new TextTable(TextTable.Align.LEFT, TextTable.Align.RIGHT, TextTable.Align.RIGHT,
					TextTable.Align.RIGHT, TextTable.Align.RIGHT);
			table.header(messages.get("stats.column." + dimension.id()), messages.get("stats.column.total"), //$NON-NLS-1$ //$NON-NLS-2$
					messages.get("stats.column.done"), messages.get("stats.column.rate"), //$NON-NLS-1$ //$NON-NLS-2$
					messages.get("stats.column.overdue")); //$NON-NLS-1$
			for (Group<?> group : stats.groups(dimension)) {
				Figures figures = group.figures();
				table.row(label(dimension, group.key(), messages), String.valueOf(figures.total()),
						String.valueOf(figures.done()), Format.percentText(figures), String.valueOf(figures.overdue()));
			}
			table.print(out);
		}
	}

	static String json(Path file, Ledger ledger, LedgerStatistics stats, Messages messages) {
		JsonWriter json = new JsonWriter().beginObject();
		json.name("file").value(file.toString()); //$NON-NLS-1$
		json.name("ledger").value(ledger.getName()); //$NON-NLS-1$
		json.name("asOf").value(stats.asOf().toString()); //$NON-NLS-1$
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
		return json.endObject().toString();
	}

	private static JsonWriter figures(JsonWriter json, Figures figures) {
		json.name("total").value(figures.total()); //$NON-NLS-1$
		json.name("done").value(figures.done()); //$NON-NLS-1$
		json.name("completionPercent").value(Format.percent(figures)); //$NON-NLS-1$
		json.name("overdue").value(figures.overdue()); //$NON-NLS-1$
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
			return nonNull(organization.getName());
		}
		return String.valueOf(key);
	}

	private static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
