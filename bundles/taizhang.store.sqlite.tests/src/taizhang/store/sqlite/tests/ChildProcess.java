package taizhang.store.sqlite.tests;

import java.nio.file.Path;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;

import taizhang.core.LedgerSession;
import taizhang.model.Issue;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage;
import taizhang.store.sqlite.SqliteLedgerStore;

/**
 * What the tests run in a second JVM: {@code hold FILE} opens a ledger for writing and waits for
 * standard input to close; {@code edit FILE} executes commands until killed, printing
 * {@code committed N} after command N returned.
 */
public final class ChildProcess {

	private ChildProcess() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[1]);
		try (LedgerSession session = new SqliteLedgerStore().open(file, false)) {
			if ("hold".equals(args[0])) {
				System.out.println("open");
				System.out.flush();
				while (System.in.read() >= 0) {
					// wait for the test to close our input or kill us
				}
				return;
			}
			ModelPackage p = ModelPackage.eINSTANCE;
			for (int n = 1;; n++) {
				Issue issue = ModelFactory.eINSTANCE.createIssue();
				issue.setCaseNumber("crash-" + n);
				issue.setDescription("第" + n + "条：子进程写入，随后被强制终止");
				CompoundCommand command = new CompoundCommand();
				command.append(AddCommand.create(session.editingDomain(), session.ledger(), p.getLedger_Issues(), issue));
				command.append(SetCommand.create(session.editingDomain(), session.ledger(), p.getLedger_Name(), "after " + n));
				if (n > 1) {
					Issue previous = session.ledger().getIssues().get(session.ledger().getIssues().size() - 1);
					command.append(SetCommand.create(session.editingDomain(), previous, p.getIssue_ProgressNote(), "next " + n));
				}
				session.editingDomain().getCommandStack().execute(command);
				System.out.println("committed " + n);
				System.out.flush();
			}
		}
	}
}
