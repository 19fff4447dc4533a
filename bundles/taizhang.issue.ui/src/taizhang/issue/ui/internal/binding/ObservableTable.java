package taizhang.issue.ui.internal.binding;

import java.util.List;
import java.util.function.Function;

import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.core.databinding.observable.map.IObservableMap;
import org.eclipse.core.databinding.property.Properties;
import org.eclipse.emf.databinding.EMFProperties;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.databinding.viewers.ObservableListContentProvider;
import org.eclipse.jface.databinding.viewers.ObservableMapCellLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * A table of model objects that follows the model through EMF data binding: rows come and go with
 * the observed list, and a cell is repainted when one of the features it shows changes.
 */
public final class ObservableTable {

	/**
	 * One column.
	 *
	 * @param header   the column's title
	 * @param width    its initial width in pixels
	 * @param text     a row's text in this column
	 * @param features the features of a row the text is made of (the cell follows them)
	 */
	public record Column<E>(String header, int width, Function<E, String> text, EStructuralFeature... features) {
	}

	private ObservableTable() {
	}

	/** A single-selection table of {@code rows} showing about {@code visibleRows} rows. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static <E> TableViewer create(FormToolkit toolkit, Composite parent, IObservableList<E> rows,
			int visibleRows, List<Column<E>> columns) {
		Table table = toolkit.createTable(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		TableViewer viewer = new TableViewer(table);
		ObservableListContentProvider<E> content = new ObservableListContentProvider<>();
		viewer.setContentProvider(content);
		for (Column<E> column : columns) {
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
			viewerColumn.getColumn().setText(column.header());
			viewerColumn.getColumn().setWidth(column.width());
			viewerColumn.getColumn().setResizable(true);
			IObservableMap[] maps = Properties.observeEach(content.getKnownElements(),
					EMFProperties.values(column.features()));
			viewerColumn.setLabelProvider(new ObservableMapCellLabelProvider(maps) {
				@Override
				public void update(ViewerCell cell) {
					cell.setText(column.text().apply((E) cell.getElement()));
				}
			});
		}
		viewer.setInput(rows);
		// A row's number is its place in the list: rows below one added or removed are renumbered.
		rows.addListChangeListener(event -> {
			if (!table.isDisposed()) {
				viewer.refresh();
			}
		});
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		data.heightHint = table.getHeaderHeight() + visibleRows * table.getItemHeight() + 4;
		data.widthHint = 300;
		table.setLayoutData(data);
		return viewer;
	}
}
