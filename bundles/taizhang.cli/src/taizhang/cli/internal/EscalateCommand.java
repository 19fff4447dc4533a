package taizhang.cli.internal;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;

import taizhang.core.escalation.EscalationRule;
import taizhang.core.escalation.EscalationService;
import taizhang.core.escalation.Proposal;
import taizhang.core.escalation.internal.RedWarningRule;
import taizhang.core.escalation.internal.YellowWarningsRule;
import taizhang.model.Issue;
import taizhang.model.Ledger;

/**
 * {@code taizhang escalate FILE [--as-of DATE] [--json]}: the supervision notices, deductions and
 * interviews the escalation rules propose for the ledger on the day, by rule. It only lists them: the
 * file is opened read-only and nothing is written (the office confirms proposals in the workbench).
 * <p>
 * Under OSGi the rules are those contributed to {@code taizhang.core.rules}; without a registry (plain
 * Java, tests) the built-in rules are used directly.
 */
public final class EscalateCommand extends LedgerReportCommand<EscalateCommand.Escalation> {

	/** How many case numbers a table row shows before "…". */
	private static final int SHOWN_CASES = 5;

	/** The rules that ran and what they propose on the day. */
	record Escalation(LocalDate asOf, List<EscalationRule> rules, List<Proposal> proposals) {
	}

	public EscalateCommand() {
		super("escalate"); //$NON-NLS-1$
	}

	@Override
	protected Escalation compute(CommandContext context, Ledger ledger, LocalDate asOf) {
		Messages messages = context.messages();
		try (EscalationService service = service()) {
			for (IStatus problem : service.problems()) {
				context.err().println(messages.get("escalate.ruleProblem", problem.getMessage())); //$NON-NLS-1$
			}
			return new Escalation(asOf, service.rules(), service.propose(ledger, asOf, messages.locale()));
		}
	}

