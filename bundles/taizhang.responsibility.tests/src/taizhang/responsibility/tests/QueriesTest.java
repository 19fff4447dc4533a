package taizhang.responsibility.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import taizhang.core.time.TimeRules;
import taizhang.model.AssignmentRole;
import taizhang.model.PositionKind;
import taizhang.model.WarningLevel;
import taizhang.responsibility.PersonDossier;
import taizhang.responsibility.ResponsibilityMatrix;
import taizhang.responsibility.UnitCounts;
import taizhang.responsibility.UnitDossier;
import taizhang.responsibility.validation.Constraints;
import taizhang.responsibility.validation.Problem;
import taizhang.responsibility.validation.ProblemFinder;

/** The responsibility matrix and the dossiers of a person and of a unit. */
class QueriesTest {

	private final Fixture f = new Fixture();

	private ProblemFinder finder() {
		return new ProblemFinder(f.ledger, Constraints.builtIn(), Locale.CHINESE);
	}

	@Test
	void theMatrixHasAUnitRowForEveryUnitHoldingARoleWithItsRolesByIssue() {
		ResponsibilityMatrix matrix = ResponsibilityMatrix.of(f.ledger, Fixture.AS_OF);
		assertEquals(List.of(f.lake, f.river, f.dust), matrix.issues());
		assertEquals(List.of(f.east, f.west, f.street, f.bureau), matrix.units());
		assertEquals(Set.of(AssignmentRole.LEAD_UNIT), matrix.roles(f.east, f.lake));
		assertEquals(Set.of(AssignmentRole.COOPERATING_UNIT), matrix.roles(f.east, f.dust));
		assertEquals(Set.of(), matrix.roles(f.east, f.river));
		assertEquals(Set.of(), matrix.roles(f.city, f.lake));
		assertEquals(List.of(f.lake, f.river), matrix.issues(f.bureau, AssignmentRole.COOPERATING_UNIT));
	}

	@Test
	void theMatrixCountsOpenOverdueAndRejectedIssuesAUnitLeads() {
		ResponsibilityMatrix matrix = ResponsibilityMatrix.of(f.ledger, Fixture.AS_OF);
		assertEquals(new UnitCounts(1, 1, 1, 1, 1, 1), matrix.counts(f.east));
		assertEquals(new UnitCounts(1, 0, 0, 0, 0, 0), matrix.counts(f.west));
		assertEquals(new UnitCounts(1, 1, 1, 0, 0, 0), matrix.counts(f.street));
		assertEquals(new UnitCounts(0, 2, 0, 0, 0, 0), matrix.counts(f.bureau));
		assertEquals(UnitCounts.NONE, matrix.counts(f.city));
	}

	@Test
	void aMatrixOfASelectionAsOfAnEarlierDay() {
		ResponsibilityMatrix matrix = ResponsibilityMatrix.of(f.ledger, List.of(f.lake), Fixture.AS_OF.minusYears(1),
				TimeRules.DEFAULT);
		assertEquals(List.of(f.east, f.street, f.bureau), matrix.units());
		assertEquals(new UnitCounts(1, 0, 1, 0, 1, 1), matrix.counts(f.east)); // not overdue a year earlier
	}

	@Test
	void aPersonsDossierListsWhatTheyAnswerForWithWarnings() {
		PersonDossier dossier = PersonDossier.of(f.ledger, f.eastDeputy, Fixture.AS_OF, finder());
		assertSame(f.eastDeputy, dossier.person());
		List<PersonDossier.Entry> entries = dossier.entries();
		assertEquals(2, entries.size());
		assertEquals(new PersonDossier.Entry(f.lake, AssignmentRole.RESPONSIBLE_PERSON, WarningLevel.RED, true, false),
				entries.get(0));
		assertEquals(new PersonDossier.Entry(f.dust, AssignmentRole.LEADER_IN_CHARGE, WarningLevel.YELLOW, false, false),
				entries.get(1));
		assertEquals(List.of(entries.get(1)), dossier.entries(AssignmentRole.LEADER_IN_CHARGE));
		assertEquals(Map.of(WarningLevel.RED, 1, WarningLevel.YELLOW, 1), dossier.warnings());
		assertEquals(List.of(), dossier.problems());
	}

	@Test
	void aPersonsDossierShowsTheProblemsWithTheirAssignments() {
		f.eastDeputy.setPosition(PositionKind.STAFF);
		List<Problem> problems = PersonDossier.of(f.ledger, f.eastDeputy, Fixture.AS_OF, finder()).problems();
		assertEquals(1, problems.size());
		assertEquals("taizhang.responsibility.leadership", problems.get(0).constraintId()); //$NON-NLS-1$
		assertSame(f.dust, problems.get(0).issue());
	}

	@Test
	void aUnitsDossierHoldsItsIssuesRejectionsAndRecords() {
		UnitDossier dossier = UnitDossier.of(f.ledger, f.east, Fixture.AS_OF, finder());
		assertEquals(List.of(f.eastHead, f.eastDeputy, f.eastLiaison), dossier.people());
		assertEquals(List.of(f.street), dossier.children());
		assertEquals(List.of(f.lake), dossier.asLead());
		assertEquals(List.of(f.dust), dossier.asCooperating());
		assertEquals(List.of(new UnitDossier.Rejection(f.lake, 1)), dossier.rejections());
		assertEquals(List.of(f.notice), dossier.notices());
		assertEquals(List.of(f.interview), dossier.interviews());
		assertEquals(List.of(f.deduction), dossier.deductions());
		assertEquals(2.0, dossier.deductedPoints());
		assertEquals(List.of(f.accountability), dossier.accountabilities());
		assertEquals(new UnitCounts(1, 1, 1, 1, 1, 1), dossier.counts());
		assertEquals(List.of(), dossier.problems());
	}

	@Test
	void aUnitsDossierShowsTheProblemsWithItsAssignments() {
		f.dust.getPlan().getMeasures().get(1).setUnit(null); // the east county's measure
		List<Problem> problems = UnitDossier.of(f.ledger, f.east, Fixture.AS_OF, finder()).problems();
		assertEquals(1, problems.size());
		assertEquals("cooperatingWithoutMeasure", problems.get(0).code()); //$NON-NLS-1$
		assertEquals(List.of(), UnitDossier.of(f.ledger, f.west, Fixture.AS_OF, finder()).problems());
	}
}
