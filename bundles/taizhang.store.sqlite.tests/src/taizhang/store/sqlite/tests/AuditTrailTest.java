package taizhang.store.sqlite.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

import taizhang.core.LedgerPersistenceException;
import taizhang.core.LedgerSession;
import taizhang.core.audit.AuditAction;
import taizhang.core.audit.AuditBreak;
import taizhang.core.audit.AuditBreak.Problem;
import taizhang.core.audit.AuditChange;
import taizhang.core.audit.AuditEntry;
import taizhang.core.audit.AuditVerification;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.Measure;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage;
import taizhang.store.sqlite.SqliteLedgerStore;

/**
 * The audit trail: an entry for every command executed, undone and redone, written in the same
 * transaction as the change, and a chain that shows every edit, deletion and reordering of past
 * entries made directly in the SQLite file.
 */
class AuditTrailTest {

	private static final ModelPackage P = ModelPackage.eINSTANCE;

	@TempDir
	Path dir;

	private final SqliteLedgerStore store = new SqliteLedgerStore();
	private Path file;

	@BeforeEach
	void createLedger() throws Exception {
		file = dir.resolve("audit.taizhang");
		store.create(file, TestLedgers.rich()).close();
	}

	private static void execute(LedgerSession session, Command command) {
		assertTrue(command.canExecute(), "command can execute");
		session.editingDomain().getCommandStack().execute(command);
	}

	private static Command setNote(LedgerSession session, int issue, String note) {
		return SetCommand.create(session.editingDomain(), session.ledger().getIssues().get(issue),
				P.getIssue_ProgressNote(), note);
	}

	private List<AuditEntry> entries() throws Exception {
		return store.auditTrail(file).entries();
	}

	private AuditEntry last() throws Exception {
		List<AuditEntry> entries = entries();
		return entries.get(entries.size() - 1);
	}

	private static AuditChange change(AuditEntry entry, String type, String feature) {
		return entry.changes().stream().filter(c -> c.type().equals(type) && c.feature().equals(feature)).findFirst()
				.orElseThrow(() -> new AssertionError(type + "." + feature + " not in " + entry));
	}

	/** Five edits after the creation entry: entries 1 (create) to 6. */
	private void sixEntries() throws Exception {
		try (LedgerSession session = store.open(file, false)) {
			for (int i = 0; i < 5; i++) {
				execute(session, setNote(session, i, "第" + i + "次修改"));
			}
		}
		assertEquals(6, entries().size());
	}

	private Connection connect() throws SQLException {
		return new SQLiteConfig().createConnection("jdbc:sqlite:" + file);
	}

