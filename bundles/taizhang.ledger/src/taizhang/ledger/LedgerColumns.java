package taizhang.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import taizhang.model.Ledger;

/** The columns of a ledger, in the order of a printed 整改台账, then the ledger's custom fields. */
public final class LedgerColumns {

	private LedgerColumns() {
	}

	/** The columns of {@code ledger}; the warning column evaluates as of {@code asOf}. */
	public static List<LedgerColumn> of(Ledger ledger, LocalDate asOf) {
		throw new UnsupportedOperationException();
	}

	public static Optional<LedgerColumn> byId(List<LedgerColumn> columns, String id) {
		return columns.stream().filter(column -> column.id().equals(id)).findFirst();
	}
}
