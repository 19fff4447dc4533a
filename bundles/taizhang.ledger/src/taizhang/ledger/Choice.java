package taizhang.ledger;

/**
 * One entry a picker offers for a CHOICE, UNIT, UNITS or PERSON column.
 *
 * @param value the value {@link LedgerColumn#setCommand} accepts
 * @param label what the picker shows
 * @param keys  more text type-ahead matches (short name, code, English label), may be empty
 */
public record Choice(Object value, String label, String keys) {
}
