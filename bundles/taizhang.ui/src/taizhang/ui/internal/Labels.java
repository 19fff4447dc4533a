package taizhang.ui.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.StringJoiner;

import org.eclipse.emf.common.util.Enumerator;

import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.model.labels.EnumLabels;

/** Texts of model values as the UI shows them, in the user's language. */
public final class Labels {

	/** Joins names in a list cell, as Chinese ledgers do: 市生态环境局、市住建局. */
	public static final String LIST_SEPARATOR = "\u3001"; //$NON-NLS-1$

	private Labels() {
	}

	/** The UI's language: the workbench's (-nl) or the JVM's. */
	public static Locale locale() {
		return Locale.getDefault();
	}

	public static String of(Enumerator literal) {
		return literal == null ? "" : EnumLabels.label(literal, locale()); //$NON-NLS-1$
	}

	/** ISO dates (2026-11-24): unambiguous in both languages and sorted as text. */
	public static String of(LocalDate date) {
		return date == null ? "" : date.toString(); //$NON-NLS-1$
	}

	public static String of(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}

	public static String name(Organization organization) {
		return organization == null ? "" : of(organization.getName()); //$NON-NLS-1$
	}

	/** The short name (新港区) where the ledger has one, else the name (江州市新港区). */
	public static String shortName(Organization organization) {
		if (organization == null) {
			return ""; //$NON-NLS-1$
		}
		String shortName = organization.getShortName();
		return shortName == null || shortName.isBlank() ? name(organization) : shortName;
	}

	public static String name(Person person) {
		return person == null ? "" : of(person.getName()); //$NON-NLS-1$
	}

	public static String join(Collection<String> parts) {
		StringJoiner joiner = new StringJoiner(LIST_SEPARATOR);
		for (String part : parts) {
			if (part != null && !part.isEmpty()) {
				joiner.add(part);
			}
		}
		return joiner.toString();
	}

	/** The text cut to {@code max} characters, on one line. */
	public static String abbreviate(String text, int max) {
		String line = of(text).replace('\n', ' ').replace('\r', ' ');
		return line.length() <= max ? line : line.substring(0, max - 1) + '\u2026';
	}
}
