package taizhang.cli.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A command line split into options and positional arguments, with typed, checked access. Every
 * error names the option or argument and says what was expected.
 */
public final class Arguments {

	/** Strict: exactly four-digit year, two-digit month and day, and a day that exists. */
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd") //$NON-NLS-1$
			.withResolverStyle(ResolverStyle.STRICT);

	private final Messages messages;
	private final Map<String, String> values;
	private final List<String> positionals;

	private Arguments(Messages messages, Map<String, String> values, List<String> positionals) {
		this.messages = messages;
		this.values = values;
		this.positionals = positionals;
	}

	/**
	 * Parses {@code args} against {@code options}. {@code --} ends the options; a lone {@code -} is a
	 * positional argument.
	 */
	public static Arguments parse(List<Option> options, List<String> args, Messages messages) throws CliException {
		Map<String, Option> byName = new HashMap<>();
		for (Option option : options) {
			byName.put(option.name(), option);
		}
		Map<String, String> values = new HashMap<>();
		List<String> positionals = new ArrayList<>();
		boolean optionsEnded = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) { //$NON-NLS-1$ //$NON-NLS-2$
				positionals.add(arg);
				continue;
			}
			if (arg.equals("--")) { //$NON-NLS-1$
				optionsEnded = true;
				continue;
			}
			String body = arg.startsWith("--") ? arg.substring(2) : arg.substring(1); //$NON-NLS-1$
			int eq = body.indexOf('=');
			String name = eq < 0 ? body : body.substring(0, eq);
			Option option = byName.get(name);
			if (option == null || !arg.startsWith("--")) { //$NON-NLS-1$
				throw CliException.usage(messages.get("error.unknownOption", arg)); //$NON-NLS-1$
			}
			if (values.containsKey(name)) {
				throw CliException.usage(messages.get("error.repeatedOption", "--" + name)); //$NON-NLS-1$ //$NON-NLS-2$
			}
			String value;
			if (!option.takesValue()) {
				if (eq >= 0) {
					throw CliException.usage(messages.get("error.flagWithValue", "--" + name)); //$NON-NLS-1$ //$NON-NLS-2$
				}
				value = ""; //$NON-NLS-1$
			} else if (eq >= 0) {
				value = body.substring(eq + 1);
			} else if (i + 1 < args.size()) {
				value = args.get(++i);
			} else {
				throw CliException.usage(messages.get("error.missingValue", option.display())); //$NON-NLS-1$
			}
			values.put(name, value);
		}
		return new Arguments(messages, values, positionals);
	}

	/** Whether the option (flag or value) was given. */
	public boolean has(String name) {
		return values.containsKey(name);
	}

	/** The option's value, or {@code null} when absent. */
	public String value(String name) {
		return values.get(name);
	}

	public List<String> positionals() {
		return List.copyOf(positionals);
	}

	/**
	 * Checks the number of positional arguments: exactly {@code names.length}, named in the error
	 * (e.g. {@code FILE}).
	 */
	public void expectPositionals(String... names) throws CliException {
		if (positionals.size() < names.length) {
			String name = names[positionals.size()];
			String shown = messages.has("arg." + name) ? messages.get("arg." + name) : name; //$NON-NLS-1$ //$NON-NLS-2$
			throw CliException.usage(messages.get("error.missingArgument", shown)); //$NON-NLS-1$
		}
		if (positionals.size() > names.length) {
			throw CliException.usage(messages.get("error.extraArgument", positionals.get(names.length))); //$NON-NLS-1$
		}
	}

	public String positional(int index) {
		return positionals.get(index);
	}

	/** The value of a required option. */
	public String required(String name) throws CliException {
		String value = values.get(name);
		if (value == null) {
			throw CliException.usage(messages.get("error.requiredOption", "--" + name)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return value;
	}

	/** A whole number of at least {@code min}; {@code fallback} when the option is absent. */
	public int intValue(String name, int fallback, int min) throws CliException {
		String value = values.get(name);
		if (value == null) {
			return fallback;
		}
		int result;
		try {
			result = Integer.parseInt(value.trim());
		} catch (NumberFormatException e) {
			throw CliException.usage(messages.get("error.notAnInteger", "--" + name, value)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (result < min) {
			throw CliException.usage(messages.get("error.tooSmall", "--" + name, value, min)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return result;
	}

	/** A required whole number of at least {@code min}. */
	public int requiredInt(String name, int min) throws CliException {
		required(name);
		return intValue(name, 0, min);
	}

	/** A required 64-bit whole number. */
	public long requiredLong(String name) throws CliException {
		String value = required(name);
		try {
			return Long.parseLong(value.trim());
		} catch (NumberFormatException e) {
			throw CliException.usage(messages.get("error.notAnInteger", "--" + name, value)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** A date written YYYY-MM-DD; {@code fallback} when the option is absent. */
	public LocalDate date(String name, LocalDate fallback) throws CliException {
		String value = values.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			return LocalDate.parse(value.trim(), DATE);
		} catch (DateTimeParseException e) {
			throw CliException.usage(messages.get("error.notADate", "--" + name, value)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
