package taizhang.core.settings;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * This package's messages: Chinese for any {@code zh} locale, English otherwise. Unlike
 * {@link ResourceBundle#getBundle(String, Locale)} it never falls back to the default locale, so an
 * English message asked for on a Chinese machine is English.
 */
final class Messages {

	private static final String BUNDLE = "taizhang.core.settings.messages"; //$NON-NLS-1$

	private Messages() {
	}

	/** {@code key}'s pattern filled with {@code arguments}, which must be strings already. */
	static String format(Locale locale, String key, String... arguments) {
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, isChinese(locale) ? Locale.CHINESE : Locale.ROOT,
				Messages.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(bundle.getString(key), locale).format(arguments);
	}

	static boolean isChinese(Locale locale) {
		return locale != null && "zh".equals(locale.getLanguage()); //$NON-NLS-1$
	}
}
