package taizhang.store.sqlite.internal;

/** Reads what {@link ByteSink} wrote. Reading past the end throws {@link CorruptRecordException}. */
final class ByteSource {

	private final byte[] buffer;
	private final int end;
	private int position;

	ByteSource(byte[] buffer, int offset, int end) {
		this.buffer = buffer;
		this.position = offset;
		this.end = end;
	}

	boolean atEnd() {
		return position == end;
	}

	/** Bytes left to read. */
	int remaining() {
		return end - position;
	}

	private void require(int count) {
		if (count < 0 || end - position < count) {
			throw new CorruptRecordException("record ends early at byte " + position); //$NON-NLS-1$
		}
	}

	int readByte() {
		require(1);
		return buffer[position++];
	}

	int readVarInt() {
		int result = 0;
		for (int shift = 0; shift < 35; shift += 7) {
			require(1);
			byte b = buffer[position++];
			result |= (b & 0x7F) << shift;
			if (b >= 0) {
				return result;
			}
		}
		throw new CorruptRecordException("malformed number at byte " + position); //$NON-NLS-1$
	}

	long readVarLong() {
		long result = 0;
		for (int shift = 0; shift < 70; shift += 7) {
			require(1);
			byte b = buffer[position++];
			result |= (long) (b & 0x7F) << shift;
			if (b >= 0) {
				return result;
			}
		}
		throw new CorruptRecordException("malformed number at byte " + position); //$NON-NLS-1$
	}

	int readSignedInt() {
		int v = readVarInt();
		return (v >>> 1) ^ -(v & 1);
	}

	long readSignedLong() {
		long v = readVarLong();
		return (v >>> 1) ^ -(v & 1);
	}

	long readFixedLong() {
		require(8);
		long v = 0;
		for (int i = 0; i < 8; i++) {
			v = (v << 8) | (buffer[position++] & 0xFF);
		}
		return v;
	}

	/**
	 * Reads a string, reusing an equal one from {@code cache} when there is one: ledgers repeat
	 * many short texts (unit and person names, criteria, periods, ids of referenced objects), and
	 * sharing them keeps the loaded model small.
	 */
	String readString(StringCache cache) {
		return readString(cache, true);
	}

	/** @param shared false for a string that is seldom repeated (an id): it skips the cache's lookup */
	String readString(StringCache cache, boolean shared) {
		int header = readVarInt();
		int length = header >>> 1;
		boolean wide = (header & 1) != 0;
		int bytes = wide ? 2 * length : length;
		require(bytes);
		String s = shared ? cache.get(buffer, position, length, wide) : cache.string(buffer, position, length, wide);
		position += bytes;
		return s;
	}

	/** Skips a string. */
	void skipString() {
		int header = readVarInt();
		skip((header & 1) != 0 ? header & ~1 : header >>> 1);
	}

	void skip(int count) {
		require(count);
		position += count;
	}
}
