package taizhang.cli.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import taizhang.core.LedgerStore;
import taizhang.core.LedgerStoreException;
import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.IssueCategory;
import taizhang.model.IssueKind;
import taizhang.model.IssueStatus;
import taizhang.model.Ledger;
import taizhang.model.ModelFactory;
import taizhang.model.Organization;
import taizhang.model.OrganizationKind;
import taizhang.model.Person;
import taizhang.model.RectificationPlan;
import taizhang.model.RectificationType;
import taizhang.model.RoundKind;

/**
 * Hand-built ledgers whose figures are known: a small city with two counties, a township and a
 * department, and helpers to add issues with a lead unit, responsible person and plan.
 */
final class LedgerFixture {

	private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

	final Ledger ledger = FACTORY.createLedger();
	final Organization city;
	final Organization countyA;
	final Organization countyB;
	final Organization township;
	final Organization department;
	final Person personA;
	final Person personB;
	final Person personDept;
	private int next;

	LedgerFixture() {
		ledger.setId("ledger"); //$NON-NLS-1$
		ledger.setName("测试市整改台账"); //$NON-NLS-1$
		ledger.setRegion("测试市"); //$NON-NLS-1$
		city = organization("city", "测试市人民政府", OrganizationKind.CITY_GOVERNMENT, null); //$NON-NLS-1$ //$NON-NLS-2$
		countyA = organization("county-a", "甲县", OrganizationKind.COUNTY_DISTRICT, city); //$NON-NLS-1$ //$NON-NLS-2$
		countyB = organization("county-b", "乙区", OrganizationKind.COUNTY_DISTRICT, city); //$NON-NLS-1$ //$NON-NLS-2$
		township = organization("township", "甲县城关镇", OrganizationKind.TOWNSHIP_STREET, countyA); //$NON-NLS-1$ //$NON-NLS-2$
		department = organization("dept", "市生态环境局", OrganizationKind.DEPARTMENT, city); //$NON-NLS-1$ //$NON-NLS-2$
		personA = person("p-a", "张三", countyA); //$NON-NLS-1$ //$NON-NLS-2$
		personB = person("p-b", "李四", countyB); //$NON-NLS-1$ //$NON-NLS-2$
		personDept = person("p-d", "王五", department); //$NON-NLS-1$ //$NON-NLS-2$
	}

	Organization organization(String id, String name, OrganizationKind kind, Organization parent) {
		Organization organization = FACTORY.createOrganization();
		organization.setId(id);
		organization.setName(name);
		organization.setKind(kind);
		organization.setParent(parent);
		ledger.getOrganizations().add(organization);
		return organization;
	}

	Person person(String id, String name, Organization organization) {
		Person person = FACTORY.createPerson();
		person.setId(id);
		person.setName(name);
		person.setOrganization(organization);
		ledger.getPersons().add(person);
		return person;
	}

	InspectionRound round(String id, RoundKind kind) {
		InspectionRound round = FACTORY.createInspectionRound();
		round.setId(id);
		round.setName(id);
		round.setKind(kind);
		round.setStartDate(LocalDate.of(2017, 8, 1));
		round.setEndDate(LocalDate.of(2017, 9, 1));
		ledger.getRounds().add(round);
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

	Issue issue(InspectionRound round, IssueStatus status, Organization leadUnit, Person responsible,
			LocalDate deadline) {
		next++;
		Issue issue = FACTORY.createIssue();
		issue.setId("issue-" + next); //$NON-NLS-1$
		issue.setSequenceNumber(next);
		issue.setCaseNumber(round.getId() + "-" + next); //$NON-NLS-1$
		issue.setKind(IssueKind.ASSIGNED_CASE);
		issue.setCategory(IssueCategory.AIR);
		issue.setDescription("问题" + next); //$NON-NLS-1$
		issue.setRound(round);
		issue.setReceivedDate(LocalDate.of(2017, 8, 15));
		issue.setStatus(status);
		RectificationPlan plan = FACTORY.createRectificationPlan();
		plan.setTarget("整改到位"); //$NON-NLS-1$
		plan.setType(RectificationType.TIME_LIMITED);
		plan.setDeadline(deadline);
		issue.setPlan(plan);
		if (leadUnit != null) {
			assign(issue, AssignmentRole.LEAD_UNIT, leadUnit, null);
		}
		if (responsible != null) {
			assign(issue, AssignmentRole.RESPONSIBLE_PERSON, null, responsible);
		}
		ledger.getIssues().add(issue);
		return issue;
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

	static Assignment assign(Issue issue, AssignmentRole role, Organization organization, Person person) {
		Assignment assignment = FACTORY.createAssignment();
		assignment.setRole(role);
		assignment.setOrganization(organization);
		assignment.setPerson(person);
		issue.getAssignments().add(assignment);
		return assignment;
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
