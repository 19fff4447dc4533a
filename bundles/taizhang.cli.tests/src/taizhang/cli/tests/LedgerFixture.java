package taizhang.cli.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import taizhang.core.LedgerStore;
import taizhang.core.LedgerStoreException;
import taizhang.model.AssignmentRole;
import taizhang.model.Identified;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.IssueCategory;
import taizhang.model.IssueKind;
import taizhang.model.IssueStatus;
import taizhang.model.Ledger;
import taizhang.model.Organization;
import taizhang.model.OrganizationKind;
import taizhang.model.Person;
import taizhang.model.RectificationType;
import taizhang.model.RoundKind;
import taizhang.testing.LedgerBuilder;

/**
 * Hand-built ledgers whose figures are known: a small city with two counties, a township and a
 * department, and helpers to add issues with a lead unit, responsible person and plan. Built with
 * {@link LedgerBuilder}; units keep short fixed ids ({@code county-a} …) that the JSON tests name.
 */
final class LedgerFixture {

	private final LedgerBuilder builder = new LedgerBuilder("测试市整改台账"); //$NON-NLS-1$
	final Ledger ledger = builder.build();
	final Organization city;
	final Organization countyA;
	final Organization countyB;
	final Organization township;
	final Organization department;
	final Person personA;
	final Person personB;
	final Person personDept;

	LedgerFixture() {
		ledger.setId("ledger"); //$NON-NLS-1$
		ledger.setRegion("测试市"); //$NON-NLS-1$
		city = withId("city", builder.organization(OrganizationKind.CITY_GOVERNMENT, "测试市人民政府", null)); //$NON-NLS-1$ //$NON-NLS-2$
		countyA = withId("county-a", builder.organization(OrganizationKind.COUNTY_DISTRICT, "甲县", city)); //$NON-NLS-1$ //$NON-NLS-2$
		countyB = withId("county-b", builder.organization(OrganizationKind.COUNTY_DISTRICT, "乙区", city)); //$NON-NLS-1$ //$NON-NLS-2$
		township = withId("township", builder.township("甲县城关镇", countyA)); //$NON-NLS-1$ //$NON-NLS-2$
		department = withId("dept", builder.organization(OrganizationKind.DEPARTMENT, "市生态环境局", city)); //$NON-NLS-1$ //$NON-NLS-2$
		personA = withId("p-a", builder.person("张三", null, countyA)); //$NON-NLS-1$ //$NON-NLS-2$
		personB = withId("p-b", builder.person("李四", null, countyB)); //$NON-NLS-1$ //$NON-NLS-2$
		personDept = withId("p-d", builder.person("王五", null, department)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static <T extends Identified> T withId(String id, T object) {
		object.setId(id);
		return object;
	}

	/** A round named and identified {@code id}, August 2017. */
	InspectionRound round(String id, RoundKind kind) {
		InspectionRound round = withId(id, builder.round(kind, id, LocalDate.of(2017, 8, 1)));
		round.setEndDate(LocalDate.of(2017, 9, 1));
		return round;
	}

	/**
	 * Adds {@code count} issues to {@code round}, the first {@code done} of them signed off, the rest
	 * rectifying, all led by {@code leadUnit} with {@code responsible} and due on {@code deadline}.
	 */
	void issues(InspectionRound round, int count, int done, Organization leadUnit, Person responsible,
			LocalDate deadline) {
		for (int i = 0; i < count; i++) {
			issue(round, i < done ? IssueStatus.SIGNED_OFF : IssueStatus.RECTIFYING, leadUnit, responsible, deadline);
		}
	}

	/**
	 * An air-pollution case numbered {@code <round id>-<sequence number>}, received on 2017-08-15. Its
	 * region stays unset (the county comes from the lead unit), which the statistics tests rely on.
	 */
	Issue issue(InspectionRound round, IssueStatus status, Organization leadUnit, Person responsible,
			LocalDate deadline) {
		int number = ledger.getIssues().size() + 1;
		return builder.issue(round.getId() + "-" + number).round(round).kind(IssueKind.ASSIGNED_CASE) //$NON-NLS-1$
				.category(IssueCategory.AIR).description("问题" + number).received(LocalDate.of(2017, 8, 15)) //$NON-NLS-1$
				.status(status).role(AssignmentRole.LEAD_UNIT, leadUnit, null)
				.role(AssignmentRole.RESPONSIBLE_PERSON, null, responsible)
				.plan(RectificationType.TIME_LIMITED, deadline).target("整改到位").get(); //$NON-NLS-1$
	}

	/** Writes the ledger to a new ledger file and closes it. */
	Path save(LedgerStore store, Path file) throws LedgerStoreException {
		store.create(file, ledger).close();
		return file;
	}

	/**
	 * The entries of {@code dir}, sorted, without the store's lock side files ({@code X.lock} beside a
	 * ledger {@code X}), which it keeps by design.
	 */
	static List<Path> filesIn(Path dir) throws IOException {
		try (Stream<Path> entries = Files.list(dir)) {
			List<Path> all = entries.sorted().toList();
			return all.stream().filter(p -> !(p.getFileName().toString().endsWith(".lock") //$NON-NLS-1$
					&& all.contains(p.resolveSibling(p.getFileName().toString().replaceFirst("\\.lock$", ""))))) //$NON-NLS-1$ //$NON-NLS-2$
					.toList();
		}
	}

	/**
	 * The district of DOMAIN.md: 221 central cases of which 212 done (95.9%), 80 provincial cases all
	 * done. The central cases are split between county A (121, 112 done, 9 overdue as of 2018-01-01)
	 * and county B (100, all done); the provincial ones are led by the city department.
	 */
	static LedgerFixture district() {
		LedgerFixture fixture = new LedgerFixture();
		InspectionRound central = fixture.round("central", RoundKind.CENTRAL); //$NON-NLS-1$
		InspectionRound provincial = fixture.round("provincial", RoundKind.PROVINCIAL); //$NON-NLS-1$
		fixture.issues(central, 121, 112, fixture.countyA, fixture.personA, LocalDate.of(2017, 12, 31));
		fixture.issues(central, 100, 100, fixture.countyB, fixture.personB, LocalDate.of(2017, 12, 31));
		fixture.issues(provincial, 80, 80, fixture.department, fixture.personDept, LocalDate.of(2018, 6, 30));
		return fixture;
	}
}
