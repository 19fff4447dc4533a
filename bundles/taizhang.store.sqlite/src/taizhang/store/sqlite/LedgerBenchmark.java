package taizhang.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;

import taizhang.core.LedgerSession;
import taizhang.core.LedgerStore;
import taizhang.core.LedgerStoreException;
import taizhang.model.Issue;
import taizhang.model.ModelPackage;
import taizhang.store.sqlite.internal.LedgerFiles;

/**
 * Measures what a user waits for: opening a ledger into the model, and the time from executing one
 * edit to its being safely on disk. Works on a copy beside the file, so the ledger itself is never
 * changed; the copy is deleted afterwards.
 */
public final class LedgerBenchmark {

	/**
	 * @param open       time to open the copy for writing, model loaded: the first open in this JVM,
	 *                   which includes compiling the loading code (what a user waits for at start)
	 * @param reopen     the same again right after, with the code compiled (File &gt; Open in a
	 *                   running workbench)
	 * @param heapBytes  heap in use with the ledger open, after a garbage collection
	 * @param editMedian median time of one edit (execute and commit to disk)
	 */
	public record Result(Path file, long fileBytes, int issues, Duration open, Duration reopen, long heapBytes,
			int edits, Duration editMedian, Duration editP90, Duration editMax) {
	}

	private LedgerBenchmark() {
	}

	/**
	 * Copies {@code file}, opens the copy with {@code store} twice and executes {@code edits} edits
	 * (each sets one issue's progress note), timing each.
	 */
	public static Result run(LedgerStore store, Path file, int edits) throws LedgerStoreException {
		Path copy = file.resolveSibling("." + file.getFileName() + ".bench." + LedgerStore.FILE_EXTENSION); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			LedgerFiles.copy(file, copy);
			Runtime runtime = Runtime.getRuntime();
			System.gc();
			long start = System.nanoTime();
			store.open(copy, false).close();
			Duration open = Duration.ofNanos(System.nanoTime() - start);
			System.gc();
			start = System.nanoTime();
			try (LedgerSession session = store.open(copy, false)) {
				Duration reopen = Duration.ofNanos(System.nanoTime() - start);
				System.gc();
				long heap = runtime.totalMemory() - runtime.freeMemory();
				List<Issue> issues = session.ledger().getIssues();
				long[] times = new long[edits];
				for (int i = 0; i < edits && !issues.isEmpty(); i++) {
					Issue issue = issues.get((int) ((i * 7919L) % issues.size()));
					Command set = SetCommand.create(session.editingDomain(), issue,
							ModelPackage.Literals.ISSUE__PROGRESS_NOTE, "benchmark edit " + i); //$NON-NLS-1$
					long t = System.nanoTime();
					session.editingDomain().getCommandStack().execute(set);
					times[i] = System.nanoTime() - t;
				}
				Arrays.sort(times);
				return new Result(file, Files.size(file), issues.size(), open, reopen, heap, edits,
						Duration.ofNanos(percentile(times, 50)), Duration.ofNanos(percentile(times, 90)),
						Duration.ofNanos(edits > 0 ? times[edits - 1] : 0));
			}
		} catch (IOException e) {
			throw new LedgerStoreException(file, e.getLocalizedMessage(), e);
		} finally {
			LedgerFiles.deleteWithSideFiles(copy);
		}
	}

	private static long percentile(long[] sorted, int percent) {
		return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
	}
}
