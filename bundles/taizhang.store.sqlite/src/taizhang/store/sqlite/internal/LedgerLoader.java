package taizhang.store.sqlite.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Future;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Reads every record of a ledger file into the model, on every core: the calling thread reads rows
 * while pool threads decode batches of them (registering ids and attaching the change tracker as
 * objects are made); then the pool resolves references, and the records are put into the ledger's
 * lists in their stored order.
 * <p>
 * Nothing notifies while this runs: objects are built with delivery off.
 */
final class LedgerLoader {

	private static final int BATCH = 256;

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

	private record Row(String id, String feature, long seq, byte[] data) {
	}

	private record Root(EObject object, Row row) {
	}

	private static final class Batch {
		final RecordCodec.DecodeResult result;
		final List<Root> roots = new ArrayList<>(BATCH);

		Batch(RecordCodec.DecodeResult result) {
			this.result = result;
		}
	}

	private final RecordCodec codec;
	private final EClass ledgerClass;
	/** What each decoding thread keeps to itself: a string cache and the ids it registered. */
	private static final class PerThread {
		final StringCache strings = new StringCache();
		final Map<String, EObject> ids;

		PerThread(int expectedIds) {
			ids = new HashMap<>(Math.max(16, expectedIds * 4 / 3));
		}
	}

	private final List<PerThread> perThread = new ArrayList<>();
	private ThreadLocal<PerThread> local;

	LedgerLoader(RecordCodec codec, EClass ledgerClass) {
		this.codec = codec;
		this.ledgerClass = ledgerClass;
	}

