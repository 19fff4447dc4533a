package taizhang.responsibility.validation.internal;

import java.util.List;

import taizhang.responsibility.validation.Constraint;

/** Taizhang's own constraints, as contributed in the bundle's plugin.xml. */
public final class BuiltInConstraints {

	private BuiltInConstraints() {
	}

	public static List<Constraint> all() {
		return List.of(new ModelConstraint(), new AssignmentsConstraint(), new LeadershipConstraint(),
				new OrganizationCycleConstraint(), new FirstResponsiblePersonConstraint(),
				new CooperatingMeasureConstraint(), new RetiredUnitConstraint());
	}
}
