package taizhang.core.audit;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** This package's messages: Chinese for any {@code zh} locale, English otherwise (never the default locale). */
final class Messages {

	private static final String BUNDLE = "taizhang.core.audit.messages"; //$NON-NLS-1$

	private Messages() {
	}

	static String format(Locale locale, String key, String... arguments) {
		boolean chinese = locale != null && "zh".equals(locale.getLanguage()); //$NON-NLS-1$
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chinese ? Locale.CHINESE : Locale.ROOT,
				Messages.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(bundle.getString(key), locale).format(arguments);
	}
}
