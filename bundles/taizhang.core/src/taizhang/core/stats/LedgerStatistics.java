package taizhang.core.stats;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import taizhang.core.issues.IssueFacts;
import taizhang.core.lifecycle.Lifecycle;
import taizhang.core.settings.Settings;
import taizhang.core.time.Lag;
import taizhang.core.time.Schedule;
import taizhang.core.time.TimeEvaluation;
import taizhang.core.time.TimeRules;
import taizhang.model.Issue;
import taizhang.model.IssueStatus;
import taizhang.model.Ledger;
import taizhang.model.Organization;
import taizhang.model.WarningLevel;

/**
 * The statistics of a ledger as of one day: for the whole ledger and grouped by each requested
 * {@link Dimension}, the {@link Figures} (total, done, signed off, rejected claims, on schedule,
 * lagging, overdue, warnings per level); rankings of units; the list of warned issues. This is the
 * one query API that the CLI, the workbench and exports use; it reads the model and never changes it.
 * <p>
 * Schedules and warnings are those of {@link TimeRules} ({@code doc/rules.md}) with the ledger's
 * settings, computed in one pass ({@link TimeRules#evaluate}); the grouping is a second pass over the
 * same issues.
 *
 * <pre>
 * LedgerStatistics stats = LedgerStatistics.compute(ledger, LocalDate.of(2026, 11, 24));
 * for (Group&lt;RoundKind&gt; group : stats.groups(Dimension.ROUND_KIND)) { … }
 * for (Rank&lt;Organization&gt; rank : stats.ranking(Dimension.LEAD_UNIT)) { … }
 * </pre>
 */
public final class LedgerStatistics {

	/**
	 * The order of a ranking of units: the higher completion rate first (compared exactly, as
	 * fractions); on equal rates the fewer overdue issues first; then by name in Chinese collation
	 * order (pinyin); then by id, so that the order is total and stable.
	 */
	public static final Comparator<Group<Organization>> RANKING_ORDER = rankingOrder();

	private final Ledger ledger;
	private final TimeRules rules;
	private final TimeEvaluation evaluation;
	private final Figures total;
	private final Map<Dimension<?>, List<? extends Group<?>>> groups;
	private List<WarnedIssue> warnedIssues;

	private LedgerStatistics(Ledger ledger, TimeRules rules, TimeEvaluation evaluation, Figures total,
			Map<Dimension<?>, List<? extends Group<?>>> groups) {
		this.ledger = ledger;
		this.rules = rules;
		this.evaluation = evaluation;
		this.total = total;
		this.groups = groups;
	}

	/**
	 * Computes the {@linkplain Dimension#standard() standard dimensions} as of {@code asOf}, with the
	 * ledger's settings.
	 */
	public static LedgerStatistics compute(Ledger ledger, LocalDate asOf) {
		return compute(ledger, asOf, Dimension.standard());
	}

	/** Computes the given dimensions as of {@code asOf}, with the ledger's settings. */
	public static LedgerStatistics compute(Ledger ledger, LocalDate asOf, Collection<? extends Dimension<?>> dimensions) {
		Objects.requireNonNull(ledger, "ledger"); //$NON-NLS-1$
		Objects.requireNonNull(asOf, "asOf"); //$NON-NLS-1$
		TimeRules rules = new TimeRules(Settings.of(ledger).warningPolicy());
		return compute(ledger, rules, rules.evaluate(ledger, asOf), dimensions);
	}

	/**
	 * Computes the given dimensions from an evaluation already made, so that statistics and warnings
	 * share one pass of the time rules.
	 *
	 * @param rules      the rules that made {@code evaluation} (they explain the warnings)
	 * @param evaluation {@code rules.evaluate(ledger, asOf)}: every issue of the ledger, in order
	 * @throws IllegalArgumentException if the evaluation does not cover the ledger's issues
	 */
	public static LedgerStatistics compute(Ledger ledger, TimeRules rules, TimeEvaluation evaluation,
			Collection<? extends Dimension<?>> dimensions) {
		Objects.requireNonNull(rules, "rules"); //$NON-NLS-1$
		List<Issue> issues = ledger.getIssues();
		int size = issues.size();
		if (evaluation.size() != size || size > 0 && evaluation.issue(0) != issues.get(0)) {
			throw new IllegalArgumentException("the evaluation is not of this ledger's issues"); //$NON-NLS-1$
		}
		List<Tallies<?>> perDimension = new ArrayList<>(dimensions.size());
		for (Dimension<?> dimension : dimensions) {
			perDimension.add(new Tallies<>(dimension));
		}
		Tally total = new Tally();
		for (int i = 0; i < size; i++) {
			Issue issue = issues.get(i);
			Tally.Item item = new Tally.Item(IssueFacts.isDone(issue), issue.getStatus() == IssueStatus.SIGNED_OFF,
					Lifecycle.rejections(issue), evaluation.schedule(i), evaluation.warningLevel(i));
			total.add(item);
			for (Tallies<?> tallies : perDimension) {
				tallies.add(issue, item);
			}
		}
		Map<Dimension<?>, List<? extends Group<?>>> groups = new LinkedHashMap<>();
		for (Tallies<?> tallies : perDimension) {
			groups.put(tallies.dimension, tallies.groups(ledger));
		}
		return new LedgerStatistics(ledger, rules, evaluation, total.figures(), groups);
	}

