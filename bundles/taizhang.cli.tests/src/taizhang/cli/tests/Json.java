package taizhang.cli.tests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A strict little JSON reader, so tests can check the shape of the CLI's JSON, not just substrings. */
final class Json {

	private final String text;
	private int pos;

	private Json(String text) {
		this.text = text;
	}

	/** Objects become LinkedHashMaps (key order kept), arrays Lists, numbers BigDecimals. */
	static Object parse(String text) {
		Json json = new Json(text);
		Object value = json.value();
		json.skipSpace();
		if (json.pos != text.length()) {
			throw json.error("trailing text"); //$NON-NLS-1$
		}
		return value;
	}

	private Object value() {
		skipSpace();
		if (pos >= text.length()) {
			throw error("unexpected end"); //$NON-NLS-1$
		}
		char c = text.charAt(pos);
		switch (c) {
		case '{':
			return object();
		case '[':
			return array();
		case '"':
			return string();
		default:
			if (text.startsWith("null", pos)) { //$NON-NLS-1$
				pos += 4;
				return null;
			}
			if (text.startsWith("true", pos)) { //$NON-NLS-1$
				pos += 4;
				return Boolean.TRUE;
			}
			if (text.startsWith("false", pos)) { //$NON-NLS-1$
				pos += 5;
				return Boolean.FALSE;
			}
			return number();
		}
	}

	private Map<String, Object> object() {
		Map<String, Object> map = new LinkedHashMap<>();
		pos++;
		skipSpace();
		if (peek() == '}') {
			pos++;
			return map;
		}
		while (true) {
			skipSpace();
			String key = string();
			skipSpace();
			expect(':');
			if (map.put(key, value()) != null) {
				throw error("duplicate key " + key); //$NON-NLS-1$
			}
			skipSpace();
			if (peek() == ',') {
				pos++;
			} else {
				expect('}');
				return map;
			}
		}
	}

	private List<Object> array() {
		List<Object> list = new ArrayList<>();
		pos++;
		skipSpace();
		if (peek() == ']') {
			pos++;
			return list;
		}
		while (true) {
			list.add(value());
			skipSpace();
			if (peek() == ',') {
				pos++;
			} else {
				expect(']');
				return list;
			}
		}
	}

	private String string() {
		expect('"');
		StringBuilder result = new StringBuilder();
		while (true) {
			char c = text.charAt(pos++);
			if (c == '"') {
				return result.toString();
			}
			if (c == '\\') {
				char e = text.charAt(pos++);
				switch (e) {
				case 'n' -> result.append('\n');
				case 't' -> result.append('\t');
				case 'r' -> result.append('\r');
				case 'u' -> {
					result.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
					pos += 4;
				}
				default -> result.append(e);
				}
			} else if (c < 0x20) {
				throw error("control character in string"); //$NON-NLS-1$
			} else {
				result.append(c);
			}
		}
	}

	private BigDecimal number() {
		int start = pos;
		while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) { //$NON-NLS-1$
			pos++;
		}
		if (start == pos) {
			throw error("unexpected character"); //$NON-NLS-1$
		}
		return new BigDecimal(text.substring(start, pos));
	}

	private char peek() {
		return pos < text.length() ? text.charAt(pos) : '\0';
	}

	private void expect(char c) {
		if (peek() != c) {
			throw error("expected " + c); //$NON-NLS-1$
		}
		pos++;
	}

	private void skipSpace() {
		while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
			pos++;
		}
	}

	private IllegalArgumentException error(String what) {
		return new IllegalArgumentException(what + " at " + pos); //$NON-NLS-1$
	}
}
