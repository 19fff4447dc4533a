package taizhang.core.time;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import taizhang.core.lifecycle.Lifecycle;
import taizhang.model.Issue;
import taizhang.model.IssueStatus;
import taizhang.model.Ledger;
import taizhang.model.WarningLevel;
import taizhang.testing.SampleLedgers;

/**
 * Prints how long the time rules take over a generated ledger: a whole-ledger
 * {@link TimeRules#evaluate(Ledger, LocalDate)} and the per-issue {@link TimeRules#warningLevel}, with
 * the bytes each run allocates. Not a test: run it by hand, {@code java … TimeRulesBenchmark [issues]}
 * (default 100,000 issues). The figures go to standard output.
 */
public final class TimeRulesBenchmark {

	private static final int WARM_UP = 30;
	private static final int RUNS = 30;

	private TimeRulesBenchmark() {
	}

	public static void main(String[] args) {
		int issues = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		LocalDate asOf = SampleLedgers.AS_OF;
		long start = System.nanoTime();
		Ledger ledger = SampleLedgers.fresh(issues);
		System.out.printf("generated %,d issues in %d ms%n", ledger.getIssues().size(), millis(System.nanoTime() - start));

		TimeRules rules = TimeRules.DEFAULT;
		TimeEvaluation evaluation = null;
		for (int i = 0; i < WARM_UP; i++) {
			evaluation = rules.evaluate(ledger, asOf);
			countWarnings(rules, ledger.getIssues(), asOf);
		}
		report("evaluate(ledger, asOf)", () -> rules.evaluate(ledger, asOf));
		report("warningLevel(issue, asOf) for each issue", () -> countWarnings(rules, ledger.getIssues(), asOf));
		report("Lifecycle.check, every issue, every next status", () -> checkAll(ledger.getIssues(), asOf));

		System.out.printf("as of %s:", asOf);
		for (Schedule schedule : Schedule.values()) {
			System.out.printf(" %s %,d", schedule, evaluation.count(schedule));
		}
		for (WarningLevel level : WarningLevel.VALUES) {
			System.out.printf(" %s %,d", level, evaluation.count(level));
		}
		System.out.println();
	}

	private static int countWarnings(TimeRules rules, List<Issue> issues, LocalDate asOf) {
		int warned = 0;
		for (int i = 0, n = issues.size(); i < n; i++) {
			if (rules.warningLevel(issues.get(i), asOf) != null) {
				warned++;
			}
		}
		return warned;
	}

	private static int checkAll(List<Issue> issues, LocalDate asOf) {
		int missing = 0;
		for (Issue issue : issues) {
			for (IssueStatus target : Lifecycle.targets(issue.getStatus())) {
				if (target != IssueStatus.REBOUND) { // that one searches the ledger for the revealing issue
					missing += Lifecycle.DEFAULT.check(issue, target, asOf).size();
				}
			}
		}
		return missing;
	}

	private static void report(String what, Runnable run) {
		long[] nanos = new long[RUNS];
		long allocatedBefore = allocatedBytes();
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			run.run();
			nanos[i] = System.nanoTime() - start;
		}
		long allocated = (allocatedBytes() - allocatedBefore) / RUNS;
		Arrays.sort(nanos);
		System.out.printf("%-50s min %6.1f ms  median %6.1f ms  max %6.1f ms  allocated %,d bytes/run%n", what,
				nanos[0] / 1e6, nanos[RUNS / 2] / 1e6, nanos[RUNS - 1] / 1e6, allocated);
	}

	private static long allocatedBytes() {
		return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
				? bean.getCurrentThreadAllocatedBytes()
				: 0;
	}

	private static long millis(long nanos) {
		return nanos / 1_000_000;
	}
}
