package taizhang.responsibility.validation;

import java.util.Locale;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import taizhang.core.LedgerSession;

/**
 * Live validation for open ledgers, as a DS service: the constraints are those contributed to
 * {@value Constraints#EXTENSION_POINT} in the platform's extension registry. Made with {@code new}
 * outside OSGi, it uses the built-in constraints.
 */
@Component(service = ValidationService.class)
public final class ValidationService {

	private Constraints constraints = Constraints.builtIn();

	@Activate
	void activate() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry != null) {
			constraints = Constraints.fromRegistry(registry);
		}
	}

	@Deactivate
	void deactivate() {
		constraints.close();
	}

	/** The constraints ledgers are checked against. */
	public Constraints constraints() {
		return constraints;
	}

	/**
	 * Validates the session's ledger and keeps its problems current as commands run on the session's
	 * command stack, until the returned validation is closed.
	 */
	public LiveValidation start(LedgerSession session, Locale locale) {
		LiveValidation validation = new LiveValidation(session.ledger(), constraints, locale);
		validation.attach(session.editingDomain().getCommandStack());
		return validation;
	}
}
