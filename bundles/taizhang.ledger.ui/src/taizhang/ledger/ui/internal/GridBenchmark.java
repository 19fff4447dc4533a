package taizhang.ledger.ui.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import taizhang.ledger.Grouping;
import taizhang.ledger.LedgerColumn;
import taizhang.model.Issue;
import taizhang.ui.internal.StartupMarks;

/**
 * The grid's speed on a real workbench (issue 4 §6). Started by the system property
 * {@value #PROPERTY}{@code =true}, e.g.
 *
 * <pre>
 * TAIZHANG_VMARGS="-Xmx2g -Dtaizhang.grid.benchmark=true" taizhang ledger-100k.taizhang
 * </pre>
 *
 * It waits until the grid has painted the opened ledger's rows, prints the time since the process
 * started, then times sorting, filtering, searching, grouping (each until the grid has repainted)
 * and a cell edit (until the store has written it), prints the figures and closes the workbench
 * ({@value #KEEP_OPEN}{@code =true} keeps it open). With {@value #START_ONLY}{@code =true} it closes
 * the workbench as soon as the start is measured, for comparing many starts. Figures only: nothing is
 * asserted.
 */
final class GridBenchmark {

	static final String PROPERTY = "taizhang.grid.benchmark"; //$NON-NLS-1$
	static final String KEEP_OPEN = "taizhang.grid.benchmark.keepOpen"; //$NON-NLS-1$
	static final String START_ONLY = "taizhang.grid.benchmark.startOnly"; //$NON-NLS-1$
	private static final String PREFIX = "[grid benchmark] "; //$NON-NLS-1$
	private static final int ROUNDS = 5;
	/** Ledgers that small are the demo ledger the first start creates, not the one to measure. */
	private static final int MIN_ROWS = 1_000;

	private final LedgerGridPart part;
	private boolean listening;
	private boolean painted;
	private int paints;

	private GridBenchmark(LedgerGridPart part) {
		this.part = part;
	}

	static boolean requested() {
		return Boolean.getBoolean(PROPERTY);
	}

	static void start(LedgerGridPart part) {
		new GridBenchmark(part).waitForRows(Display.getCurrent());
	}

	private void waitForRows(Display display) {
		display.timerExec(20, new Runnable() {
			@Override
			public void run() {
				NatTable table = part.natTable();
				if (table != null && !table.isDisposed() && part.rowCount() >= MIN_ROWS) {
					if (!listening) {
						listening = true;
						table.addListener(SWT.Paint, event -> painted = true);
						table.redraw();
					}
					display.update();
					if (painted) {
						reportStart();
						display.asyncExec(Boolean.getBoolean(START_ONLY) ? () -> PlatformUI.getWorkbench().close()
								: GridBenchmark.this::measure);
						return;
					}
				}
				display.timerExec(20, this);
			}
		});
	}

