package taizhang.store.sqlite.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A direct-mapped cache from encoded bytes to strings, one per decoding thread. Ledgers repeat many
 * short texts (unit and person names, criteria, periods, ids of referenced objects); sharing them
 * keeps the loaded model small. A hit costs a hash and a comparison and allocates nothing. The keys
 * live in one ring buffer rather than in an array each, so misses make no garbage either; a slot
 * whose key the ring has since overwritten simply misses. Long strings (descriptions, reports) are
 * rarely repeated and are not cached: they would push the short ones out of the ring.
 * Two-byte characters are put together in one reused buffer, so a new string makes no garbage
 * either.
 */
final class StringCache {

	private static final int MAX_LENGTH = 96;
	private static final int SLOTS = 1 << 14;
	private static final int RING = 1 << 20;

	/**
	 * A key starts at its absolute position modulo RING and runs on into the slack past the end
	 * rather than wrapping, so writing one needs no test for the end (a test that turns out true
	 * only after a megabyte of keys would make the JIT compile every reader of strings again).
	 */
	private final byte[] ring = new byte[RING + MAX_LENGTH];
	/**
	 * Bytes ever written to the ring. A key written at absolute position p is intact while
	 * p >= written - (RING - MAX_LENGTH): no key written since can reach its bytes.
	 */
	private long written;
	private final long[] keyAt = new long[SLOTS];
	/** The key's byte length, complemented for two-byte characters. */
	private final int[] keyLength = new int[SLOTS];
	private final String[] values = new String[SLOTS];
	/** Where two-byte characters are put together before they become a string; reused. */
	private char[] chars = new char[256];

	/** @param length in characters; {@code wide} characters take two bytes (see {@link ByteSource}) */
	String get(byte[] buffer, int offset, int chars, boolean wide) {
		int length = wide ? 2 * chars : chars;
		if (length > MAX_LENGTH) {
			return string(buffer, offset, chars, wide);
		}
		int hash = wide ? ~length : length;
		for (int i = offset, end = offset + length; i < end; i++) {
			hash = 31 * hash + buffer[i];
		}
		int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
		String cached = values[slot];
		int key = wide ? ~length : length;
		// Whether the slot's key differs (length, bytes) or the ring has run over it, computed
		// rather than tested one by one: a branch first taken late (the first collision, the first
		// key overwritten after a megabyte) makes the JIT compile every reader of strings again.
		int at = (int) (keyAt[slot] & (RING - 1));
		int overwritten = (int) ((keyAt[slot] - (written - (RING - MAX_LENGTH))) >>> 63);
		int differs = (keyLength[slot] ^ key) | overwritten
				| (Arrays.mismatch(ring, at, at + length, buffer, offset, offset + length) + 1);
		if (cached != null && differs == 0) {
			return cached;
		}
		String value = string(buffer, offset, chars, wide);
		System.arraycopy(buffer, offset, ring, (int) (written & (RING - 1)), length);
		keyAt[slot] = written;
		keyLength[slot] = key;
		values[slot] = value;
		written += length;
		return value;
	}

	/** Makes a string of encoded characters (see {@link ByteSink#writeString}). */
	String string(byte[] buffer, int offset, int length, boolean wide) {
		if (!wide) {
			return new String(buffer, offset, length, StandardCharsets.ISO_8859_1);
		}
		char[] c = length <= chars.length ? chars : (chars = new char[Math.max(length, 2 * chars.length)]);
		for (int i = 0, at = offset; i < length; i++, at += 2) {
			c[i] = (char) ((buffer[at] & 0xFF) | (buffer[at + 1] << 8));
		}
		return new String(c, 0, length);
	}
}
