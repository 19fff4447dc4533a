package taizhang.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table whose columns line up in a terminal, counting Chinese characters as two
 * columns wide.
 */
public final class TextTable {

	public enum Align {
		LEFT, RIGHT
	}

	private static final String GAP = "  "; //$NON-NLS-1$

	private final Align[] aligns;
	private final List<String[]> rows = new ArrayList<>();
	private String[] header;

	public TextTable(Align... aligns) {
		this.aligns = aligns.clone();
	}

	public TextTable header(String... cells) {
		header = check(cells);
		return this;
	}

	public TextTable row(String... cells) {
		rows.add(check(cells));
		return this;
	}

	/** Prints the header, a rule under it, and the rows. */
	public void print(PrintStream out) {
		int[] widths = widths();
		if (header != null) {
			out.println(line(header, widths));
			int total = Arrays.stream(widths).sum() + GAP.length() * (widths.length - 1);
			out.println("-".repeat(total)); //$NON-NLS-1$
		}
		printRows(out, widths);
	}

	/** Prints the rows only (e.g. an option list). */
	public void printBody(PrintStream out) {
		printRows(out, widths());
	}

	private void printRows(PrintStream out, int[] widths) {
		for (String[] row : rows) {
			out.println(line(row, widths));
		}
	}

	private String[] check(String[] cells) {
		if (cells.length != aligns.length) {
			throw new IllegalArgumentException("expected " + aligns.length + " cells, got " + cells.length); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return cells.clone();
	}

	private int[] widths() {
		int[] widths = new int[aligns.length];
		List<String[]> all = new ArrayList<>(rows);
		if (header != null) {
			all.add(header);
		}
		for (String[] row : all) {
			for (int i = 0; i < row.length; i++) {
				widths[i] = Math.max(widths[i], displayWidth(row[i]));
			}
		}
		return widths;
	}

	private String line(String[] cells, int[] widths) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				line.append(GAP);
			}
			String pad = " ".repeat(widths[i] - displayWidth(cells[i])); //$NON-NLS-1$
			boolean last = i == cells.length - 1;
			if (aligns[i] == Align.RIGHT) {
				line.append(pad).append(cells[i]);
			} else {
				line.append(cells[i]);
				if (!last) {
					line.append(pad);
				}
			}
		}
		return line.toString().stripTrailing();
	}

	/** Terminal columns taken by {@code text}: East Asian wide and full-width characters take two. */
	public static int displayWidth(String text) {
		int width = 0;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			width += isWide(cp) ? 2 : 1;
			i += Character.charCount(cp);
		}
		return width;
	}

	private static boolean isWide(int cp) {
		return (cp >= 0x1100 && cp <= 0x115F) // Hangul Jamo
				|| (cp >= 0x2E80 && cp <= 0x303E) // CJK radicals, punctuation
				|| (cp >= 0x3041 && cp <= 0x33FF) // kana, CJK symbols
				|| (cp >= 0x3400 && cp <= 0x4DBF) // CJK extension A
				|| (cp >= 0x4E00 && cp <= 0x9FFF) // CJK unified ideographs
				|| (cp >= 0xA000 && cp <= 0xA4CF) // Yi
				|| (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
				|| (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
				|| (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
				|| (cp >= 0xFF00 && cp <= 0xFF60) // full-width forms
				|| (cp >= 0xFFE0 && cp <= 0xFFE6) // full-width signs
				|| (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and later
	}
}
