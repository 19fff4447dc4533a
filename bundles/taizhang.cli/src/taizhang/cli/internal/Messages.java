package taizhang.cli.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The CLI's texts in the user's language: Chinese when the locale is zh, English otherwise. Read
 * from {@code messages.properties} / {@code messages_zh.properties} (UTF-8).
 */
public final class Messages {

	private static final String BUNDLE = "taizhang.cli.internal.messages"; //$NON-NLS-1$

	private final Locale locale;
	private final ResourceBundle bundle;

	public Messages(Locale locale) {
		this.locale = "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ENGLISH; //$NON-NLS-1$
		// No fallback to the default locale: an English user on a Chinese machine gets English.
		this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, Messages.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** {@link Locale#CHINESE} or {@link Locale#ENGLISH}. */
	public Locale locale() {
		return locale;
	}

	public boolean isChinese() {
		return locale == Locale.CHINESE;
	}

	/** Whether there is a text for {@code key}. */
	public boolean has(String key) {
		return bundle.containsKey(key);
	}

	/** The text of {@code key}, with {@code {0}}, {@code {1}} … replaced by {@code args}. */
	public String get(String key, Object... args) {
		String pattern;
		try {
			pattern = bundle.getString(key);
		} catch (MissingResourceException e) {
			return '!' + key + '!';
		}
		return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
	}
}
