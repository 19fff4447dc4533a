package taizhang.responsibility;

import java.util.Objects;

import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.structure.Organizations;

/**
 * Puts a unit, with everything under it, under another parent (drag and drop in the tree). Refused
 * when the new parent is the unit itself or lies under it (the tree would have a cycle), or is
 * retired.
 */
public final class MoveUnitCommand extends ResponsibilityCommand {

	private final Organization unit;
	private final Organization parent;

	/** @param parent the new parent, or {@code null} for the top of the tree */
	public MoveUnitCommand(EditingDomain domain, Organization unit, Organization parent) {
		super(domain, "move.label", unit, parent); //$NON-NLS-1$
		this.unit = Objects.requireNonNull(unit, "unit"); //$NON-NLS-1$
		this.parent = parent;
	}

	@Override
	protected void plan() {
		if (Organizations.wouldCycle(unit, parent)) {
			refuse("refusal.cycle", unit, parent); //$NON-NLS-1$
			return;
		}
		if (parent != null && parent.isRetired()) {
			refuse("refusal.retired", parent); //$NON-NLS-1$
			return;
		}
		if (unit.getParent() != parent) {
			set(unit, ModelPackage.Literals.ORGANIZATION__PARENT, parent);
		}
		affects(unit);
	}
}
