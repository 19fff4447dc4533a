package taizhang.issue.ui.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EStructuralFeature;

import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.model.labels.EnumLabels;
import taizhang.model.labels.ModelLabels;

/** Model values as the editor shows them, in the user's language. */
public final class Texts {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

	private Texts() {
	}

	public static Locale locale() {
		return Locale.getDefault();
	}

	public static String of(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}

	public static String of(Enumerator literal) {
		return literal == null ? "" : EnumLabels.label(literal, locale()); //$NON-NLS-1$
	}

	/** ISO dates: unambiguous in both languages. */
	public static String of(LocalDate date) {
		return date == null ? "" : date.toString(); //$NON-NLS-1$
	}

	public static String of(Instant instant, ZoneId zone) {
		return instant == null ? "" : TIMESTAMP.format(instant.atZone(zone)); //$NON-NLS-1$
	}

	public static String name(Organization organization) {
		return organization == null ? "" : of(organization.getName()); //$NON-NLS-1$
	}

	public static String name(Person person) {
		return person == null ? "" : of(person.getName()); //$NON-NLS-1$
	}

	public static String name(InspectionRound round) {
		return round == null ? "" : of(round.getName()); //$NON-NLS-1$
	}

	public static String caseNumber(Issue issue) {
		return issue == null ? "" : of(issue.getCaseNumber()); //$NON-NLS-1$
	}

	/** A feature's label (交办编号 / Case number). */
	public static String label(EStructuralFeature feature) {
		return ModelLabels.featureLabel(feature, locale());
	}

	/** A unit as proposed while typing and accepted back: its full name. */
	public static String proposal(Organization organization) {
		return name(organization);
	}

	/** A person as proposed while typing and accepted back: 张三（市生态环境局）. */
	public static String proposal(Person person) {
		if (person == null) {
			return ""; //$NON-NLS-1$
		}
		Organization unit = person.getOrganization();
		return unit == null ? name(person) : name(person) + '\uFF08' + name(unit) + '\uFF09';
	}

	/** The text cut to {@code max} characters, on one line. */
	public static String abbreviate(String text, int max) {
		String line = of(text).replace('\n', ' ').replace('\r', ' ');
		return line.length() <= max ? line : line.substring(0, max - 1) + '\u2026';
	}
}
