package taizhang.core.escalation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.model.Ledger;

/**
 * Runs the escalation rules over a ledger and turns what they propose into records the office
 * confirms or dismisses.
 * <p>
 * Under OSGi the rules are those contributed to the extension point {@value #EXTENSION_POINT}
 * ({@link #fromRegistry(IExtensionRegistry)}, which follows bundles coming and going); elsewhere, as
 * in tests, they are given directly ({@link #EscalationService(Collection)}). Rules run in the order
 * of their ids; a proposal that an equivalent PROPOSED or CONFIRMED record already covers (see
 * {@link EscalationContext}), or that an earlier proposal of the same run covers, is dropped.
 */
public final class EscalationService implements AutoCloseable {

	/** The full id of the extension point through which rules are contributed. */
	public static final String EXTENSION_POINT = "taizhang.core.rules"; //$NON-NLS-1$

	private final Supplier<List<EscalationRule>> rules;
	private final RuleReader reader;

	/** A service with exactly these rules. */
	public EscalationService(Collection<? extends EscalationRule> rules) {
		List<EscalationRule> fixed = List.copyOf(rules);
		this.rules = () -> fixed;
		this.reader = null;
	}

	private EscalationService(RuleReader reader) {
		this.reader = reader;
		this.rules = () -> reader.descriptors().stream().map(RuleDescriptor::rule).toList();
	}

	/**
	 * A service with the rules contributed to {@value #EXTENSION_POINT} in {@code registry}, kept
	 * current until {@link #close()}.
	 */
	public static EscalationService fromRegistry(IExtensionRegistry registry) {
		RuleReader reader = new RuleReader(registry);
		reader.start();
		return new EscalationService(reader);
	}

	/** The rules, ordered by id; of several rules with one id only the first contributed counts. */
	public List<EscalationRule> rules() {
		Map<String, EscalationRule> byId = new LinkedHashMap<>();
		for (EscalationRule rule : rules.get()) {
			byId.putIfAbsent(rule.id(), rule);
		}
		List<EscalationRule> sorted = new ArrayList<>(byId.values());
		sorted.sort(Comparator.comparing(EscalationRule::id));
		return sorted;
	}

	/** The rule contributions that could not be read (none outside OSGi). */
	public List<IStatus> problems() {
		return reader == null ? List.of() : reader.problems();
	}

	/** What the rules propose for {@code ledger} on {@code asOf}, with the ledger's settings. */
	public List<Proposal> propose(Ledger ledger, LocalDate asOf, Locale locale) {
		return propose(EscalationContext.of(ledger, asOf, locale));
	}

	/** What the rules propose in {@code context}, repetitions left out. */
	public List<Proposal> propose(EscalationContext context) {
		List<Proposal> proposals = new ArrayList<>();
		for (EscalationRule rule : rules()) {
			List<Proposal> proposed;
			try {
				proposed = rule.propose(context);
			} catch (RuntimeException e) {
				throw new IllegalStateException("escalation rule " + rule.id() + " failed: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
			}
			for (Proposal proposal : proposed) {
				if (!proposal.ruleId().equals(rule.id())) {
					throw new IllegalStateException("escalation rule " + rule.id() //$NON-NLS-1$
							+ " proposed in the name of " + proposal.ruleId()); //$NON-NLS-1$
				}
				if (!context.repeats(proposal)) {
					context.accept(proposal);
					proposals.add(proposal);
				}
			}
		}
		return proposals;
	}

	/**
	 * The command that adds what the rules propose for {@code ledger} on {@code asOf} as PROPOSED
	 * records; it cannot execute when there is nothing to propose.
	 */
	public ProposeCommand proposeCommand(EditingDomain domain, Ledger ledger, LocalDate asOf, Locale locale) {
		Objects.requireNonNull(domain, "domain"); //$NON-NLS-1$
		return new ProposeCommand(domain, ledger, propose(ledger, asOf, locale), asOf);
	}

	/** Stops following the registry. */
	@Override
	public void close() {
		if (reader != null) {
			reader.stop();
		}
	}
}
