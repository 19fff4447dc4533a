package taizhang.store.sqlite.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import taizhang.core.audit.AuditAction;
import taizhang.core.audit.AuditChange;
import taizhang.core.audit.AuditEntry;

/**
 * The stored form of an audit entry: one JSON object with its keys in a fixed order and no
 * blanks between tokens (doc/audit.md of taizhang.core). Every surrogate and control character is
 * written as a {@code \\uXXXX} escape, so the text is valid UTF-8 whatever the strings hold and its
 * bytes, which the hash covers, are the same in every tool.
 */
final class AuditJson {

	private AuditJson() {
	}

	/** The entry's text; {@code entry.hash()} is not part of it. */
	static String write(AuditEntry entry) {
		StringBuilder b = new StringBuilder(256 + 128 * entry.changes().size());
		b.append("{\"seq\":").append(entry.sequence()); //$NON-NLS-1$
		field(b, "time", entry.time().toString()); //$NON-NLS-1$
		field(b, "actor", entry.actor()); //$NON-NLS-1$
		field(b, "action", entry.action().name()); //$NON-NLS-1$
		field(b, "command", entry.command()); //$NON-NLS-1$
		field(b, "commandType", entry.commandType()); //$NON-NLS-1$
		b.append(",\"objects\":"); //$NON-NLS-1$
		strings(b, entry.objects());
		b.append(",\"cases\":"); //$NON-NLS-1$
		strings(b, entry.caseNumbers());
		b.append(",\"changes\":["); //$NON-NLS-1$
		for (int i = 0; i < entry.changes().size(); i++) {
			AuditChange c = entry.changes().get(i);
			b.append(i == 0 ? "{\"object\":" : ",{\"object\":"); //$NON-NLS-1$ //$NON-NLS-2$
			string(b, c.object());
			field(b, "type", c.type()); //$NON-NLS-1$
			field(b, "case", c.caseNumber()); //$NON-NLS-1$
			field(b, "feature", c.feature()); //$NON-NLS-1$
			field(b, "before", c.before()); //$NON-NLS-1$
			field(b, "after", c.after()); //$NON-NLS-1$
			b.append('}');
		}
		return b.append("]}").toString(); //$NON-NLS-1$
	}

	private static void field(StringBuilder b, String name, String value) {
		b.append(",\"").append(name).append("\":"); //$NON-NLS-1$
		string(b, value);
	}

