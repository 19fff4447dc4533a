package taizhang.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.StatusLineContributionItem;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The menu bar's skeleton and the status line. Menus and their commands come from plugin.xml
 * (menuContributions after {@code additions}), so that other bundles contribute the same way.
 */
public class TaizhangActionBarAdvisor extends ActionBarAdvisor {

	private final StatusLineContributionItem statusItem = new StatusLineContributionItem(
			"taizhang.ui.status.ledger", 90); //$NON-NLS-1$

	public TaizhangActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	@Override
	protected void fillStatusLine(IStatusLineManager statusLine) {
		statusLine.add(statusItem);
	}

	/** The status line field showing the open ledger's counts. */
	StatusLineContributionItem statusItem() {
		return statusItem;
	}
}
