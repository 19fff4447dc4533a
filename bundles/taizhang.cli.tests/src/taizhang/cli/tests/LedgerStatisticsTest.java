package taizhang.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import taizhang.cli.internal.Format;
import taizhang.core.issues.IssueFacts;
import taizhang.core.stats.Dimension;
import taizhang.core.stats.Figures;
import taizhang.core.stats.Group;
import taizhang.core.stats.LedgerStatistics;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.IssueStatus;
import taizhang.model.Organization;
import taizhang.model.RoundKind;

class LedgerStatisticsTest {

	private static final LocalDate NEW_YEAR_2018 = LocalDate.of(2018, 1, 1);

	@Test
	void centralRoundOf221CasesWith212DoneHasRate95point9() {
		LedgerStatistics stats = LedgerStatistics.compute(LedgerFixture.district().ledger, NEW_YEAR_2018);

		Figures central = stats.figures(Dimension.ROUND_KIND, RoundKind.CENTRAL);
		assertCounts(221, 212, 9, central);
		assertEquals(new BigDecimal("95.9"), Format.percent(central)); //$NON-NLS-1$
		Figures provincial = stats.figures(Dimension.ROUND_KIND, RoundKind.PROVINCIAL);
		assertCounts(80, 80, 0, provincial);
		assertEquals(new BigDecimal("100.0"), Format.percent(provincial)); //$NON-NLS-1$
		assertCounts(301, 292, 9, stats.total());
	}

	@Test
	void roundKindsAreListedInEnumerationOrderAndOnlyWhenPresent() {
		LedgerStatistics stats = LedgerStatistics.compute(LedgerFixture.district().ledger, NEW_YEAR_2018);

		List<RoundKind> kinds = stats.groups(Dimension.ROUND_KIND).stream().map(Group::key).toList();
		assertEquals(List.of(RoundKind.CENTRAL, RoundKind.PROVINCIAL), kinds);
	}

	@Test
	void overdueDependsOnTheAsOfDay() {
		LedgerFixture fixture = LedgerFixture.district();

		assertEquals(0, LedgerStatistics.compute(fixture.ledger, LocalDate.of(2017, 12, 31)).total().overdue());
		assertEquals(9, LedgerStatistics.compute(fixture.ledger, NEW_YEAR_2018).total().overdue());
		// The provincial deadline passes too, but those issues are all done.
		assertEquals(9, LedgerStatistics.compute(fixture.ledger, LocalDate.of(2019, 1, 1)).total().overdue());
	}

	@Test
	void countyComesFromTheLeadUnitWhenTheIssueHasNoRegion() {
		LedgerFixture fixture = LedgerFixture.district();
		LedgerStatistics stats = LedgerStatistics.compute(fixture.ledger, NEW_YEAR_2018);

		assertCounts(121, 112, 9, stats.figures(Dimension.COUNTY, fixture.countyA));
		assertCounts(100, 100, 0, stats.figures(Dimension.COUNTY, fixture.countyB));
		// Led by a city department and without region: city level, listed last as the null group.
		List<Group<Organization>> counties = stats.groups(Dimension.COUNTY);
		assertEquals(3, counties.size());
		assertNull(counties.get(2).key());
		assertCounts(80, 80, 0, counties.get(2).figures());
	}

	@Test
	void regionInATownshipCountsForItsCounty() {
		LedgerFixture fixture = new LedgerFixture();
		InspectionRound round = fixture.round("r", RoundKind.CITY_SPECIAL); //$NON-NLS-1$
		Issue issue = fixture.issue(round, IssueStatus.RECEIVED, fixture.department, fixture.personDept,
				LocalDate.of(2030, 1, 1));
		issue.setRegion(fixture.township);

		assertSame(fixture.countyA, IssueFacts.county(issue));
		LedgerStatistics stats = LedgerStatistics.compute(fixture.ledger, NEW_YEAR_2018);
		assertCounts(1, 0, 0, stats.figures(Dimension.COUNTY, fixture.countyA));
		assertCounts(1, 0, 0, stats.figures(Dimension.LEAD_UNIT, fixture.department));
	}