	/** Runs {@code statements} through one connection of its own, as anyone with the file could. */
	private void sql(String... statements) throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement()) {
			for (String statement : statements) {
				s.execute(statement);
			}
		}
	}

	private static AuditBreak assertBroken(AuditVerification result, long sequence, Problem problem) {
		assertFalse(result.isIntact(), result::toString);
		assertEquals(sequence, result.firstBreak().sequence(), result::toString);
		assertEquals(problem, result.firstBreak().problem(), result::toString);
		return result.firstBreak();
	}

	// ---- what is recorded ------------------------------------------------------------------------

	@Test
	void executeUndoAndRedoEachAppendAnEntryWithValuesBeforeAndAfter() throws Exception {
		Issue issue;
		String before;
		try (LedgerSession session = store.open(file, false)) {
			issue = session.ledger().getIssues().get(3);
			before = issue.getProgressNote();
			CommandStack stack = session.editingDomain().getCommandStack();
			execute(session, setNote(session, 3, "已完成现场核查"));
			stack.undo();
			stack.redo();
		}
		List<AuditEntry> entries = entries();
		assertEquals(List.of(AuditAction.CREATE, AuditAction.EXECUTE, AuditAction.UNDO, AuditAction.REDO),
				entries.stream().map(AuditEntry::action).toList());
		assertEquals(List.of(1L, 2L, 3L, 4L), entries.stream().map(AuditEntry::sequence).toList());

		AuditEntry executed = entries.get(1);
		assertEquals(SetCommand.class.getName(), executed.commandType());
		assertFalse(executed.command().isBlank());
		assertEquals(List.of(issue.getId()), executed.objects());
		assertEquals(List.of(issue.getCaseNumber()), executed.caseNumbers());
		assertEquals(List.of(new AuditChange(issue.getId(), "Issue", issue.getCaseNumber(), "progressNote", before,
				"已完成现场核查")), executed.changes());
		assertEquals(new AuditChange(issue.getId(), "Issue", issue.getCaseNumber(), "progressNote", "已完成现场核查", before),
				entries.get(2).changes().get(0), "the undo reverses the values");
		assertEquals(executed.changes(), entries.get(3).changes());
		assertFalse(entries.get(3).time().isBefore(executed.time()));
		assertTrue(store.auditTrail(file).verify().isIntact());
	}

	@Test
	void actorIsTheSystemUserUnlessTheSessionNamesOne() throws Exception {
		try (LedgerSession session = store.open(file, false)) {
			assertEquals(System.getProperty("user.name"), session.actor());
			execute(session, setNote(session, 0, "a"));
			session.setActor("督察整改办 王科长");
			execute(session, setNote(session, 0, "b"));
			session.setActor(" ");
			execute(session, setNote(session, 0, "c"));
		}
		List<AuditEntry> entries = entries();
		assertEquals(List.of(System.getProperty("user.name"), "督察整改办 王科长", System.getProperty("user.name")),
				entries.subList(1, 4).stream().map(AuditEntry::actor).toList());
	}

	@Test
	void addedObjectIsListedWithItsOwnAttributes() throws Exception {
		Measure added = ModelFactory.eINSTANCE.createMeasure();
		added.setDescription("新增措施：安装在线监测设备");
		Issue issue;
		try (LedgerSession session = store.open(file, false)) {
			issue = session.ledger().getIssues().get(2);
			execute(session, AddCommand.create(session.editingDomain(), issue.getPlan(), P.getRectificationPlan_Measures(),
					added));
		}
		AuditEntry entry = last();
		assertTrue(added.getId() != null && entry.objects().contains(added.getId()), entry::toString);
		AuditChange list = change(entry, "RectificationPlan", "measures");
		assertEquals(issue.getId(), list.object(), "a plan has no id: its issue's");
		assertEquals(issue.getCaseNumber(), list.caseNumber());
		assertNull(list.before());
		assertEquals("Measure 新增措施：安装在线监测设备 [" + added.getId() + "]", list.after());
		AuditChange description = change(entry, "Measure", "description");
		assertEquals(added.getId(), description.object());
		assertEquals("新增措施：安装在线监测设备", description.after());
		assertEquals(List.of(issue.getCaseNumber()), entry.caseNumbers());
	}

	@Test
	void deletedIssueIsNamedWhereverItWasReferenced() throws Exception {
		String caseNumber;
		String id;
		try (LedgerSession session = store.open(file, false)) {
			Issue referenced = session.ledger().getSupervisionNotices().get(0).getIssues().get(0);
			caseNumber = referenced.getCaseNumber();
			id = referenced.getId();
			execute(session, DeleteCommand.create(session.editingDomain(), referenced));
		}
		AuditEntry entry = last();
		assertTrue(entry.concerns(caseNumber), entry::toString);
		assertEquals("Issue " + caseNumber + " [" + id + "]", change(entry, "Ledger", "issues").before());
		assertNull(change(entry, "Ledger", "issues").after());
		assertEquals("Issue " + caseNumber + " [" + id + "]", change(entry, "SupervisionNotice", "issues").before());
		assertEquals(caseNumber, change(entry, "Issue", "caseNumber").before(), "the removed issue's own fields");
	}

	@Test
	void movedIssueIsListedWithItsPositions() throws Exception {
		String label;
		try (LedgerSession session = store.open(file, false)) {
			Ledger ledger = session.ledger();
			Issue moved = ledger.getIssues().get(8);
			label = "Issue " + moved.getCaseNumber() + " [" + moved.getId() + "]";
			execute(session, MoveCommand.create(session.editingDomain(), ledger, P.getLedger_Issues(), moved, 1));
		}
		AuditChange change = change(last(), "Ledger", "issues");
		assertEquals(label + " #9", change.before());
		assertEquals(label + " #2", change.after());
	}

	@Test
	void oneCommandOfManyChangesIsOneEntry() throws Exception {
		try (LedgerSession session = store.open(file, false)) {
			EditingDomain domain = session.editingDomain();
			CompoundCommand both = new CompoundCommand("两处修改");
			both.append(setNote(session, 0, "甲"));
			both.append(SetCommand.create(domain, session.ledger().getIssues().get(1).getPlan(),
					P.getRectificationPlan_Deadline(), java.time.LocalDate.of(2027, 6, 30)));
			execute(session, both);
		}
		AuditEntry entry = last();
		assertEquals(2, entries().size(), "creation and the one command");
		assertEquals("两处修改", entry.command());
		assertEquals(2, entry.caseNumbers().size());
		assertEquals("2027-06-30", change(entry, "RectificationPlan", "deadline").after());
	}

	@Test
	void textsWithQuotesControlCharactersAndRareCharactersSurviveExactly() throws Exception {
		String note = "\"引号\" \\ 反斜杠\n换行\t制表\u0001 𠀀𪚥 😀";
		try (LedgerSession session = store.open(file, false)) {
			execute(session, setNote(session, 0, note));
		}
		assertEquals(note, last().changes().get(0).after());
		assertTrue(store.auditTrail(file).verify().isIntact());
	}

	@Test
	void entriesOfOneIssueAreFilteredByCaseNumber() throws Exception {
		String second;
		try (LedgerSession session = store.open(file, false)) {
			second = session.ledger().getIssues().get(1).getCaseNumber();
			execute(session, setNote(session, 0, "a"));
			execute(session, setNote(session, 1, "b"));
			execute(session, setNote(session, 0, "c"));
			execute(session, setNote(session, 1, "d"));
		}
		List<AuditEntry> ofSecond = store.auditTrail(file).entries(second);
		assertEquals(List.of(3L, 5L), ofSecond.stream().map(AuditEntry::sequence).toList());
		assertTrue(store.auditTrail(file).entries("NO-SUCH-CASE").isEmpty());
	}

	@Test
	void trailIsReadableWhileAnotherSessionHoldsTheFileForWriting() throws Exception {
		try (LedgerSession writer = store.open(file, false)) {
			execute(writer, setNote(writer, 0, "写入中"));
			assertEquals(2, store.auditTrail(file).entries().size(), "no lock needed");
			try (LedgerSession reader = store.open(file, true)) {
				assertTrue(reader.isReadOnly());
				assertEquals(2, reader.auditTrail().entries().size());
				assertTrue(reader.auditTrail().verify().isIntact());
			}
			execute(writer, setNote(writer, 0, "再写"));
			assertEquals(3, writer.auditTrail().entries().size());
		}
	}

	@Test
	void chainIsSha256OfThePreviousHashAndTheEntryText() throws Exception {
		sixEntries();
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		byte[] previous = new byte[32];
		long rows = 0;
		try (Connection c = connect();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT seq, entry, hash FROM audit ORDER BY seq")) {
			while (rs.next()) {
				rows++;
				assertEquals(rows, rs.getLong(1));
				assertTrue(rs.getString(2).startsWith("{\"seq\":" + rows + ",\"time\":\""), rs.getString(2));
				sha.update(previous);
				previous = sha.digest(rs.getString(2).getBytes(StandardCharsets.UTF_8));
				assertEquals(HexFormat.of().formatHex(previous), rs.getString(3));
			}
			try (ResultSet head = s.executeQuery("SELECT value FROM meta WHERE key = 'audit_head'")) {
				assertTrue(head.next());
				assertEquals("6 " + HexFormat.of().formatHex(previous), head.getString(1));
			}
		}
		AuditVerification result = store.auditTrail(file).verify();
		assertEquals(6, result.entries());
		assertEquals(HexFormat.of().formatHex(previous), result.headHash());
	}

	// ---- same transaction ------------------------------------------------------------------------

	@Test
	void failingRecordWriteLeavesNeitherChangeNorEntry() throws Exception {
		try (LedgerSession session = store.open(file, false)) {
			String before = session.ledger().getIssues().get(0).getProgressNote();
			sql("CREATE TRIGGER refuse BEFORE INSERT ON records BEGIN SELECT RAISE(ABORT, 'disk full'); END");
			assertThrows(LedgerPersistenceException.class, () -> execute(session, setNote(session, 0, "不会保存")));
			assertEquals(before, session.ledger().getIssues().get(0).getProgressNote());
			assertEquals(1, entries().size(), "no entry");
		}
	}

	@Test
	void failingEntryWriteLeavesTheChangeUnwrittenAndTheChainWhole() throws Exception {
		try (LedgerSession session = store.open(file, false)) {
			String before = session.ledger().getIssues().get(0).getProgressNote();
			sql("CREATE TRIGGER refuse BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'disk full'); END");
			assertThrows(LedgerPersistenceException.class, () -> execute(session, setNote(session, 0, "不会保存")));
			assertEquals(before, session.ledger().getIssues().get(0).getProgressNote(), "memory is reverted");
			try (LedgerSession reader = store.open(file, true)) {
				assertEquals(before, reader.ledger().getIssues().get(0).getProgressNote(), "the record is not written");
			}
			assertEquals(1, entries().size());

			sql("DROP TRIGGER refuse");
			execute(session, setNote(session, 0, "已保存"));
		}
		assertEquals(2, last().sequence(), "the failed entry's number is not used up");
		assertTrue(store.auditTrail(file).verify().isIntact());
	}

	// ---- tampering, directly in the SQLite file -------------------------------------------------

	@Test
	void untouchedTrailIsIntact() throws Exception {
		sixEntries();
		AuditVerification result = store.auditTrail(file).verify();
		assertTrue(result.isIntact(), result::toString);
		assertEquals(6, result.entries());
	}

	@Test
	void editedPastEntryIsNamed() throws Exception {
		sixEntries();
		sql("UPDATE audit SET entry = replace(entry, '第2次修改', '第2次修訂') WHERE seq = 4");
		AuditBreak broken = assertBroken(store.auditTrail(file).verify(), 4, Problem.CHANGED);
		assertNotNull(broken.time());
		assertTrue(broken.describe(Locale.ENGLISH).startsWith("entry 4 ("), broken.describe(Locale.ENGLISH));
		assertTrue(broken.describe(Locale.CHINESE).startsWith("第 4 条"), broken.describe(Locale.CHINESE));
	}

	@Test
	void editedEntryWithItsHashRedoneIsCaughtAtTheNextEntry() throws Exception {
		sixEntries();
		String forged;
		String previousHash;
		try (Connection c = connect(); Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery("SELECT hash FROM audit WHERE seq = 2")) {
				rs.next();
				previousHash = rs.getString(1);
			}
			try (ResultSet rs = s.executeQuery("SELECT entry FROM audit WHERE seq = 3")) {
				rs.next();
				forged = rs.getString(1).replace("第1次修改", "第1次修訂");
			}
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(HexFormat.of().parseHex(previousHash));
			String hash = HexFormat.of().formatHex(sha.digest(forged.getBytes(StandardCharsets.UTF_8)));
			try (PreparedStatement p = c.prepareStatement("UPDATE audit SET entry = ?, hash = ? WHERE seq = 3")) {
				p.setString(1, forged);
				p.setString(2, hash);
				p.executeUpdate();
			}
		}
		assertBroken(store.auditTrail(file).verify(), 4, Problem.CHANGED);
	}

	@Test
	void deletedMiddleEntryIsNamed() throws Exception {
		sixEntries();
		sql("DELETE FROM audit WHERE seq = 3");
		AuditBreak broken = assertBroken(store.auditTrail(file).verify(), 3, Problem.MISSING);
		assertEquals(4, broken.related(), "entry 4 follows entry 2");
	}

	@Test
	void deletedMiddleEntryWithTheRestRenumberedIsNamed() throws Exception {
		sixEntries();
		sql("DELETE FROM audit WHERE seq = 3");
		sql("UPDATE audit SET seq = seq - 1 WHERE seq > 3");
		assertBroken(store.auditTrail(file).verify(), 3, Problem.MOVED);
	}

	@Test
	void swappedEntriesAreNamedAtTheFirstPlace() throws Exception {
		sixEntries();
		sql("UPDATE audit SET seq = -seq WHERE seq IN (3, 5)");
		sql("UPDATE audit SET seq = CASE seq WHEN -3 THEN 5 ELSE 3 END WHERE seq < 0");
		AuditBreak broken = assertBroken(store.auditTrail(file).verify(), 3, Problem.MOVED);
		assertEquals(5, broken.related(), "entry 5 sits in the place of entry 3");
	}

	@Test
	void swappedContentsAreNamedAtTheFirstPlace() throws Exception {
		sixEntries();
		sql("CREATE TEMP TABLE saved AS SELECT * FROM audit WHERE seq IN (2, 6)", "UPDATE audit SET entry = (SELECT entry FROM saved WHERE saved.seq = 8 - audit.seq),"
				+ " hash = (SELECT hash FROM saved WHERE saved.seq = 8 - audit.seq) WHERE seq IN (2, 6)");
		assertBroken(store.auditTrail(file).verify(), 2, Problem.MOVED);
	}

	@Test
	void insertedEntryIsNamed() throws Exception {
		sixEntries();
		sql("UPDATE audit SET seq = -(seq + 1) WHERE seq >= 4", "UPDATE audit SET seq = -seq WHERE seq < 0");
		sql("INSERT INTO audit(seq, entry, hash) SELECT 4, replace(entry, '\"seq\":3,', '\"seq\":4,'), hash FROM audit WHERE seq = 3");
		assertBroken(store.auditTrail(file).verify(), 4, Problem.CHANGED);
	}

	@Test
	void deletedLastEntryIsNamed() throws Exception {
		sixEntries();
		sql("DELETE FROM audit WHERE seq = 6");
		AuditBreak broken = assertBroken(store.auditTrail(file).verify(), 6, Problem.TRUNCATED);
		assertEquals(6, broken.related());
	}

	@Test
	void unreadableEntryIsRefusedByTheLogAndNamedByVerify() throws Exception {
		sixEntries();
		sql("UPDATE audit SET entry = 'not an entry' WHERE seq = 2");
		assertBroken(store.auditTrail(file).verify(), 2, Problem.CHANGED);
		Exception e = assertThrows(Exception.class, () -> store.auditTrail(file).entries());
		assertTrue(e.getMessage().contains("audit entry 2"), e.getMessage());
	}

	@Test
	void editAfterTheLastEntryWasDeletedDoesNotHideTheGap() throws Exception {
		sixEntries();
		sql("DELETE FROM audit WHERE seq = 6");
		try (LedgerSession session = store.open(file, false)) {
			execute(session, setNote(session, 0, "篡改之后"));
		}
		assertEquals(7, last().sequence(), "the next entry continues from the one the file records");
		AuditBreak broken = assertBroken(store.auditTrail(file).verify(), 6, Problem.MISSING);
		assertEquals(7, broken.related());
		assertTrue(broken.time().isBefore(Instant.now().plusSeconds(1)));
	}
}
