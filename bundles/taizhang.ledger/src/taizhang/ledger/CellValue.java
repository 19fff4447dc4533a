package taizhang.ledger;

/**
 * Typed text read by {@link LedgerColumn#parse}: either a value (possibly {@code null}: the cell is
 * cleared) or the reason the text was refused.
 */
public record CellValue(Object value, String error) {

	public static CellValue of(Object value) {
		return new CellValue(value, null);
	}

	public static CellValue error(String message) {
		return new CellValue(null, message);
	}

	/** Whether the text was accepted. */
	public boolean ok() {
		return error == null;
	}
}
