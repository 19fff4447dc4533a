package taizhang.ui.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import taizhang.core.LedgerStore;
import taizhang.ui.internal.session.LedgerOpener;
import taizhang.ui.internal.session.RecentLedgers;
import taizhang.ui.internal.session.StartupOpen;

/**
 * The workbench application {@code taizhang.ui.application}. Its last argument ending in
 * {@code .taizhang}, if any, names the ledger to open.
 */
public class Application implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		StartupMarks.mark("application started (OSGi up)"); //$NON-NLS-1$
		ensureInstanceLocation();
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		Optional<Path> argument = ledgerArgument(args);
		// the ledger is read while the display and the workbench start
		Optional<StartupOpen> startupOpen = beginStartupOpen(argument);
		Display display = PlatformUI.createDisplay();
		try {
			TaizhangWorkbenchAdvisor advisor = new TaizhangWorkbenchAdvisor(argument, startupOpen);
			int code = PlatformUI.createAndRunWorkbench(display, advisor);
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}

	/**
	 * Starts reading the ledger to show, so that it loads while the workbench starts; the reading
	 * thread also makes the store. Empty when there is none yet (the demo ledger is created once the
	 * workbench is up) or no store is registered (the workbench then says so).
	 */
	private static Optional<StartupOpen> beginStartupOpen(Optional<Path> argument) {
		BundleContext bundle = FrameworkUtil.getBundle(Application.class).getBundleContext();
		ServiceReference<LedgerStore> reference = bundle == null ? null : bundle.getServiceReference(LedgerStore.class);
		if (reference == null) {
			return Optional.empty();
		}
		RecentLedgers recent = new RecentLedgers(InstanceScope.INSTANCE.getNode(TaizhangWorkbenchAdvisor.PLUGIN_ID));
		return LedgerOpener.startupLedger(argument, recent)
				.map(file -> StartupOpen.begin(() -> bundle.getService(reference), file));
	}

	/** The last argument naming a ledger file, made absolute. */
	static Optional<Path> ledgerArgument(String[] args) {
		if (args == null) {
			return Optional.empty();
		}
		for (int i = args.length - 1; i >= 0; i--) {
			if (args[i].endsWith("." + LedgerStore.FILE_EXTENSION)) { //$NON-NLS-1$
				return Optional.of(Path.of(args[i]).toAbsolutePath().normalize());
			}
		}
		return Optional.empty();
	}

	/**
	 * Keeps the workbench's own state (layout, preferences) under the Taizhang home when the
	 * launcher did not choose a place. A second running workbench gets a private temporary place so
	 * that it can still open ledgers (read-only when the first one holds them).
	 */
	private static void ensureInstanceLocation() throws IOException {
		Location location = Platform.getInstanceLocation();
		if (location == null || location.isSet()) {
			return;
		}
		Path workspace = TaizhangHome.directory().resolve("workspace"); //$NON-NLS-1$
		Files.createDirectories(workspace);
		URL url = workspace.toUri().toURL();
		if (!location.set(url, true)) {
			location.set(Files.createTempDirectory("taizhang-workspace").toUri().toURL(), false); //$NON-NLS-1$
		}
	}
}
