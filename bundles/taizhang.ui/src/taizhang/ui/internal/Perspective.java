package taizhang.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import taizhang.ui.internal.detail.IssueDetailPart;
import taizhang.ui.internal.navigator.NavigatorPart;

/** The ledger perspective: navigator left, ledger grid centre, issue detail right, Properties below. */
public class Perspective implements IPerspectiveFactory {

	public static final String ID = "taizhang.ui.perspective"; //$NON-NLS-1$

	/** The ledger grid, contributed by the bundle taizhang.ledger.ui. */
	static final String LEDGER_GRID = "taizhang.ledger.ui.grid"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		layout.addView(NavigatorPart.ID, IPageLayout.LEFT, 0.23f, editorArea);
		layout.addView(LEDGER_GRID, IPageLayout.TOP, 0.7f, editorArea);
		layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.BOTTOM, 0.7f, LEDGER_GRID);
		layout.addView(IssueDetailPart.ID, IPageLayout.RIGHT, 0.7f, LEDGER_GRID);
		layout.getViewLayout(LEDGER_GRID).setCloseable(false);

		layout.addShowViewShortcut(NavigatorPart.ID);
		layout.addShowViewShortcut(LEDGER_GRID);
		layout.addShowViewShortcut(IssueDetailPart.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
	}
}
