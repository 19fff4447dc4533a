package taizhang.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;

import taizhang.model.Ledger;
import taizhang.model.validation.LedgerDiagnostician;

/** Assertions about whole ledgers. */
public final class LedgerAssertions {

	private static final int MESSAGES_SHOWN = 20;

	private LedgerAssertions() {
	}

	/** The messages (English) of every error and warning the ledger validator finds. */
	public static List<String> problems(Ledger ledger) {
		Diagnostic result = new LedgerDiagnostician(Locale.ENGLISH).validate(ledger);
		List<String> messages = new ArrayList<>();
		for (Diagnostic child : result.getChildren()) {
			if (child.getSeverity() >= Diagnostic.WARNING) {
				messages.add(child.getMessage());
			}
		}
		return messages;
	}

	/** Fails, listing the first problems, if the ledger validator finds any error or warning. */
	public static void assertValid(Ledger ledger) {
		List<String> problems = problems(ledger);
		if (!problems.isEmpty()) {
			fail(problems.size() + " problem(s) in ledger " + ledger.getName() + ":\n" //$NON-NLS-1$ //$NON-NLS-2$
					+ String.join("\n", problems.subList(0, Math.min(MESSAGES_SHOWN, problems.size())))); //$NON-NLS-1$
		}
	}
}
