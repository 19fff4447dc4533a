package taizhang.responsibility.ui.internal.dialogs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import taizhang.model.Ledger;
import taizhang.model.Person;
import taizhang.responsibility.ui.internal.Messages;
import taizhang.ui.internal.Labels;

/**
 * Picks a person of the ledger, with a filter field on name, title and unit. The people the caller
 * prefers (e.g. those of the unit concerned) come first.
 */
public final class PersonChooser {

	private final Text filterText;
	private final TableViewer viewer;
	private String filter = ""; //$NON-NLS-1$

	public PersonChooser(Composite parent, Ledger ledger, Predicate<Person> allowed, Predicate<Person> preferred) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(area);
		GridDataFactory.fillDefaults().grab(true, true).hint(360, 180).applyTo(area);
		filterText = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setMessage(Messages.Chooser_filterPeople);
		filterText.setData(Dialogs.ID, "personFilter"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
		viewer = new TableViewer(area, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		viewer.getTable().setData(Dialogs.ID, "people"); //$NON-NLS-1$
		viewer.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		column(Messages.Organizations_columnName, 100, person -> Labels.name(person));
		column(Messages.Organizations_columnKind, 100, person -> Labels.of(person.getTitle()));
		column(Messages.Organizations_columnPosition, 90, person -> Labels.of(person.getPosition()));
		column(Messages.Chooser_unit, 200, person -> Labels.name(person.getOrganization()));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				Person person = (Person) element;
				return filter.isEmpty() || Labels.name(person).contains(filter) || Labels.of(person.getTitle()).contains(filter)
						|| Labels.name(person.getOrganization()).contains(filter);
			}
		});
		List<Person> people = new ArrayList<>();
		for (Person person : ledger.getPersons()) {
			if (allowed.test(person)) {
				people.add(person);
			}
		}
		people.sort(Comparator.comparing((Person person) -> !preferred.test(person)));
		viewer.setInput(people);
		filterText.addModifyListener(e -> {
			filter = filterText.getText().strip();
			viewer.refresh();
		});
	}

	private void column(String header, int width, java.util.function.Function<Person, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Person) element);
			}
		});
	}

	public TableViewer viewer() {
		return viewer;
	}

	public void onChange(Runnable listener) {
		viewer.addSelectionChangedListener(event -> listener.run());
	}

	public void select(Person person) {
		if (person != null) {
			viewer.setSelection(new StructuredSelection(person), true);
		}
	}

	/** The chosen person, or {@code null}. */
	public Person person() {
		return (Person) viewer.getStructuredSelection().getFirstElement();
	}

	public void setEnabled(boolean enabled) {
		filterText.setEnabled(enabled);
		viewer.getControl().setEnabled(enabled);
	}
}
