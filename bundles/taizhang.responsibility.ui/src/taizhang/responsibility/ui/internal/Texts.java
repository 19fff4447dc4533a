package taizhang.responsibility.ui.internal;

import taizhang.model.Issue;
import taizhang.model.validation.LedgerValidator;
import taizhang.ui.internal.Labels;

/** How the responsibility views name things. */
public final class Texts {

	private Texts() {
	}

	/** 问题 ZY2020-01（序号 3）：湖区水质… — the issue and the start of its description. */
	public static String issue(Issue issue) {
		String label = LedgerValidator.issueLabel(issue, Labels.locale());
		String description = Labels.abbreviate(issue.getDescription(), 40);
		return description.isEmpty() ? label : label + Messages.Texts_colon + description;
	}

	/** The issue's case number, or its sequence number when it has none. */
	public static String caseNumber(Issue issue) {
		String caseNumber = issue.getCaseNumber();
		return caseNumber == null || caseNumber.isBlank() ? "#" + issue.getSequenceNumber() : caseNumber; //$NON-NLS-1$
	}
}
