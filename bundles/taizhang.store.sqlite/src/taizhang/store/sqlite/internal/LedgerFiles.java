package taizhang.store.sqlite.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import taizhang.core.Ids;
import taizhang.core.LedgerFileInfo;
import taizhang.core.LedgerSession;
import taizhang.core.LedgerStore;
import taizhang.core.LedgerStoreException;
import taizhang.core.audit.AuditAction;
import taizhang.core.audit.AuditTrail;
import taizhang.model.Ledger;
import taizhang.model.ModelPackage;

/**
 * Creates, opens and inspects ledger files: the checks before anything is written, the writer's
 * lock, schema upgrades, and building the session.
 */
public final class LedgerFiles {

	private final Schema schema;
	private final EPackage ePackage = ModelPackage.eINSTANCE;
	private final EClass ledgerClass = ModelPackage.Literals.LEDGER;

	/** @param schema the layout to write and upgrade to; {@link Schema#CURRENT} but in tests */
	public LedgerFiles(Schema schema) {
		this.schema = schema;
	}

	// ---- create --------------------------------------------------------------------------------

	public LedgerSession create(Path file, Ledger ledger) throws LedgerStoreException {
		if (ledger.eResource() != null || ledger.eContainer() != null) {
			throw new LedgerStoreException(file, NLS.bind(Messages.alreadyContained, file));
		}
		if (Files.exists(file)) {
			throw new LedgerStoreException(file, NLS.bind(Messages.fileExists, file));
		}
		LedgerLock lock = LedgerLock.acquire(file);
		Path temp = file.resolveSibling("." + file.getFileName() + ".creating"); //$NON-NLS-1$ //$NON-NLS-2$
		Connection connection = null;
		try {
			Files.deleteIfExists(temp);
			makeIdsUnique(ledger);
			RecordCodec codec = new RecordCodec(ePackage, ledgerClass, Dictionary.parse(null));
			RecordIndex index = RecordIndex.empty(ledger);
			long[] totals = new long[codec.classCount()];
			writeNewFile(temp, ledger, codec, index, totals);
			Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
			syncDirectory(file.toAbsolutePath().getParent());

			ChangeTracker tracker = new ChangeTracker(ledger);
			tracker.attachNew(ledger);
			for (Iterator<EObject> it = ledger.eAllContents(); it.hasNext();) {
				tracker.attachNew(it.next());
			}
			connection = Sqlite.openReadWrite(file);
			Persister persister = new Persister(connection, codec, index, ledger, totals, AuditLog.Writer.open(connection));
			return new SqliteLedgerSession(file, ledger, schema.version(), tracker, index, codec, connection, persister,
					lock);
		} catch (IOException | SQLException | RuntimeException e) {
			closeQuietly(connection);
			deleteQuietly(temp);
			lock.close();
			throw new LedgerStoreException(file, NLS.bind(Messages.cannotCreate, file, describe(e)), e);
		}
	}

	/** Every identifiable object gets an id, and an id used twice is replaced in the later object. */
	private static void makeIdsUnique(Ledger ledger) {
		Map<String, EObject> seen = new HashMap<>();
		for (Iterator<EObject> it = withContents(ledger); it.hasNext();) {
			EObject o = it.next();
			Ids.assignIfMissing(o);
			EStructuralFeature idAttribute = o.eClass().getEIDAttribute();
			if (idAttribute != null && o.eGet(idAttribute) instanceof String id && seen.putIfAbsent(id, o) != null) {
				String fresh = Ids.newId();
				o.eSet(idAttribute, fresh);
				seen.put(fresh, o);
			}
		}
	}

	private static Iterator<EObject> withContents(EObject root) {
		Iterator<EObject> contents = root.eAllContents();
		return new Iterator<>() {
			boolean first = true;

			@Override
			public boolean hasNext() {
				return first || contents.hasNext();
			}

			@Override
			public EObject next() {
				if (first) {
					first = false;
					return root;
				}
				return contents.next();
			}
		};
	}

