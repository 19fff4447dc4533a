package taizhang.demo.internal;

import java.util.List;

/**
 * A small seeded random source (SplitMix64). Written out here rather than using
 * {@link java.util.Random} or {@link java.util.SplittableRandom} so that a seed yields the same
 * ledger on every JDK, and because it is faster than the synchronised {@code Random}.
 */
final class Rng {

	private long state;

	public Rng(long seed) {
		state = seed;
	}

	public long nextLong() {
		long z = state += 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** A value in {@code [0, bound)}. */
	public int nextInt(int bound) {
		return (int) (((nextLong() >>> 33) * bound) >>> 31);
	}

	/** A value in {@code [low, high]}. */
	public int between(int low, int high) {
		return low + nextInt(high - low + 1);
	}

	public double nextDouble() {
		return (nextLong() >>> 11) * 0x1.0p-53;
	}

	public boolean chance(double probability) {
		return nextDouble() < probability;
	}

	public <T> T pick(T[] values) {
		return values[nextInt(values.length)];
	}

	public <T> T pick(List<T> values) {
		return values.get(nextInt(values.size()));
	}

	/** An index chosen with the given (not necessarily normalised) weights. */
	public int weighted(double[] weights) {
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		double target = nextDouble() * total;
		for (int i = 0; i < weights.length - 1; i++) {
			target -= weights[i];
			if (target < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	/** A new generator whose sequence does not depend on how much of this one is used later. */
	public Rng fork() {
		return new Rng(nextLong());
	}
}