	/** The registry's rules under OSGi, the built-in ones otherwise. */
	private static EscalationService service() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry != null) {
			return EscalationService.fromRegistry(registry);
		}
		return new EscalationService(List.of(new YellowWarningsRule(), new RedWarningRule()));
	}

	@Override
	protected void print(PrintStream out, Path file, Ledger ledger, Escalation escalation, Messages messages) {
		List<Proposal> proposals = escalation.proposals();
		List<EscalationRule> rules = escalation.rules();
		LedgerTexts.printHeader(out, file, ledger, escalation.asOf(), messages);
		int[] counts = new int[Proposal.Kind.values().length];
		BigDecimal points = BigDecimal.ZERO;
		for (Proposal proposal : proposals) {
			counts[proposal.kind().ordinal()]++;
			points = points.add(BigDecimal.valueOf(proposal.points()));
		}
		out.println(messages.get("escalate.total", String.valueOf(proposals.size()), //$NON-NLS-1$
				String.valueOf(counts[Proposal.Kind.SUPERVISION_NOTICE.ordinal()]),
				String.valueOf(counts[Proposal.Kind.DEDUCTION.ordinal()]), points.stripTrailingZeros().toPlainString(),
				String.valueOf(counts[Proposal.Kind.INTERVIEW.ordinal()])));
		out.println(messages.get("escalate.readOnly")); //$NON-NLS-1$
		Map<String, List<Proposal>> byRule = byRule(rules, proposals);
		for (EscalationRule rule : rules) {
			List<Proposal> ofRule = byRule.get(rule.id());
			out.println();
			out.println(messages.get("escalate.rule", rule.label(messages.locale()), rule.id(), //$NON-NLS-1$
					String.valueOf(ofRule.size())));
			if (ofRule.isEmpty()) {
				continue;
			}
			TextTable table = new TextTable(TextTable.Align.LEFT, TextTable.Align.LEFT, TextTable.Align.RIGHT,
					TextTable.Align.RIGHT, TextTable.Align.LEFT);
			table.header(messages.get("escalate.column.kind"), messages.get("escalate.column.unit"), //$NON-NLS-1$ //$NON-NLS-2$
					messages.get("escalate.column.issues"), messages.get("escalate.column.points"), //$NON-NLS-1$ //$NON-NLS-2$
					messages.get("escalate.column.cases")); //$NON-NLS-1$
			for (Proposal proposal : ofRule) {
				table.row(kindLabel(proposal.kind(), messages), LedgerTexts.unitName(proposal.unit(), messages),
						String.valueOf(proposal.issues().size()),
						proposal.kind() == Proposal.Kind.DEDUCTION ? points(proposal).toPlainString() : "", //$NON-NLS-1$
						cases(proposal.issues(), messages));
			}
			table.print(out);
		}
	}

	@Override
	protected String json(Path file, Ledger ledger, Escalation escalation, Messages messages) {
		JsonWriter json = LedgerTexts.jsonHeader(file, ledger, escalation.asOf());
		json.name("rules").beginArray(); //$NON-NLS-1$
		for (EscalationRule rule : escalation.rules()) {
			json.beginObject();
			json.name("id").value(rule.id()); //$NON-NLS-1$
			json.name("label").value(rule.label(messages.locale())); //$NON-NLS-1$
			json.endObject();
		}
		json.endArray();
		json.name("proposals").beginArray(); //$NON-NLS-1$
		for (Proposal proposal : escalation.proposals()) {
			json.beginObject();
			json.name("rule").value(proposal.ruleId()); //$NON-NLS-1$
			json.name("kind").value(proposal.kind().name()); //$NON-NLS-1$
			json.name("unit").value(proposal.unit().getId()); //$NON-NLS-1$
			json.name("unitName").value(proposal.unit().getName()); //$NON-NLS-1$
			json.name("person").value(proposal.person() == null ? null : proposal.person().getName()); //$NON-NLS-1$
			json.name("points").value(points(proposal)); //$NON-NLS-1$
			json.name("issues").beginArray(); //$NON-NLS-1$
			for (Issue issue : proposal.issues()) {
				// language-neutral: the case number, or #sequence for an issue without one
				String caseNumber = issue.getCaseNumber();
				json.value(caseNumber == null || caseNumber.isBlank() ? "#" + issue.getSequenceNumber() : caseNumber); //$NON-NLS-1$
			}
			json.endArray();
			json.name("reason").value(proposal.reason()); //$NON-NLS-1$
			json.endObject();
		}
		json.endArray();
		return json.endObject().toString();
	}

	private static Map<String, List<Proposal>> byRule(List<EscalationRule> rules, List<Proposal> proposals) {
		Map<String, List<Proposal>> byRule = new LinkedHashMap<>();
		for (EscalationRule rule : rules) {
			byRule.put(rule.id(), new ArrayList<>());
		}
		for (Proposal proposal : proposals) {
			byRule.computeIfAbsent(proposal.ruleId(), id -> new ArrayList<>()).add(proposal);
		}
		return byRule;
	}

	private static BigDecimal points(Proposal proposal) {
		return BigDecimal.valueOf(proposal.points()).stripTrailingZeros();
	}

	private static String kindLabel(Proposal.Kind kind, Messages messages) {
		return ModelTexts.className(kind.eClass().getName(), messages.locale());
	}

	/** The first few case numbers, then "… (N in all)". */
	private static String cases(List<Issue> issues, Messages messages) {
		StringBuilder text = new StringBuilder();
		String separator = messages.get("escalate.separator"); //$NON-NLS-1$
		for (int i = 0; i < issues.size() && i < SHOWN_CASES; i++) {
			if (i > 0) {
				text.append(separator);
			}
			text.append(LedgerTexts.caseNumber(issues.get(i), messages));
		}
		if (issues.size() > SHOWN_CASES) {
			text.append(messages.get("escalate.more")); //$NON-NLS-1$
		}
		return text.toString();
	}
}