	@Test
	void leadUnitsFollowTheLedgerOrganizationOrder() {
		LedgerFixture fixture = LedgerFixture.district();
		LedgerStatistics stats = LedgerStatistics.compute(fixture.ledger, NEW_YEAR_2018);

		List<Organization> units = stats.groups(Dimension.LEAD_UNIT).stream().map(Group::key).toList();
		assertEquals(List.of(fixture.countyA, fixture.countyB, fixture.department), units);
	}

	@Test
	void doneStatusesAreTheFourOfTheDomain() {
		LedgerFixture fixture = new LedgerFixture();
		InspectionRound round = fixture.round("r", RoundKind.SELF_CHECK); //$NON-NLS-1$
		for (IssueStatus status : IssueStatus.values()) {
			Issue issue = fixture.issue(round, status, fixture.countyA, fixture.personA, LocalDate.of(2017, 1, 1));
			boolean done = status == IssueStatus.REPORTED_DONE || status == IssueStatus.UNDER_REVIEW
					|| status == IssueStatus.SIGNED_OFF || status == IssueStatus.STAGE_DONE;
			assertEquals(done, IssueFacts.isDone(issue), status.getName());
			assertEquals(!done, IssueFacts.isOverdue(issue, NEW_YEAR_2018), status.getName());
		}
	}

	@Test
	void issueWithoutDeadlineIsNeverOverdue() {
		LedgerFixture fixture = new LedgerFixture();
		Issue issue = fixture.issue(fixture.round("r", RoundKind.CENTRAL), IssueStatus.RECTIFYING, fixture.countyA, //$NON-NLS-1$
				fixture.personA, null);

		assertFalse(IssueFacts.isOverdue(issue, LocalDate.of(2100, 1, 1)));
		issue.setPlan(null);
		assertFalse(IssueFacts.isOverdue(issue, LocalDate.of(2100, 1, 1)));
	}

	@Test
	void deadlineOnTheAsOfDayIsNotYetOverdue() {
		LedgerFixture fixture = new LedgerFixture();
		Issue issue = fixture.issue(fixture.round("r", RoundKind.CENTRAL), IssueStatus.RECTIFYING, fixture.countyA, //$NON-NLS-1$
				fixture.personA, NEW_YEAR_2018);

		assertFalse(IssueFacts.isOverdue(issue, NEW_YEAR_2018));
		assertTrue(IssueFacts.isOverdue(issue, NEW_YEAR_2018.plusDays(1)));
	}

	@Test
	void emptyLedgerHasNoRate() {
		LedgerStatistics stats = LedgerStatistics.compute(new LedgerFixture().ledger, NEW_YEAR_2018);

		assertEquals(Figures.NONE, stats.total());
		assertTrue(Double.isNaN(stats.total().completionRate()));
		assertNull(Format.percent(stats.total()));
		assertTrue(stats.groups(Dimension.COUNTY).isEmpty());
	}

	@Test
	void askingForADimensionNotComputedIsRefused() {
		LedgerStatistics stats = LedgerStatistics.compute(new LedgerFixture().ledger, NEW_YEAR_2018,
				List.of(Dimension.ROUND_KIND));

		assertThrows(IllegalArgumentException.class, () -> stats.groups(Dimension.LEAD_UNIT));
	}

	@Test
	void customDimensionGroupsByItsClassifier() {
		Dimension<Boolean> hasRegion = Dimension.of("hasRegion", issue -> issue.getRegion() != null, //$NON-NLS-1$
				ledger -> Boolean::compare);
		LedgerStatistics stats = LedgerStatistics.compute(LedgerFixture.district().ledger, NEW_YEAR_2018,
				List.of(hasRegion));

		assertCounts(301, 292, 9, stats.figures(hasRegion, Boolean.FALSE));
	}

	/** Total, done and overdue of {@code figures} (the other counts are tested in taizhang.core.tests). */
	private static void assertCounts(int total, int done, int overdue, Figures figures) {
		assertEquals(List.of(total, done, overdue), List.of(figures.total(), figures.done(), figures.overdue()),
				figures::toString);
	}
}
