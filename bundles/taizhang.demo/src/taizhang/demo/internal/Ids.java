package taizhang.demo.internal;

/**
 * Hands out ledger-unique ids such as {@code I3k9x0a2b}: a class prefix and eight base-36 digits.
 * The digits are a seeded bijection of a running counter, so ids look random, depend on the seed,
 * and can never collide (no set of issued ids has to be kept).
 */
final class Ids {

	private static final int BITS = 41; // 36^8 > 2^41: eight digits always suffice
	private static final long MASK = (1L << BITS) - 1;
	private static final char[] DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray(); //$NON-NLS-1$

	private final long salt;
	private final long multiplier;
	private long counter;

	public Ids(long seed) {
		Rng rng = new Rng(seed ^ 0x6A09E667F3BCC909L);
		salt = rng.nextLong() & MASK;
		multiplier = rng.nextLong() & MASK | 1; // odd, hence invertible modulo 2^41
	}

	public String next(char prefix) {
		long x = (counter++ + salt) & MASK;
		x = (x * multiplier) & MASK;
		x ^= x >>> 19;
		x = (x * 0x2545F4914F6CDD1DL) & MASK;
		x ^= x >>> 23;
		char[] text = new char[9];
		text[0] = prefix;
		for (int i = 8; i >= 1; i--) {
			text[i] = DIGITS[(int) (x % 36)];
			x /= 36;
		}
		return new String(text);
	}
}
