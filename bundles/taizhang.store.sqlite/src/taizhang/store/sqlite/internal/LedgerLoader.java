package taizhang.store.sqlite.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Reads every record of a ledger file into the model, on every core.
 * <p>
 * The calling thread reads the rows of the large lists (the issues) and hands them in batches to
 * pool threads, one per other core (at most four). As soon as the pool has work, it reads and
 * decodes the ledger's own record and its small lists (units, persons, rounds …) itself, and
 * publishes their objects: most references of the issues point to them, and each decoder resolves
 * those, and the ones into the same record, as it goes (see {@link RecordDecoder}). The few
 * references left are resolved at the end, and the records are put into the ledger's lists in their
 * stored order while a pool thread notes where each is stored.
 * <p>
 * Nothing notifies while this runs: objects are built before the change tracker is attached.
 */
final class LedgerLoader {

	private static final int BATCH = 256;
	/** The lists that together hold at most this share of the rows are read as small lists. */
	private static final int SMALL_SHARE = 8;

	/** A record that could not be read; the file is damaged. */
	static final class DamagedRecordException extends Exception {
		private static final long serialVersionUID = 1L;
		final String recordId;

		DamagedRecordException(String recordId, Throwable cause) {
			super(cause.getMessage() != null ? cause.getMessage() : cause.toString(), cause);
			this.recordId = recordId;
		}
	}

	/** The loaded ledger and what writing needs to know about the file. */
	record Loaded(EObject ledger, RecordIndex index, ChangeTracker tracker, int unresolvedReferences,
			int duplicateIds, int skippedRecords) {
	}

	/** A ledger list and how many rows it has. */
	private record Feature(String name, int rows) {
	}

	/** Reading the small lists, done while the pool decodes the first batches of the large ones. */
	private interface SmallLists {
		void read() throws SQLException, DamagedRecordException;
	}

	/** Consecutive rows of one ledger list and, once decoded, their objects. */
	private static final class Batch {
		final String feature;
		final String[] ids = new String[BATCH];
		/** The ids as the file has them, until the decoder turns them into {@link #ids}. */
		final byte[][] rawIds = new byte[BATCH][];
		final long[] seqs = new long[BATCH];
		final byte[][] data = new byte[BATCH][];
		final EObject[] objects = new EObject[BATCH];
		int size;

		Batch(String feature) {
			this.feature = feature;
		}
	}

	private final RecordCodec codec;
	private final EClass ledgerClass;
	private final List<RecordDecoder> poolDecoders = new ArrayList<>();

	LedgerLoader(RecordCodec codec, EClass ledgerClass) {
		this.codec = codec;
		this.ledgerClass = ledgerClass;
	}

