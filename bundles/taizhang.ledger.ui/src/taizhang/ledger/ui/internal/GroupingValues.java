package taizhang.ledger.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.commands.IParameterValues;

import taizhang.ledger.Grouping;

/** The values of the group-by command's parameter, so that Quick Access offers each grouping. */
public class GroupingValues implements IParameterValues {

	@Override
	public Map<String, String> getParameterValues() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put(Messages.Grid_groupNone, ""); //$NON-NLS-1$
		for (Grouping grouping : Grouping.values()) {
			values.put(grouping.label(), grouping.name());
		}
		return values;
	}
}
