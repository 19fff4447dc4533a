package taizhang.issue.ui.internal.binding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import taizhang.core.time.DeadlineFormatException;
import taizhang.core.time.DeadlineParser;
import taizhang.core.time.ParsedDeadline;
import taizhang.issue.ui.internal.Messages;
import taizhang.issue.ui.internal.Texts;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.Organization;
import taizhang.model.Person;

/**
 * Reads what the user typed into model values. Each method throws {@link IllegalArgumentException}
 * whose message, in the user's language, says what is wrong with the text.
 */
public final class Parsers {

	private Parsers() {
	}

	/**
	 * A day in any dated spelling of real ledgers (2018-12-31, 2018年12月31日, 2018.12.31, an Excel
	 * serial …); empty text is no day.
	 */
	public static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		ParsedDeadline parsed;
		try {
			parsed = DeadlineParser.parse(text);
		} catch (DeadlineFormatException e) {
			// The parser's own messages speak of a deadline (整改时限); this is any date.
			throw new IllegalArgumentException(switch (e.problem()) {
				case NO_SUCH_DAY -> NLS.bind(Messages.Parse_noSuchDay, text.trim());
				case UNKNOWN_SPELLING, EMPTY, IMPLAUSIBLE_SERIAL -> NLS.bind(Messages.Parse_notADate, text.trim());
			}, e);
		}
		if (!parsed.hasDate()) {
			throw new IllegalArgumentException(NLS.bind(Messages.Parse_notADay, text.trim()));
		}
		return parsed.date();
	}

	/** A deadline spelling (2018年底, 2020年下半年, 立行立改, 长期坚持 …). */
	public static ParsedDeadline deadline(String text) {
		try {
			return DeadlineParser.parse(text);
		} catch (DeadlineFormatException e) {
			throw new IllegalArgumentException(e.getMessage(Locale.getDefault()), e);
		}
	}

	/** The unit of the ledger named {@code text} (name, short name or code); empty text is none. */
	public static Organization organization(Ledger ledger, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String name = text.trim();
		List<Organization> found = new ArrayList<>(1);
		for (Organization organization : ledger.getOrganizations()) {
			if (name.equals(organization.getName()) || name.equals(organization.getShortName())
					|| name.equals(organization.getCode()) || name.equals(Texts.proposal(organization))) {
				found.add(organization);
			}
		}
		if (found.isEmpty()) {
			throw new IllegalArgumentException(NLS.bind(Messages.Parse_unknownUnit, name));
		}
		Organization unit = found.get(0);
		if (found.size() > 1) {
			// A short name two units share: only the full name tells them apart.
			unit = found.stream().filter(organization -> name.equals(organization.getName())).findFirst()
					.orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.Parse_ambiguousUnit, name,
							found.size())));
		}
		if (unit.isRetired()) {
			// Nothing may refer to a unit that no longer exists; its successor took over its duties.
			throw new IllegalArgumentException(unit.getSuccessor() == null
					? NLS.bind(Messages.Parse_retiredUnit, name)
					: NLS.bind(Messages.Parse_retiredUnitWithSuccessor, name, Texts.name(unit.getSuccessor())));
		}
		return unit;
	}

	/** The names of the units one may choose, as proposed while typing: retired units are not. */
	public static List<String> unitNames(Ledger ledger) {
		List<String> names = new ArrayList<>();
		for (Organization organization : ledger.getOrganizations()) {
			if (!organization.isRetired()) {
				names.add(Texts.proposal(organization));
			}
		}
		return names;
	}

	/**
	 * The person of the ledger named {@code text}, as the proposals show them (张三（市生态环境局）) or by
	 * name alone; of namesakes the one in {@code preferredUnit}. Empty text is none.
	 */
	public static Person person(Ledger ledger, String text, Organization preferredUnit) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String name = text.trim();
		List<Person> found = new ArrayList<>(1);
		for (Person person : ledger.getPersons()) {
			if (name.equals(Texts.proposal(person))) {
				return person;
			}
			if (name.equals(person.getName())) {
				found.add(person);
			}
		}
		if (found.isEmpty()) {
			throw new IllegalArgumentException(NLS.bind(Messages.Parse_unknownPerson, name));
		}
		if (found.size() > 1) {
			for (Person person : found) {
				if (preferredUnit != null && person.getOrganization() == preferredUnit) {
					return person;
				}
			}
			throw new IllegalArgumentException(NLS.bind(Messages.Parse_ambiguousPerson, name, found.size()));
		}
		return found.get(0);
	}

	/** The issue of the ledger with case number {@code text}; empty text is none. */
	public static Issue issue(Ledger ledger, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String caseNumber = text.trim();
		for (Issue issue : ledger.getIssues()) {
			if (issue.getCaseNumber() != null && caseNumber.equals(issue.getCaseNumber().trim())) {
				return issue;
			}
		}
		throw new IllegalArgumentException(NLS.bind(Messages.Parse_unknownIssue, caseNumber));
	}

	/** A plain decimal number (12.5), as custom number fields hold them. */
	public static String decimal(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.trim()).toPlainString();
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Parse_notANumber, text.trim()), e);
		}
	}
}
