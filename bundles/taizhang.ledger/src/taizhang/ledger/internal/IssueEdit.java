package taizhang.ledger.internal;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;

import taizhang.model.Issue;

/**
 * The command of a spreadsheet operation: all its cell commands as one undoable step, reporting the
 * issues it touched as its affected objects (whatever objects inside them changed), so that the grid
 * and the search index know which rows to refresh.
 */
public final class IssueEdit extends CompoundCommand {

	private final List<Issue> issues;

	public IssueEdit(String label, Collection<Issue> issues) {
		super(label);
		this.issues = List.copyOf(issues);
	}

	@Override
	public Collection<?> getAffectedObjects() {
		return issues;
	}
}
