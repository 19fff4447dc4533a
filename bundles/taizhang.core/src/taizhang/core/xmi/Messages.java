package taizhang.core.xmi;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** This package's messages, in the user's language (messages.properties, messages_zh.properties). */
final class Messages {

	private static final String BUNDLE = "taizhang.core.xmi.messages"; //$NON-NLS-1$

	private Messages() {
	}

	static String format(String key, Object... arguments) {
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Messages.class.getClassLoader());
		String[] texts = new String[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			texts[i] = String.valueOf(arguments[i]); // no locale-specific number grouping
		}
		return new MessageFormat(bundle.getString(key), Locale.getDefault()).format(texts);
	}
}
