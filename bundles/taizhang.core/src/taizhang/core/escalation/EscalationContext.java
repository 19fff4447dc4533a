package taizhang.core.escalation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import taizhang.core.issues.IssueFacts;
import taizhang.core.settings.Settings;
import taizhang.core.time.TimeEvaluation;
import taizhang.core.time.TimeRules;
import taizhang.model.Deduction;
import taizhang.model.Escalation;
import taizhang.model.Interview;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.Organization;
import taizhang.model.ProposalState;
import taizhang.model.SupervisionNotice;
import taizhang.model.WarningLevel;

/**
 * What an {@link EscalationRule} sees: the ledger, the day, the ledger's settings, the warnings of
 * every issue on that day, and which issues the ledger's escalation records already cover.
 * <p>
 * A record <b>covers</b> an issue for a proposal when it is of the proposal's kind, was proposed by
 * the same rule, concerns the same unit, lists the issue, and is PROPOSED or CONFIRMED (a dismissed
 * record covers nothing). A proposal all of whose issues are covered is a repetition and is dropped.
 */
public final class EscalationContext {

	private final Ledger ledger;
	private final LocalDate asOf;
	private final Settings settings;
	private final Locale locale;
	private final TimeEvaluation evaluation;
	/** Issues covered, by kind, rule and unit; proposals accepted in this run are added. */
	private final Map<Key, Set<Issue>> covered = new HashMap<>();

	private record Key(Proposal.Kind kind, String ruleId, Organization unit) {
	}

	/** The context of {@code ledger} on {@code asOf}, with the ledger's own settings. */
	public static EscalationContext of(Ledger ledger, LocalDate asOf, Locale locale) {
		return new EscalationContext(ledger, asOf, Settings.of(ledger), locale);
	}

	public EscalationContext(Ledger ledger, LocalDate asOf, Settings settings, Locale locale) {
		this.ledger = Objects.requireNonNull(ledger, "ledger"); //$NON-NLS-1$
		this.asOf = Objects.requireNonNull(asOf, "asOf"); //$NON-NLS-1$
		this.settings = Objects.requireNonNull(settings, "settings"); //$NON-NLS-1$
		this.locale = locale == null ? Locale.getDefault() : locale;
		this.evaluation = new TimeRules(settings.warningPolicy()).evaluate(ledger, asOf);
		index(ledger.getSupervisionNotices());
		index(ledger.getDeductions());
		index(ledger.getInterviews());
	}

	public Ledger ledger() {
		return ledger;
	}

	public LocalDate asOf() {
		return asOf;
	}

	public Settings settings() {
		return settings;
	}

	/** The language of the proposals' reasons. */
	public Locale locale() {
		return locale;
	}

	/** Every issue's schedule and warning on {@link #asOf()}, with the ledger's thresholds. */
	public TimeEvaluation evaluation() {
		return evaluation;
	}

	/**
	 * The issues that deserve a warning of {@code level} on {@link #asOf()}, grouped by lead unit;
	 * units and issues in ledger order. Issues without a lead unit are left out: there is no unit to
	 * escalate to.
	 */
	public Map<Organization, List<Issue>> issuesByLeadUnit(WarningLevel level) {
		Map<Organization, List<Issue>> byUnit = new LinkedHashMap<>();
		for (int i = 0, n = evaluation.size(); i < n; i++) {
			if (evaluation.warningLevel(i) == level) {
				Issue issue = evaluation.issue(i);
				Organization unit = IssueFacts.leadUnit(issue);
				if (unit != null) {
					byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(issue);
				}
			}
		}
		return byUnit;
	}

	/**
	 * Whether a PROPOSED or CONFIRMED record of {@code kind}, proposed by {@code ruleId} for
	 * {@code unit}, lists {@code issue}.
	 */
	public boolean isCovered(Proposal.Kind kind, String ruleId, Organization unit, Issue issue) {
		Set<Issue> issues = covered.get(new Key(kind, ruleId, unit));
		return issues != null && issues.contains(issue);
	}

	/** The issues of {@code issues} that no record of {@code kind} by {@code ruleId} covers yet. */
	public List<Issue> uncovered(Proposal.Kind kind, String ruleId, Organization unit, List<Issue> issues) {
		List<Issue> open = new ArrayList<>();
		for (Issue issue : issues) {
			if (!isCovered(kind, ruleId, unit, issue)) {
				open.add(issue);
			}
		}
		return open;
	}

	/**
	 * Whether {@code proposal} repeats what the ledger (or this run) already has: every issue of it is
	 * covered; for a proposal without issues, an equivalent record exists.
	 */
	boolean repeats(Proposal proposal) {
		Set<Issue> issues = covered.get(new Key(proposal.kind(), proposal.ruleId(), proposal.unit()));
		return issues != null && issues.containsAll(proposal.issues());
	}

	/** Counts {@code proposal} as covering its issues for the rest of the run. */
	void accept(Proposal proposal) {
		covered.computeIfAbsent(new Key(proposal.kind(), proposal.ruleId(), proposal.unit()), k -> new HashSet<>())
				.addAll(proposal.issues());
	}

	private void index(List<? extends Escalation> records) {
		for (Escalation record : records) {
			ProposalState state = record.getState();
			Organization unit = unit(record);
			if (record.getProposedBy() != null && unit != null
					&& (state == ProposalState.PROPOSED || state == ProposalState.CONFIRMED)) {
				covered.computeIfAbsent(new Key(Proposal.Kind.of(record), record.getProposedBy(), unit),
						k -> new HashSet<>()).addAll(issues(record));
			}
		}
	}

	/** The unit a notice, deduction or interview concerns. */
	static Organization unit(Escalation record) {
		if (record instanceof SupervisionNotice notice) {
			return notice.getUnit();
		}
		if (record instanceof Deduction deduction) {
			return deduction.getUnit();
		}
		return ((Interview) record).getUnit();
	}

	static List<Issue> issues(Escalation record) {
		if (record instanceof SupervisionNotice notice) {
			return notice.getIssues();
		}
		if (record instanceof Deduction deduction) {
			return deduction.getIssues();
		}
		return ((Interview) record).getIssues();
	}
}
