package taizhang.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import java.time.LocalDate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.core.LedgerSession;
import taizhang.core.LedgerStoreException;
import taizhang.core.settings.Settings;
import taizhang.core.stats.Dimension;
import taizhang.core.stats.Figures;
import taizhang.core.stats.LedgerStatistics;
import taizhang.core.time.TimeEvaluation;
import taizhang.core.time.TimeRules;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.ModelPackage;

/**
 * {@code taizhang bench open FILE [--runs N] [--edits N]}: how fast a ledger opens, how much heap
 * it takes, and how long one edit takes to persist. {@code taizhang bench rules FILE [--as-of DATE]
 * [--runs N]}: once the ledger is loaded, how long computing every statistic and every warning takes.
 * {@code taizhang bench validate FILE [--edits N]}: validation, whole and after one edit
 * ({@link ValidateBenchmark}); {@code taizhang bench grid FILE}: the ledger grid's operations, see
 * {@link GridBench}. Prints figures against the targets; it asserts nothing.
 */
public final class BenchCommand extends CliCommand {

	static final long LOAD_TARGET_NANOS = 2_000_000_000L;
	static final long HEAP_TARGET_BYTES = 1024L * 1024 * 1024;
	static final long EDIT_TARGET_NANOS = 5_000_000L;
	static final long RULES_TARGET_NANOS = 200_000_000L;

