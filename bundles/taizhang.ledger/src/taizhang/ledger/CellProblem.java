package taizhang.ledger;

/**
 * A cell that does not fit.
 *
 * @param row          1-based row within the pasted or edited block
 * @param column       1-based column within the block
 * @param columnHeader the header of the grid column the cell was meant for
 * @param message      why, in the user's language
 */
public record CellProblem(int row, int column, String columnHeader, String message) {
}
