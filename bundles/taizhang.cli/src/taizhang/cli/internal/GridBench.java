package taizhang.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.CommandStack;

import taizhang.core.LedgerSession;
import taizhang.core.LedgerStoreException;
import taizhang.core.time.TimeRules;
import taizhang.ledger.CellEdits;
import taizhang.ledger.ColumnFilters;
import taizhang.ledger.EditResult;
import taizhang.ledger.FilterResult;
import taizhang.ledger.Grouping;
import taizhang.ledger.LedgerColumn;
import taizhang.ledger.LedgerColumns;
import taizhang.ledger.LedgerSort;
import taizhang.ledger.SearchIndex;
import taizhang.ledger.Summary;
import taizhang.model.Issue;
import taizhang.model.Ledger;

/**
 * {@code taizhang bench grid FILE [--runs N] [--edits N] [--as-of DATE]}: how fast the ledger grid's
 * operations are on a loaded ledger, without a display: the very first sort (by description), sorting
 * by two columns, by every column in turn (and each column's first sort), by two long-text columns, and again after a cell edit; one
 * column filter, a free-text search in Chinese, grouping by county, the summary bar, and one cell edit
 * persisted through a real session's command stack. Each operation is timed {@code runs} times after as many untimed
 * ones; wall-clock and CPU times are printed, since a shared machine can stretch the first.
 */
final class GridBench {

	static final long OPERATION_TARGET_NANOS = 100_000_000L;
	static final long EDIT_TARGET_NANOS = 10_000_000L;
	/** What the search looks for: a place name of the demo ledgers and a kind of pollution. */
	static final String QUERY = "城关镇 扬尘"; //$NON-NLS-1$
	static final String FILTER = ">=2020-01-01"; //$NON-NLS-1$

	private final CommandContext context;
	private final Messages messages;
	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
	private final TextTable table = new TextTable(TextTable.Align.LEFT, TextTable.Align.RIGHT, TextTable.Align.RIGHT,
			TextTable.Align.RIGHT, TextTable.Align.RIGHT, TextTable.Align.LEFT, TextTable.Align.LEFT);

	private GridBench(CommandContext context) {
		this.context = context;
		this.messages = context.messages();
		table.header(messages.get("bench.column.figure"), messages.get("bench.column.median"), //$NON-NLS-1$ //$NON-NLS-2$
				messages.get("bench.column.min"), messages.get("bench.column.max"), //$NON-NLS-1$ //$NON-NLS-2$
				messages.get("bench.grid.column.cpu"), messages.get("bench.column.target"), //$NON-NLS-1$ //$NON-NLS-2$
				messages.get("bench.column.verdict")); //$NON-NLS-1$
	}

	/** Runs the benchmark on a copy of {@code file} beside it, which is deleted afterwards. */
	static void run(CommandContext context, Path file, LocalDate asOf, int runs, int edits) throws CliException {
		new GridBench(context).run(file, asOf, runs, edits);
	}

	private void run(Path file, LocalDate asOf, int runs, int edits) throws CliException {
		PrintStream out = context.out();
		out.println(messages.get("bench.header", file, Runtime.version().toString(), //$NON-NLS-1$
				String.valueOf(Runtime.getRuntime().availableProcessors()),
				Format.megabytes(Runtime.getRuntime().maxMemory())));
		// The edits go to a copy on the same disk: the user's ledger is never touched.
		try (ScratchDirectory scratch = ScratchDirectory.beside(file, ".taizhang-bench-")) { //$NON-NLS-1$
			Path copy = scratch.resolve(file.getFileName().toString());
			Files.copy(file, copy);
			long openStart = System.nanoTime();
			try (LedgerSession session = context.store().open(copy, false)) {
				long open = System.nanoTime() - openStart;
				Ledger ledger = session.ledger();
				out.println(messages.get("bench.grid.loaded", Format.millis(open), //$NON-NLS-1$
						String.valueOf(ledger.getIssues().size()), asOf.toString()));
				measure(session, asOf, runs, edits);
			}
		} catch (IOException e) {
			throw CliException.file(messages.get("bench.error.copy", file, e.getMessage()), e); //$NON-NLS-1$
		} catch (LedgerStoreException e) {
			throw CliCommand.storeError(e);
		}
		out.println();
		table.print(out);
	}