	public BenchCommand() {
		super("bench", //$NON-NLS-1$
				Option.value("runs", "N", "bench.option.runs"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Option.value("edits", "N", "bench.option.edits"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Option.value("as-of", "YYYY-MM-DD", "bench.option.asOf")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	protected int execute(CommandContext context, Arguments args) throws CliException {
		Messages messages = context.messages();
		List<String> positionals = args.positionals();
		if (positionals.isEmpty()) {
			throw CliException.usage(messages.get("error.missingArgument", "open")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String benchmark = positionals.get(0);
		if (!List.of("open", "rules", "validate", "grid").contains(benchmark)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			throw CliException.usage(messages.get("bench.error.unknown", benchmark)); //$NON-NLS-1$
		}
		args.expectPositionals(benchmark, "FILE"); //$NON-NLS-1$
		if (benchmark.equals("grid")) { //$NON-NLS-1$
			GridBench.run(context, existingFile(context, positionals.get(1)), args.date("as-of", LocalDate.now()), //$NON-NLS-1$
					args.intValue("runs", 20, 1), args.intValue("edits", 200, 1)); //$NON-NLS-1$ //$NON-NLS-2$
			return ExitCodes.OK;
		}
		if (benchmark.equals("validate")) { //$NON-NLS-1$
			for (String foreign : List.of("as-of", "runs")) { //$NON-NLS-1$ //$NON-NLS-2$
				if (args.has(foreign)) {
					throw CliException.usage(messages.get("bench.error.option", "--" + foreign, benchmark)); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			new ValidateBenchmark(context).run(existingFile(context, positionals.get(1)), args.intValue("edits", 350, 1)); //$NON-NLS-1$
			return ExitCodes.OK;
		}
		// Each option belongs to one benchmark: refuse the other's rather than ignore it.
		String foreign = benchmark.equals("open") ? "as-of" : "edits"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (args.has(foreign)) {
			throw CliException.usage(messages.get("bench.error.option", "--" + foreign, benchmark)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (benchmark.equals("rules")) { //$NON-NLS-1$
			int runs = args.intValue("runs", 20, 1); //$NON-NLS-1$
			LocalDate asOf = args.date("as-of", LocalDate.now()); //$NON-NLS-1$
			benchRules(context, existingFile(context, positionals.get(1)), asOf, runs);
			return ExitCodes.OK;
		}
		int runs = args.intValue("runs", 5, 1); //$NON-NLS-1$
		int edits = args.intValue("edits", 200, 1); //$NON-NLS-1$
		Path file = existingFile(context, positionals.get(1));
		benchOpen(context, file, runs, edits);
		return ExitCodes.OK;
	}

	/**
	 * Loads the ledger once, then times {@code runs} computations (after as many untimed ones, to let
	 * the JIT compile) of every statistic and every warning: the time rules over every issue, the
	 * figures of every standard dimension, the ranking of lead units and the sorted list of warned
	 * issues. Each part is timed on its own too.
	 */
	private static void benchRules(CommandContext context, Path file, LocalDate asOf, int runs) throws CliException {
		Messages messages = context.messages();
		PrintStream out = context.out();
		out.println(messages.get("bench.header", file, Runtime.version().toString(), //$NON-NLS-1$
				String.valueOf(Runtime.getRuntime().availableProcessors()),
				Format.megabytes(Runtime.getRuntime().maxMemory())));
		long loadStart = System.nanoTime();
		try (LedgerSession session = openReadOnly(context, file)) {
			long load = System.nanoTime() - loadStart;
			Ledger ledger = session.ledger();
			TimeRules rules = new TimeRules(Settings.of(ledger).warningPolicy());
			long[] all = new long[runs];
			long[] evaluate = new long[runs];
			long[] figures = new long[runs];
			long[] warnings = new long[runs];
			LedgerStatistics stats = null;
			for (int run = -runs; run < runs; run++) {
				long start = System.nanoTime();
				TimeEvaluation evaluation = rules.evaluate(ledger, asOf);
				long evaluated = System.nanoTime();
				stats = LedgerStatistics.compute(ledger, rules, evaluation, Dimension.standard());
				stats.ranking(Dimension.LEAD_UNIT);
				long counted = System.nanoTime();
				stats.warnedIssues();
				long end = System.nanoTime();
				if (run >= 0) {
					all[run] = end - start;
					evaluate[run] = evaluated - start;
					figures[run] = counted - evaluated;
					warnings[run] = end - counted;
				}
			}
			Figures total = stats.total();
			out.println(messages.get("bench.rulesLoaded", Format.millis(load), String.valueOf(ledger.getIssues().size()), //$NON-NLS-1$
					asOf.toString()));
			out.println(messages.get("bench.rulesFigures", String.valueOf(total.done()), //$NON-NLS-1$
					String.valueOf(total.onSchedule()), String.valueOf(total.lagging()), String.valueOf(total.overdue()),
					String.valueOf(total.red()), String.valueOf(total.yellow()), String.valueOf(total.blue())));
			out.println();
			TextTable table = new TextTable(TextTable.Align.LEFT, TextTable.Align.RIGHT, TextTable.Align.RIGHT,
					TextTable.Align.RIGHT, TextTable.Align.LEFT, TextTable.Align.LEFT);
			table.header(messages.get("bench.column.figure"), messages.get("bench.column.median"), //$NON-NLS-1$ //$NON-NLS-2$
					messages.get("bench.column.min"), messages.get("bench.column.max"), //$NON-NLS-1$ //$NON-NLS-2$
					messages.get("bench.column.target"), messages.get("bench.column.verdict")); //$NON-NLS-1$ //$NON-NLS-2$
			long median = median(all);
			table.row(messages.get("bench.rulesAll", String.valueOf(runs)), Format.millis(median), //$NON-NLS-1$
					Format.millis(min(all)), Format.millis(max(all)), "< 200 ms", //$NON-NLS-1$
					verdict(messages, median < RULES_TARGET_NANOS));
			table.row(messages.get("bench.rulesEvaluate"), Format.millis(median(evaluate)), //$NON-NLS-1$
					Format.millis(min(evaluate)), Format.millis(max(evaluate)), "", ""); //$NON-NLS-1$ //$NON-NLS-2$
			table.row(messages.get("bench.rulesStatistics"), Format.millis(median(figures)), //$NON-NLS-1$
					Format.millis(min(figures)), Format.millis(max(figures)), "", ""); //$NON-NLS-1$ //$NON-NLS-2$
			table.row(messages.get("bench.rulesWarnings"), Format.millis(median(warnings)), //$NON-NLS-1$
					Format.millis(min(warnings)), Format.millis(max(warnings)), "", ""); //$NON-NLS-1$ //$NON-NLS-2$
			table.print(out);
		}
	}

	private static long min(long[] values) {
		return Arrays.stream(values).min().orElse(0);
	}

	private static long max(long[] values) {
		return Arrays.stream(values).max().orElse(0);
	}

	private static void benchOpen(CommandContext context, Path file, int runs, int edits) throws CliException {
		Messages messages = context.messages();
		PrintStream out = context.out();
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		out.println(messages.get("bench.header", file, Runtime.version().toString(), //$NON-NLS-1$
				String.valueOf(Runtime.getRuntime().availableProcessors()),
				Format.megabytes(Runtime.getRuntime().maxMemory())));

		long baseline = usedHeapAfterGc(memory);
		long[] loads = new long[runs];
		int issues = 0;
		for (int run = 0; run < runs; run++) {
			collectGarbage();
			long start = System.nanoTime();
			LedgerSession session = openReadOnly(context, file);
			loads[run] = System.nanoTime() - start;
			issues = session.ledger().getIssues().size();
			session.close();
			out.println(messages.get("bench.run", String.valueOf(run + 1), Format.millis(loads[run]))); //$NON-NLS-1$
		}
		long loadMedian = median(loads);
		long loadMin = Arrays.stream(loads).min().orElse(0);

		long heap;
		long[] editTimes;
		long[] undoTimes;
		// Edits go to a copy beside the file (same disk), so the user's ledger is never touched.
		try (ScratchDirectory scratch = ScratchDirectory.beside(file, ".taizhang-bench-")) { //$NON-NLS-1$
			Path copy = scratch.resolve(file.getFileName().toString());
			Files.copy(file, copy);
			collectGarbage();
			try (LedgerSession session = context.store().open(copy, false)) {
				// The heap as the workbench has it: the ledger open for editing.
				heap = usedHeapAfterGc(memory);
				long[][] times = timeEdits(session, edits);
				editTimes = times[0];
				undoTimes = times[1];
			}
		} catch (IOException e) {
			throw CliException.file(messages.get("bench.error.copy", file, e.getMessage()), e); //$NON-NLS-1$
		} catch (LedgerStoreException e) {
			throw storeError(e);
		}

		out.println();
		out.println(messages.get("bench.issues", String.valueOf(issues))); //$NON-NLS-1$
		TextTable table = new TextTable(TextTable.Align.LEFT, TextTable.Align.RIGHT, TextTable.Align.LEFT,
				TextTable.Align.LEFT);
		table.header(messages.get("bench.column.figure"), messages.get("bench.column.value"), //$NON-NLS-1$ //$NON-NLS-2$
				messages.get("bench.column.target"), messages.get("bench.column.verdict")); //$NON-NLS-1$ //$NON-NLS-2$
		// The target is judged on the first open: that is what a user meets when the workbench or a
		// command starts, with nothing compiled yet. Later opens in the same process are warm.
		table.row(messages.get("bench.loadFirst"), Format.millis(loads[0]), "< 2 s", //$NON-NLS-1$ //$NON-NLS-2$
				verdict(messages, loads[0] < LOAD_TARGET_NANOS));
		table.row(messages.get("bench.loadMedian", String.valueOf(runs)), Format.millis(loadMedian), "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		table.row(messages.get("bench.loadMin"), Format.millis(loadMin), "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		table.row(messages.get("bench.heap"), Format.megabytes(heap), "< 1 GB", //$NON-NLS-1$ //$NON-NLS-2$
				verdict(messages, heap < HEAP_TARGET_BYTES));
		table.row(messages.get("bench.heapLedger"), Format.megabytes(Math.max(0, heap - baseline)), "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		long editMedian = median(editTimes);
		table.row(messages.get("bench.editMedian", String.valueOf(edits)), Format.millis(editMedian), "< 5 ms", //$NON-NLS-1$ //$NON-NLS-2$
				verdict(messages, editMedian < EDIT_TARGET_NANOS));
		table.row(messages.get("bench.editMax"), Format.millis(Arrays.stream(editTimes).max().orElse(0)), "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		table.row(messages.get("bench.undoMedian"), Format.millis(median(undoTimes)), "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		table.print(out);
	}

	/**
	 * Executes {@code count} single-attribute edits (an issue's progress note) through the session's
	 * command stack, timing each, then undoes them all, timing each undo.
	 */
	private static long[][] timeEdits(LedgerSession session, int count) {
		List<Issue> issues = session.ledger().getIssues();
		EditingDomain domain = session.editingDomain();
		CommandStack stack = domain.getCommandStack();
		long[] editTimes = new long[count];
		long[] undoTimes = new long[count];
		if (issues.isEmpty()) {
			return new long[][] { editTimes, undoTimes };
		}
		int executed = 0;
		try {
			for (int i = 0; i < count; i++) {
				// Spread the edits over the ledger so that they do not all hit one cached row.
				Issue issue = issues.get((int) ((long) i * issues.size() / count));
				Command set = SetCommand.create(domain, issue, ModelPackage.Literals.ISSUE__PROGRESS_NOTE,
						"bench " + i); //$NON-NLS-1$
				long start = System.nanoTime();
				stack.execute(set);
				editTimes[i] = System.nanoTime() - start;
				executed++;
			}
		} finally {
			for (int i = 0; i < executed && stack.canUndo(); i++) {
				long start = System.nanoTime();
				stack.undo();
				undoTimes[i] = System.nanoTime() - start;
			}
		}
		return new long[][] { editTimes, undoTimes };
	}

	private static String verdict(Messages messages, boolean met) {
		return messages.get(met ? "bench.met" : "bench.missed"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static long usedHeapAfterGc(MemoryMXBean memory) {
		collectGarbage();
		return memory.getHeapMemoryUsage().getUsed();
	}

	/** Several collections: one may leave garbage that finalization or reference processing frees. */
	private static void collectGarbage() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
	}

	static long median(long[] values) {
		if (values.length == 0) {
			return 0;
		}
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}
}
