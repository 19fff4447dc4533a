package taizhang.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import taizhang.core.issues.IssueFacts;
import taizhang.ledger.Choice;
import taizhang.ledger.ColumnType;
import taizhang.ledger.LedgerColumns;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.Organization;

/** 配合单位: the cooperating units, separated by 、 ， , ； ; or line breaks. */
final class UnitsColumn extends Column {

	private static final Pattern SEPARATORS = Pattern.compile("[、，,；;\\r\\n]+"); //$NON-NLS-1$

	UnitsColumn() {
		super(LedgerColumns.COOPERATING_UNITS, Messages.Column_cooperatingUnits, ColumnType.UNITS, 180, false);
	}

	@Override
	public Object value(Issue issue) {
		List<Organization> units = IssueFacts.cooperatingUnits(issue);
		return units.isEmpty() ? null : units;
	}

	@Override
	public List<Choice> choices(Ledger ledger) {
		List<Choice> choices = new ArrayList<>();
		for (Organization unit : ledger.getOrganizations()) {
			choices.add(UnitColumn.unitChoice(unit, false));
		}
		return choices;
	}

	@Override
	protected Object read(Directory directory, Issue issue, String text) {
		List<Organization> units = new ArrayList<>();
		for (String name : SEPARATORS.split(text)) {
			if (!name.isBlank()) {
				Organization unit = UnitColumn.resolve(directory, name.strip());
				if (units.contains(unit)) {
					throw new Refused(NLS.bind(Messages.Error_duplicateUnit, Cells.text(unit)));
				}
				units.add(unit);
			}
		}
		return units.isEmpty() ? null : units;
	}

	@Override
	public String check(Directory directory, Issue issue, Object value, Map<String, Object> row) {
		Object lead = row.containsKey(LedgerColumns.LEAD_UNIT) ? row.get(LedgerColumns.LEAD_UNIT) : IssueFacts.leadUnit(issue);
		if (value instanceof List<?> units && lead != null && units.contains(lead)) {
			return NLS.bind(Messages.Error_cooperatingIsLead, Cells.text(lead));
		}
		return null;
	}

	@Override
	protected Command command(EditingDomain domain, Issue issue, Object value) {
		List<Organization> units = new ArrayList<>();
		if (value instanceof List<?> list) {
			list.forEach(unit -> units.add((Organization) unit));
		}
		return ModelEdits.setCooperatingUnits(domain, issue, units);
	}
}
