package taizhang.core.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import taizhang.core.issues.IssueFacts;
import taizhang.model.Issue;
import taizhang.model.Ledger;

/**
 * The statistics of a ledger as of one day: totals, done, completion rate and overdue counts, for
 * the whole ledger and grouped by each requested {@link Dimension}. This is the one query API that
 * the CLI, the workbench and exports use; it reads the model and never changes it.
 *
 * <pre>
 * LedgerStatistics stats = LedgerStatistics.compute(ledger, LocalDate.of(2026, 11, 24));
 * for (Group&lt;RoundKind&gt; group : stats.groups(Dimension.ROUND_KIND)) { … }
 * </pre>
 */
public final class LedgerStatistics {

	private final LocalDate asOf;
	private final Figures total;
	private final Map<Dimension<?>, List<? extends Group<?>>> groups;

	private LedgerStatistics(LocalDate asOf, Figures total, Map<Dimension<?>, List<? extends Group<?>>> groups) {
		this.asOf = asOf;
		this.total = total;
		this.groups = groups;
	}

	/** Computes the {@linkplain Dimension#standard() standard dimensions} as of {@code asOf}. */
	public static LedgerStatistics compute(Ledger ledger, LocalDate asOf) {
		return compute(ledger, asOf, Dimension.standard());
	}

	/** Computes the given dimensions as of {@code asOf}, in one pass over the issues. */
	public static LedgerStatistics compute(Ledger ledger, LocalDate asOf, Collection<? extends Dimension<?>> dimensions) {
		Objects.requireNonNull(ledger, "ledger"); //$NON-NLS-1$
		Objects.requireNonNull(asOf, "asOf"); //$NON-NLS-1$
		List<Tallies<?>> perDimension = new ArrayList<>();
		for (Dimension<?> dimension : dimensions) {
			perDimension.add(new Tallies<>(dimension));
		}
		Tally total = new Tally();
		for (Issue issue : ledger.getIssues()) {
			boolean done = IssueFacts.isDone(issue);
			boolean overdue = !done && IssueFacts.isOverdue(issue, asOf);
			total.add(done, overdue);
			for (Tallies<?> tallies : perDimension) {
				tallies.add(issue, done, overdue);
			}
		}
		Map<Dimension<?>, List<? extends Group<?>>> groups = new LinkedHashMap<>();
		for (Tallies<?> tallies : perDimension) {
			groups.put(tallies.dimension, tallies.groups(ledger));
		}
		return new LedgerStatistics(asOf, total.figures(), groups);
	}

	/** The day the figures were computed for (it decides what is overdue). */
	public LocalDate asOf() {
		return asOf;
	}

	/** The figures of the whole ledger. */
	public Figures total() {
		return total;
	}

	/** The dimensions computed, in the order requested. */
	public List<Dimension<?>> dimensions() {
		return List.copyOf(groups.keySet());
	}

	/**
	 * The non-empty groups of {@code dimension}, in the dimension's order; the group of issues without
	 * a key ({@code null}) comes last.
	 *
	 * @throws IllegalArgumentException if the dimension was not computed
	 */
	@SuppressWarnings("unchecked")
	public <K> List<Group<K>> groups(Dimension<K> dimension) {
		List<? extends Group<?>> list = groups.get(dimension);
		if (list == null) {
			throw new IllegalArgumentException("dimension not computed: " + dimension); //$NON-NLS-1$
		}
		return (List<Group<K>>) list;
	}

	/** The group of {@code key} in {@code dimension}, or an empty group when no issue has that key. */
	public <K> Figures figures(Dimension<K> dimension, K key) {
		for (Group<K> group : groups(dimension)) {
			if (Objects.equals(group.key(), key)) {
				return group.figures();
			}
		}
		return Figures.NONE;
	}

	/** Counters for one group while the issues are walked. */
	private static final class Tally {
		private int total;
		private int done;
		private int overdue;

		void add(boolean isDone, boolean isOverdue) {
			total++;
			if (isDone) {
				done++;
			}
			if (isOverdue) {
				overdue++;
			}
		}

		Figures figures() {
			return new Figures(total, done, overdue);
		}
	}

	/** The tallies of one dimension, keyed by group key ({@code null} allowed). */
	private static final class Tallies<K> {
		final Dimension<K> dimension;
		final Map<K, Tally> byKey = new HashMap<>();

		Tallies(Dimension<K> dimension) {
			this.dimension = dimension;
		}

		void add(Issue issue, boolean done, boolean overdue) {
			byKey.computeIfAbsent(dimension.classify(issue), k -> new Tally()).add(done, overdue);
		}

		List<Group<K>> groups(Ledger ledger) {
			Comparator<K> order = Comparator.nullsLast(dimension.order(ledger));
			List<Group<K>> result = new ArrayList<>(byKey.size());
			byKey.entrySet().stream().sorted(Map.Entry.comparingByKey(order))
					.forEach(e -> result.add(new Group<>(e.getKey(), e.getValue().figures())));
			return List.copyOf(result);
		}
	}
}
