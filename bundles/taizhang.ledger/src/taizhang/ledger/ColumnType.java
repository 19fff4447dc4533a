package taizhang.ledger;

/** What a ledger column holds, which decides its editor, its parsing and its filters. */
public enum ColumnType {
	/** One line of text. */
	TEXT,
	/** Text that may run over several lines (问题描述, 整改措施 …). */
	LONG_TEXT,
	/** A whole or decimal number. */
	NUMBER,
	/** A day, typed in any spelling the offices use. */
	DATE,
	/** The deadline (整改时限): a day or 立行立改 / 长期坚持 and the spellings of DeadlineParser. */
	DEADLINE,
	/** One of a fixed list (an enumeration, a round, a custom field's choices). */
	CHOICE,
	/** One organization of the ledger. */
	UNIT,
	/** Several organizations of the ledger. */
	UNITS,
	/** One person of the ledger. */
	PERSON,
	/** The warning light, evaluated as of a day. */
	WARNING
}
