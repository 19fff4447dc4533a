package taizhang.model.labels;

import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;

import taizhang.model.internal.Bundles;

/**
 * Chinese and English names of the model's classes, features and enum literals, for the CLI, the
 * validator and the UI. Chinese for a {@code zh} locale, English for any other.
 * <p>
 * The labels live in {@code labels.properties} and {@code labels_zh.properties} beside this class;
 * the edit bundle's {@code plugin*.properties} are derived from them by the model generator.
 */
public final class ModelLabels {

	static final String BUNDLE = "taizhang.model.labels.labels"; //$NON-NLS-1$

	private ModelLabels() {
	}

	/** The name of a class, enum or data type, e.g. 问题 / Issue. */
	public static String classLabel(EClassifier classifier, Locale locale) {
		return lookup(locale, classifier.getName(), classifier.getName());
	}

	public static String classLabel(EClassifier classifier) {
		return classLabel(classifier, Locale.getDefault());
	}

	/** The name of a feature, e.g. 交办编号 / Case number for {@code Issue.caseNumber}. */
	public static String featureLabel(EStructuralFeature feature, Locale locale) {
		String key = feature.getEContainingClass().getName() + '.' + feature.getName();
		return lookup(locale, key, feature.getName());
	}

	public static String featureLabel(EStructuralFeature feature) {
		return featureLabel(feature, Locale.getDefault());
	}

	/**
	 * The name of an enum literal, e.g. 已销号 / Signed off for {@code IssueStatus.SIGNED_OFF}. Works for
	 * the generated Java enums and for {@link EEnumLiteral}s.
	 */
	public static String literalLabel(Enumerator literal, Locale locale) {
		String enumName;
		if (literal instanceof EEnumLiteral eEnumLiteral) {
			enumName = eEnumLiteral.getEEnum().getName();
		} else if (literal instanceof Enum<?> javaEnum) {
			enumName = javaEnum.getDeclaringClass().getSimpleName();
		} else {
			return literal.getLiteral();
		}
		return lookup(locale, enumName + '.' + literal.getName(), literal.getLiteral());
	}

	private static String lookup(Locale locale, String key, String fallback) {
		String label = Bundles.find(BUNDLE, locale, key);
		return label != null ? label : fallback;
	}
}
