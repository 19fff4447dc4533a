package taizhang.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import taizhang.core.issues.IssueFacts;
import taizhang.ledger.Choice;
import taizhang.ledger.ColumnType;
import taizhang.ledger.LedgerColumns;
import taizhang.model.AssignmentRole;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.OrganizationKind;

/**
 * One unit, typed as its name, short name or code: 所属县区 (a county or district, the issue's
 * region) or 牵头单位 (the lead unit assignment).
 */
final class UnitColumn extends Column {

	private final boolean county;

	private UnitColumn(String id, String header, int width, boolean centered, boolean county) {
		super(id, header, ColumnType.UNIT, width, centered);
		this.county = county;
	}

	static UnitColumn county() {
		return new UnitColumn(LedgerColumns.COUNTY, Messages.Column_county, 100, true, true);
	}

	static UnitColumn leadUnit() {
		return new UnitColumn(LedgerColumns.LEAD_UNIT, Messages.Column_leadUnit, 130, false, false);
	}

	@Override
	public Object value(Issue issue) {
		return county ? IssueFacts.county(issue) : IssueFacts.leadUnit(issue);
	}

	@Override
	public String text(Issue issue) {
		Organization unit = (Organization) value(issue);
		return county ? Cells.shortName(unit) : Cells.text(unit);
	}

	@Override
	protected boolean isRequired() {
		return !county;
	}

	@Override
	public List<Choice> choices(Ledger ledger) {
		List<Choice> choices = new ArrayList<>();
		for (Organization unit : ledger.getOrganizations()) {
			if (!county || unit.getKind() == OrganizationKind.COUNTY_DISTRICT) {
				choices.add(unitChoice(unit, county));
			}
		}
		return choices;
	}

	static Choice unitChoice(Organization unit, boolean byShortName) {
		String label = byShortName ? Cells.shortName(unit) : Cells.text(unit);
		String keys = Cells.orEmpty(unit.getName()) + ' ' + Cells.orEmpty(unit.getShortName()) + ' ' + Cells.orEmpty(unit.getCode());
		return new Choice(unit, label, keys.strip());
	}

	@Override
	protected Object read(Directory directory, Issue issue, String text) {
		Organization unit = resolve(directory, text);
		if (county && unit.getKind() != OrganizationKind.COUNTY_DISTRICT) {
			throw new Refused(NLS.bind(Messages.Error_notCounty, text));
		}
		return unit;
	}

	/** The one unit {@code text} names. @throws Refused when it names none or several */
	static Organization resolve(Directory directory, String text) {
		List<Organization> units = directory.units(text);
		if (units.isEmpty()) {
			throw new Refused(NLS.bind(Messages.Error_unknownUnit, text));
		}
		if (units.size() > 1) {
			List<String> names = new ArrayList<>();
			units.forEach(unit -> names.add(Cells.text(unit)));
			throw new Refused(NLS.bind(Messages.Error_ambiguousUnit, text, String.join(Cells.LIST_SEPARATOR, names)));
		}
		return units.get(0);
	}

	@Override
	public String check(Directory directory, Issue issue, Object value, Map<String, Object> row) {
		if (county || value == null) {
			return null;
		}
		Object cooperating = row.containsKey(LedgerColumns.COOPERATING_UNITS) ? row.get(LedgerColumns.COOPERATING_UNITS)
				: IssueFacts.cooperatingUnits(issue);
		if (cooperating instanceof List<?> units && units.contains(value)) {
			return NLS.bind(Messages.Error_leadIsCooperating, Cells.text(value));
		}
		return null;
	}

	@Override
	protected Command command(EditingDomain domain, Issue issue, Object value) {
		if (!county) {
			return ModelEdits.setRole(domain, issue, AssignmentRole.LEAD_UNIT, ModelPackage.Literals.ASSIGNMENT__ORGANIZATION,
					value);
		}
		// a township region already lies in its county: only a different county replaces it
		return new DeferredCommand(Messages.Command_edit,
				() -> value != null && IssueFacts.county(issue) == value ? new IdentityCommand()
						: SetCommand.create(domain, issue, ModelPackage.Literals.ISSUE__REGION, value));
	}
}