	/** @param expectedIds about how many objects have ids (sizes the id maps) */
	Loaded load(Connection connection, int expectedIds) throws SQLException, DamagedRecordException {
		// The calling thread keeps a core busy reading rows; the pool gets the others.
		int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() - 1));
		EObject ledger = ledgerClass.getEPackage().getEFactoryInstance().create(ledgerClass);
		ChangeTracker tracker = new ChangeTracker(ledger);

		List<Feature> features = featuresSmallestFirst(connection);
		long total = 0;
		for (Feature f : features) {
			total += f.rows;
		}
		List<Feature> small = new ArrayList<>();
		List<Feature> large = new ArrayList<>();
		long smallRows = 0;
		for (Feature f : features) {
			if (smallRows + f.rows <= total / SMALL_SHARE) {
				small.add(f);
				smallRows += f.rows;
			} else {
				large.add(f);
			}
		}

		RecordDecoder.Earlier earlier = new RecordDecoder.Earlier();
		RecordDecoder first = new RecordDecoder(codec, tracker, new RecordDecoder.Earlier(), (int) smallRows * 2);
		List<Batch> batches = new ArrayList<>();
		SmallLists readSmall = () -> {
			decodeLedgerRecord(connection, first, ledger);
			for (Feature f : small) {
				readSmall(connection, f.name, first, batches);
			}
			earlier.publish(first.byId);
		};
		ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(2 * threads), r -> {
					Thread t = new Thread(r, "taizhang-ledger-load"); //$NON-NLS-1$
					t.setDaemon(true);
					return t;
				}, LedgerLoader::waitForRoom);
		ThreadLocal<RecordDecoder> decoders = ThreadLocal.withInitial(() -> {
			RecordDecoder d = new RecordDecoder(codec, tracker, earlier, expectedIds / threads);
			synchronized (poolDecoders) {
				poolDecoders.add(d);
			}
			return d;
		});
		try {
			List<Batch> largeBatches = new ArrayList<>();
			List<Future<?>> decoded = new ArrayList<>();
			submitLarge(connection, large, pool, decoders, largeBatches, decoded, 3 * threads, readSmall);
			batches.addAll(largeBatches);
			for (Future<?> f : decoded) {
				await(f);
			}
			List<IdTable> parts = new ArrayList<>();
			parts.add(first.byId);
			int duplicates = first.duplicateIds;
			for (RecordDecoder d : poolDecoders) {
				parts.add(d.byId);
				duplicates += d.duplicateIds;
			}
			IdMap byId = new IdMap(parts);
			int unresolved = resolve(pool, first, byId);
			return assemble(pool, ledger, tracker, batches, byId, unresolved, duplicates);
		} finally {
			pool.shutdownNow();
		}
	}

	private static void decodeLedgerRecord(Connection connection, RecordDecoder decoder, EObject ledger)
			throws SQLException, DamagedRecordException {
		try (PreparedStatement s = connection.prepareStatement("SELECT data FROM records WHERE feature = ?")) { //$NON-NLS-1$
			s.setString(1, Persister.LEDGER_ROW);
			try (ResultSet rs = s.executeQuery()) {
				if (!rs.next()) {
					throw new DamagedRecordException(Persister.LEDGER_ROW,
							new CorruptRecordException("the ledger's own record is missing")); //$NON-NLS-1$
				}
				decode(decoder, rs.getBytes(1), ledger, Persister.LEDGER_ROW);
			}
		}
	}

	private static PreparedStatement selectRows(Connection connection) throws SQLException {
		return connection.prepareStatement("SELECT id, seq, data FROM records WHERE feature = ? ORDER BY seq"); //$NON-NLS-1$
	}

	/** Reads and decodes the rows of a small list on the calling thread. */
	private void readSmall(Connection connection, String feature, RecordDecoder decoder, List<Batch> batches)
			throws SQLException, DamagedRecordException {
		try (PreparedStatement s = selectRows(connection)) {
			s.setString(1, feature);
			try (ResultSet rs = s.executeQuery()) {
				Batch b = null;
				while (rs.next()) {
					if (b == null || b.size == BATCH) {
						b = new Batch(feature);
						batches.add(b);
					}
					String id = rs.getString(1);
					b.ids[b.size] = id;
					b.seqs[b.size] = rs.getLong(2);
					b.objects[b.size] = decode(decoder, rs.getBytes(3), null, id);
					b.size++;
				}
			}
		}
	}

	/**
	 * Reads the rows of the large lists and hands them to the pool in batches. Once the pool has
	 * {@code head} batches to work on, {@code meanwhile} runs (the small lists are read). A method of
	 * its own: the compiler compiles the reading loop separately from what follows it.
	 */
	private void submitLarge(Connection connection, List<Feature> large, ExecutorService pool,
			ThreadLocal<RecordDecoder> decoders, List<Batch> batches, List<Future<?>> decoded, int head,
			SmallLists meanwhile) throws SQLException, DamagedRecordException {
		boolean ran = false;
		try (PreparedStatement s = selectRows(connection)) {
			for (Feature f : large) {
				s.setString(1, f.name);
				try (ResultSet rs = s.executeQuery()) {
					Batch b = new Batch(f.name);
					while (rs.next()) {
						b.rawIds[b.size] = rs.getBytes(1);
						b.seqs[b.size] = rs.getLong(2);
						b.data[b.size] = rs.getBytes(3);
						if (++b.size == BATCH) {
							batches.add(b);
							decoded.add(pool.submit(decodeTask(b, decoders)));
							b = new Batch(f.name);
							if (!ran && decoded.size() == head) {
								meanwhile.read();
								ran = true;
							}
						}
					}
					if (b.size > 0) {
						batches.add(b);
						decoded.add(pool.submit(decodeTask(b, decoders)));
					}
				}
			}
		}
		if (!ran) {
			meanwhile.read();
		}
	}

	private Callable<Void> decodeTask(Batch b, ThreadLocal<RecordDecoder> decoders) {
		return () -> {
			RecordDecoder decoder = decoders.get();
			for (int i = 0; i < b.size; i++) {
				b.objects[i] = decode(decoder, b.data[i], null, b.rawIds[i]);
				b.ids[i] = rowId(b.rawIds[i], b.objects[i]);
				b.data[i] = null;
				b.rawIds[i] = null;
			}
			return null;
		};
	}

	private static void waitForRoom(Runnable task, ThreadPoolExecutor pool) {
		try {
			pool.getQueue().put(task);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new RejectedExecutionException(e);
		}
	}

	/** The ledger's lists but its own record, the one with the fewest records first. */
	private static List<Feature> featuresSmallestFirst(Connection connection) throws SQLException {
		List<Feature> features = new ArrayList<>();
		try (PreparedStatement s = connection.prepareStatement(
				"SELECT feature, count(*) FROM records WHERE feature <> ? GROUP BY feature ORDER BY count(*), feature")) { //$NON-NLS-1$
			s.setString(1, Persister.LEDGER_ROW);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					features.add(new Feature(rs.getString(1), rs.getInt(2)));
				}
			}
		}
		return features;
	}

	private static EObject decode(RecordDecoder decoder, byte[] data, EObject into, Object id)
			throws DamagedRecordException {
		try {
			EObject o = decoder.decode(data, into);
			if (o == null) {
				throw new CorruptRecordException("record of a class this version does not know"); //$NON-NLS-1$
			}
			return o;
		} catch (RuntimeException e) {
			throw new DamagedRecordException(id instanceof byte[] raw ? new String(raw, StandardCharsets.UTF_8)
					: String.valueOf(id), e);
		}
	}

	/**
	 * A row's id as a string: the record's own object's id where they agree, as they do in files
	 * this program wrote, so that the index shares that string rather than holding a copy. The
	 * reading thread takes the id as bytes, which spares it making a string per row.
	 */
	private String rowId(byte[] raw, EObject object) {
		String own = codec.idOf(object);
		if (own != null && own.length() == raw.length) {
			int i = 0;
			while (i < raw.length && raw[i] == own.charAt(i)) {
				i++;
			}
			if (i == raw.length) {
				return own;
			}
		}
		return new String(raw, StandardCharsets.UTF_8);
	}

	/**
	 * Resolves the references left at the end: those that change only their owner by the pool, one
	 * task per decoder (their owners differ), and those with another end one after the other.
	 */
	private int resolve(ExecutorService pool, RecordDecoder first, IdMap byId) throws DamagedRecordException {
		List<Future<Integer>> parts = new ArrayList<>();
		for (RecordDecoder d : poolDecoders) {
			if (!d.references.isEmpty()) {
				parts.add(pool.submit(() -> d.references.resolve(byId)));
			}
		}
		int unresolved = first.references.resolve(byId);
		for (Future<Integer> f : parts) {
			unresolved += await(f);
		}
		unresolved += first.oppositeReferences.resolve(byId);
		for (RecordDecoder d : poolDecoders) {
			unresolved += d.oppositeReferences.resolve(byId);
		}
		return unresolved;
	}

	private static <T> T await(Future<T> f) throws DamagedRecordException {
		try {
			return f.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof DamagedRecordException d) {
				throw d;
			}
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	/** The ledger's containment of this name, or null for a list that a newer model added. */
	private EReference ledgerList(String name) {
		return ledgerClass.getEStructuralFeature(name) instanceof EReference ref && ref.isContainment() ? ref : null;
	}

	/**
	 * Puts the records into the ledger's lists in their stored order (the batches of a list follow
	 * each other, in order), with delivery off, while a pool thread notes the row of each.
	 */
	private Loaded assemble(ExecutorService pool, EObject ledger, ChangeTracker tracker, List<Batch> batches,
			IdMap byId, int unresolved, int duplicates) throws DamagedRecordException {
		Future<Map<EObject, RecordIndex.Row>> rows = pool.submit(() -> rows(ledger, batches));
		int skipped = 0;
		ledger.eSetDeliver(false);
		for (int from = 0, to; from < batches.size(); from = to) {
			String name = batches.get(from).feature;
			int count = 0;
			for (to = from; to < batches.size() && batches.get(to).feature.equals(name); to++) {
				count += batches.get(to).size;
			}
			EReference ref = ledgerList(name);
			if (ref == null) {
				// A list that a newer model added: its rows stay in the file untouched.
				skipped += count;
				continue;
			}
			Object[] objects = new Object[count];
			int n = 0;
			for (int i = from; i < to; i++) {
				Batch b = batches.get(i);
				System.arraycopy(b.objects, 0, objects, n, b.size);
				n += b.size;
			}
			if (ref.isMany()) {
				@SuppressWarnings("unchecked")
				InternalEList<Object> list = (InternalEList<Object>) ledger.eGet(ref);
				RecordDecoder.fill(list, objects, 0, count);
			} else {
				ledger.eSet(ref, objects[count - 1]);
			}
		}
		ledger.eSetDeliver(true);
		return new Loaded(ledger, new RecordIndex(ledger, await(rows), byId), tracker, unresolved, duplicates, skipped);
	}

	/** Where each record is stored, for the records of the ledger's known lists. */
	private Map<EObject, RecordIndex.Row> rows(EObject ledger, List<Batch> batches) {
		int count = 1;
		for (Batch b : batches) {
			count += b.size;
		}
		Map<EObject, RecordIndex.Row> rows = new IdentityHashMap<>(count * 4 / 3 + 16);
		rows.put(ledger, new RecordIndex.Row(Persister.LEDGER_ROW, Persister.LEDGER_ROW, 0));
		for (Batch b : batches) {
			if (ledgerList(b.feature) != null) {
				for (int k = 0; k < b.size; k++) {
					rows.put(b.objects[k], new RecordIndex.Row(b.ids[k], b.feature, b.seqs[k]));
				}
			}
		}
		return rows;
	}
}
