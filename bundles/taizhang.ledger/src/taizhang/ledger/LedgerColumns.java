package taizhang.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import taizhang.core.time.TimeRules;
import taizhang.ledger.internal.StandardColumns;
import taizhang.model.Ledger;

/**
 * The columns of a ledger, in the order of a printed 整改台账, then the ledger's custom fields. The ids
 * below are stable: remembered layouts refer to them.
 */
public final class LedgerColumns {

	public static final String SEQUENCE = "sequence"; //$NON-NLS-1$
	public static final String ROUND = "round"; //$NON-NLS-1$
	public static final String CASE_NUMBER = "caseNumber"; //$NON-NLS-1$
	public static final String COUNTY = "county"; //$NON-NLS-1$
	public static final String CATEGORY = "category"; //$NON-NLS-1$
	public static final String DESCRIPTION = "description"; //$NON-NLS-1$
	public static final String TARGET = "target"; //$NON-NLS-1$
	public static final String MEASURES = "measures"; //$NON-NLS-1$
	public static final String LEADER = "leader"; //$NON-NLS-1$
	public static final String LEAD_UNIT = "leadUnit"; //$NON-NLS-1$
	public static final String COOPERATING_UNITS = "cooperatingUnits"; //$NON-NLS-1$
	public static final String RESPONSIBLE_PERSON = "responsiblePerson"; //$NON-NLS-1$
	public static final String RECEIVED = "received"; //$NON-NLS-1$
	public static final String DEADLINE = "deadline"; //$NON-NLS-1$
	public static final String TYPE = "type"; //$NON-NLS-1$
	public static final String PROGRESS = "progress"; //$NON-NLS-1$
	public static final String STATUS = "status"; //$NON-NLS-1$
	public static final String SIGN_OFF = "signOff"; //$NON-NLS-1$
	public static final String WARNING = "warning"; //$NON-NLS-1$
	/** Custom-field columns are "custom:" followed by the field's key. */
	public static final String CUSTOM_PREFIX = "custom:"; //$NON-NLS-1$

	private LedgerColumns() {
	}

	/** The columns of {@code ledger}; the warning column evaluates as of {@code asOf}. */
	public static List<LedgerColumn> of(Ledger ledger, LocalDate asOf) {
		return List.copyOf(StandardColumns.of(ledger, asOf));
	}

	/** The time rules with the thresholds of the ledger's own settings, for warnings, grouping and summaries. */
	public static TimeRules rules(Ledger ledger) {
		return StandardColumns.rules(ledger);
	}

	public static Optional<LedgerColumn> byId(List<LedgerColumn> columns, String id) {
		return columns.stream().filter(column -> column.id().equals(id)).findFirst();
	}
}
