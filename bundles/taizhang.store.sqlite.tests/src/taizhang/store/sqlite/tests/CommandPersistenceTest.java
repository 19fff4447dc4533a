package taizhang.store.sqlite.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

import taizhang.core.LedgerPersistenceException;
import taizhang.core.LedgerSession;
import taizhang.model.Issue;
import taizhang.model.IssueStatus;
import taizhang.model.Ledger;
import taizhang.model.Measure;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage;
import taizhang.model.SupervisionNotice;
import taizhang.store.sqlite.SqliteLedgerStore;

class CommandPersistenceTest {

	private static final ModelPackage P = ModelPackage.eINSTANCE;

	@TempDir
	Path dir;

	private final SqliteLedgerStore store = new SqliteLedgerStore();
	private Path file;

	@BeforeEach
	void createLedger() throws Exception {
		file = dir.resolve("commands.taizhang");
		store.create(file, TestLedgers.rich()).close();
	}

	/** What another reader sees in the file right now. */
	private Ledger onDisk() throws Exception {
		try (LedgerSession reader = store.open(file, true)) {
			return reader.ledger();
		}
	}

	private static void execute(LedgerSession session, Command command) {
		assertTrue(command.canExecute(), "command can execute");
		session.editingDomain().getCommandStack().execute(command);
	}

	@Test
	void setCommandIsInTheFileWhenExecuteReturns() throws Exception {
		try (LedgerSession session = store.open(file, false)) {
			Issue issue = session.ledger().getIssues().get(5);
			execute(session, SetCommand.create(session.editingDomain(), issue, P.getIssue_ProgressNote(), "已完成现场核查"));
			assertEquals("已完成现场核查", onDisk().getIssues().get(5).getProgressNote());
		}
	}

	@Test
	void nestedChangesAreWrittenWithTheirIssue() throws Exception {
		try (LedgerSession session = store.open(file, false)) {
			EditingDomain domain = session.editingDomain();
			Issue issue = session.ledger().getIssues().get(2);
			Measure added = ModelFactory.eINSTANCE.createMeasure();
			added.setDescription("新增措施：安装在线监测设备");
			CompoundCommand both = new CompoundCommand();
			both.append(AddCommand.create(domain, issue.getPlan(), P.getRectificationPlan_Measures(), added));
			both.append(SetCommand.create(domain, issue.getPlan().getMeasures().get(0), P.getMeasure_Done(), Boolean.TRUE));
			execute(session, both);
			assertTrue(added.getId() != null && !added.getId().isEmpty(), "an added object gets an id");

			Issue stored = onDisk().getIssues().get(2);
			assertEquals(4, stored.getPlan().getMeasures().size());
			assertEquals("新增措施：安装在线监测设备", stored.getPlan().getMeasures().get(3).getDescription());
			assertEquals(added.getId(), stored.getPlan().getMeasures().get(3).getId());
			assertTrue(stored.getPlan().getMeasures().get(0).isDone());
		}
	}

	@Test
	void addedRemovedAndMovedIssuesKeepTheirOrder() throws Exception {
		try (LedgerSession session = store.open(file, false)) {
			EditingDomain domain = session.editingDomain();
			Ledger ledger = session.ledger();
			Issue first = ModelFactory.eINSTANCE.createIssue();
			first.setCaseNumber("NEW-FIRST");
			Issue last = ModelFactory.eINSTANCE.createIssue();
			last.setCaseNumber("NEW-LAST");
			execute(session, AddCommand.create(domain, ledger, P.getLedger_Issues(), first, 0));
			execute(session, AddCommand.create(domain, ledger, P.getLedger_Issues(), last));
			execute(session, RemoveCommand.create(domain, ledger, P.getLedger_Issues(), ledger.getIssues().get(4)));
			execute(session, MoveCommand.create(domain, ledger, P.getLedger_Issues(), ledger.getIssues().get(8), 1));
			execute(session, MoveCommand.create(domain, ledger, P.getLedger_Issues(), ledger.getIssues().get(2), 9));
			Issue middle = ModelFactory.eINSTANCE.createIssue();
			middle.setCaseNumber("NEW-MIDDLE");
			execute(session, AddCommand.create(domain, ledger, P.getLedger_Issues(), middle, 6));

			assertEquals(caseNumbers(ledger), caseNumbers(onDisk()));
		}
		try (LedgerSession session = store.open(file, true)) {
			assertEquals(14, session.ledger().getIssues().size());
			assertEquals("NEW-FIRST", session.ledger().getIssues().get(0).getCaseNumber());
			assertEquals("NEW-LAST", session.ledger().getIssues().get(13).getCaseNumber());
		}
	}

	private static List<String> caseNumbers(Ledger ledger) {
		return ledger.getIssues().stream().map(Issue::getCaseNumber).toList();
	}

	@Test
	void deletingAnIssueRemovesItAndEveryReferenceToIt() throws Exception {
		try (LedgerSession session = store.open(file, false)) {
			Ledger ledger = session.ledger();
			SupervisionNotice notice = ledger.getSupervisionNotices().get(0);
			Issue referenced = notice.getIssues().get(0);
			String caseNumber = referenced.getCaseNumber();
			execute(session, DeleteCommand.create(session.editingDomain(), referenced));
			assertFalse(notice.getIssues().contains(referenced));

			Ledger stored = onDisk();
			assertTrue(stored.getIssues().stream().noneMatch(i -> caseNumber.equals(i.getCaseNumber())));
			assertTrue(stored.getSupervisionNotices().get(0).getIssues().stream()
					.noneMatch(i -> caseNumber.equals(i.getCaseNumber())));
			assertEquals(ledger.getIssues().size(), store.inspect(file).counts().get("Issue"));
		}
	}