	private void measure(LedgerSession session, LocalDate asOf, int runs, int edits) {
		Ledger ledger = session.ledger();
		List<Issue> issues = ledger.getIssues();
		List<LedgerColumn> columns = LedgerColumns.of(ledger, asOf);
		TimeRules rules = LedgerColumns.rules(ledger);
		LedgerColumn county = column(columns, LedgerColumns.COUNTY);
		LedgerColumn deadline = column(columns, LedgerColumns.DEADLINE);
		LedgerColumn received = column(columns, LedgerColumns.RECEIVED);
		List<LedgerSort.Key> keys = List.of(new LedgerSort.Key(county, false), new LedgerSort.Key(deadline, true));
		LedgerColumn description = column(columns, LedgerColumns.DESCRIPTION);

		timeFirstSort(issues, description);
		time(messages.get("bench.grid.sort", county.header(), deadline.header()), runs, OPERATION_TARGET_NANOS, () -> { //$NON-NLS-1$
			List<Issue> rows = new ArrayList<>(issues);
			LedgerSort.sort(rows, keys);
			return rows.size();
		});
		timeSorts(issues, columns, runs);
		LedgerColumn measures = column(columns, LedgerColumns.MEASURES);
		List<LedgerSort.Key> longKeys = List.of(new LedgerSort.Key(measures, false), new LedgerSort.Key(description, true));
		time(messages.get("bench.grid.sort", measures.header(), description.header()), runs, OPERATION_TARGET_NANOS, //$NON-NLS-1$
				() -> sorted(issues, longKeys));
		time(messages.get("bench.grid.filter", received.header(), FILTER), runs, OPERATION_TARGET_NANOS, () -> { //$NON-NLS-1$
			FilterResult filter = ColumnFilters.parse(received, FILTER);
			return select(issues, filter.predicate()).size();
		});
		long indexStart = System.nanoTime();
		SearchIndex index = new SearchIndex(ledger);
		long indexTime = System.nanoTime() - indexStart;
		table.row(messages.get("bench.grid.index"), Format.millis(indexTime), "", "", "", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		time(messages.get("bench.grid.search", QUERY), runs, OPERATION_TARGET_NANOS, //$NON-NLS-1$
				() -> select(issues, index.matcher(QUERY)).size());
		time(messages.get("bench.grid.group", Grouping.COUNTY.label()), runs, OPERATION_TARGET_NANOS, () -> { //$NON-NLS-1$
			Map<Object, Integer> counts = new LinkedHashMap<>();
			for (Issue issue : issues) {
				counts.merge(String.valueOf(Grouping.COUNTY.keyLabel(Grouping.COUNTY.key(issue, asOf, rules))), 1,
						Integer::sum);
			}
			return counts.size();
		});
		time(messages.get("bench.grid.summary"), runs, OPERATION_TARGET_NANOS, //$NON-NLS-1$
				() -> Summary.of(issues, asOf, rules).total());
		timeEditThenSort(session, description, runs);
		timeEdits(session, column(columns, LedgerColumns.PROGRESS), edits);
		index.dispose();
	}

	/**
	 * The very first sort, by a long-text column, as a user sorting right after opening has it: nothing
	 * ordered before, not even by another column.
	 */
	private void timeFirstSort(List<Issue> issues, LedgerColumn column) {
		long start = System.nanoTime();
		long cpuStart = threads.getCurrentThreadCpuTime();
		sink += sorted(issues, List.of(new LedgerSort.Key(column, false)));
		long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
		long time = System.nanoTime() - start;
		table.row(messages.get("bench.grid.sortVeryFirst", column.header()), Format.millis(time), "", "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Format.millis(cpu), "< 100 ms", messages.get(time < OPERATION_TARGET_NANOS ? "bench.met" : "bench.missed")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * Sorting by each column, ascending and descending in turn; before that, each column's first sort,
	 * which orders all its values once (what later sorts look up), reported by the slowest.
	 */
	private void timeSorts(List<Issue> issues, List<LedgerColumn> columns, int runs) {
		long[] first = new long[columns.size()];
		LedgerColumn slowest = null;
		long slowestTime = -1;
		for (int c = 0; c < columns.size(); c++) {
			LedgerColumn column = columns.get(c);
			long start = System.nanoTime();
			sink += sorted(issues, List.of(new LedgerSort.Key(column, false)));
			first[c] = System.nanoTime() - start;
			if (first[c] > slowestTime) {
				slowest = column;
				slowestTime = first[c];
			}
		}
		if (slowest != null) {
			table.row(messages.get("bench.grid.sortFirst", slowest.header()), Format.millis(BenchCommand.median(first)), //$NON-NLS-1$
					Format.millis(min(first)), Format.millis(max(first)), "", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		for (LedgerColumn column : columns) {
			List<LedgerSort.Key> ascending = List.of(new LedgerSort.Key(column, false));
			List<LedgerSort.Key> descending = List.of(new LedgerSort.Key(column, true));
			boolean[] down = { false };
			time(messages.get("bench.grid.sortColumn", column.header(), column.type().name()), runs, //$NON-NLS-1$
					OPERATION_TARGET_NANOS, () -> {
						down[0] = !down[0];
						return sorted(issues, down[0] ? descending : ascending);
					});
		}
	}

	/**
	 * One cell of a long-text column edited through the command stack, then the issues sorted by that
	 * column again: the new text must find its place among the values the column's order remembers.
	 */
	private void timeEditThenSort(LedgerSession session, LedgerColumn column, int runs) {
		Ledger ledger = session.ledger();
		List<Issue> issues = ledger.getIssues();
		if (issues.isEmpty()) {
			return;
		}
		CommandStack stack = session.editingDomain().getCommandStack();
		List<LedgerSort.Key> keys = List.of(new LedgerSort.Key(column, false));
		int[] edit = { 0 };
		time(messages.get("bench.grid.sortAfterEdit", column.header()), runs, OPERATION_TARGET_NANOS, () -> { //$NON-NLS-1$
			Issue issue = issues.get(edit[0]++ * 7919 % issues.size());
			EditResult result = CellEdits.set(session.editingDomain(), ledger, issue, column,
					column.text(issue) + " " + edit[0]); //$NON-NLS-1$
			stack.execute(result.command());
			return sorted(issues, keys);
		});
	}

	private static int sorted(List<Issue> issues, List<LedgerSort.Key> keys) {
		List<Issue> rows = new ArrayList<>(issues);
		LedgerSort.sort(rows, keys);
		return rows.size();
	}

	/** One cell edit as the grid makes it: typed text read, one command, executed and persisted. */
	private void timeEdits(LedgerSession session, LedgerColumn column, int edits) {
		Ledger ledger = session.ledger();
		List<Issue> issues = ledger.getIssues();
		CommandStack stack = session.editingDomain().getCommandStack();
		long[] wall = new long[edits];
		long[] cpu = new long[edits];
		for (int i = 0; i < edits && !issues.isEmpty(); i++) {
			// spread over the ledger so that the edits do not all hit one cached row
			Issue issue = issues.get((int) ((long) i * issues.size() / edits));
			long start = System.nanoTime();
			long cpuStart = threads.getCurrentThreadCpuTime();
			EditResult result = CellEdits.set(session.editingDomain(), ledger, issue, column, "进展 " + i); //$NON-NLS-1$
			stack.execute(result.command());
			cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
			wall[i] = System.nanoTime() - start;
		}
		row(messages.get("bench.grid.edit", column.header(), String.valueOf(edits)), wall, cpu, EDIT_TARGET_NANOS, "< 10 ms"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Something to time that returns a number, so that the JIT cannot drop the work. */
	private interface Operation {
		int run();
	}

	private int sink;

	private void time(String figure, int runs, long target, Operation operation) {
		long[] wall = new long[runs];
		long[] cpu = new long[runs];
		for (int run = -runs; run < runs; run++) {
			long start = System.nanoTime();
			long cpuStart = threads.getCurrentThreadCpuTime();
			sink += operation.run();
			long cpuTime = threads.getCurrentThreadCpuTime() - cpuStart;
			long time = System.nanoTime() - start;
			if (run >= 0) {
				wall[run] = time;
				cpu[run] = cpuTime;
			}
		}
		row(figure, wall, cpu, target, "< 100 ms"); //$NON-NLS-1$
	}

	private void row(String figure, long[] wall, long[] cpu, long target, String targetText) {
		long median = BenchCommand.median(wall);
		table.row(figure, Format.millis(median), Format.millis(min(wall)), Format.millis(max(wall)),
				Format.millis(BenchCommand.median(cpu)), targetText,
				messages.get(median < target ? "bench.met" : "bench.missed")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static List<Issue> select(List<Issue> issues, Predicate<Issue> predicate) {
		List<Issue> selected = new ArrayList<>();
		for (Issue issue : issues) {
			if (predicate.test(issue)) {
				selected.add(issue);
			}
		}
		return selected;
	}

	private static LedgerColumn column(List<LedgerColumn> columns, String id) {
		return LedgerColumns.byId(columns, id).orElseThrow();
	}

	private static long min(long[] values) {
		long min = Long.MAX_VALUE;
		for (long value : values) {
			min = Math.min(min, value);
		}
		return values.length == 0 ? 0 : min;
	}

	private static long max(long[] values) {
		long max = 0;
		for (long value : values) {
			max = Math.max(max, value);
		}
		return max;
	}
}
