package taizhang.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import taizhang.core.LedgerStore;
import taizhang.model.AssignmentRole;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.IssueStatus;
import taizhang.model.RoundKind;
import taizhang.store.sqlite.SqliteLedgerStore;

class ValidateCommandTest {

	private final LedgerStore store = new SqliteLedgerStore();

	@TempDir
	Path dir;

	@Test
	void soundLedgerHasNoProblemsAndExits0() throws Exception {
		Path file = LedgerFixture.district().save(store, dir.resolve("sound.taizhang")); //$NON-NLS-1$

		CliResult result = CliResult.run(store, "validate", file.toString()); //$NON-NLS-1$

		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().contains("no problems (301 issues checked)"), result::toString); //$NON-NLS-1$
	}

	@Test
	void issueWithoutLeadUnitIsListedOnOneLineAndExits1() throws Exception {
		LedgerFixture fixture = brokenLedger();
		Path file = fixture.save(store, dir.resolve("broken.taizhang")); //$NON-NLS-1$

		CliResult result = CliResult.run(store, "validate", file.toString()); //$NON-NLS-1$

		assertEquals(1, result.exitCode(), result::toString);
		List<String> lines = result.out().lines().toList();
		assertEquals(2, lines.size(), result::toString);
		// file: case number: field: message
		assertTrue(lines.stream().anyMatch(line -> line.startsWith(file + ": c-2: Responsibilities: ")), result::toString); //$NON-NLS-1$
		assertTrue(lines.stream().anyMatch(line -> line.startsWith(file + ": c-3: Deadline: ")), result::toString); //$NON-NLS-1$
		assertTrue(result.err().contains("2 problems"), result::toString); //$NON-NLS-1$
	}

	@Test
	void problemsAreChineseWhenTheLocaleIsChinese() throws Exception {
		Path file = brokenLedger().save(store, dir.resolve("broken.taizhang")); //$NON-NLS-1$

		CliResult result = CliResult.run(store, Locale.CHINESE, "validate", file.toString()); //$NON-NLS-1$

		assertEquals(1, result.exitCode(), result::toString);
		assertTrue(result.out().contains(": c-3: 整改时限: "), result::toString); //$NON-NLS-1$
		assertTrue(result.err().contains("发现 2 处问题"), result::toString); //$NON-NLS-1$
	}

	@Test
	void missingFileExits2() {
		CliResult result = CliResult.run(store, "validate", dir.resolve("nothing.taizhang").toString()); //$NON-NLS-1$ //$NON-NLS-2$

		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("File not found"), result::toString); //$NON-NLS-1$
	}

	/** One sound issue, one without lead unit (c-2), one whose deadline is before its received date (c-3). */
	private static LedgerFixture brokenLedger() {
		LedgerFixture fixture = new LedgerFixture();
		InspectionRound round = fixture.round("c", RoundKind.CENTRAL); //$NON-NLS-1$
		fixture.issue(round, IssueStatus.RECTIFYING, fixture.countyA, fixture.personA, LocalDate.of(2018, 6, 30));
		Issue withoutLead = fixture.issue(round, IssueStatus.RECTIFYING, fixture.countyA, fixture.personA,
				LocalDate.of(2018, 6, 30));
		withoutLead.getAssignments().removeIf(a -> a.getRole() == AssignmentRole.LEAD_UNIT);
		fixture.issue(round, IssueStatus.RECTIFYING, fixture.countyA, fixture.personA, LocalDate.of(2017, 1, 1));
		return fixture;
	}
}
