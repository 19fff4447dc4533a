package taizhang.ledger.internal;

import java.time.LocalDate;

import taizhang.core.time.TimeRules;
import taizhang.ledger.ColumnType;
import taizhang.ledger.LedgerColumns;
import taizhang.model.Issue;

/** 预警: the warning light, RED / YELLOW / BLUE as the time rules decide on the as-of day. */
final class WarningColumn extends ReadOnlyColumn {

	private final TimeRules rules;
	private final LocalDate asOf;

	WarningColumn(TimeRules rules, LocalDate asOf) {
		super(LedgerColumns.WARNING, Messages.Column_warning, ColumnType.WARNING, 80, true);
		this.rules = rules;
		this.asOf = asOf;
	}

	@Override
	public Object value(Issue issue) {
		return rules.warningLevel(issue, asOf);
	}
}
