package taizhang.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * Tab-separated text as Excel, WPS and LibreOffice put it on the clipboard and read it back: cells
 * separated by tabs, rows ended by CRLF (the last one too); a cell holding a tab, a line break or a
 * double quote is enclosed in double quotes, its quotes doubled.
 */
public final class Tsv {

	private static final String ROW_END = "\r\n"; //$NON-NLS-1$

	private Tsv() {
	}

	/**
	 * The cells of {@code text}, row by row. Accepts CRLF, LF and CR line ends; a final line end adds no
	 * row; rows may differ in length. A quote that does not enclose the whole cell is taken literally,
	 * as spreadsheets do.
	 */
	public static List<List<String>> parse(String text) {
		List<List<String>> rows = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return rows;
		}
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		int length = text.length();
		int i = 0;
		while (i < length) {
			int quoted = cell.isEmpty() && text.charAt(i) == '"' ? quotedEnd(text, i) : -1;
			if (quoted >= 0) {
				cell.append(text, i + 1, quoted - 1);
				replaceDoubledQuotes(cell);
				i = quoted;
				continue;
			}
			char c = text.charAt(i);
			if (c == '\t') {
				row.add(cell.toString());
				cell.setLength(0);
				i++;
			} else if (c == '\r' || c == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i += c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n' ? 2 : 1;
			} else {
				cell.append(c);
				i++;
			}
		}
		if (!cell.isEmpty() || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}

	/**
	 * Where a quoted cell starting at {@code start} ends (the index after its closing quote), if the
	 * closing quote is followed by a tab, a line end or the end of the text; -1 otherwise.
	 */
	private static int quotedEnd(String text, int start) {
		int i = start + 1;
		while (i < text.length()) {
			if (text.charAt(i) == '"') {
				if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
					i += 2;
					continue;
				}
				int next = i + 1;
				if (next == text.length() || "\t\r\n".indexOf(text.charAt(next)) >= 0) { //$NON-NLS-1$
					return next;
				}
				return -1;
			}
			i++;
		}
		return -1;
	}

	private static void replaceDoubledQuotes(StringBuilder cell) {
		for (int i = cell.indexOf("\"\""); i >= 0; i = cell.indexOf("\"\"", i + 1)) { //$NON-NLS-1$ //$NON-NLS-2$
			cell.deleteCharAt(i);
		}
	}

	/** The text of {@code cells}: tab-separated, each row ended by CRLF, cells quoted where needed. */
	public static String format(List<List<String>> cells) {
		StringBuilder text = new StringBuilder();
		for (List<String> row : cells) {
			for (int column = 0; column < row.size(); column++) {
				if (column > 0) {
					text.append('\t');
				}
				appendCell(text, row.get(column));
			}
			text.append(ROW_END);
		}
		return text.toString();
	}

	private static void appendCell(StringBuilder text, String cell) {
		if (cell == null) {
			return;
		}
		boolean quote = false;
		for (int i = 0; i < cell.length() && !quote; i++) {
			char c = cell.charAt(i);
			quote = c == '\t' || c == '\n' || c == '\r' || c == '"';
		}
		if (!quote) {
			text.append(cell);
			return;
		}
		text.append('"');
		for (int i = 0; i < cell.length(); i++) {
			char c = cell.charAt(i);
			if (c == '"') {
				text.append('"');
			}
			text.append(c);
		}
		text.append('"');
	}
}
