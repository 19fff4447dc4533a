package taizhang.ui.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import taizhang.ui.LedgerSessionService;
import taizhang.ui.internal.session.LedgerOpener;
import taizhang.ui.internal.session.RecentLedgers;
import taizhang.ui.internal.session.StartupOpen;

/** Sets up the workbench: one perspective, the ledger opener, and the ledger to show at start. */
public class TaizhangWorkbenchAdvisor extends WorkbenchAdvisor {

	/** The bundle's symbolic name, also its preference node. */
	public static final String PLUGIN_ID = "taizhang.ui"; //$NON-NLS-1$

	private final Optional<Path> ledgerArgument;
	private final Optional<StartupOpen> startupOpen;

	/**
	 * @param startupOpen the ledger to show, already being read (else the advisor chooses one once
	 *                    the window is up)
	 */
	public TaizhangWorkbenchAdvisor(Optional<Path> ledgerArgument, Optional<StartupOpen> startupOpen) {
		this.ledgerArgument = ledgerArgument;
		this.startupOpen = startupOpen;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return Perspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new TaizhangWindowAdvisor(configurer);
	}

	@Override
	public void preStartup() {
		StartupMarks.mark("workbench model ready"); //$NON-NLS-1$
		// Handlers and menus find the opener in the workbench context, next to the OSGi services.
		IEclipseContext context = getWorkbenchConfigurer().getWorkbench().getService(IEclipseContext.class);
		LedgerSessionService sessions = context.get(LedgerSessionService.class);
		if (sessions != null) {
			RecentLedgers recent = new RecentLedgers(InstanceScope.INSTANCE.getNode(PLUGIN_ID));
			LedgerOpener opener = new LedgerOpener(sessions, recent, getWorkbenchConfigurer().getWorkbench());
			context.set(LedgerOpener.class, opener);
			// Scheduled now, so parts created meanwhile say the ledger is opening.
			startupOpen.ifPresent(opener::finishStartup);
		}
	}

	@Override
	public void postStartup() {
		StartupMarks.mark("workbench window open"); //$NON-NLS-1$
		IEclipseContext context = getWorkbenchConfigurer().getWorkbench().getService(IEclipseContext.class);
		LedgerOpener opener = context.get(LedgerOpener.class);
		if (opener == null) {
			MessageDialog.openError(null, Messages.App_title, Messages.App_noStore);
			return;
		}
		opener.windowOpened();
		if (startupOpen.isEmpty()) {
			opener.openAtStartup(ledgerArgument);
		}
	}

	@Override
	public void postShutdown() {
		// Release the ledger's write lock before the framework goes down.
		IEclipseContext context = getWorkbenchConfigurer().getWorkbench().getService(IEclipseContext.class);
		LedgerSessionService sessions = context.get(LedgerSessionService.class);
		if (sessions != null) {
			sessions.close();
		}
	}
}
