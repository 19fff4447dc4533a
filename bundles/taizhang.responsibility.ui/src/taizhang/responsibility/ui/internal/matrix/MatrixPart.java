package taizhang.responsibility.ui.internal.matrix;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IWorkbenchWindow;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import taizhang.core.LedgerSession;
import taizhang.core.settings.Settings;
import taizhang.core.time.TimeRules;
import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.Organization;
import taizhang.responsibility.AssignCommand;
import taizhang.responsibility.ResponsibilityMatrix;
import taizhang.responsibility.Roles;
import taizhang.responsibility.UnitCounts;
import taizhang.responsibility.ui.internal.BackgroundRead;
import taizhang.responsibility.ui.internal.Edits;
import taizhang.responsibility.ui.internal.IssueSelection;
import taizhang.responsibility.ui.internal.Messages;
import taizhang.responsibility.ui.internal.Navigation;
import taizhang.responsibility.ui.internal.Texts;
import taizhang.ui.LedgerSessionService;
import taizhang.ui.internal.Labels;
import taizhang.ui.internal.SessionTracker;

/**
 * The responsibility matrix (责任矩阵), in two levels so that it stays quick on a 100,000-issue ledger.
 * Above, one row per unit holding a role on any issue, with how many issues it leads and cooperates
 * on and, of those it leads, how many are open, overdue and had a completion rejected (click a header
 * to rank). Below, the issues of the units chosen above (or the issues selected in the workbench),
 * one column per unit: each cell is the unit's role on the issue and is edited in place, one
 * undoable command per cell.
 */
public class MatrixPart implements SessionTracker.Callback {

	/** At most this many unit columns below: a matrix wider than a screen helps no one. */
	static final int MAX_UNIT_COLUMNS = 12;

	/** Recomputing walks every issue: a burst of edits recomputes once, this long after the last. */
	private static final int RECOMPUTE_DELAY_MS = 500;

	/** The choices of a cell: no role, then the unit roles. */
	private static final List<AssignmentRole> CELL_ROLES = Roles.UNIT_ROLES;

	@Inject
	private LedgerSessionService sessions;

	@Inject
	private ESelectionService selectionService;

	@Inject
	private IWorkbenchWindow window;

	private LedgerSession session;
	private ResponsibilityMatrix matrix;
	private Label status;
	private Button selectedIssuesOnly;
	private TableViewer units;
	private TableViewer cells;
	private Composite cellsArea;
	private final List<Organization> columnUnits = new ArrayList<>();
	private final List<TableViewerColumn> unitColumns = new ArrayList<>();
	private final Runnable recompute = this::recompute;
	private BackgroundRead reads;

	@PostConstruct
	public void create(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(6, 2).applyTo(bar);
		status = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		selectedIssuesOnly = new Button(bar, SWT.CHECK);
		selectedIssuesOnly.setText(Messages.Matrix_selectedIssues);
		selectedIssuesOnly.addListener(SWT.Selection, e -> recompute());

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		units = createUnits(sash);
		cellsArea = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(cellsArea);
		cells = createCells(cellsArea);
		sash.setWeights(1, 1);
		status.setToolTipText(Messages.Matrix_hint);
		reads = new BackgroundRead(getClass().getSimpleName(), units.getControl());
		IssueSelection.of(window);
		SessionTracker.track(sessions, units.getControl(), this);
	}

