package taizhang.responsibility.validation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;

import taizhang.model.validation.LedgerDiagnostician;
import taizhang.model.validation.LedgerValidator;
import taizhang.responsibility.internal.Messages;
import taizhang.responsibility.validation.ConstraintContext;
import taizhang.responsibility.validation.Message;
import taizhang.responsibility.validation.Severity;

/**
 * A constraint that reports the diagnostics of the ledger validator (taizhang.model.validation) for
 * one object, without its ledger-wide checks. A message is worded when asked for, in the asked
 * language, by validating the object again.
 */
abstract class DiagnosticConstraint extends BaseConstraint {

	private static final Map<Boolean, LedgerDiagnostician> DIAGNOSTICIANS = new ConcurrentHashMap<>();

	DiagnosticConstraint(String name, EClass... targets) {
		super(name, targets);
	}

	/** Validates {@code target} in {@code locale} into {@code diagnostics}. */
	abstract void validate(EObject target, BasicDiagnostic diagnostics, Map<Object, Object> context);

	/** Whether a diagnostic belongs to this constraint (the others are some other constraint's). */
	abstract boolean keep(Diagnostic diagnostic);

	/**
	 * Whether {@code target} surely keeps the rules, found out without wording diagnostics; most
	 * objects do, and wording is what costs.
	 */
	abstract boolean keepsRules(EObject target, Map<Object, Object> context);

	@Override
	public void check(EObject target, ConstraintContext context) {
		if (keepsRules(target, context(context.locale()))) {
			return;
		}
		List<Diagnostic> found = diagnostics(target, context.locale());
		for (int i = 0; i < found.size(); i++) {
			Diagnostic diagnostic = found.get(i);
			List<?> data = diagnostic.getData();
			EObject object = !data.isEmpty() && data.get(0) instanceof EObject first ? first : target;
			EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature second ? second
					: null;
			context.report(severity(diagnostic), diagnostic.getSource() + ':' + diagnostic.getCode(), object, feature,
					message(target, i, diagnostic));
		}
	}

	/**
	 * The diagnostic's text as the validator words it when asked, so that it names the issue, units and
	 * people as they are then: the object is validated again, in the asked language. Should the problem
	 * be gone by then, the text it had when found.
	 */
	private Message message(EObject target, int index, Diagnostic diagnostic) {
		String text = diagnostic.getMessage();
		return locale -> {
			List<Diagnostic> again = diagnostics(target, locale);
			return index < again.size() && again.get(index).getCode() == diagnostic.getCode()
					? again.get(index).getMessage()
					: text;
		};
	}

	private List<Diagnostic> diagnostics(EObject target, Locale locale) {
		BasicDiagnostic chain = new BasicDiagnostic();
		validate(target, chain, context(locale));
		List<Diagnostic> kept = new ArrayList<>(chain.getChildren().size());
		for (Diagnostic diagnostic : chain.getChildren()) {
			if (keep(diagnostic)) {
				kept.add(diagnostic);
			}
		}
		return kept;
	}

	/**
	 * The validation context of one object on its own, in {@code locale}: one per thread and language,
	 * reused, as the validator keeps nothing in it when it leaves out the ledger-wide checks. Only EMF
	 * notes the object a validation starts from (to find circular containment): that goes each time.
	 */
	static Map<Object, Object> context(Locale locale) {
		Map<Object, Object> reused = CONTEXTS.get().computeIfAbsent(Messages.isChinese(locale), chinese -> {
			Map<Object, Object> context = diagnostician(locale).createDefaultContext();
			context.put(Diagnostician.VALIDATE_RECURSIVELY, Boolean.FALSE);
			context.put(LedgerValidator.LOCAL_ONLY, Boolean.TRUE);
			return context;
		});
		reused.remove(EObjectValidator.ROOT_OBJECT);
		return reused;
	}

	private static final ThreadLocal<Map<Boolean, Map<Object, Object>>> CONTEXTS = ThreadLocal
			.withInitial(HashMap::new);

	static LedgerDiagnostician diagnostician(Locale locale) {
		boolean chinese = Messages.isChinese(locale);
		return DIAGNOSTICIANS.computeIfAbsent(chinese,
				zh -> new LedgerDiagnostician(zh ? Locale.CHINESE : Locale.ENGLISH));
	}

	private static Severity severity(Diagnostic diagnostic) {
		return switch (diagnostic.getSeverity()) {
			case Diagnostic.WARNING -> Severity.WARNING;
			case Diagnostic.INFO, Diagnostic.OK -> Severity.INFO;
			default -> Severity.ERROR;
		};
	}

	/** A diagnostic of the ledger validator's responsibility rules (AssignmentCheck). */
	static boolean isAssignmentRule(Diagnostic diagnostic) {
		int code = diagnostic.getCode();
		return LedgerValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource()) && code >= LedgerValidator.LEAD_UNIT_COUNT
				&& code <= LedgerValidator.COOPERATING_UNIT_IS_LEAD_UNIT;
	}
}
