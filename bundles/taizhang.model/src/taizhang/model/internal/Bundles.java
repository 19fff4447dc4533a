package taizhang.model.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Loads this bundle's Chinese or English properties files. Chinese for any {@code zh} locale,
 * English otherwise; unlike {@link ResourceBundle#getBundle(String, Locale)} it never falls back to
 * the default locale, so an English label asked for on a Chinese machine is English.
 */
public final class Bundles {

	private Bundles() {
	}

	public static ResourceBundle get(String baseName, Locale locale) {
		Locale target = isChinese(locale) ? Locale.CHINESE : Locale.ROOT;
		return ResourceBundle.getBundle(baseName, target, Bundles.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** The value of {@code key}, or {@code null} when the bundle has none. */
	public static String find(String baseName, Locale locale, String key) {
		try {
			return get(baseName, locale).getString(key);
		} catch (MissingResourceException e) {
			return null;
		}
	}

	public static boolean isChinese(Locale locale) {
		return locale != null && "zh".equals(locale.getLanguage()); //$NON-NLS-1$
	}
}
