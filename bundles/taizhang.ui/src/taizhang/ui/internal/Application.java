package taizhang.ui.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import taizhang.core.LedgerStore;

/**
 * The workbench application {@code taizhang.ui.application}. Its last argument ending in
 * {@code .taizhang}, if any, names the ledger to open.
 */
public class Application implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		ensureInstanceLocation();
		Display display = PlatformUI.createDisplay();
		try {
			String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
			TaizhangWorkbenchAdvisor advisor = new TaizhangWorkbenchAdvisor(ledgerArgument(args));
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
