package taizhang.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import taizhang.ledger.Choice;
import taizhang.ledger.ColumnType;
import taizhang.ledger.LedgerColumns;
import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.Person;

/**
 * One person of the ledger, typed as the name, or as 姓名（单位） when several people share the name:
 * 责任领导 (the leader in charge) and 责任人 (the responsible person). Where a name is shared and no unit
 * given, the one working in, above or below the issue's lead unit, else in its county, is meant.
 */
final class PersonColumn extends Column {

	private static final Pattern QUALIFIED = Pattern.compile("(.+?)\\s*[（(]\\s*(.+?)\\s*[）)]"); //$NON-NLS-1$

	private final AssignmentRole role;

	private PersonColumn(String id, String header, int width, AssignmentRole role) {
		super(id, header, ColumnType.PERSON, width, true);
		this.role = role;
	}

	static PersonColumn leader() {
		return new PersonColumn(LedgerColumns.LEADER, Messages.Column_leader, 90, AssignmentRole.LEADER_IN_CHARGE);
	}

	static PersonColumn responsiblePerson() {
		return new PersonColumn(LedgerColumns.RESPONSIBLE_PERSON, Messages.Column_responsiblePerson, 80,
				AssignmentRole.RESPONSIBLE_PERSON);
	}

	@Override
	public Object value(Issue issue) {
		for (Assignment assignment : issue.getAssignments()) {
			if (assignment.getRole() == role && assignment.getPerson() != null) {
				return assignment.getPerson();
			}
		}
		return null;
	}

	@Override
	protected boolean isRequired() {
		return role == AssignmentRole.RESPONSIBLE_PERSON;
	}

	@Override
	public List<Choice> choices(Ledger ledger) {
		List<Choice> choices = new ArrayList<>();
		for (Person person : ledger.getPersons()) {
			Organization unit = person.getOrganization();
			String label = unit == null ? Cells.text(person) : Cells.text(person) + '（' + Cells.shortName(unit) + '）';
			String keys = Cells.orEmpty(person.getTitle()) + ' ' + (unit == null ? "" : Cells.text(unit)); //$NON-NLS-1$
			choices.add(new Choice(person, label, keys.strip()));
		}
		return choices;
	}

	@Override
	public boolean readsRow() {
		return true;
	}

	@Override
	protected Object read(Directory directory, Issue issue, String text) {
		return read(directory, issue, Map.of(), text);
	}

	@Override
	protected Object read(Directory directory, Issue issue, Map<String, Object> row, String text) {
		List<Person> candidates = directory.people(text);
		String name = text;
		Matcher qualified = QUALIFIED.matcher(text);
		if (candidates.isEmpty() && qualified.matches()) {
			name = qualified.group(1);
			List<Organization> units = directory.units(qualified.group(2));
			candidates = new ArrayList<>();
			for (Person person : directory.people(name)) {
				if (units.contains(person.getOrganization())) {
					candidates.add(person);
				}
			}
		}
		if (candidates.isEmpty()) {
			throw new Refused(NLS.bind(Messages.Error_unknownPerson, text));
		}
		if (candidates.size() == 1) {
			return candidates.get(0);
		}
		Person nearest = Directory.nearest(candidates, issue, row);
		if (nearest != null) {
			return nearest;
		}
		List<String> spelled = new ArrayList<>();
		for (Person person : candidates) {
			spelled.add(Cells.text(person) + '（' + Cells.shortName(person.getOrganization()) + '）');
		}
		throw new Refused(NLS.bind(Messages.Error_ambiguousPerson, name, String.join(Cells.LIST_SEPARATOR, spelled)));
	}

	@Override
	protected Command command(EditingDomain domain, Issue issue, Object value) {
		return ModelEdits.setRole(domain, issue, role, ModelPackage.Literals.ASSIGNMENT__PERSON, value);
	}
}
