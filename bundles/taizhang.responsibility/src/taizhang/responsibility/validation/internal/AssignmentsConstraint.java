package taizhang.responsibility.validation.internal;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

import taizhang.model.Issue;
import taizhang.model.ModelPackage;
import taizhang.model.validation.AssignmentCheck;
import taizhang.model.validation.LedgerValidator;

/**
 * One issue, one responsible person (一个问题、一名责任人): exactly one lead unit and one responsible
 * person, who works in the lead unit or above it; every unit role names a unit and every
 * responsible-person role a person; no cooperating unit is also the lead unit. The rules and messages
 * are the ledger validator's ({@code AssignmentCheck}).
 */
public final class AssignmentsConstraint extends DiagnosticConstraint {

	public AssignmentsConstraint() {
		super("assignments", ModelPackage.Literals.ISSUE); //$NON-NLS-1$
		reads(ModelPackage.Literals.PERSON__ORGANIZATION, ModelPackage.Literals.ORGANIZATION__PARENT);
	}

	@Override
	void validate(EObject target, BasicDiagnostic diagnostics, Map<Object, Object> context) {
		LedgerValidator.INSTANCE.validateAssignments((Issue) target, diagnostics, context);
	}

	@Override
	boolean keepsRules(EObject target, Map<Object, Object> context) {
		return AssignmentCheck.check((Issue) target).isEmpty();
	}

	@Override
	boolean keep(Diagnostic diagnostic) {
		return true;
	}
}
