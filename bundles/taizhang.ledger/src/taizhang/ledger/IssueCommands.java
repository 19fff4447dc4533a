package taizhang.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.core.Ids;
import taizhang.ledger.internal.IssueEdit;
import taizhang.ledger.internal.Messages;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.IssueStatus;
import taizhang.model.Ledger;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage;
import taizhang.model.PeriodEntry;
import taizhang.model.ReportingPeriod;

/** Adding and deleting issues, each as one undoable command. */
public final class IssueCommands {

	private IssueCommands() {
	}

	/**
	 * A new issue at the end of the ledger, in {@code round} (may be {@code null}), with the next
	 * sequence number, status RECEIVED and received today. The command's affected object is the issue.
	 */
	public static Command add(EditingDomain domain, Ledger ledger, InspectionRound round) {
		return add(domain, ledger, round, LocalDate.now());
	}

	/** As {@link #add(EditingDomain, Ledger, InspectionRound)}, received on {@code received}. */
	public static Command add(EditingDomain domain, Ledger ledger, InspectionRound round, LocalDate received) {
		int last = 0;
		for (Issue issue : ledger.getIssues()) {
			last = Math.max(last, issue.getSequenceNumber());
		}
		Issue issue = ModelFactory.eINSTANCE.createIssue();
		issue.setId(Ids.newId());
		issue.setSequenceNumber(last + 1);
		issue.setRound(round);
		issue.setStatus(IssueStatus.RECEIVED);
		issue.setReceivedDate(received);
		IssueEdit command = new IssueEdit(Messages.Command_add, List.of(issue));
		command.append(AddCommand.create(domain, ledger, ModelPackage.Literals.LEDGER__ISSUES, issue));
		return command;
	}

	/**
	 * Deletes {@code issues} and every reference to them: from supervision notices, interviews,
	 * accountabilities and deductions, from issues that rebounded from them, and from the entries of
	 * closed reporting periods (whose frozen figures stay as they were). Undo restores them all.
	 */
	public static Command delete(EditingDomain domain, Ledger ledger, Collection<Issue> issues) {
		if (issues.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		Set<Issue> doomed = Collections.newSetFromMap(new IdentityHashMap<>());
		doomed.addAll(issues);
		IssueEdit command = new IssueEdit(Messages.Command_delete, issues);
		ModelPackage model = ModelPackage.eINSTANCE;
		removeFrom(domain, command, ledger.getSupervisionNotices(), model.getSupervisionNotice_Issues(), doomed);
		removeFrom(domain, command, ledger.getInterviews(), model.getInterview_Issues(), doomed);
		removeFrom(domain, command, ledger.getAccountabilities(), model.getAccountability_Issues(), doomed);
		removeFrom(domain, command, ledger.getDeductions(), model.getDeduction_Issues(), doomed);
		for (Issue issue : ledger.getIssues()) {
			if (issue.getReboundOf() != null && doomed.contains(issue.getReboundOf()) && !doomed.contains(issue)) {
				command.append(SetCommand.create(domain, issue, model.getIssue_ReboundOf(), null));
			}
		}
		for (ReportingPeriod period : ledger.getPeriods()) {
			for (PeriodEntry entry : period.getEntries()) {
				if (doomed.contains(entry.getIssue())) {
					command.append(SetCommand.create(domain, entry, model.getPeriodEntry_Issue(), null));
				}
			}
		}
		command.append(RemoveCommand.create(domain, ledger, model.getLedger_Issues(), new ArrayList<>(issues)));
		return command;
	}

	private static void removeFrom(EditingDomain domain, CompoundCommand command, EList<? extends EObject> owners,
			EReference feature, Set<Issue> doomed) {
		for (EObject owner : owners) {
			List<Issue> referenced = new ArrayList<>();
			for (Object issue : (List<?>) owner.eGet(feature)) {
				if (doomed.contains(issue)) {
					referenced.add((Issue) issue);
				}
			}
			if (!referenced.isEmpty()) {
				command.append(RemoveCommand.create(domain, owner, feature, referenced));
			}
		}
	}
}
