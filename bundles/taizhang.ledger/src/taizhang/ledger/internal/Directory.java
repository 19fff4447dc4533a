package taizhang.ledger.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import taizhang.core.issues.IssueFacts;
import taizhang.ledger.LedgerColumns;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.model.structure.Organizations;

/**
 * Looks up the rounds, units, people and case numbers of a ledger by what users type. Built lazily
 * and used for one operation (a cell edit, a paste), so that a block of a thousand cells reads the
 * ledger once.
 */
public final class Directory {

	private final Ledger ledger;
	private Map<String, List<Organization>> units;
	private Map<String, List<Person>> people;
	private Map<String, List<InspectionRound>> rounds;
	private Map<InspectionRound, Map<String, Issue>> caseNumbers;

	public Directory(Ledger ledger) {
		this.ledger = ledger;
	}

	public Ledger ledger() {
		return ledger;
	}

	/** The units whose name, short name or code is {@code text}; several when it is ambiguous. */
	public List<Organization> units(String text) {
		if (units == null) {
			units = new HashMap<>();
			for (Organization unit : ledger.getOrganizations()) {
				// a full name wins over another unit's short name
				Set<String> keys = new LinkedHashSet<>();
				keys.add(key(unit.getName()));
				keys.add(key(unit.getShortName()));
				keys.add(key(unit.getCode()));
				for (String key : keys) {
					if (!key.isEmpty()) {
						units.computeIfAbsent(key, k -> new ArrayList<>()).add(unit);
					}
				}
			}
		}
		String key = key(text);
		for (Organization unit : units.getOrDefault(key, List.of())) {
			if (key.equals(key(unit.getName()))) {
				return List.of(unit);
			}
		}
		return units.getOrDefault(key, List.of());
	}

	/** The people named {@code name}. */
	public List<Person> people(String name) {
		if (people == null) {
			people = new HashMap<>();
			for (Person person : ledger.getPersons()) {
				people.computeIfAbsent(key(person.getName()), k -> new ArrayList<>()).add(person);
			}
		}
		return people.getOrDefault(key(name), List.of());
	}

	/** The rounds whose name or batch number is {@code text}. */
	public List<InspectionRound> rounds(String text) {
		if (rounds == null) {
			rounds = new HashMap<>();
			for (InspectionRound round : ledger.getRounds()) {
				Set<String> keys = new LinkedHashSet<>();
				keys.add(key(round.getName()));
				keys.add(key(round.getBatchNumber()));
				for (String key : keys) {
					if (!key.isEmpty()) {
						rounds.computeIfAbsent(key, k -> new ArrayList<>()).add(round);
					}
				}
			}
		}
		String key = key(text);
		for (InspectionRound round : rounds.getOrDefault(key, List.of())) {
			if (key.equals(key(round.getName()))) {
				return List.of(round);
			}
		}
		return rounds.getOrDefault(key, List.of());
	}

	/** The issue of {@code round} with case number {@code caseNumber}, or {@code null}. */
	public Issue issueWithCaseNumber(InspectionRound round, String caseNumber) {
		if (caseNumbers == null) {
			caseNumbers = new HashMap<>();
			for (Issue issue : ledger.getIssues()) {
				if (issue.getRound() != null && issue.getCaseNumber() != null && !issue.getCaseNumber().isBlank()) {
					caseNumbers.computeIfAbsent(issue.getRound(), r -> new HashMap<>())
							.putIfAbsent(issue.getCaseNumber().strip(), issue);
				}
			}
		}
		Map<String, Issue> byNumber = caseNumbers.get(round);
		return byNumber == null ? null : byNumber.get(caseNumber.strip());
	}

	/**
	 * Among people of the same name, the one an issue most likely means: the only one working in, above
	 * or below its lead unit, else the only one of its county; {@code null} when neither singles one out.
	 * Lead unit and county are those about to be set in the same row, if any.
	 */
	public static Person nearest(List<Person> candidates, Issue issue, Map<String, Object> row) {
		Organization lead = row.get(LedgerColumns.LEAD_UNIT) instanceof Organization unit ? unit
				: issue == null ? null : IssueFacts.leadUnit(issue);
		Organization county = row.get(LedgerColumns.COUNTY) instanceof Organization unit ? unit
				: issue == null ? IssueFacts.countyOf(lead) : IssueFacts.county(issue);
		Person near = related(candidates, lead);
		return near != null ? near : related(candidates, county != null ? county : IssueFacts.countyOf(lead));
	}

	private static Person related(List<Person> candidates, Organization unit) {
		if (unit == null) {
			return null;
		}
		Person found = null;
		for (Person person : candidates) {
			Organization own = person.getOrganization();
			if (own != null && (Organizations.isSelfOrAncestor(own, unit) || Organizations.isSelfOrAncestor(unit, own))) {
				if (found != null) {
					return null;
				}
				found = person;
			}
		}
		return found;
	}

	/** Names compared as typed, ignoring full-width forms, spaces around and case. */
	static String key(String text) {
		return Cells.clean(text).toLowerCase(java.util.Locale.ROOT);
	}
}