	/**
	 * Writes the whole ledger into a new file in one transaction without a journal (the file is not
	 * in place yet, so there is nothing to protect), then switches it to write-ahead logging and
	 * syncs it to disk.
	 */
	private void writeNewFile(Path temp, Ledger ledger, RecordCodec codec, RecordIndex index, long[] totals)
			throws SQLException, IOException {
		try (Connection c = Sqlite.openReadWrite(temp)) {
			try (Statement s = c.createStatement()) {
				s.execute("PRAGMA journal_mode = OFF"); //$NON-NLS-1$
				s.execute("PRAGMA synchronous = OFF"); //$NON-NLS-1$
			}
			c.setAutoCommit(false);
			schema.create(c);
			RecordCodec.Encoder encoder = codec.new Encoder(index::isInLedger);
			try (PreparedStatement insert = c.prepareStatement(
					"INSERT INTO records(id, feature, seq, data, counts) VALUES(?, ?, ?, ?, ?)")) { //$NON-NLS-1$
				insert(insert, encoder, codec, ledger, Persister.LEDGER_ROW, Persister.LEDGER_ROW, 0, false, totals);
				index.putRow(ledger, new RecordIndex.Row(Persister.LEDGER_ROW, Persister.LEDGER_ROW, 0));
				for (EReference ref : ledgerClass.getEAllContainments()) {
					if (!RecordCodec.isPersisted(ref)) {
						continue;
					}
					List<EObject> roots = ref.isMany() ? asList(ledger.eGet(ref))
							: ledger.eGet(ref) instanceof EObject o ? List.of(o) : List.of();
					long seq = 0;
					for (EObject root : roots) {
						String id = codec.idOf(root);
						if (Ids.isMissing(id)) {
							throw new IllegalStateException(root.eClass().getName() + " has no id attribute"); //$NON-NLS-1$
						}
						insert(insert, encoder, codec, root, id, ref.getName(), seq, true, totals);
						index.putRow(root, new RecordIndex.Row(id, ref.getName(), seq));
						seq++;
					}
				}
			}
			for (Iterator<EObject> it = withContents(ledger); it.hasNext();) {
				EObject o = it.next();
				String id = codec.idOf(o);
				if (!Ids.isMissing(id) && codec.isLookedUp(o)) {
					index.putId(id, o);
				}
			}
			Meta.put(c, Meta.APP_VERSION, appVersion());
			Meta.put(c, Meta.CREATED, Instant.now().toString());
			Meta.put(c, Meta.MODEL, ePackage.getNsURI());
			Meta.put(c, Meta.LEDGER_NAME, Persister.ledgerName(ledger));
			Meta.put(c, Meta.DICTIONARY, codec.dictionary().format());
			for (int i = 0; i < totals.length; i++) {
				Meta.put(c, Meta.COUNT_PREFIX + codec.className(i), Long.toString(totals[i]));
			}
			appendAuditEntry(c, AuditAction.CREATE, "create", List.of(codec.idOf(ledger))); //$NON-NLS-1$
			c.commit();
			codec.dictionary().markWritten();
			c.setAutoCommit(true);
			try (Statement s = c.createStatement()) {
				s.execute("PRAGMA journal_mode = WAL"); //$NON-NLS-1$
			}
		}
		try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> asList(Object value) {
		return (List<EObject>) value;
	}

	private static void insert(PreparedStatement insert, RecordCodec.Encoder encoder, RecordCodec codec, EObject root,
			String id, String feature, long seq, boolean withContainments, long[] totals) throws SQLException {
		Arrays.fill(encoder.counts, 0);
		byte[] data = encoder.encode(root, withContainments);
		for (int i = 0; i < totals.length; i++) {
			totals[i] += encoder.counts[i];
		}
		insert.setString(1, id);
		insert.setString(2, feature);
		insert.setLong(3, seq);
		insert.setBytes(4, data);
		insert.setBytes(5, codec.encodeCounts(encoder.counts));
		insert.executeUpdate();
	}

	// ---- open ----------------------------------------------------------------------------------

	public LedgerSession open(Path file, boolean readOnly) throws LedgerStoreException {
		FileHeader.check(file);
		Map<String, String> meta = readMeta(file);
		int version = Meta.schemaVersion(meta);
		Path dir = file.toAbsolutePath().getParent();
		boolean writable = !readOnly && Files.isWritable(file) && Files.isWritable(dir);
		LedgerLock lock = writable ? LedgerLock.acquire(file) : null;
		Path upgradedCopy = null;
		Connection connection = null;
		try {
			Path source = file;
			if (version < schema.version()) {
				if (writable) {
					upgrade(file, version);
				} else {
					upgradedCopy = upgradedCopy(file, version);
					source = upgradedCopy;
				}
				meta = readMeta(source);
			}
			Dictionary dictionary = parseDictionary(file, meta);
			RecordCodec codec = new RecordCodec(ePackage, ledgerClass, dictionary);
			if (!dictionary.incompatible().isEmpty()) {
				throw new LedgerStoreException(file,
						NLS.bind(Messages.incompatibleModel, file, String.join(", ", dictionary.incompatible()))); //$NON-NLS-1$
			}
			if (writable && !dictionary.unknownToModel().isEmpty()) {
				throw new LedgerStoreException(file,
						NLS.bind(Messages.newerModel, file, String.join(", ", dictionary.unknownToModel()))); //$NON-NLS-1$
			}
			long[] totals = new long[codec.classCount()];
			long lookedUp = 0;
			for (int i = 0; i < totals.length; i++) {
				totals[i] = parseLong(meta.get(Meta.COUNT_PREFIX + codec.className(i)));
				lookedUp += codec.isLookedUp(i) ? totals[i] : 0;
			}
			LedgerLoader.Loaded loaded;
			try (Connection reader = Sqlite.openReadOnly(source)) {
				loaded = new LedgerLoader(codec, ledgerClass).load(reader, (int) Math.min(lookedUp, 50_000_000));
			}
			Persister persister = null;
			if (writable) {
				connection = Sqlite.openReadWrite(file);
				persister = new Persister(connection, codec, loaded.index(), loaded.ledger(), totals,
						AuditLog.Writer.open(connection));
			}
			// A read-only session of an old file read an upgraded copy; the file itself keeps its version.
			int versionOnDisk = writable ? schema.version() : version;
			return new SqliteLedgerSession(file, (Ledger) loaded.ledger(), versionOnDisk, loaded.tracker(),
					loaded.index(), codec, connection, persister, lock);
		} catch (SQLException e) {
			closeQuietly(connection);
			closeLock(lock);
			throw sqlFailure(file, e);
		} catch (LedgerLoader.DamagedRecordException e) {
			closeLock(lock);
			throw new LedgerStoreException(file, NLS.bind(Messages.damagedRecord,
					new Object[] { file, e.recordId.isEmpty() ? "ledger" : e.recordId, e.getMessage() }), e); //$NON-NLS-1$
		} catch (LedgerStoreException | RuntimeException e) {
			closeQuietly(connection);
			closeLock(lock);
			throw e;
		} finally {
			if (upgradedCopy != null) {
				deleteQuietly(upgradedCopy);
			}
		}
	}

	private static Dictionary parseDictionary(Path file, Map<String, String> meta) throws LedgerStoreException {
		try {
			return Dictionary.parse(meta.get(Meta.DICTIONARY));
		} catch (IllegalArgumentException e) {
			throw new LedgerStoreException(file, NLS.bind(Messages.damaged, file, e.getMessage()), e);
		}
	}

	/**
	 * Upgrades the file in place: a copy of it is written beside it first, then every step runs in
	 * one transaction.
	 */
	private void upgrade(Path file, int version) throws LedgerStoreException {
		Path backup = backupPath(file, version);
		try (Connection c = Sqlite.openReadWrite(file)) {
			try (PreparedStatement s = c.prepareStatement("VACUUM INTO ?")) { //$NON-NLS-1$
				s.setString(1, backup.toString());
				s.execute();
			}
			c.setAutoCommit(false);
			try {
				schema.upgrade(c, version);
				appendAuditEntry(c, AuditAction.MIGRATE, "schema " + version + " \u2192 " + schema.version(), List.of()); //$NON-NLS-1$ //$NON-NLS-2$
				c.commit();
			} catch (SQLException | RuntimeException e) {
				c.rollback();
				throw new LedgerStoreException(file, NLS.bind(Messages.migrationFailed,
						new Object[] { file, version, schema.version(), describe(e), backup }), e);
			}
		} catch (SQLException e) {
			throw sqlFailure(file, e);
		}
	}

	/** For a read-only session of an old file: the file is left alone and a temporary copy upgraded. */
	private Path upgradedCopy(Path file, int version) throws LedgerStoreException {
		try {
			Path copy = Files.createTempFile("taizhang-upgrade-", "." + LedgerStore.FILE_EXTENSION); //$NON-NLS-1$ //$NON-NLS-2$
			Files.delete(copy);
			try (Connection reader = Sqlite.openReadOnly(file);
					PreparedStatement s = reader.prepareStatement("VACUUM INTO ?")) { //$NON-NLS-1$
				s.setString(1, copy.toString());
				s.execute();
			}
			try (Connection c = Sqlite.openReadWrite(copy)) {
				c.setAutoCommit(false);
				schema.upgrade(c, version);
				c.commit();
			}
			return copy;
		} catch (IOException e) {
			throw new LedgerStoreException(file, NLS.bind(Messages.cannotRead, file, describe(e)), e);
		} catch (SQLException e) {
			throw sqlFailure(file, e);
		}
	}

	/**
	 * Records a change of the file itself (creation, migration) in its audit trail, if it has one,
	 * inside the caller's transaction.
	 */
	private static void appendAuditEntry(Connection c, AuditAction action, String command, List<String> objects)
			throws SQLException {
		try (AuditLog.Writer audit = AuditLog.Writer.open(c)) {
			if (audit != null) {
				audit.append(new AuditLog.Event(action, command, null, SqliteLedgerSession.systemUser()), objects);
			}
		}
	}

	static Path backupPath(Path file, int version) {
		String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")); //$NON-NLS-1$
		return file.resolveSibling(file.getFileName() + ".schema" + version + "-" + stamp + ".bak"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	// ---- audit trail ---------------------------------------------------------------------------

	/** The audit trail of {@code file}, after the checks of {@link #inspect}; loads no model, takes no lock. */
	public AuditTrail auditTrail(Path file) throws LedgerStoreException {
		FileHeader.check(file);
		readMeta(file);
		return new SqliteAuditTrail(file);
	}

	// ---- inspect -------------------------------------------------------------------------------

	public LedgerFileInfo inspect(Path file) throws LedgerStoreException {
		FileHeader.check(file);
		Map<String, String> meta = readMeta(file);
		Map<String, Long> counts = new LinkedHashMap<>();
		for (EClassifier classifier : ePackage.getEClassifiers()) {
			if (classifier instanceof EClass c && !c.isAbstract() && !c.isInterface()) {
				counts.put(c.getName(), parseLong(meta.get(Meta.COUNT_PREFIX + c.getName())));
			}
		}
		return new LedgerFileInfo(file, Meta.schemaVersion(meta), meta.getOrDefault(Meta.LEDGER_NAME, ""), counts); //$NON-NLS-1$
	}

	/**
	 * A consistent copy of a ledger file: a plain copy when no write-ahead log is beside it,
	 * otherwise one made by SQLite, which includes what the log holds.
	 */
	public static void copy(Path from, Path to) throws LedgerStoreException {
		FileHeader.check(from);
		try {
			Path wal = Sqlite.wal(from);
			if (!Files.exists(wal) || Files.size(wal) == 0) {
				Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
				return;
			}
			Files.deleteIfExists(to);
			try (Connection reader = Sqlite.openReadOnly(from);
					PreparedStatement s = reader.prepareStatement("VACUUM INTO ?")) { //$NON-NLS-1$
				s.setString(1, to.toString());
				s.execute();
			}
		} catch (IOException e) {
			throw new LedgerStoreException(from, NLS.bind(Messages.cannotRead, from, describe(e)), e);
		} catch (SQLException e) {
			throw sqlFailure(from, e);
		}
	}

	/** Deletes a ledger file with its log, shared-memory and lock files, as far as possible. */
	public static void deleteWithSideFiles(Path file) {
		deleteQuietly(file);
		try {
			Files.deleteIfExists(LedgerLock.lockFile(file));
		} catch (IOException e) {
			// a stale, empty lock file does no harm
		}
	}

	// ---- shared --------------------------------------------------------------------------------

	/**
	 * Reads the meta table read-only and checks that the file is a ledger this version can read.
	 */
	private Map<String, String> readMeta(Path file) throws LedgerStoreException {
		Map<String, String> meta;
		try (Connection c = Sqlite.openReadOnly(file)) {
			try {
				meta = Meta.readAll(c);
			} catch (SQLException e) {
				if (!Sqlite.isDamage(e) && String.valueOf(e.getMessage()).contains("no such table")) { //$NON-NLS-1$
					throw new LedgerStoreException(file, NLS.bind(Messages.notLedger, file), e);
				}
				throw e;
			}
		} catch (SQLException e) {
			throw sqlFailure(file, e);
		}
		if (!Schema.FORMAT.equals(meta.get(Meta.FORMAT))) {
			throw new LedgerStoreException(file, NLS.bind(Messages.notLedger, file));
		}
		int version = Meta.schemaVersion(meta);
		if (version < 1) {
			throw new LedgerStoreException(file,
					NLS.bind(Messages.damaged, file, "schema_version " + meta.get(Meta.SCHEMA_VERSION))); //$NON-NLS-1$
		}
		if (version > schema.version()) {
			throw new LedgerStoreException(file, NLS.bind(Messages.newerSchema, new Object[] { file, version, schema.version() }));
		}
		return meta;
	}

	private static LedgerStoreException sqlFailure(Path file, SQLException e) {
		String message = Sqlite.isDamage(e) ? NLS.bind(Messages.damaged, file, describe(e))
				: NLS.bind(Messages.cannotRead, file, describe(e));
		return new LedgerStoreException(file, message, e);
	}

	private static long parseLong(String value) {
		try {
			return value == null ? 0 : Long.parseLong(value.trim());
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	private static String describe(Exception e) {
		return e.getLocalizedMessage() != null ? e.getLocalizedMessage() : e.getClass().getSimpleName();
	}

	private static String appVersion() {
		try {
			Bundle bundle = FrameworkUtil.getBundle(LedgerFiles.class);
			if (bundle != null) {
				return bundle.getVersion().toString();
			}
		} catch (NoClassDefFoundError e) {
			// not in OSGi and no framework classes at hand
		}
		return "dev"; //$NON-NLS-1$
	}

	/** Makes a rename durable: the directory entry must reach the disk too. */
	private static void syncDirectory(Path dir) {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// not supported on every platform; the file itself is synced
		}
	}

	private static void closeQuietly(Connection c) {
		if (c != null) {
			try {
				c.close();
			} catch (SQLException e) {
				// nothing more to release
			}
		}
	}

	private static void closeLock(LedgerLock lock) {
		if (lock != null) {
			lock.close();
		}
	}

	private static void deleteQuietly(Path file) {
		for (Path p : List.of(file, Sqlite.wal(file), Sqlite.shm(file))) {
			try {
				Files.deleteIfExists(p);
			} catch (IOException e) {
				// a temporary file left behind does no harm
			}
		}
	}
}
