package taizhang.cli.internal;

import java.math.BigDecimal;

/**
 * Writes indented JSON. Objects and arrays are opened and closed explicitly; names are written in
 * the order given, so the output of a command is stable.
 */
public final class JsonWriter {

	private final StringBuilder out = new StringBuilder();
	private int depth;
	private boolean first = true;
	private boolean afterName;

	public JsonWriter beginObject() {
		open('{');
		return this;
	}

	public JsonWriter endObject() {
		close('}');
		return this;
	}

	public JsonWriter beginArray() {
		open('[');
		return this;
	}

	public JsonWriter endArray() {
		close(']');
		return this;
	}

	public JsonWriter name(String name) {
		separate();
		quote(name);
		out.append(": "); //$NON-NLS-1$
		afterName = true;
		return this;
	}

	public JsonWriter value(String value) {
		separate();
		if (value == null) {
			out.append("null"); //$NON-NLS-1$
		} else {
			quote(value);
		}
		return this;
	}

	public JsonWriter value(long value) {
		separate();
		out.append(value);
		return this;
	}

	/** A decimal number as written (no exponent), or {@code null}. */
	public JsonWriter value(BigDecimal value) {
		separate();
		out.append(value == null ? "null" : value.toPlainString()); //$NON-NLS-1$
		return this;
	}

	public JsonWriter value(boolean value) {
		separate();
		out.append(value);
		return this;
	}

	@Override
	public String toString() {
		return out.toString();
	}

	private void open(char bracket) {
		separate();
		out.append(bracket);
		depth++;
		first = true;
	}

	private void close(char bracket) {
		depth--;
		if (!first) {
			newline();
		}
		out.append(bracket);
		first = false;
	}

	/** Before a value or name: a comma unless it is the first in its container, then a new line. */
	private void separate() {
		if (afterName) {
			afterName = false;
			return;
		}
		if (depth > 0) {
			if (!first) {
				out.append(',');
			}
			newline();
		}
		first = false;
	}

	private void newline() {
		out.append('\n');
		out.append("  ".repeat(depth)); //$NON-NLS-1$
	}

	private void quote(String text) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\""); //$NON-NLS-1$
			case '\\' -> out.append("\\\\"); //$NON-NLS-1$
			case '\n' -> out.append("\\n"); //$NON-NLS-1$
			case '\r' -> out.append("\\r"); //$NON-NLS-1$
			case '\t' -> out.append("\\t"); //$NON-NLS-1$
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}
}
