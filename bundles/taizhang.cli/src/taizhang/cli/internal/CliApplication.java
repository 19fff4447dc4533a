package taizhang.cli.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import taizhang.cli.Cli;
import taizhang.core.LedgerFileInfo;
import taizhang.core.LedgerSession;
import taizhang.core.LedgerStore;
import taizhang.core.LedgerStoreException;
import taizhang.core.audit.AuditTrail;
import taizhang.model.Ledger;

/**
 * The Equinox application {@code taizhang.cli.app}: takes the ledger store from the OSGi service
 * registry, runs one command line and returns its exit code.
 */
public final class CliApplication implements IApplication {

	/** How long to wait for the store's DS component to be registered. */
	private static final long STORE_TIMEOUT_MILLIS = 10_000;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		// UTF-8 whatever the platform encoding, so Chinese output survives pipes and files.
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		Bundle bundle = FrameworkUtil.getBundle(CliApplication.class);
		ServiceTracker<LedgerStore, LedgerStore> tracker = new ServiceTracker<>(bundle.getBundleContext(),
				LedgerStore.class, null);
		tracker.open();
		try {
			LedgerStore store = tracker.waitForService(STORE_TIMEOUT_MILLIS);
			if (store == null) {
				store = new UnavailableStore(new Messages(Locale.getDefault()));
			}
			int exitCode = new Cli(store, out, err).run(args == null ? new String[0] : args);
			return Integer.valueOf(exitCode);
		} finally {
			tracker.close();
			out.flush();
			err.flush();
		}
	}

	@Override
	public void stop() {
		// A command runs to its end; there is nothing to interrupt.
	}

	/** Stands in when no store service is registered, so that commands fail with a clear message. */
	private static final class UnavailableStore implements LedgerStore {
		private final Messages messages;

		UnavailableStore(Messages messages) {
			this.messages = messages;
		}

		@Override
		public LedgerSession create(Path file, Ledger ledger) throws LedgerStoreException {
			throw unavailable(file);
		}

		@Override
		public LedgerSession open(Path file, boolean readOnly) throws LedgerStoreException {
			throw unavailable(file);
		}

		@Override
		public LedgerFileInfo inspect(Path file) throws LedgerStoreException {
			throw unavailable(file);
		}

		@Override
		public AuditTrail auditTrail(Path file) throws LedgerStoreException {
			throw unavailable(file);
		}

		private LedgerStoreException unavailable(Path file) {
			return new LedgerStoreException(file, messages.get("error.noStore")); //$NON-NLS-1$
		}
	}
}
