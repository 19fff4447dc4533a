package taizhang.model.labels;

import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;

/**
 * Chinese or English label of an enum literal of the model, e.g. {@code IssueStatus.SIGNED_OFF} →
 * 已销号 (zh) / Signed off (any other language).
 */
public final class EnumLabels {

	private EnumLabels() {
	}

	public static String label(Enumerator literal, Locale locale) {
		return ModelLabels.literalLabel(literal, locale);
	}

	/** The label in the default locale (the workbench's or the JVM's language). */
	public static String label(Enumerator literal) {
		return label(literal, Locale.getDefault());
	}
}
