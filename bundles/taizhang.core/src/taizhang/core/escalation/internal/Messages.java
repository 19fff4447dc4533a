package taizhang.core.escalation.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * This package's messages: Chinese for any {@code zh} locale, English otherwise. Unlike
 * {@link ResourceBundle#getBundle(String, Locale)} it never falls back to the default locale, so an
 * English message asked for on a Chinese machine is English.
 */
final class Messages {

	private static final String BUNDLE = "taizhang.core.escalation.internal.messages"; //$NON-NLS-1$

	private Messages() {
	}

	static String format(Locale locale, String key, Object... arguments) {
		boolean chinese = locale != null && "zh".equals(locale.getLanguage()); //$NON-NLS-1$
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chinese ? Locale.CHINESE : Locale.ROOT,
				Messages.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		String[] texts = new String[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			texts[i] = String.valueOf(arguments[i]); // no locale-specific number grouping
		}
		return new MessageFormat(bundle.getString(key), locale).format(texts);
	}
}
