package taizhang.demo;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.IntConsumer;

import taizhang.demo.internal.LedgerAssembly;
import taizhang.model.Ledger;

/**
 * Generates a realistic demo ledger (整改台账) of the made-up city 江州市: its counties and
 * departments, leaders and responsible people, every kind of inspection round, and issues across
 * their whole lifecycle, with Chinese text.
 * <p>
 * The result depends only on the seed and the as-of day: the same pair yields an identical ledger,
 * ids and timestamps included. Every date is laid out relative to the as-of day so that the ledger
 * looks live on that day: the oldest rounds (about 4.7 years back) are almost all signed off, the
 * latest (a month back) are still being worked on, and nothing happens on or after the as-of day
 * except deadlines and due dates.
 * <p>
 * A ledger of 100,000 issues takes a few seconds and holds about 15 objects per issue. The generator
 * has no dependency on SWT or the Eclipse runtime.
 */
public final class DemoLedgerGenerator {

	private final long seed;
	private final LocalDate asOf;

	/**
	 * @param seed any value; different seeds give different ledgers
	 * @param asOf the day on which the ledger should look current
	 */
	public DemoLedgerGenerator(long seed, LocalDate asOf) {
		this.seed = seed;
		this.asOf = Objects.requireNonNull(asOf, "asOf"); //$NON-NLS-1$
	}

	public long getSeed() {
		return seed;
	}

	public LocalDate getAsOf() {
		return asOf;
	}

	/** Generates a ledger with {@code issueCount} issues. */
	public Ledger generate(int issueCount) {
		return generate(issueCount, null);
	}

	/**
	 * Generates a ledger with {@code issueCount} issues.
	 *
	 * @param progress if not null, told the number of issues written so far, every 1,000 issues and at
	 *                 the end
	 * @throws IllegalArgumentException if {@code issueCount} is negative
	 */
	public Ledger generate(int issueCount, IntConsumer progress) {
		if (issueCount < 0) {
			throw new IllegalArgumentException("issueCount must not be negative: " + issueCount); //$NON-NLS-1$
		}
		return new LedgerAssembly(seed, asOf).build(issueCount, progress == null ? done -> {
		} : progress);
	}
}
