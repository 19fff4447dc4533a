package taizhang.store.sqlite.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import taizhang.core.LedgerSession;
import taizhang.core.LedgerStoreException;
import taizhang.core.xmi.LedgerXmi;
import taizhang.model.Ledger;
import taizhang.store.sqlite.SqliteLedgerStore;

/** XMI export and import of a whole ledger (taizhang.core.xmi), through the store. */
class LedgerXmiTest {

	@TempDir
	Path dir;

	private final SqliteLedgerStore store = new SqliteLedgerStore();

	@Test
	void openLedgerExportsAndImportsIntoANewFile() throws Exception {
		Path xmi = dir.resolve("ledger.xmi");
		Ledger expected;
		try (LedgerSession session = store.create(dir.resolve("a.taizhang"), TestLedgers.rich())) {
			expected = EcoreUtil.copy(session.ledger());
			LedgerXmi.exportTo(session.ledger(), xmi);
			assertTrue(session.ledger().eResource() != null, "export leaves the ledger where it was");
		}
		String text = Files.readString(xmi, StandardCharsets.UTF_8);
		assertTrue(text.contains("某市生态环境保护督察整改台账"), "UTF-8 text, not character references");

		Ledger imported = LedgerXmi.importFrom(xmi);
		assertNull(imported.eResource());
		assertTrue(Models.samePersistedContent(expected, imported), () -> Models.firstDifference(expected, imported));
		try (LedgerSession session = store.create(dir.resolve("b.taizhang"), imported)) {
			assertTrue(Models.samePersistedContent(expected, session.ledger()));
		}
	}

	@Test
	void ledgerOutsideAnyResourceExportsToo() throws Exception {
		Ledger ledger = TestLedgers.rich();
		Path xmi = dir.resolve("loose.xmi");
		LedgerXmi.exportTo(ledger, xmi);
		assertNull(ledger.eResource());
		assertTrue(Models.samePersistedContent(ledger, LedgerXmi.importFrom(xmi)));
	}

	@Test
	void malformedXmlIsReportedWithLine() throws Exception {
		Path xmi = dir.resolve("broken.xmi");
		Files.writeString(xmi, """
				<?xml version="1.0" encoding="UTF-8"?>
				<taizhang:Ledger xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:taizhang="http://taizhang.org/model/1.0" name="x">
				  <issues caseNumber="A1">
				  </organizations>
				</taizhang:Ledger>
				""");
		LedgerStoreException e = assertThrows(LedgerStoreException.class, () -> LedgerXmi.importFrom(xmi));
		assertTrue(e.getMessage().contains(xmi.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("4"), "names line 4: " + e.getMessage());
	}

	@Test
	void unknownFieldIsReportedWithLine() throws Exception {
		Path xmi = dir.resolve("unknown.xmi");
		Files.writeString(xmi, """
				<?xml version="1.0" encoding="UTF-8"?>
				<taizhang:Ledger xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:taizhang="http://taizhang.org/model/1.0" name="x">
				  <issues caseNumber="A1"/>
				  <issues caseNumber="A2" colour="red"/>
				</taizhang:Ledger>
				""");
		LedgerStoreException e = assertThrows(LedgerStoreException.class, () -> LedgerXmi.importFrom(xmi));
		assertTrue(e.getMessage().contains(xmi.toString()) && e.getMessage().contains("colour"), e.getMessage());
		assertTrue(e.getMessage().contains(", 4,") || e.getMessage().contains("line 4") || e.getMessage().contains("第 4 行"),
				e.getMessage());
	}

	@Test
	void otherRootIsRefused() throws Exception {
		Path xmi = dir.resolve("issue.xmi");
		Files.writeString(xmi, """
				<?xml version="1.0" encoding="UTF-8"?>
				<taizhang:Issue xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:taizhang="http://taizhang.org/model/1.0" caseNumber="A1"/>
				""");
		LedgerStoreException e = assertThrows(LedgerStoreException.class, () -> LedgerXmi.importFrom(xmi));
		assertTrue(e.getMessage().contains(xmi.toString()) && e.getMessage().contains("Issue"), e.getMessage());
	}

	@Test
	void missingFileIsNamed() {
		Path xmi = dir.resolve("none.xmi");
		LedgerStoreException e = assertThrows(LedgerStoreException.class, () -> LedgerXmi.importFrom(xmi));
		assertEquals(xmi, e.file());
	}
}
