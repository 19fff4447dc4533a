package taizhang.responsibility.ui.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;

/**
 * A read-only table of rows of one type, each column a text of the row: the lists of the dossiers.
 * Virtual, so that a unit's thousands of issues cost only the rows on screen.
 */
public final class ListTable<T> {

	private final TableViewer viewer;
	private final Class<T> type;

	public ListTable(Composite parent, Class<T> type) {
		this.type = type;
		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setUseHashlookup(true);
	}

	/** Adds a column showing {@code text} of each row. */
	public ListTable<T> column(String header, int width, Function<T, String> text) {
		return column(header, width, text, row -> null);
	}

	/** Adds a column showing {@code text} of each row in the color {@code color} gives (null: default). */
	public ListTable<T> column(String header, int width, Function<T, String> text, Function<T, Color> color) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply(type.cast(element));
				return value == null ? "" : value; //$NON-NLS-1$
			}

			@Override
			public Color getForeground(Object element) {
				return color.apply(type.cast(element));
			}
		});
		return this;
	}

	/** Calls {@code action} with the row double-clicked (or chosen with Enter). */
	public ListTable<T> onOpen(Consumer<T> action) {
		viewer.addDoubleClickListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (type.isInstance(element)) {
				action.accept(type.cast(element));
			}
		});
		return this;
	}

	/** Calls {@code action} with the rows selected. */
	public ListTable<T> onSelect(Consumer<List<?>> action) {
		viewer.addSelectionChangedListener(event -> action.accept(event.getStructuredSelection().toList()));
		return this;
	}

	public void setRows(List<? extends T> rows) {
		viewer.setInput(rows);
	}

	public int rowCount() {
		return viewer.getTable().getItemCount();
	}

	public TableViewer viewer() {
		return viewer;
	}
}
