package taizhang.store.sqlite.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.osgi.util.NLS;

import taizhang.core.LedgerPersistenceException;
import taizhang.core.LedgerSession;
import taizhang.core.audit.AuditAction;
import taizhang.core.audit.AuditTrail;
import taizhang.model.Ledger;

/**
 * An open ledger: the model in one resource, an editing domain whose command stack writes every
 * command to the file, and (when writable) the connection and the writer's lock.
 */
final class SqliteLedgerSession implements LedgerSession, PersistingCommandStack.Store {

	private final Path file;
	private final Ledger ledger;
	private final int schemaVersion;
	private final AdapterFactoryEditingDomain domain;
	private final ChangeTracker tracker;
	private final Connection connection;
	private final Persister persister;
	private final LedgerLock lock;
	private String actor = systemUser();
	private boolean closed;
	private boolean broken;

	/**
	 * @param connection a connection for writing, or null for a read-only session (then
	 *                   {@code persister} and {@code lock} are null too)
	 */
	SqliteLedgerSession(Path file, Ledger ledger, int schemaVersion, ChangeTracker tracker, RecordIndex index,
			RecordCodec codec, Connection connection, Persister persister, LedgerLock lock) {
		this.file = file;
		this.ledger = ledger;
		this.schemaVersion = schemaVersion;
		this.tracker = tracker;
		this.connection = connection;
		this.persister = persister;
		this.lock = lock;
		Map<Resource, Boolean> readOnlyMap = new HashMap<>();
		this.domain = new AdapterFactoryEditingDomain(new ItemProviders(), new PersistingCommandStack(this),
				readOnlyMap);
		LedgerResource resource = new LedgerResource(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.setIndex(index, codec);
		domain.getResourceSet().getResources().add(resource);
		resource.getContents().add(ledger);
		readOnlyMap.put(resource, isReadOnly());
		// Whatever adding to the resource noted is in the file already.
		tracker.drain();
	}

	/**
	 * The item providers registered for the model (EMF.Edit's global registry), and EMF's reflective
	 * ones where none is registered (outside OSGi, in the CLI and in tests), so that the editing
	 * domain can create commands either way.
	 */
	private static final class ItemProviders extends ComposedAdapterFactory {
		private final ReflectiveItemProviderAdapterFactory reflective = new ReflectiveItemProviderAdapterFactory();

		ItemProviders() {
			super(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		}

		@Override
		protected AdapterFactory delegatedGetFactoryForTypes(Collection<?> types) {
			for (Object type : types) {
				if (!(type instanceof EPackage) && !reflective.isFactoryForType(type)) {
					return null;
				}
			}
			return reflective;
		}

		@Override
		public void dispose() {
			reflective.dispose();
			super.dispose();
		}
	}

	@Override
	public Path file() {
		return file;
	}

	@Override
	public Ledger ledger() {
		return ledger;
	}

	@Override
	public EditingDomain editingDomain() {
		return domain;
	}

	@Override
	public boolean isReadOnly() {
		return persister == null;
	}

	@Override
	public int schemaVersion() {
		return schemaVersion;
	}

	@Override
	public String actor() {
		return actor;
	}

	@Override
	public void setActor(String actor) {
		this.actor = actor == null || actor.isBlank() ? systemUser() : actor.strip();
	}

	/** The name of the user running the program: who makes a change unless the session is told otherwise. */
	static String systemUser() {
		return System.getProperty("user.name", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public AuditTrail auditTrail() {
		return new SqliteAuditTrail(file);
	}

	@Override
	public boolean isWritable() {
		return !closed && persister != null && !broken;
	}

	@Override
	public void checkWritable() {
		if (closed) {
			throw new LedgerPersistenceException(file, NLS.bind(Messages.sessionClosed, file), null);
		}
		if (persister == null) {
			throw new LedgerPersistenceException(file, NLS.bind(Messages.readOnlySession, file), null);
		}
		if (broken) {
			throw new LedgerPersistenceException(file, NLS.bind(Messages.sessionBroken, file), null);
		}
	}

	@Override
	public void discardChanges() {
		tracker.drain();
	}

	@Override
	public void writeChanges(AuditAction action, Command command) throws SQLException {
		ChangeTracker.Changes changes = tracker.drain();
		if (!changes.isEmpty()) {
			persister.write(changes, new AuditLog.Event(action, label(command), command.getClass().getName(), actor));
			// Writing gives new objects their ids before encoding them: that is in the file already.
			tracker.drain();
		}
	}

	@Override
	public LedgerPersistenceException failure(String action, Exception writeError, RuntimeException revertError) {
		String reason = describe(writeError);
		if (revertError != null) {
			broken = true;
			LedgerPersistenceException e = new LedgerPersistenceException(file,
					NLS.bind(Messages.rollbackFailed, new Object[] { file, action, reason, describe(revertError) }),
					writeError);
			e.addSuppressed(revertError);
			return e;
		}
		return new LedgerPersistenceException(file, NLS.bind(Messages.writeFailed, file, action, reason), writeError);
	}

	/** The command's label; for an unlabelled compound, the labels of its commands. */
	private static String label(Command command) {
		String label = command.getLabel();
		if (label != null && !label.isBlank()) {
			return label;
		}
		if (command instanceof CompoundCommand compound && !compound.getCommandList().isEmpty()) {
			List<String> labels = compound.getCommandList().stream().map(SqliteLedgerSession::label).distinct().toList();
			return labels.size() <= 3 ? String.join(", ", labels) : String.join(", ", labels.subList(0, 3)) + ", …"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return command.getClass().getSimpleName();
	}

	private static String describe(Exception e) {
		return e.getLocalizedMessage() != null ? e.getLocalizedMessage() : e.getClass().getSimpleName();
	}

	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		try {
			if (persister != null) {
				persister.close();
			}
			if (connection != null) {
				try (Statement s = connection.createStatement()) {
					// Fold the log into the file so that it travels alone (copied, mailed, backed up).
					s.execute("PRAGMA wal_checkpoint(TRUNCATE)"); //$NON-NLS-1$
				} catch (SQLException e) {
					// the log stays beside the file and is applied the next time it is opened
				}
				try {
					connection.close();
				} catch (SQLException e) {
					// nothing more to release
				}
			}
		} finally {
			if (lock != null) {
				lock.close();
			}
		}
	}
}
