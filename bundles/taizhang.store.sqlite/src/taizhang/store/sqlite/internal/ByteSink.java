package taizhang.store.sqlite.internal;

import java.util.Arrays;

/** A growable byte buffer with the few primitives of the record encoding (varints, UTF-8 strings). */
final class ByteSink {

	private byte[] buffer;
	private int length;

	ByteSink(int capacity) {
		buffer = new byte[capacity];
	}

	void reset() {
		length = 0;
	}

	int length() {
		return length;
	}

	byte[] buffer() {
		return buffer;
	}

	byte[] toByteArray() {
		return Arrays.copyOf(buffer, length);
	}

	private void ensure(int extra) {
		if (length + extra > buffer.length) {
			buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + extra));
		}
	}

	void writeByte(int value) {
		ensure(1);
		buffer[length++] = (byte) value;
	}

	void writeBytes(byte[] bytes) {
		ensure(bytes.length);
		System.arraycopy(bytes, 0, buffer, length, bytes.length);
		length += bytes.length;
	}

	/** An unsigned varint: 7 bits a byte, low bits first. */
	void writeVarInt(int value) {
		ensure(5);
		while ((value & ~0x7F) != 0) {
			buffer[length++] = (byte) ((value & 0x7F) | 0x80);
			value >>>= 7;
		}
		buffer[length++] = (byte) value;
	}

	void writeVarLong(long value) {
		ensure(10);
		while ((value & ~0x7FL) != 0) {
			buffer[length++] = (byte) ((value & 0x7F) | 0x80);
			value >>>= 7;
		}
		buffer[length++] = (byte) value;
	}

	/** A signed int, zigzag-encoded so that small negative numbers stay short. */
	void writeSignedInt(int value) {
		writeVarInt((value << 1) ^ (value >> 31));
	}

	void writeSignedLong(long value) {
		writeVarLong((value << 1) ^ (value >> 63));
	}

	void writeFixedLong(long value) {
		ensure(8);
		for (int i = 0; i < 8; i++) {
			buffer[length++] = (byte) (value >>> (56 - 8 * i));
		}
	}

	/**
	 * A string as {@code length << 1 | wide} and its characters: one byte each when all are
	 * Latin-1, else two (UTF-16, low byte first). Chinese text takes two bytes a character instead
	 * of UTF-8's three, and both forms turn back into strings without decoding.
	 */
	void writeString(String value) {
		int n = value.length();
		boolean wide = false;
		for (int i = 0; i < n; i++) {
			if (value.charAt(i) > 0xFF) {
				wide = true;
				break;
			}
		}
		writeVarInt(n << 1 | (wide ? 1 : 0));
		ensure(wide ? 2 * n : n);
		if (wide) {
			for (int i = 0; i < n; i++) {
				char c = value.charAt(i);
				buffer[length++] = (byte) c;
				buffer[length++] = (byte) (c >>> 8);
			}
		} else {
			for (int i = 0; i < n; i++) {
				buffer[length++] = (byte) value.charAt(i);
			}
		}
	}
}
