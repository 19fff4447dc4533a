package taizhang.core.stats;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import taizhang.core.issues.IssueFacts;
import taizhang.model.Issue;
import taizhang.model.IssueCategory;
import taizhang.model.IssueKind;
import taizhang.model.Ledger;
import taizhang.model.Organization;
import taizhang.model.RoundKind;

/**
 * A way of grouping a ledger's issues for statistics: a classifier that gives each issue its key
 * (or {@code null} when the issue has none, e.g. no county) and the order in which groups are
 * listed.
 *
 * @param <K> the type of the group keys
 */
public final class Dimension<K> {

	/** By the kind of the issue's inspection round (中央督察, 省督察 …), in enumeration order. */
	public static final Dimension<RoundKind> ROUND_KIND = new Dimension<>("roundKind",
			issue -> issue.getRound() == null ? null : issue.getRound().getKind(), ledger -> enumOrder());

	/** By issue kind (反馈问题, 交办信访件, 自查问题), in enumeration order. */
	public static final Dimension<IssueKind> ISSUE_KIND = new Dimension<>("issueKind", Issue::getKind,
			ledger -> enumOrder());

	/** By category (大气, 水 …), in enumeration order. */
	public static final Dimension<IssueCategory> CATEGORY = new Dimension<>("category", Issue::getCategory,
			ledger -> enumOrder());

	/** By county or district ({@link IssueFacts#county(Issue)}), in the ledger's organization order. */
	public static final Dimension<Organization> COUNTY = new Dimension<>("county", IssueFacts::county,
			Dimension::organizationOrder);

	/** By lead unit ({@link IssueFacts#leadUnit(Issue)}), in the ledger's organization order. */
	public static final Dimension<Organization> LEAD_UNIT = new Dimension<>("leadUnit", IssueFacts::leadUnit,
			Dimension::organizationOrder);

	private final String id;
	private final Function<Issue, K> classifier;
	private final Function<Ledger, Comparator<K>> order;

	private Dimension(String id, Function<Issue, K> classifier, Function<Ledger, Comparator<K>> order) {
		this.id = id;
		this.classifier = classifier;
		this.order = order;
	}

	/**
	 * A dimension of one's own, e.g. by the value of a custom field.
	 *
	 * @param id         a stable identifier (used as a key in exported figures)
	 * @param classifier gives an issue's key, {@code null} for none
	 * @param order      the order of keys within a given ledger
	 */
	public static <K> Dimension<K> of(String id, Function<Issue, K> classifier,
			Function<Ledger, Comparator<K>> order) {
		return new Dimension<>(Objects.requireNonNull(id), Objects.requireNonNull(classifier),
				Objects.requireNonNull(order));
	}

	/** The dimensions computed by default: round kind, issue kind, category, county, lead unit. */
	public static List<Dimension<?>> standard() {
		return List.of(ROUND_KIND, ISSUE_KIND, CATEGORY, COUNTY, LEAD_UNIT);
	}

	/** The stable identifier, e.g. {@code "roundKind"}. */
	public String id() {
		return id;
	}

	K classify(Issue issue) {
		return classifier.apply(issue);
	}

	Comparator<K> order(Ledger ledger) {
		return order.apply(ledger);
	}

	@Override
	public String toString() {
		return id;
	}

	private static <E extends Enum<E>> Comparator<E> enumOrder() {
		return Comparator.naturalOrder();
	}

	private static Comparator<Organization> organizationOrder(Ledger ledger) {
		Map<Organization, Integer> positions = new IdentityHashMap<>();
		List<Organization> organizations = ledger.getOrganizations();
		for (int i = 0; i < organizations.size(); i++) {
			positions.put(organizations.get(i), i);
		}
		// Units outside the ledger's list cannot occur in a sound ledger; keep them last, by name.
		return Comparator.<Organization, Integer>comparing(o -> positions.getOrDefault(o, Integer.MAX_VALUE))
				.thenComparing(o -> o.getName() == null ? "" : o.getName());
	}
}