	private TableViewer createUnits(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		unitColumn(viewer, Messages.Matrix_unit, 200, null, unit -> Labels.name(unit));
		unitColumn(viewer, Messages.Matrix_kind, 100, null, unit -> Labels.of(unit.getKind()));
		unitColumn(viewer, Messages.Matrix_lead, 70, UnitCounts::lead, null);
		unitColumn(viewer, Messages.Matrix_cooperating, 70, UnitCounts::cooperating, null);
		unitColumn(viewer, Messages.Matrix_open, 70, UnitCounts::open, null);
		unitColumn(viewer, Messages.Matrix_overdue, 70, UnitCounts::overdue, null);
		unitColumn(viewer, Messages.Matrix_rejected, 80, UnitCounts::rejected, null);
		unitColumn(viewer, Messages.Matrix_rejections, 80, UnitCounts::rejections, null);
		viewer.addSelectionChangedListener(event -> unitsChosen(event.getStructuredSelection()));
		viewer.addDoubleClickListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Organization unit) {
				Navigation.reveal(window, unit);
			}
		});
		return viewer;
	}

	private void unitColumn(TableViewer viewer, String header, int width, ToIntFunction<UnitCounts> count,
			java.util.function.Function<Organization, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, count == null ? SWT.LEFT : SWT.RIGHT);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				Organization unit = (Organization) element;
				return count == null ? text.apply(unit) : Integer.toString(count.applyAsInt(matrix.counts(unit)));
			}
		});
		if (count != null) {
			// A click ranks the units by the column, most first.
			column.getColumn().addListener(SWT.Selection, e -> {
				TableColumn sorted = column.getColumn();
				viewer.getTable().setSortColumn(sorted);
				viewer.getTable().setSortDirection(SWT.DOWN);
				viewer.setComparator(new ViewerComparator() {
					@Override
					public int compare(Viewer v, Object a, Object b) {
						return Integer.compare(count.applyAsInt(matrix.counts((Organization) b)),
								count.applyAsInt(matrix.counts((Organization) a)));
					}
				});
			});
		}
	}

	private TableViewer createCells(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setUseHashlookup(true);
		issueColumn(viewer, Messages.Matrix_caseNumber, 110, Texts::caseNumber);
		issueColumn(viewer, Messages.Matrix_issue, 240, issue -> Labels.abbreviate(issue.getDescription(), 40));
		issueColumn(viewer, Messages.Matrix_issueStatus, 80, issue -> Labels.of(issue.getStatus()));
		viewer.addSelectionChangedListener(event -> {
			IStructuredSelection selection = event.getStructuredSelection();
			if (!selection.isEmpty()) {
				selectionService.setSelection(new StructuredSelection(selection.toList()));
				selectionService.setPostSelection(new StructuredSelection(selection.toList()));
			}
		});
		return viewer;
	}

	private static void issueColumn(TableViewer viewer, String header, int width,
			java.util.function.Function<Issue, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Issue) element);
			}
		});
	}

	@Focus
	public void setFocus() {
		units.getControl().setFocus();
	}

	@Override
	public void sessionChanged(LedgerSession newSession) {
		session = newSession;
		columnUnits.clear();
		recompute();
	}

	@Override
	public void modelChanged(LedgerSession changed) {
		// the cells below show each issue's assignments as they are; the figures above follow shortly
		cells.refresh();
		units.getControl().getDisplay().timerExec(RECOMPUTE_DELAY_MS, recompute);
	}

	/**
	 * Computes the matrix again from the ledger as it is (now, not after the delay), in the background:
	 * on a large ledger that takes a moment.
	 */
	public void recompute() {
		if (units.getControl().isDisposed()) {
			return;
		}
		units.getControl().getDisplay().timerExec(-1, recompute);
		if (session == null) {
			reads.cancel();
			matrix = null;
			units.setInput(List.of());
			setColumns(List.of());
			cells.setInput(List.of());
			status.setText(Messages.Matrix_noLedger);
			return;
		}
		LocalDate asOf = LocalDate.now();
		Ledger ledger = session.ledger();
		List<Issue> selected = selectedIssuesOnly.getSelection() ? IssueSelection.of(window).issues(ledger) : null;
		reads.request(session, () -> {
			long start = System.nanoTime();
			ResponsibilityMatrix computed = selected == null ? ResponsibilityMatrix.of(ledger, asOf)
					: ResponsibilityMatrix.of(ledger, selected, asOf, new TimeRules(Settings.of(ledger).warningPolicy()));
			return new Computed(computed, (System.nanoTime() - start) / 1_000_000);
		}, this::show);
	}

	private record Computed(ResponsibilityMatrix matrix, long millis) {
	}

	private void show(Computed computed) {
		matrix = computed.matrix();
		IStructuredSelection chosen = units.getStructuredSelection();
		units.setInput(matrix.units());
		List<Organization> kept = new ArrayList<>();
		for (Object unit : chosen) {
			if (matrix.units().contains(unit)) {
				kept.add((Organization) unit);
			}
		}
		units.setSelection(new StructuredSelection(kept));
		status.setText(NLS.bind(Messages.Matrix_status, new Object[] { matrix.units().size(), matrix.issues().size(),
				matrix.asOf().toString(), computed.millis() }));
		status.getParent().layout(true);
		showCells(kept);
	}

	private void unitsChosen(IStructuredSelection selection) {
		List<Organization> chosen = new ArrayList<>();
		for (Object element : selection) {
			chosen.add((Organization) element);
		}
		showCells(chosen);
		if (!chosen.isEmpty()) {
			StructuredSelection objects = new StructuredSelection(chosen);
			selectionService.setSelection(objects);
			selectionService.setPostSelection(objects);
		}
	}

	/**
	 * Shows below the issues of the chosen units (all issues of the matrix when it is of the selected
	 * issues), a column for each chosen unit, or for the matrix's units when none is chosen and the
	 * matrix is small.
	 */
	private void showCells(List<Organization> chosen) {
		if (matrix == null) {
			return;
		}
		boolean ofSelection = selectedIssuesOnly.getSelection();
		List<Organization> shownUnits = new ArrayList<>(chosen);
		if (shownUnits.isEmpty() && ofSelection) {
			shownUnits.addAll(matrix.units());
		}
		if (shownUnits.size() > MAX_UNIT_COLUMNS) {
			shownUnits = shownUnits.subList(0, MAX_UNIT_COLUMNS);
		}
		List<Issue> rows;
		if (ofSelection) {
			rows = matrix.issues();
		} else {
			Set<Issue> found = Collections.newSetFromMap(new IdentityHashMap<>());
			for (Organization unit : shownUnits) {
				for (AssignmentRole role : CELL_ROLES) {
					found.addAll(matrix.issues(unit, role));
				}
			}
			rows = new ArrayList<>(found);
			rows.sort(Comparator.comparingInt(Issue::getSequenceNumber));
		}
		setColumns(shownUnits);
		cells.setInput(rows);
	}

	private void setColumns(List<Organization> shownUnits) {
		if (shownUnits.equals(columnUnits)) {
			return;
		}
		cells.getTable().setRedraw(false);
		try {
			for (TableViewerColumn column : unitColumns) {
				column.getColumn().dispose();
			}
			unitColumns.clear();
			columnUnits.clear();
			columnUnits.addAll(shownUnits);
			for (Organization unit : shownUnits) {
				TableViewerColumn column = new TableViewerColumn(cells, SWT.CENTER);
				column.getColumn().setText(Labels.shortName(unit));
				column.getColumn().setToolTipText(Labels.name(unit));
				column.getColumn().setWidth(90);
				column.setLabelProvider(new ColumnLabelProvider() {
					@Override
					public String getText(Object element) {
						return cellText((Issue) element, unit);
					}
				});
				column.setEditingSupport(new CellEditing(unit));
				unitColumns.add(column);
			}
		} finally {
			cells.getTable().setRedraw(true);
		}
	}

	/** The unit's roles on the issue, read from the issue itself (so an edit shows at once). */
	static Set<AssignmentRole> roles(Issue issue, Organization unit) {
		Set<AssignmentRole> roles = EnumSet.noneOf(AssignmentRole.class);
		for (Assignment assignment : issue.getAssignments()) {
			if (assignment.getOrganization() == unit && Roles.isUnitRole(assignment.getRole())) {
				roles.add(assignment.getRole());
			}
		}
		return roles;
	}

	private static String cellText(Issue issue, Organization unit) {
		List<String> texts = new ArrayList<>();
		for (AssignmentRole role : roles(issue, unit)) {
			texts.add(Labels.of(role));
		}
		return Labels.join(texts);
	}

	/**
	 * Sets {@code unit}'s role on {@code issue} (none: {@code null}) as editing the cell does; returns
	 * whether the ledger changed.
	 */
	public boolean setCell(Issue issue, Organization unit, AssignmentRole role) {
		if (session == null || session.isReadOnly()) {
			return false;
		}
		Set<AssignmentRole> now = roles(issue, unit);
		if (role == null ? now.isEmpty() : now.equals(EnumSet.of(role))) {
			return false;
		}
		boolean done = Edits.execute(cells.getControl().getShell(), session,
				AssignCommand.setUnitRole(session.editingDomain(), issue, unit, role));
		cells.refresh();
		return done;
	}

	/** The matrix shown, for tests; {@code null} until the first is computed. */
	public ResponsibilityMatrix matrix() {
		return matrix;
	}

	/** The units table, for tests. */
	public TableViewer units() {
		return units;
	}

	/** The issues × units table, for tests. */
	public TableViewer cells() {
		return cells;
	}

	/** The units that have a column below. */
	public List<Organization> columnUnits() {
		return List.copyOf(columnUnits);
	}

	/** Edits a cell with a drop-down of the unit roles. */
	private final class CellEditing extends EditingSupport {
		private final Organization unit;

		CellEditing(Organization unit) {
			super(cells);
			this.unit = unit;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			String[] items = new String[CELL_ROLES.size() + 1];
			items[0] = Messages.Matrix_noRole;
			for (int i = 0; i < CELL_ROLES.size(); i++) {
				items[i + 1] = Labels.of(CELL_ROLES.get(i));
			}
			return new ComboBoxCellEditor(cells.getTable(), items, SWT.READ_ONLY);
		}

		@Override
		protected boolean canEdit(Object element) {
			return session != null && !session.isReadOnly() && !unit.isRetired();
		}

		@Override
		protected Object getValue(Object element) {
			Set<AssignmentRole> roles = roles((Issue) element, unit);
			for (int i = 0; i < CELL_ROLES.size(); i++) {
				if (roles.contains(CELL_ROLES.get(i))) {
					return i + 1;
				}
			}
			return 0;
		}

		@Override
		protected void setValue(Object element, Object value) {
			int index = value instanceof Integer i ? i : -1;
			if (index < 0) {
				return;
			}
			setCell((Issue) element, unit, index == 0 ? null : CELL_ROLES.get(index - 1));
		}
	}
}