	/** @param expectedIds about how many objects have ids (sizes the id map) */
	Loaded load(Connection connection, int expectedIds) throws SQLException, DamagedRecordException {
		int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
		// The calling thread only reads rows, and waits when the decoders fall behind rather than
		// decoding itself: a reading loop that also decodes would be compiled with the whole decoder
		// inlined, which costs the compiler more than the decoding it speeds up.
		ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(2 * threads), r -> {
					Thread t = new Thread(r, "taizhang-ledger-load"); //$NON-NLS-1$
					t.setDaemon(true);
					return t;
				}, LedgerLoader::waitForRoom);
		try {
			EObject ledger = ledgerClass.getEPackage().getEFactoryInstance().create(ledgerClass);
			ChangeTracker tracker = new ChangeTracker(ledger);
			local = ThreadLocal.withInitial(() -> {
				PerThread p = new PerThread(expectedIds / threads);
				synchronized (perThread) {
					perThread.add(p);
				}
				return p;
			});
			PerThread mine = local.get();
			RecordCodec.DecodeResult ledgerResult = new RecordCodec.DecodeResult(mine.ids, mine.strings);
			ledgerResult.adapter = tracker;
			List<Future<Batch>> futures = new ArrayList<>();
			Future<EObject> ledgerDecoded = submitAll(connection, pool, futures, ledger, ledgerResult);
			if (ledgerDecoded == null) {
				throw new DamagedRecordException(Persister.LEDGER_ROW,
						new CorruptRecordException("the ledger's own record is missing")); //$NON-NLS-1$
			}

			await(ledgerDecoded);
			List<Batch> batches = new ArrayList<>(futures.size());
			int duplicates = ledgerResult.duplicateIds;
			for (Future<Batch> f : futures) {
				Batch b = await(f);
				batches.add(b);
				duplicates += b.result.duplicateIds;
			}
			List<Map<String, EObject>> parts = new ArrayList<>();
			for (PerThread p : perThread) {
				parts.add(p.ids);
			}
			IdMap byId = new IdMap(parts);
			int unresolved = resolve(pool, threads, ledgerResult, batches, byId);
			return assemble(ledger, tracker, batches, byId, unresolved, duplicates);
		} finally {
			pool.shutdownNow();
			local.remove(); // the calling thread lives on; its string cache need not
		}
	}

	/**
	 * Reads every record and hands them to the pool in batches, the ledger's own record first. A
	 * method of its own: the compiler compiles the reading loop separately from what follows it.
	 *
	 * @return the decoding of the ledger's own record, null if the file lacks it
	 */
	private Future<EObject> submitAll(Connection connection, ExecutorService pool, List<Future<Batch>> futures,
			EObject ledger, RecordCodec.DecodeResult ledgerResult) throws SQLException {
		Future<EObject> ledgerDecoded = null;
		List<Row> rows = new ArrayList<>(BATCH);
		for (String feature : featuresSmallestFirst(connection)) {
			try (PreparedStatement s = connection.prepareStatement(
					"SELECT id, feature, seq, data FROM records WHERE feature = ?")) { //$NON-NLS-1$
				s.setString(1, feature);
				try (ResultSet rs = s.executeQuery()) {
					while (rs.next()) {
						Row row = new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBytes(4));
						if (Persister.LEDGER_ROW.equals(row.feature)) {
							// decoded first, so the decoder has seen the ledger before it is compiled
							ledgerDecoded = pool.submit(() -> decode(row, ledger, ledgerResult));
							continue;
						}
						rows.add(row);
						if (rows.size() == BATCH) {
							futures.add(pool.submit(decodeTask(rows, ledgerResult.adapter)));
							rows = new ArrayList<>(BATCH);
						}
					}
				}
			}
		}
		if (!rows.isEmpty()) {
			futures.add(pool.submit(decodeTask(rows, ledgerResult.adapter)));
		}
		return ledgerDecoded;
	}

	private static void waitForRoom(Runnable task, ThreadPoolExecutor pool) {
		try {
			pool.getQueue().put(task);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new RejectedExecutionException(e);
		}
	}

	/**
	 * The ledger's lists, the one with the fewest records first. The decoder is compiled while the
	 * first records are read, from what it has seen so far: the small lists hold most kinds of
	 * object (units, persons, notices, deductions), and seeing them first spares recompiling the
	 * decoder when they would otherwise turn up after the many issues.
	 */
	private static List<String> featuresSmallestFirst(Connection connection) throws SQLException {
		List<String> features = new ArrayList<>();
		try (PreparedStatement s = connection.prepareStatement(
				"SELECT feature FROM records GROUP BY feature ORDER BY count(*), feature"); //$NON-NLS-1$
				ResultSet rs = s.executeQuery()) {
			while (rs.next()) {
				features.add(rs.getString(1));
			}
		}
		return features;
	}

	private Callable<Batch> decodeTask(List<Row> rows, ChangeTracker tracker) {
		return () -> {
			PerThread mine = local.get();
			Batch batch = new Batch(new RecordCodec.DecodeResult(mine.ids, mine.strings));
			batch.result.adapter = tracker;
			for (Row row : rows) {
				batch.roots.add(new Root(decode(row, null, batch.result), row));
			}
			return batch;
		};
	}

	private EObject decode(Row row, EObject into, RecordCodec.DecodeResult result) throws DamagedRecordException {
		try {
			EObject o = codec.decode(row.data, into, result);
			if (o == null) {
				throw new CorruptRecordException("record of a class this version does not know"); //$NON-NLS-1$
			}
			return o;
		} catch (RuntimeException e) {
			throw new DamagedRecordException(row.id, e);
		}
	}

	/**
	 * References that change only their owner are resolved by the pool, each thread taking a share
	 * of the batches; those with another end are resolved here, one after the other.
	 */
	private static int resolve(ExecutorService pool, int threads, RecordCodec.DecodeResult ledgerResult,
			List<Batch> batches, IdMap byId) throws DamagedRecordException {
		List<Future<Integer>> shares = new ArrayList<>(threads);
		for (int t = 0; t < threads; t++) {
			int share = t;
			shares.add(pool.submit(() -> {
				int unresolved = 0;
				for (int i = share; i < batches.size(); i += threads) {
					unresolved += RecordCodec.resolve(batches.get(i).result.references, byId);
				}
				return unresolved;
			}));
		}
		int unresolved = RecordCodec.resolve(ledgerResult.references, byId)
				+ RecordCodec.resolve(ledgerResult.oppositeReferences, byId);
		for (Future<Integer> f : shares) {
			unresolved += await(f);
		}
		for (Batch b : batches) {
			unresolved += RecordCodec.resolve(b.result.oppositeReferences, byId);
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

	/** Puts the records into the ledger's lists in their stored order, with delivery off. */
	private Loaded assemble(EObject ledger, ChangeTracker tracker, List<Batch> batches, IdMap byId,
			int unresolved, int duplicates) {
		int rootCount = 0;
		Map<String, List<Root>> byFeature = new HashMap<>();
		for (Batch b : batches) {
			rootCount += b.roots.size();
			for (Root r : b.roots) {
				byFeature.computeIfAbsent(r.row.feature, k -> new ArrayList<>()).add(r);
			}
		}
		Map<EObject, RecordIndex.Row> rows = new IdentityHashMap<>(rootCount * 4 / 3 + 16);
		rows.put(ledger, new RecordIndex.Row(Persister.LEDGER_ROW, Persister.LEDGER_ROW, 0));
		int skipped = 0;
		ledger.eSetDeliver(false);
		for (Map.Entry<String, List<Root>> e : byFeature.entrySet()) {
			EStructuralFeature feature = ledgerClass.getEStructuralFeature(e.getKey());
			List<Root> roots = e.getValue();
			if (!(feature instanceof EReference ref) || !ref.isContainment()) {
				// A list that a newer model added: its rows stay in the file untouched.
				skipped += roots.size();
				continue;
			}
			roots.sort(Comparator.comparingLong(r -> r.row.seq));
			List<EObject> objects = new ArrayList<>(roots.size());
			for (Root r : roots) {
				objects.add(r.object);
				rows.put(r.object, new RecordIndex.Row(r.row.id, r.row.feature, r.row.seq));
			}
			if (ref.isMany()) {
				@SuppressWarnings("unchecked")
				InternalEList<EObject> list = (InternalEList<EObject>) ledger.eGet(ref);
				list.addAllUnique(objects);
			} else {
				ledger.eSet(ref, objects.get(objects.size() - 1));
			}
		}
		ledger.eSetDeliver(true);
		return new Loaded(ledger, new RecordIndex(ledger, rows, byId), tracker, unresolved, duplicates, skipped);
	}
}
