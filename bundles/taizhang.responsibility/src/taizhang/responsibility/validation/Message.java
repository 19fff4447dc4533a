package taizhang.responsibility.validation;

import java.util.Locale;

/** A problem's text, in Chinese for a {@code zh} locale and in English otherwise. */
@FunctionalInterface
public interface Message {

	String text(Locale locale);
}
