package taizhang.ui.internal;

import java.nio.file.Path;

/**
 * Where Taizhang keeps the user's own files: {@code ~/.taizhang}, or the folder named by the system
 * property {@code taizhang.home} (used by tests so that they never touch the real home).
 */
public final class TaizhangHome {

	/** The system property that moves the home folder. */
	public static final String PROPERTY = "taizhang.home"; //$NON-NLS-1$

	private TaizhangHome() {
	}

	public static Path directory() {
		String configured = System.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured).toAbsolutePath().normalize();
		}
		return Path.of(System.getProperty("user.home"), ".taizhang"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The demo ledger created on first start. */
	public static Path demoLedger() {
		return directory().resolve("demo.taizhang"); //$NON-NLS-1$
	}
}