	private void reportStart() {
		print(String.format(Locale.ROOT,
				"start -> populated grid (%,d issues): %,d ms (CPU %,d ms, UI thread %,d ms, load average %.2f)", //$NON-NLS-1$
				part.rows().issues().size(), StartupMarks.sinceStartMillis(), StartupMarks.processCpuMillis(),
				StartupMarks.uiThreadCpuMillis(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
	}

	private void measure() {
		part.natTable().addListener(SWT.Paint, event -> paints++);
		GridRows rows = part.rows();
		int description = index("description"); //$NON-NLS-1$
		int deadline = index("deadline"); //$NON-NLS-1$
		int county = index("county"); //$NON-NLS-1$
		int warning = index("warning"); //$NON-NLS-1$
		int status = index("status"); //$NON-NLS-1$

		// What a user who sorts at once meets: the grid orders every column in the background after
		// opening (and builds its search index); this sort may have to do its column's part itself.
		long first = System.nanoTime();
		sort(description, false);
		paint();
		report("sort by description right after the grid appeared", new long[] { System.nanoTime() - first }); //$NON-NLS-1$
		settle();
		rows.clear();
		paint();
		settle();
		awaitBackground();
		StartupMarks.mark("background work done (column orders, search index, validation, navigator)"); //$NON-NLS-1$

		time("sort by description (Chinese text)", () -> sort(description, false), rows::clear); //$NON-NLS-1$
		time("sort by deadline", () -> sort(deadline, false), rows::clear); //$NON-NLS-1$
		time("sort by warning (as of today)", () -> sort(warning, false), rows::clear); //$NON-NLS-1$
		time("sort by county, then deadline descending", () -> { //$NON-NLS-1$
			rows.sort(county, SortDirectionEnum.ASC, false);
			sort(deadline, true);
		}, rows::clear);
		time("filter description contains 扬尘 (dust)", () -> part.setFilter(description, "扬尘"), //$NON-NLS-1$ //$NON-NLS-2$
				() -> part.setFilter(description, "")); //$NON-NLS-1$
		time("filter deadline >=2025-01-01", () -> part.setFilter(deadline, ">=2025-01-01"), //$NON-NLS-1$ //$NON-NLS-2$
				() -> part.setFilter(deadline, "")); //$NON-NLS-1$
		time("filter status 整改中 (rectifying)", () -> part.setFilter(status, "整改中"), //$NON-NLS-1$ //$NON-NLS-2$
				() -> part.setFilter(status, "")); //$NON-NLS-1$
		time("search 扬尘 (dust)", () -> part.setSearch("扬尘"), () -> part.setSearch("")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		time("search 新港区 垃圾 (two words)", () -> part.setSearch("新港区 垃圾"), () -> part.setSearch("")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		time("clear search (all rows back)", () -> part.setSearch(""), () -> part.setSearch("扬尘")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		part.setSearch(""); //$NON-NLS-1$
		for (Grouping grouping : Grouping.values()) {
			time("group by " + grouping.name(), () -> part.setGrouping(grouping), () -> part.setGrouping(null)); //$NON-NLS-1$
		}
		time("repaint the whole grid", () -> { }, () -> { }); //$NON-NLS-1$
		time("scroll down 20 pages, each painted", () -> { //$NON-NLS-1$
			ViewportLayer viewport = part.table().viewport;
			for (int i = 0; i < 20; i++) {
				viewport.setOriginY(viewport.getOrigin().getY() + viewport.getClientAreaHeight());
				paint();
			}
		}, () -> part.table().viewport.setOriginY(0));
		long[] summary = new long[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			long start = System.nanoTime();
			taizhang.ledger.Summary.of(rows.issues(), rows.asOf(), rows.rules());
			summary[i] = System.nanoTime() - start;
		}
		report("summary bar (all issues; updated after the paint)", summary); //$NON-NLS-1$
		measureEdit();
		print("done"); //$NON-NLS-1$
		if (!Boolean.getBoolean(KEEP_OPEN)) {
			PlatformUI.getWorkbench().close();
		}
	}

	private void measureEdit() {
		if (part.session() == null || part.session().isReadOnly() || part.rows().issues().isEmpty()) {
			return;
		}
		LedgerColumn progress = part.rows().column(index("progress")); //$NON-NLS-1$
		Issue issue = part.rows().issues().get(part.rows().issues().size() / 2);
		String original = progress.text(issue);
		long[] nanos = new long[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			long start = System.nanoTime();
			part.commit(issue, progress, original + " (benchmark " + i + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			nanos[i] = System.nanoTime() - start;
		}
		for (int i = 0; i < ROUNDS; i++) {
			part.session().editingDomain().getCommandStack().undo();
		}
		report("cell edit, persisted and shown (then undone)", nanos); //$NON-NLS-1$
	}

	private void sort(int column, boolean descending) {
		part.rows().sort(column, descending ? SortDirectionEnum.DESC : SortDirectionEnum.ASC, true);
		part.table().refresh();
	}

	private int index(String id) {
		List<LedgerColumn> columns = part.rows().columns();
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).id().equals(id)) {
				return i;
			}
		}
		throw new IllegalStateException("No column " + id); //$NON-NLS-1$
	}

	/** Times {@code action} (until painted) {@link #ROUNDS} times, undoing it between rounds. */
	private void time(String what, Runnable action, Runnable undo) {
		long[] nanos = new long[ROUNDS];
		int rows = 0;
		for (int i = 0; i < ROUNDS; i++) {
			long start = System.nanoTime();
			action.run();
			paint();
			nanos[i] = System.nanoTime() - start;
			rows = part.rowCount();
			settle();
			undo.run();
			paint();
			settle();
		}
		report(what + " (" + rows + " rows)", nanos); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Repaints the grid and waits until it has painted (GTK paints on its own clock). */
	private void paint() {
		NatTable table = part.natTable();
		Display display = table.getDisplay();
		int before = paints;
		table.redraw();
		long deadline = System.nanoTime() + 5_000_000_000L;
		while (paints == before && System.nanoTime() < deadline) {
			if (!display.readAndDispatch()) {
				Thread.onSpinWait();
			}
		}
	}

	/**
	 * Waits, dispatching events, until the background work a newly opened ledger starts is done: the
	 * grid's (each column's order, the search index) and the workbench's jobs (the full validation).
	 */
	private void awaitBackground() {
		Display display = part.natTable().getDisplay();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (System.nanoTime() < deadline
				&& !(ForkJoinPool.commonPool().isQuiescent() && Job.getJobManager().isIdle())) {
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> {
					// wakes the loop
				});
				display.sleep();
			}
		}
	}

	/** Runs what the grid left for after the paint (the summary bar), outside the timed span. */
	private void settle() {
		Display display = part.natTable().getDisplay();
		for (int i = 0; i < 50; i++) {
			while (display.readAndDispatch()) {
				// drain
			}
		}
	}

	private static void report(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		List<String> all = new ArrayList<>();
		for (long each : nanos) {
			all.add(String.format(Locale.ROOT, "%.1f", each / 1e6)); //$NON-NLS-1$
		}
		print(String.format(Locale.ROOT, "%-50s first %8.1f ms, median %8.1f ms  %s", what, nanos[0] / 1e6, //$NON-NLS-1$
				sorted[sorted.length / 2] / 1e6, all));
	}

	private static void print(String line) {
		// UTF-8 whatever the locale, so that Chinese in the labels survives a C locale.
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		out.println(PREFIX + line);
		out.flush();
	}
}