	@Test
	void undoAndRedoAreWrittenToo() throws Exception {
		try (LedgerSession session = store.open(file, false)) {
			CommandStack stack = session.editingDomain().getCommandStack();
			Issue issue = session.ledger().getIssues().get(0);
			IssueStatus before = issue.getStatus();
			IssueStatus after = before == IssueStatus.SIGNED_OFF ? IssueStatus.REBOUND : IssueStatus.SIGNED_OFF;
			execute(session, SetCommand.create(session.editingDomain(), issue, P.getIssue_Status(), after));
			assertEquals(after, onDisk().getIssues().get(0).getStatus());
			stack.undo();
			assertEquals(before, onDisk().getIssues().get(0).getStatus());
			stack.redo();
			assertEquals(after, onDisk().getIssues().get(0).getStatus());

			Issue added = ModelFactory.eINSTANCE.createIssue();
			execute(session, AddCommand.create(session.editingDomain(), session.ledger(), P.getLedger_Issues(), added));
			assertEquals(13, onDisk().getIssues().size());
			stack.undo();
			assertEquals(12, onDisk().getIssues().size());
			stack.redo();
			assertEquals(13, onDisk().getIssues().size());
			assertEquals(13L, store.inspect(file).counts().get("Issue"));
		}
	}

	@Test
	void pastedCopyGetsFreshIdsSoBothSurvive() throws Exception {
		try (LedgerSession session = store.open(file, false)) {
			Ledger ledger = session.ledger();
			Issue original = ledger.getIssues().get(1);
			Issue copy = EcoreUtil.copy(original);
			assertEquals(original.getId(), copy.getId());
			execute(session, AddCommand.create(session.editingDomain(), ledger, P.getLedger_Issues(), copy));
			assertNotEquals(original.getId(), copy.getId());
			assertNotEquals(original.getPlan().getMeasures().get(0).getId(), copy.getPlan().getMeasures().get(0).getId());

			Ledger stored = onDisk();
			assertEquals(13, stored.getIssues().size());
			Issue storedCopy = stored.getIssues().get(12);
			assertEquals(original.getId(), stored.getIssues().get(1).getId());
			assertEquals(copy.getId(), storedCopy.getId());
			assertSame(storedCopy.getPlan().getMeasures().get(0), storedCopy.getEvidence().get(0).getMeasures().get(0),
					"the copy's evidence points at the copy's own measure");
		}
	}

	@Test
	void failedWriteRevertsMemoryAndKeepsTheStack() throws Exception {
		try (LedgerSession session = store.open(file, false)) {
			Issue issue = session.ledger().getIssues().get(7);
			String before = issue.getProgressNote();
			CommandStack stack = session.editingDomain().getCommandStack();
			try (Connection other = new SQLiteConfig().createConnection("jdbc:sqlite:" + file);
					Statement s = other.createStatement()) {
				s.execute("CREATE TRIGGER refuse BEFORE INSERT ON records BEGIN SELECT RAISE(ABORT, 'disk full'); END");
			}
			LedgerPersistenceException e = assertThrows(LedgerPersistenceException.class, () -> stack
					.execute(SetCommand.create(session.editingDomain(), issue, P.getIssue_ProgressNote(), "不会保存")));
			assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
			assertEquals(file, e.file());
			assertEquals(before, issue.getProgressNote(), "memory is reverted");
			assertFalse(stack.canUndo(), "the failed command is not on the stack");
			assertEquals(before, onDisk().getIssues().get(7).getProgressNote());

			try (Connection other = new SQLiteConfig().createConnection("jdbc:sqlite:" + file);
					Statement s = other.createStatement()) {
				s.execute("DROP TRIGGER refuse");
			}
			execute(session, SetCommand.create(session.editingDomain(), issue, P.getIssue_ProgressNote(), "已保存"));
			assertEquals("已保存", onDisk().getIssues().get(7).getProgressNote());
		}
	}

	@Test
	void changeMadeOutsideACommandGoesWithTheNextCommand() throws Exception {
		try (LedgerSession session = store.open(file, false)) {
			Issue issue = session.ledger().getIssues().get(3);
			issue.setProgressNote("直接修改");
			execute(session, SetCommand.create(session.editingDomain(), session.ledger().getIssues().get(4),
					P.getIssue_ProgressNote(), "命令修改"));
			Ledger stored = onDisk();
			assertEquals("直接修改", stored.getIssues().get(3).getProgressNote());
			assertEquals("命令修改", stored.getIssues().get(4).getProgressNote());
		}
	}

	@Test
	void readOnlySessionRefusesEveryEdit() throws Exception {
		try (LedgerSession session = store.open(file, true)) {
			assertTrue(session.isReadOnly());
			Issue issue = session.ledger().getIssues().get(0);
			String before = issue.getProgressNote();
			assertTrue(session.editingDomain().isReadOnly(issue.eResource()));
			Command set = new SetCommand(session.editingDomain(), issue, P.getIssue_ProgressNote(), "x");
			LedgerPersistenceException e = assertThrows(LedgerPersistenceException.class,
					() -> session.editingDomain().getCommandStack().execute(set));
			assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
			assertEquals(before, issue.getProgressNote());
			assertFalse(session.editingDomain().getCommandStack().canUndo());
		}
	}

	@Test
	void closedSessionRefusesEdits() throws Exception {
		LedgerSession session = store.open(file, false);
		Issue issue = session.ledger().getIssues().get(0);
		session.close();
		session.close();
		assertThrows(LedgerPersistenceException.class, () -> session.editingDomain().getCommandStack()
				.execute(new SetCommand(session.editingDomain(), issue, P.getIssue_ProgressNote(), "x")));
		try (LedgerSession again = store.open(file, false)) {
			assertFalse(again.isReadOnly(), "the lock was released");
		}
	}
}
