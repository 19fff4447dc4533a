package taizhang.responsibility.ui.internal.organizations;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import taizhang.model.AssignmentRole;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.responsibility.ui.internal.Messages;
import taizhang.responsibility.ui.internal.organizations.OrganizationIndex.Group;
import taizhang.ui.internal.Labels;

/** The columns of the organizations tree: what each says of a unit, a person and a group. */
enum OrganizationColumn {

	NAME(260) {
		@Override
		String text(Object element, OrganizationIndex index) {
			return switch (element) {
				case Organization unit -> Labels.name(unit);
				case Person person -> Labels.name(person);
				case Group group -> group == Group.RETIRED ? Messages.Organizations_retired : Messages.Organizations_withoutUnit;
				default -> ""; //$NON-NLS-1$
			};
		}
	},
	KIND(110) {
		@Override
		String text(Object element, OrganizationIndex index) {
			return switch (element) {
				case Organization unit -> Labels.of(unit.getKind());
				case Person person -> Labels.of(person.getTitle());
				default -> ""; //$NON-NLS-1$
			};
		}
	},
	POSITION(100) {
		@Override
		String text(Object element, OrganizationIndex index) {
			return switch (element) {
				case Person person -> Labels.of(person.getPosition());
				case Organization unit when !unit.isRetired() -> NLS.bind(Messages.Organizations_people, index.people(unit));
				default -> ""; //$NON-NLS-1$
			};
		}
	},
	ROLES(300) {
		@Override
		String text(Object element, OrganizationIndex index) {
			if (element instanceof Organization unit && unit.isRetired()) {
				String day = Labels.of(unit.getRetiredOn());
				return unit.getSuccessor() == null ? NLS.bind(Messages.Organizations_retiredOn, day)
						: NLS.bind(Messages.Organizations_retiredInto, day, Labels.name(unit.getSuccessor()));
			}
			if (!(element instanceof Organization || element instanceof Person)) {
				return ""; //$NON-NLS-1$
			}
			List<String> parts = new ArrayList<>();
			for (AssignmentRole role : AssignmentRole.VALUES) {
				int count = index.count(element, role);
				if (count > 0) {
					parts.add(NLS.bind(Messages.Organizations_roleCount, Labels.of(role), count));
				}
			}
			return String.join(Messages.Organizations_separator, parts);
		}
	};

	private final int width;

	OrganizationColumn(int width) {
		this.width = width;
	}

	int width() {
		return width;
	}

	String header() {
		return switch (this) {
			case NAME -> Messages.Organizations_columnName;
			case KIND -> Messages.Organizations_columnKind;
			case POSITION -> Messages.Organizations_columnPosition;
			case ROLES -> Messages.Organizations_columnRoles;
		};
	}

	abstract String text(Object element, OrganizationIndex index);
}
