package taizhang.responsibility.tests;

import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import taizhang.core.issues.IssueFacts;
import taizhang.model.Issue;
import taizhang.model.ModelPackage;
import taizhang.model.Person;
import taizhang.responsibility.validation.Constraint;
import taizhang.responsibility.validation.ConstraintContext;
import taizhang.responsibility.validation.Severity;

/** An agency's constraint (the example of schema/constraints.exsd): responsible persons have a phone. */
public final class PhoneRequired implements Constraint {

	public static final String ID = "org.example.office.phoneRequired"; //$NON-NLS-1$

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? "责任人须登记电话" : "Responsible persons have a phone number"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	public Set<EClass> targets() {
		return Set.of(ModelPackage.Literals.ISSUE);
	}

	@Override
	public void check(EObject target, ConstraintContext context) {
		Person person = IssueFacts.responsiblePerson((Issue) target);
		if (person != null && (person.getPhone() == null || person.getPhone().isBlank())) {
			context.report(Severity.WARNING, "noPhone", person, ModelPackage.Literals.PERSON__PHONE, //$NON-NLS-1$
					locale -> "zh".equals(locale.getLanguage()) ? "责任人" + person.getName() + "未登记电话" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							: "The responsible person " + person.getName() + " has no phone number"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
