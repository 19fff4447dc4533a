package taizhang.cli.internal;

/**
 * An option a command accepts: a flag ({@code --json}) or an option with a value
 * ({@code --as-of 2026-11-24} or {@code --as-of=2026-11-24}).
 *
 * @param name           the option without dashes, e.g. {@code "as-of"}
 * @param valueName      the placeholder shown in help (e.g. {@code "YYYY-MM-DD"}), {@code null} for a
 *                       flag
 * @param descriptionKey the message key of its help text
 */
public record Option(String name, String valueName, String descriptionKey) {

	public static Option flag(String name, String descriptionKey) {
		return new Option(name, null, descriptionKey);
	}

	public static Option value(String name, String valueName, String descriptionKey) {
		return new Option(name, valueName, descriptionKey);
	}

	public boolean takesValue() {
		return valueName != null;
	}

	/** How the option is written in help, e.g. {@code --as-of YYYY-MM-DD}. */
	public String display() {
		return takesValue() ? "--" + name + ' ' + valueName : "--" + name; //$NON-NLS-1$
	}
}
