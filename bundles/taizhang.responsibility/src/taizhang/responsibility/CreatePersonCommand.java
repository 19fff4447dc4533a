package taizhang.responsibility;

import java.util.Objects;

import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.core.Ids;
import taizhang.model.Ledger;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.model.PositionKind;

/** Adds a person to a unit, with their title and place in the responsibility structure. */
public final class CreatePersonCommand extends ResponsibilityCommand {

	private final Ledger ledger;
	private final Organization unit;
	private final Person person;

	public CreatePersonCommand(EditingDomain domain, Ledger ledger, String name, String title, PositionKind position,
			Organization unit) {
		super(domain, "createPerson.label", name); //$NON-NLS-1$
		this.ledger = Objects.requireNonNull(ledger, "ledger"); //$NON-NLS-1$
		this.unit = Objects.requireNonNull(unit, "unit"); //$NON-NLS-1$
		person = ModelFactory.eINSTANCE.createPerson();
		person.setId(Ids.newId());
		person.setName(name == null ? null : name.strip());
		person.setTitle(title);
		person.setPosition(Objects.requireNonNull(position, "position")); //$NON-NLS-1$
	}

	/** The new person (not in the ledger until the command has executed). */
	public Person person() {
		return person;
	}

	@Override
	protected void plan() {
		if (person.getName() == null || person.getName().isEmpty()) {
			refuse("refusal.noName"); //$NON-NLS-1$
			return;
		}
		if (unit.isRetired()) {
			refuse("refusal.retired", unit); //$NON-NLS-1$
			return;
		}
		add(ledger, ModelPackage.Literals.LEDGER__PERSONS, person);
		set(person, ModelPackage.Literals.PERSON__ORGANIZATION, unit);
		affects(person);
	}
}
