package taizhang.responsibility;

import java.util.Objects;

import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.model.ModelPackage;
import taizhang.model.Organization;

/** Gives a unit a new name, and a new short name when one is given. */
public final class RenameUnitCommand extends ResponsibilityCommand {

	private final Organization unit;
	private final String name;
	private final String shortName;

	/**
	 * @param name      the new full name
	 * @param shortName the new short name, or {@code null} to keep the present one
	 */
	public RenameUnitCommand(EditingDomain domain, Organization unit, String name, String shortName) {
		super(domain, "rename.label", unit); //$NON-NLS-1$
		this.unit = Objects.requireNonNull(unit, "unit"); //$NON-NLS-1$
		this.name = name == null ? null : name.strip();
		this.shortName = shortName == null ? null : shortName.strip();
	}

	@Override
	protected void plan() {
		if (name == null || name.isEmpty()) {
			refuse("refusal.noName"); //$NON-NLS-1$
			return;
		}
		if (!name.equals(unit.getName())) {
			set(unit, ModelPackage.Literals.ORGANIZATION__NAME, name);
		}
		if (shortName != null && !shortName.isEmpty() && !shortName.equals(unit.getShortName())) {
			set(unit, ModelPackage.Literals.ORGANIZATION__SHORT_NAME, shortName);
		}
		affects(unit);
	}
}
