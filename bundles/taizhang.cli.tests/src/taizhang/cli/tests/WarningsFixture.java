package taizhang.cli.tests;

import java.time.LocalDate;

import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.IssueStatus;
import taizhang.model.Measure;
import taizhang.model.ModelFactory;
import taizhang.model.RoundKind;

/**
 * A small ledger whose warnings on {@link #AS_OF} are known: one RED (5 days overdue), one YELLOW (a
 * measure missed), two BLUE (10 days left, due today) and two without warning (signed off; deadline
 * far ahead). County A leads two YELLOW issues and the RED one, so the escalation rules propose a
 * notice and a deduction (yellow) and an interview and a deduction (red).
 */
final class WarningsFixture {

	static final LocalDate AS_OF = LocalDate.of(2018, 1, 10);

	final LedgerFixture ledger = new LedgerFixture();
	final Issue red;
	final Issue yellow;
	final Issue secondYellow;
	final Issue blue;
	final Issue dueToday;

	WarningsFixture() {
		InspectionRound round = ledger.round("central", RoundKind.CENTRAL); //$NON-NLS-1$
		blue = ledger.issue(round, IssueStatus.RECTIFYING, ledger.department, ledger.personDept, AS_OF.plusDays(10));
		red = ledger.issue(round, IssueStatus.RECTIFYING, ledger.countyA, ledger.personA, AS_OF.minusDays(5));
		yellow = ledger.issue(round, IssueStatus.RECTIFYING, ledger.countyA, ledger.personA, AS_OF.plusMonths(3));
		missedMeasure(yellow);
		dueToday = ledger.issue(round, IssueStatus.RECTIFYING, ledger.countyB, ledger.personB, AS_OF);
		ledger.issue(round, IssueStatus.SIGNED_OFF, ledger.countyB, ledger.personB, AS_OF.minusDays(30));
		ledger.issue(round, IssueStatus.RECTIFYING, ledger.countyB, ledger.personB, AS_OF.plusMonths(6));
		secondYellow = ledger.issue(round, IssueStatus.PLANNED, ledger.countyA, ledger.personA, AS_OF.plusMonths(4));
		missedMeasure(secondYellow);
	}

	/** A measure due ten days before {@link #AS_OF}, not done: the issue lags. */
	private static void missedMeasure(Issue issue) {
		Measure measure = ModelFactory.eINSTANCE.createMeasure();
		measure.setDescription("清理堆场"); //$NON-NLS-1$
		measure.setDueDate(AS_OF.minusDays(10));
		issue.getPlan().getMeasures().add(measure);
	}
}
