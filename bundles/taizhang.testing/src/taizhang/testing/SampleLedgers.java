package taizhang.testing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import taizhang.demo.DemoLedgerGenerator;
import taizhang.model.Ledger;

/**
 * Generated demo ledgers for tests, all from one seed and one as-of day so that every test sees the
 * same data. With {@link #AS_OF} in late 2021 the rounds fall in 2017 (central inspection), 2018 (its
 * look-back), 2019 (provincial), 2020 (provincial look-back) and 2021 (the rest).
 */
public final class SampleLedgers {

	/** The seed of every sample ledger. */
	public static final long SEED = 20170406L;

	/** The day on which the sample ledgers look current; use it instead of today in assertions. */
	public static final LocalDate AS_OF = LocalDate.of(2021, 11, 24);

	private static final Map<Integer, Ledger> CACHE = new HashMap<>();

	private SampleLedgers() {
	}

	/**
	 * The sample ledger with {@code issues} issues, generated once per size and shared by all tests of
	 * the JVM. Treat it as read-only: neither edit it nor add it to a resource. Use {@link #fresh(int)}
	 * for a ledger of your own.
	 */
	public static synchronized Ledger generated(int issues) {
		return CACHE.computeIfAbsent(issues, SampleLedgers::fresh);
	}

	/** A newly generated sample ledger with {@code issues} issues, equal to {@code generated(issues)}. */
	public static Ledger fresh(int issues) {
		return new DemoLedgerGenerator(SEED, AS_OF).generate(issues);
	}
}