	/** The day the figures were computed for (it decides what is overdue, lagging, near). */
	public LocalDate asOf() {
		return evaluation.asOf();
	}

	/** Every issue's schedule and warning on {@link #asOf()}, in ledger order. */
	public TimeEvaluation evaluation() {
		return evaluation;
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

	/**
	 * The units of {@code dimension} (e.g. {@link Dimension#LEAD_UNIT} or {@link Dimension#COUNTY})
	 * ranked in {@link #RANKING_ORDER}; the issues without a unit are left out.
	 *
	 * @throws IllegalArgumentException if the dimension was not computed
	 */
	public List<Rank<Organization>> ranking(Dimension<Organization> dimension) {
		List<Group<Organization>> ranked = new ArrayList<>(groups(dimension));
		ranked.removeIf(group -> group.key() == null);
		ranked.sort(RANKING_ORDER);
		List<Rank<Organization>> ranks = new ArrayList<>(ranked.size());
		for (int i = 0; i < ranked.size(); i++) {
			ranks.add(new Rank<>(i + 1, ranked.get(i).key(), ranked.get(i).figures()));
		}
		return List.copyOf(ranks);
	}

	/**
	 * Every issue that deserves a warning on {@link #asOf()}, in {@link WarnedIssue#ORDER} (RED,
	 * YELLOW, BLUE), each with its reason. Computed on first use.
	 */
	public synchronized List<WarnedIssue> warnedIssues() {
		if (warnedIssues == null) {
			LocalDate asOf = evaluation.asOf();
			long day = asOf.toEpochDay();
			List<WarnedIssue> list = new ArrayList<>(total.warnings());
			for (int i = 0, n = evaluation.size(); i < n; i++) {
				WarningLevel level = evaluation.warningLevel(i);
				if (level != null) {
					Issue issue = evaluation.issue(i);
					LocalDate deadline = IssueFacts.deadline(issue);
					Lag lag = level == WarningLevel.YELLOW ? rules.lag(issue, asOf) : Lag.NONE;
					long days = switch (level) {
						case RED -> day - deadline.toEpochDay();
						case BLUE -> deadline.toEpochDay() - day;
						case YELLOW -> 0;
					};
					list.add(new WarnedIssue(issue, level, deadline, lag, days));
				}
			}
			list.sort(WarnedIssue.ORDER);
			warnedIssues = List.copyOf(list);
		}
		return warnedIssues;
	}

	/** The ledger the statistics are of. */
	public Ledger ledger() {
		return ledger;
	}

	private static Comparator<Group<Organization>> rankingOrder() {
		Collator collator = Collator.getInstance(Locale.CHINA);
		Comparator<Group<Organization>> byRate = (a, b) -> {
			// done/total descending, compared as fractions; an empty group cannot occur in a ranking
			return Long.compare((long) b.figures().done() * a.figures().total(),
					(long) a.figures().done() * b.figures().total());
		};
		return byRate.thenComparingInt(group -> group.figures().overdue())
				.thenComparing(group -> nonNull(group.key().getName()), collator)
				.thenComparing(group -> nonNull(group.key().getId()));
	}

	private static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}

	/** Counters for one group while the issues are walked. */
	private static final class Tally {

		/** What one issue adds. */
		record Item(boolean done, boolean signedOff, int rejections, Schedule schedule, WarningLevel warning) {
		}

		private int total;
		private int done;
		private int signedOff;
		private int rejectedIssues;
		private int rejections;
		private int onSchedule;
		private int lagging;
		private int overdue;
		private int blue;
		private int yellow;
		private int red;

		void add(Item item) {
			total++;
			if (item.done) {
				done++;
			}
			if (item.signedOff) {
				signedOff++;
			}
			if (item.rejections > 0) {
				rejectedIssues++;
				rejections += item.rejections;
			}
			switch (item.schedule) {
				case ON_SCHEDULE -> onSchedule++;
				case LAGGING -> lagging++;
				case OVERDUE -> overdue++;
				case DONE -> {
					// derived: total − the others
				}
			}
			if (item.warning != null) {
				switch (item.warning) {
					case BLUE -> blue++;
					case YELLOW -> yellow++;
					case RED -> red++;
				}
			}
		}

		Figures figures() {
			return new Figures(total, done, signedOff, rejectedIssues, rejections, onSchedule, lagging, overdue, blue,
					yellow, red);
		}
	}

	/** The tallies of one dimension, keyed by group key ({@code null} allowed). */
	private static final class Tallies<K> {
		final Dimension<K> dimension;
		final Map<K, Tally> byKey = new HashMap<>();

		Tallies(Dimension<K> dimension) {
			this.dimension = dimension;
		}

		void add(Issue issue, Tally.Item item) {
			K key = dimension.classify(issue);
			Tally tally = byKey.get(key);
			if (tally == null) {
				tally = new Tally();
				byKey.put(key, tally);
			}
			tally.add(item);
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
