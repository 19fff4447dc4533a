package taizhang.ui.internal;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import taizhang.ui.LedgerSessionService;

/** The main window: its size, status line, and a title and status that follow the open ledger. */
public class TaizhangWindowAdvisor extends WorkbenchWindowAdvisor {

	private TaizhangActionBarAdvisor actionBarAdvisor;
	private LedgerStatus ledgerStatus;

	public TaizhangWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		actionBarAdvisor = new TaizhangActionBarAdvisor(configurer);
		return actionBarAdvisor;
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1400, 900));
		configurer.setShowCoolBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setTitle(Messages.App_title);
		IWorkbenchWindow window = configurer.getWindow();
		MWindow model = window.getService(MWindow.class);
		EModelService models = window.getService(EModelService.class);
		if (model != null && models != null) {
			UnrestorableEditors.removeFrom(model, models);
		}
	}

	@Override
	public void postWindowOpen() {
		LedgerSessionService sessions = getWindowConfigurer().getWindow().getService(LedgerSessionService.class);
		if (sessions != null && actionBarAdvisor != null) {
			ledgerStatus = new LedgerStatus(getWindowConfigurer(), actionBarAdvisor.statusItem(), sessions);
		}
	}

	@Override
	public void postWindowClose() {
		if (ledgerStatus != null) {
			ledgerStatus.dispose();
			ledgerStatus = null;
		}
	}
}
