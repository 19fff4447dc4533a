package taizhang.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;

import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.Organization;

/** How the report commands (stats, warnings, escalate) name a ledger, an issue and a unit. */
final class LedgerTexts {

	private LedgerTexts() {
	}

	/** The two lines every report starts with: the ledger and its file, and the as-of day. */
	static void printHeader(PrintStream out, Path file, Ledger ledger, LocalDate asOf, Messages messages) {
		out.println(messages.get("stats.ledger", nonNull(ledger.getName()), file)); //$NON-NLS-1$
		out.println(messages.get("stats.asOf", asOf.toString())); //$NON-NLS-1$
	}

	/** The same for JSON: {@code file}, {@code ledger}, {@code asOf}. */
	static JsonWriter jsonHeader(Path file, Ledger ledger, LocalDate asOf) {
		JsonWriter json = new JsonWriter().beginObject();
		json.name("file").value(file.toString()); //$NON-NLS-1$
		json.name("ledger").value(ledger.getName()); //$NON-NLS-1$
		json.name("asOf").value(asOf.toString()); //$NON-NLS-1$
		return json;
	}

	/** The case number (交办编号), or "issue no. 12" for an issue that has none. */
	static String caseNumber(Issue issue, Messages messages) {
		String caseNumber = issue.getCaseNumber();
		return caseNumber == null || caseNumber.isBlank()
				? messages.get("validate.issueWithoutCase", String.valueOf(issue.getSequenceNumber())) //$NON-NLS-1$
				: caseNumber.trim();
	}

	/** The unit's name, or the placeholder for no lead unit. */
	static String unitName(Organization unit, Messages messages) {
		return unit == null ? messages.get("stats.none.leadUnit") : nonNull(unit.getName()); //$NON-NLS-1$
	}

	static String nonNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
