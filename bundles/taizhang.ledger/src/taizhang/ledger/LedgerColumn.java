package taizhang.ledger;

import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.model.Issue;
import taizhang.model.Ledger;

/** One column of the ledger grid. */
public interface LedgerColumn {

	/** Stable key for remembered layouts: "sequence", "caseNumber", …, "custom:&lt;key&gt;". */
	String id();

	/** The header in the user's language. */
	String header();

	ColumnType type();

	/** Width in pixels at 100 % zoom. */
	int defaultWidth();

	boolean centered();

	/**
	 * The raw value for sorting and filtering, {@code null} when the cell is empty: String, Integer,
	 * BigDecimal, LocalDate, an Enumerator, an InspectionRound, an Organization, a Person, a List of
	 * Organizations.
	 */
	Object value(Issue issue);

	/** The display text, which is also the clipboard text: full, never abbreviated. */
	String text(Issue issue);

	/** Orders issues consistently with {@link #value}; empty cells last; Chinese text by pinyin collation. */
	Comparator<Issue> comparator();

	boolean isEditable();

	/** What a picker offers for CHOICE, UNIT, UNITS and PERSON columns; empty for the others. */
	List<Choice> choices(Ledger ledger);

	/**
	 * Reads typed text into a value for {@link #setCommand}, or an error (in the user's language) saying
	 * why the text does not fit. Empty text clears the cell where that is allowed.
	 */
	CellValue parse(Ledger ledger, String text);

	/**
	 * Reads typed text for the cell of {@code issue}: as {@link #parse(Ledger, String)}, but where several
	 * people share a name, the one working in, above or below the issue's lead unit (else in its county) is meant.
	 */
	default CellValue parse(Ledger ledger, Issue issue, String text) {
		return parse(ledger, text);
	}

	/**
	 * One EMF command setting the cell to {@code value} (a value {@link #parse} produced), creating the
	 * plan or assignment when needed; {@code UnexecutableCommand.INSTANCE} when the column is not
	 * editable.
	 */
	Command setCommand(EditingDomain domain, Issue issue, Object value);
}
