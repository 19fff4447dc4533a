package taizhang.responsibility;

import java.util.Objects;

import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.core.Ids;
import taizhang.model.Ledger;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.OrganizationKind;

/** Adds a new unit to the ledger, under a parent unit or at the top of the tree. */
public final class CreateUnitCommand extends ResponsibilityCommand {

	private final Ledger ledger;
	private final Organization parent;
	private final Organization unit;

	/**
	 * @param name   the unit's full name, also its short name until one is set
	 * @param kind   what kind of unit it is
	 * @param parent the unit it belongs under, or {@code null} for the top of the tree
	 */
	public CreateUnitCommand(EditingDomain domain, Ledger ledger, String name, OrganizationKind kind,
			Organization parent) {
		super(domain, "create.label", name); //$NON-NLS-1$
		this.ledger = Objects.requireNonNull(ledger, "ledger"); //$NON-NLS-1$
		this.parent = parent;
		unit = ModelFactory.eINSTANCE.createOrganization();
		unit.setId(Ids.newId());
		unit.setName(name == null ? null : name.strip());
		unit.setShortName(unit.getName());
		unit.setKind(Objects.requireNonNull(kind, "kind")); //$NON-NLS-1$
	}

	/** The new unit (not in the ledger until the command has executed). */
	public Organization unit() {
		return unit;
	}

	@Override
	protected void plan() {
		if (unit.getName() == null || unit.getName().isEmpty()) {
			refuse("refusal.noName"); //$NON-NLS-1$
			return;
		}
		if (parent != null && parent.isRetired()) {
			refuse("refusal.retired", parent); //$NON-NLS-1$
			return;
		}
		add(ledger, ModelPackage.Literals.LEDGER__ORGANIZATIONS, unit);
		if (parent != null) {
			// through a command: setting it directly would change the parent's children at once
			set(unit, ModelPackage.Literals.ORGANIZATION__PARENT, parent);
		}
		affects(unit);
	}
}
