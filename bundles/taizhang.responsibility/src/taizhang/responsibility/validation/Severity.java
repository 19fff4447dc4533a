package taizhang.responsibility.validation;

import java.util.Locale;

import taizhang.responsibility.internal.Messages;

/** How bad a problem is: an error breaks a rule of the offices, a warning is worth a look. */
public enum Severity {
	ERROR, WARNING, INFO;

	/** 错误 / Error … */
	public String label(Locale locale) {
		return Messages.format(locale, "severity." + name()); //$NON-NLS-1$
	}
}
