package taizhang.ledger;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.Ledger;

/** Adding and deleting issues, each as one undoable command. */
public final class IssueCommands {

	private IssueCommands() {
	}

	public static Command add(EditingDomain domain, Ledger ledger, InspectionRound round) {
		throw new UnsupportedOperationException();
	}

	public static Command delete(EditingDomain domain, Ledger ledger, Collection<Issue> issues) {
		throw new UnsupportedOperationException();
	}
}
