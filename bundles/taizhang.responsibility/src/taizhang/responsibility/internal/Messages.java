package taizhang.responsibility.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import taizhang.model.Issue;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.model.labels.EnumLabels;
import taizhang.model.labels.ModelLabels;
import taizhang.model.validation.LedgerValidator;

/**
 * The bundle's messages (command labels, refusals, problem messages): Chinese for any {@code zh}
 * locale, English otherwise. Unlike {@link ResourceBundle#getBundle(String, Locale)} it never falls
 * back to the default locale, so an English message asked for on a Chinese machine is English.
 */
public final class Messages {

	private static final String BUNDLE = "taizhang.responsibility.internal.messages"; //$NON-NLS-1$

	private Messages() {
	}

	/**
	 * {@code key}'s pattern (MessageFormat syntax) filled with {@code arguments}: units and people by
	 * name, issues by case number and sequence number, enum literals by their label in the locale,
	 * dates in ISO form, numbers as numbers.
	 */
	public static String format(Locale locale, String key, Object... arguments) {
		Object[] texts = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			texts[i] = text(arguments[i], locale);
		}
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, isChinese(locale) ? Locale.CHINESE : Locale.ROOT,
				Messages.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(bundle.getString(key), locale).format(texts);
	}

	/** An object's name in messages. */
	public static Object text(Object argument, Locale locale) {
		return switch (argument) {
			case null -> "?"; //$NON-NLS-1$
			case Number number -> number;
			case Issue issue -> LedgerValidator.issueLabel(issue, locale);
			case Organization unit -> unit.getName();
			case Person person -> person.getName();
			case Enumerator literal -> EnumLabels.label(literal, locale);
			case EStructuralFeature feature -> ModelLabels.featureLabel(feature, locale);
			case EObject object -> LedgerValidator.objectLabel(object, locale);
			default -> String.valueOf(argument);
		};
	}

	public static boolean isChinese(Locale locale) {
		return locale != null && "zh".equals(locale.getLanguage()); //$NON-NLS-1$
	}
}
