package taizhang.model.tests;

import java.time.LocalDate;

import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.Identified;
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
 * A small valid ledger: a city with a county and a department under it, people in each, two rounds.
 * {@link #issue(String)} adds an issue that passes every rule; tests then break one rule.
 */
public final class SampleLedger {

	public static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

	private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

	public final Ledger ledger;
	public final Organization city;
	public final Organization county;
	public final Organization township;
	public final Organization department;
	public final Person mayor;
	public final Person countyHead;
	public final Person townshipHead;
	public final Person departmentHead;
	public final InspectionRound centralRound;
	public final InspectionRound provincialRound;

	private int nextId;
	private int nextSequence;

	public SampleLedger() {
		ledger = identified(FACTORY.createLedger());
		ledger.setName("某市整改台账");
		ledger.setRegion("某市");
		city = organization("某市人民政府", OrganizationKind.CITY_GOVERNMENT, null);
		county = organization("某县人民政府", OrganizationKind.COUNTY_DISTRICT, city);
		township = organization("某镇人民政府", OrganizationKind.TOWNSHIP_STREET, county);
		department = organization("市生态环境局", OrganizationKind.DEPARTMENT, city);
		mayor = person("王市长", "副市长", city);
		countyHead = person("李县长", "县长", county);
		townshipHead = person("张镇长", "镇长", township);
		departmentHead = person("赵局长", "局长", department);
		centralRound = round("第二轮中央生态环境保护督察", RoundKind.CENTRAL);
		provincialRound = round("省生态环境保护督察", RoundKind.PROVINCIAL);
	}

	/** A valid issue of the central round: the county leads, its head answers for it. */
	public Issue issue(String caseNumber) {
		Issue issue = identified(FACTORY.createIssue());
		issue.setSequenceNumber(++nextSequence);
		issue.setCaseNumber(caseNumber);
		issue.setKind(IssueKind.ASSIGNED_CASE);
		issue.setRound(centralRound);
		issue.setRegion(county);
		issue.setCategory(IssueCategory.ODOR);
		issue.setDescription("某化工厂夜间排放异味，周边居民反映强烈");
		issue.setReceivedDate(RECEIVED);
		issue.setStatus(IssueStatus.RECTIFYING);
		RectificationPlan plan = FACTORY.createRectificationPlan();
		plan.setTarget("异味排放达标，群众满意");
		plan.setType(RectificationType.TIME_LIMITED);
		plan.setDeadline(RECEIVED.plusMonths(3));
		plan.setDeadlineText("2026年6月2日");
		issue.setPlan(plan);
		assign(issue, AssignmentRole.LEAD_UNIT, county, null);
		assign(issue, AssignmentRole.RESPONSIBLE_PERSON, null, countyHead);
		ledger.getIssues().add(issue);
		return issue;
	}

	public Assignment assign(Issue issue, AssignmentRole role, Organization unit, Person person) {
		Assignment assignment = FACTORY.createAssignment();
		assignment.setRole(role);
		assignment.setOrganization(unit);
		assignment.setPerson(person);
		issue.getAssignments().add(assignment);
		return assignment;
	}

	/** The issue's only assignment with this role. */
	public static Assignment assignment(Issue issue, AssignmentRole role) {
		return issue.getAssignments().stream().filter(a -> a.getRole() == role).findFirst().orElseThrow();
	}

	public Organization organization(String name, OrganizationKind kind, Organization parent) {
		Organization organization = identified(FACTORY.createOrganization());
		organization.setName(name);
		organization.setKind(kind);
		organization.setParent(parent);
		ledger.getOrganizations().add(organization);
		return organization;
	}

	public Person person(String name, String title, Organization organization) {
		Person person = identified(FACTORY.createPerson());
		person.setName(name);
		person.setTitle(title);
		person.setOrganization(organization);
		ledger.getPersons().add(person);
		return person;
	}

	public InspectionRound round(String name, RoundKind kind) {
		InspectionRound round = identified(FACTORY.createInspectionRound());
		round.setName(name);
		round.setKind(kind);
		round.setStartDate(RECEIVED.minusDays(30));
		round.setEndDate(RECEIVED);
		ledger.getRounds().add(round);
		return round;
	}

	public <T extends Identified> T identified(T object) {
		object.setId(object.eClass().getName().toLowerCase() + '-' + ++nextId);
		return object;
	}
}
