package taizhang.store.sqlite.internal;

import java.util.Arrays;

/**
 * A direct-mapped cache from encoded bytes to strings, one per decoding thread. Ledgers repeat many
 * short texts (unit and person names, criteria, periods, ids of referenced objects); sharing them
 * keeps the loaded model small. A hit costs a hash and a comparison and allocates nothing. The keys
 * live in one ring buffer rather than in an array each, so misses make no garbage either; a slot
 * whose key the ring has since overwritten simply misses. Long strings (descriptions, reports) are
 * rarely repeated and are not cached.
 */
final class StringCache {

	private static final int MAX_LENGTH = 96;
	private static final int SLOTS = 1 << 14;
	private static final int RING = 1 << 20;

	private final byte[] ring = new byte[RING];
	/** Bytes ever written to the ring; a key at absolute position p is intact while p >= written - RING. */
	private long written;
	private final long[] keyAt = new long[SLOTS];
	/** The key's byte length, complemented for two-byte characters. */
	private final int[] keyLength = new int[SLOTS];
	private final String[] values = new String[SLOTS];

	/** @param length in characters; {@code wide} characters take two bytes (see {@link ByteSource}) */
	String get(byte[] buffer, int offset, int chars, boolean wide) {
		int length = wide ? 2 * chars : chars;
		if (length > MAX_LENGTH) {
			return ByteSource.string(buffer, offset, chars, wide);
		}
		int hash = wide ? ~length : length;
		for (int i = offset, end = offset + length; i < end; i++) {
			hash = 31 * hash + buffer[i];
		}
		int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
		String cached = values[slot];
		int key = wide ? ~length : length;
		if (cached != null && keyLength[slot] == key && keyAt[slot] >= written - RING) {
			int at = (int) (keyAt[slot] % RING);
			if (Arrays.equals(ring, at, at + length, buffer, offset, offset + length)) {
				return cached;
			}
		}
		String value = ByteSource.string(buffer, offset, chars, wide);
		int at = (int) (written % RING);
		if (at + length > RING) {
			// keys never wrap around the end of the ring
			written += RING - at;
			at = 0;
		}
		System.arraycopy(buffer, offset, ring, at, length);
		keyAt[slot] = written;
		keyLength[slot] = key;
		values[slot] = value;
		written += length;
		return value;
	}
}
