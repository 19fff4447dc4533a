package taizhang.core.escalation.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import taizhang.model.Issue;

/** Text pieces the built-in rules share. */
final class Rules {

	private Rules() {
	}

	/** The case number (交办编号), or the sequence number (#12) of an issue that has none. */
	static String caseNumber(Issue issue) {
		String number = issue.getCaseNumber();
		return number == null || number.isBlank() ? "#" + issue.getSequenceNumber() : number; //$NON-NLS-1$
	}

	static String caseNumbers(List<Issue> issues, Locale locale) {
		return issues.stream().map(Rules::caseNumber)
				.collect(Collectors.joining(Messages.format(locale, "separator"))); //$NON-NLS-1$
	}
}