	private static void strings(StringBuilder b, List<String> values) {
		b.append('[');
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				b.append(',');
			}
			string(b, values.get(i));
		}
		b.append(']');
	}

	private static void string(StringBuilder b, String s) {
		if (s == null) {
			b.append("null"); //$NON-NLS-1$
			return;
		}
		b.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> b.append("\\\""); //$NON-NLS-1$
			case '\\' -> b.append("\\\\"); //$NON-NLS-1$
			case '\n' -> b.append("\\n"); //$NON-NLS-1$
			case '\r' -> b.append("\\r"); //$NON-NLS-1$
			case '\t' -> b.append("\\t"); //$NON-NLS-1$
			default -> {
				if (c < 0x20 || Character.isSurrogate(c)) {
					b.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
				} else {
					b.append(c);
				}
			}
			}
		}
		b.append('"');
	}

	/** Thrown for text that is not an audit entry, saying what is wrong. */
	static final class MalformedEntryException extends Exception {
		private static final long serialVersionUID = 1L;

		MalformedEntryException(String message) {
			super(message);
		}
	}

	/** Reads an entry written by {@link #write}; {@code hash} is the one stored beside it. */
	static AuditEntry read(String text, String hash) throws MalformedEntryException {
		Parser p = new Parser(text);
		Object value = p.value();
		p.skipBlanks();
		if (p.pos != text.length()) {
			throw p.error("text after the entry"); //$NON-NLS-1$
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw new MalformedEntryException("not a JSON object"); //$NON-NLS-1$
		}
		List<AuditChange> changes = new ArrayList<>();
		for (Object o : list(map, "changes")) { //$NON-NLS-1$
			if (!(o instanceof Map<?, ?> c)) {
				throw new MalformedEntryException("a change is not an object"); //$NON-NLS-1$
			}
			changes.add(new AuditChange(text(c, "object", false), text(c, "type", false), text(c, "case", true), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					text(c, "feature", false), text(c, "before", true), text(c, "after", true))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (!(map.get("seq") instanceof Long seq)) { //$NON-NLS-1$
			throw new MalformedEntryException("no whole number \"seq\""); //$NON-NLS-1$
		}
		Instant time;
		AuditAction action;
		try {
			time = Instant.parse(text(map, "time", false)); //$NON-NLS-1$
			action = AuditAction.valueOf(text(map, "action", false)); //$NON-NLS-1$
		} catch (DateTimeParseException | IllegalArgumentException e) {
			throw new MalformedEntryException(e.getMessage());
		}
		return new AuditEntry(seq, time, text(map, "actor", false), action, text(map, "command", false), //$NON-NLS-1$ //$NON-NLS-2$
				text(map, "commandType", true), strings(map, "objects"), strings(map, "cases"), changes, hash); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Only the entry's own number, for telling a moved entry from a changed one; null if unreadable. */
	static Long sequenceOf(String text) {
		try {
			return new Parser(text).value() instanceof Map<?, ?> map && map.get("seq") instanceof Long seq ? seq : null; //$NON-NLS-1$
		} catch (MalformedEntryException e) {
			return null;
		}
	}

	private static String text(Map<?, ?> map, String key, boolean nullable) throws MalformedEntryException {
		Object v = map.get(key);
		if (v instanceof String s) {
			return s;
		}
		if (v == null && nullable && map.containsKey(key)) {
			return null;
		}
		throw new MalformedEntryException("no text \"" + key + "\""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static List<?> list(Map<?, ?> map, String key) throws MalformedEntryException {
		if (map.get(key) instanceof List<?> l) {
			return l;
		}
		throw new MalformedEntryException("no list \"" + key + "\""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static List<String> strings(Map<?, ?> map, String key) throws MalformedEntryException {
		List<String> result = new ArrayList<>();
		for (Object o : list(map, key)) {
			if (!(o instanceof String s)) {
				throw new MalformedEntryException("\"" + key + "\" holds a value that is not text"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			result.add(s);
		}
		return result;
	}

	/** A small JSON reader: objects, arrays, strings, whole numbers, true, false, null. */
	private static final class Parser {
		private final String s;
		int pos;

		Parser(String s) {
			this.s = s;
		}

		MalformedEntryException error(String what) {
			return new MalformedEntryException(what + " at character " + pos); //$NON-NLS-1$
		}

		void skipBlanks() {
			while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) { //$NON-NLS-1$
				pos++;
			}
		}

		Object value() throws MalformedEntryException {
			skipBlanks();
			if (pos >= s.length()) {
				throw error("unexpected end"); //$NON-NLS-1$
			}
			char c = s.charAt(pos);
			switch (c) {
			case '{':
				return object();
			case '[':
				return array();
			case '"':
				return string();
			default:
				if (c == '-' || c >= '0' && c <= '9') {
					return number();
				}
				for (String word : new String[] { "true", "false", "null" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					if (s.startsWith(word, pos)) {
						pos += word.length();
						return word.equals("null") ? null : Boolean.valueOf(word); //$NON-NLS-1$
					}
				}
				throw error("unexpected '" + c + "'"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}

		private Map<String, Object> object() throws MalformedEntryException {
			Map<String, Object> map = new LinkedHashMap<>();
			pos++;
			skipBlanks();
			if (pos < s.length() && s.charAt(pos) == '}') {
				pos++;
				return map;
			}
			while (true) {
				skipBlanks();
				if (pos >= s.length() || s.charAt(pos) != '"') {
					throw error("expected a key"); //$NON-NLS-1$
				}
				String key = string();
				skipBlanks();
				expect(':');
				if (map.containsKey(key)) {
					throw error("key \"" + key + "\" twice"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				map.put(key, value());
				skipBlanks();
				if (pos < s.length() && s.charAt(pos) == ',') {
					pos++;
					continue;
				}
				expect('}');
				return map;
			}
		}

		private List<Object> array() throws MalformedEntryException {
			List<Object> list = new ArrayList<>();
			pos++;
			skipBlanks();
			if (pos < s.length() && s.charAt(pos) == ']') {
				pos++;
				return list;
			}
			while (true) {
				list.add(value());
				skipBlanks();
				if (pos < s.length() && s.charAt(pos) == ',') {
					pos++;
					continue;
				}
				expect(']');
				return list;
			}
		}

		private void expect(char c) throws MalformedEntryException {
			if (pos >= s.length() || s.charAt(pos) != c) {
				throw error("expected '" + c + "'"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			pos++;
		}

		private String string() throws MalformedEntryException {
			StringBuilder b = new StringBuilder();
			pos++;
			while (pos < s.length()) {
				char c = s.charAt(pos++);
				if (c == '"') {
					return b.toString();
				}
				if (c != '\\') {
					b.append(c);
					continue;
				}
				if (pos >= s.length()) {
					break;
				}
				char e = s.charAt(pos++);
				switch (e) {
				case '"', '\\', '/' -> b.append(e);
				case 'b' -> b.append('\b');
				case 'f' -> b.append('\f');
				case 'n' -> b.append('\n');
				case 'r' -> b.append('\r');
				case 't' -> b.append('\t');
				case 'u' -> {
					if (pos + 4 > s.length()) {
						throw error("short \\u escape"); //$NON-NLS-1$
					}
					try {
						b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
					} catch (NumberFormatException ex) {
						throw error("bad \\u escape"); //$NON-NLS-1$
					}
					pos += 4;
				}
				default -> throw error("bad escape"); //$NON-NLS-1$
				}
			}
			throw error("unterminated text"); //$NON-NLS-1$
		}

		private Object number() throws MalformedEntryException {
			int start = pos;
			pos++;
			while (pos < s.length() && "0123456789.eE+-".indexOf(s.charAt(pos)) >= 0) { //$NON-NLS-1$
				pos++;
			}
			String n = s.substring(start, pos);
			try {
				return Long.valueOf(n);
			} catch (NumberFormatException e) {
				throw error("not a whole number: " + n); //$NON-NLS-1$
			}
		}
	}
}
