package taizhang.responsibility.validation.internal;

import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

import taizhang.model.validation.LedgerValidator;

/**
 * The model's own rules, object by object: EMF's structural checks (multiplicities, references) and
 * the ledger validator's (plan deadlines, stage goals of long-term plans, custom field values). The
 * responsibility rules of the validator are {@link AssignmentsConstraint}'s; its ledger-wide checks
 * (unique IDs and case numbers) are left to full validation ({@code taizhang validate}).
 */
public final class ModelConstraint extends DiagnosticConstraint {

	public ModelConstraint() {
		super("model", EVERY_OBJECT); //$NON-NLS-1$
	}

	@Override
	void validate(EObject target, BasicDiagnostic diagnostics, Map<Object, Object> context) {
		diagnostician((Locale) context.get(Locale.class)).validate(target.eClass(), target, diagnostics, context);
	}

	@Override
	boolean keepsRules(EObject target, Map<Object, Object> context) {
		// without a diagnostic chain the validator stops at the first broken rule and words nothing
		return LedgerValidator.INSTANCE.validate(target.eClass(), target, null, context);
	}

	@Override
	boolean keep(Diagnostic diagnostic) {
		return !isAssignmentRule(diagnostic);
	}
}
