package taizhang.ledger.ui.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import taizhang.ledger.LedgerColumn;

/**
 * The user's arrangement of the grid: column order, hidden columns, widths and frozen columns. Kept
 * by column id, so that it fits any ledger: columns it does not know keep their place at the end.
 *
 * @param order  column ids in shown order
 * @param hidden ids of hidden columns
 * @param widths width in pixels by column id
 * @param frozen how many shown columns are frozen at the left
 */
record GridLayout(List<String> order, Set<String> hidden, Map<String, Integer> widths, int frozen) {

	private static final String ORDER = "order"; //$NON-NLS-1$
	private static final String HIDDEN = "hidden"; //$NON-NLS-1$
	private static final String WIDTH = "width."; //$NON-NLS-1$
	private static final String FROZEN = "frozen"; //$NON-NLS-1$
	/** Ids never hold it: they are words, "custom:" keys. */
	private static final String SEPARATOR = "\t"; //$NON-NLS-1$

	GridLayout {
		order = List.copyOf(order);
		hidden = Set.copyOf(hidden);
		widths = Map.copyOf(widths);
	}

	/** The table's current arrangement. */
	static GridLayout of(GridTable table) {
		List<String> order = new ArrayList<>();
		for (int index : table.reorder.getColumnIndexOrder()) {
			order.add(table.rows.column(index).id());
		}
		Set<String> hidden = new LinkedHashSet<>();
		for (int index : table.hideShow.getHiddenColumnIndexes()) {
			hidden.add(table.rows.column(index).id());
		}
		Map<String, Integer> widths = new LinkedHashMap<>();
		List<LedgerColumn> columns = table.rows.columns();
		for (int index = 0; index < columns.size(); index++) {
			widths.put(columns.get(index).id(), table.body.getColumnWidthByPosition(index));
		}
		return new GridLayout(order, hidden, widths, table.frozenColumns());
	}

	/** Arranges the table so; ignores ids the ledger has no column for. */
	void applyTo(GridTable table) {
		List<LedgerColumn> columns = table.rows.columns();
		Map<String, Integer> indexes = new LinkedHashMap<>();
		for (int index = 0; index < columns.size(); index++) {
			indexes.put(columns.get(index).id(), index);
		}
		Set<Integer> wanted = new LinkedHashSet<>();
		for (String id : order) {
			Integer index = indexes.get(id);
			if (index != null) {
				wanted.add(index);
			}
		}
		wanted.addAll(indexes.values());
		int position = 0;
		for (int index : wanted) {
			int current = table.reorder.getColumnPositionByIndex(index);
			if (current != position) {
				table.reorder.reorderColumnPosition(current, position, true);
			}
			position++;
		}
		widths.forEach((id, width) -> {
			Integer index = indexes.get(id);
			if (index != null && width.intValue() > 0) {
				table.body.setColumnWidthByPosition(index, width.intValue());
			}
		});
		table.hideShow.showAllColumns();
		List<Integer> hide = new ArrayList<>();
		for (String id : hidden) {
			Integer index = indexes.get(id);
			if (index != null) {
				hide.add(index);
			}
		}
		if (!hide.isEmpty() && hide.size() < columns.size()) {
			table.hideShow.hideColumnIndexes(hide);
		}
		table.freezeColumns(frozen);
	}

	/** The layout saved in {@code file}, or {@code null} when there is none or it cannot be read. */
	static GridLayout load(Path file) {
		if (!Files.isRegularFile(file)) {
			return null;
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (IOException | IllegalArgumentException e) {
			return null;
		}
		List<String> order = split(properties.getProperty(ORDER));
		Set<String> hidden = new LinkedHashSet<>(split(properties.getProperty(HIDDEN)));
		Map<String, Integer> widths = new LinkedHashMap<>();
		for (String key : properties.stringPropertyNames()) {
			if (key.startsWith(WIDTH)) {
				try {
					widths.put(key.substring(WIDTH.length()), Integer.valueOf(properties.getProperty(key).trim()));
				} catch (NumberFormatException e) {
					// A damaged width keeps the default.
				}
			}
		}
		int frozen;
		try {
			frozen = Integer.parseInt(properties.getProperty(FROZEN, "0").trim()); //$NON-NLS-1$
		} catch (NumberFormatException e) {
			frozen = 0;
		}
		return new GridLayout(order, hidden, widths, Math.max(0, frozen));
	}

	void save(Path file) throws IOException {
		Properties properties = new Properties();
		properties.setProperty(ORDER, String.join(SEPARATOR, order));
		properties.setProperty(HIDDEN, String.join(SEPARATOR, hidden));
		widths.forEach((id, width) -> properties.setProperty(WIDTH + id, width.toString()));
		properties.setProperty(FROZEN, Integer.toString(frozen));
		Files.createDirectories(file.getParent());
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp"); //$NON-NLS-1$
		try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
			properties.store(writer, "Taizhang ledger grid layout"); //$NON-NLS-1$
		}
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
				StandardCopyOption.ATOMIC_MOVE);
	}

	private static List<String> split(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split(SEPARATOR)).map(String::trim).filter(id -> !id.isEmpty()).toList();
	}
}
