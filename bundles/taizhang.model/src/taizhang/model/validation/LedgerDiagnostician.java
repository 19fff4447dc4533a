package taizhang.model.validation;

import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

import taizhang.model.ModelPackage;
import taizhang.model.labels.ModelLabels;

/**
 * Validates a ledger (or any part of it) with {@link LedgerValidator}, messages in the given locale.
 * <p>
 * Needs no registration: it carries its own validator registry, which delegates to the global one for
 * other packages. {@code validate(ledger).getChildren()} is the flat list of problems, each with the
 * offending object and feature in its data.
 *
 * <pre>
 * Diagnostic result = new LedgerDiagnostician(Locale.CHINESE).validate(ledger);
 * for (Diagnostic problem : result.getChildren()) ...
 * </pre>
 */
public class LedgerDiagnostician extends Diagnostician {

	private final Locale locale;

	/** Messages in the default locale. */
	public LedgerDiagnostician() {
		this(Locale.getDefault());
	}

	public LedgerDiagnostician(Locale locale) {
		super(registry());
		this.locale = locale;
	}

	private static EValidator.Registry registry() {
		EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
		registry.put(ModelPackage.eINSTANCE, LedgerValidator.INSTANCE);
		return registry;
	}

	public Locale getLocale() {
		return locale;
	}

	@Override
	public Map<Object, Object> createDefaultContext() {
		Map<Object, Object> context = super.createDefaultContext();
		context.put(Locale.class, locale);
		return context;
	}

	/** Names objects in EMF's structural messages the way the ledger rules do. */
	@Override
	public String getObjectLabel(EObject eObject) {
		return eObject.eClass().getEPackage() == ModelPackage.eINSTANCE ? LedgerValidator.objectLabel(eObject, locale)
				: super.getObjectLabel(eObject);
	}

	@Override
	public String getFeatureLabel(EStructuralFeature eStructuralFeature) {
		return ModelLabels.featureLabel(eStructuralFeature, locale);
	}
}
