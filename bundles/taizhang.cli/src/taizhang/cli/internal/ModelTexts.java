package taizhang.cli.internal;

import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EStructuralFeature;

import taizhang.model.Ledger;
import taizhang.model.ModelPackage;
import taizhang.model.labels.ModelLabels;
import taizhang.model.validation.LedgerDiagnostician;

/** Names of model classes and features in the user's language, and validation with messages in it. */
final class ModelTexts {

	private ModelTexts() {
	}

	/** The label of a model class given by name (e.g. "Issue" → 问题); the name itself if unknown. */
	static String className(String className, Locale locale) {
		EClassifier classifier = ModelPackage.eINSTANCE.getEClassifier(className);
		return classifier == null ? className : ModelLabels.classLabel(classifier, locale);
	}

	static String featureName(EStructuralFeature feature, Locale locale) {
		return ModelLabels.featureLabel(feature, locale);
	}

	static Diagnostic validate(Ledger ledger, Locale locale) {
		return new LedgerDiagnostician(locale).validate(ledger);
	}
}
