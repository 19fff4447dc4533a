package taizhang.testing;

import java.time.LocalDate;
import java.util.List;

import taizhang.model.Accountability;
import taizhang.model.CustomFieldDefinition;
import taizhang.model.CustomFieldType;
import taizhang.model.Deduction;
import taizhang.model.InspectionRound;
import taizhang.model.Interview;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.ModelFactory;
import taizhang.model.Organization;
import taizhang.model.OrganizationKind;
import taizhang.model.Person;
import taizhang.model.RoundKind;
import taizhang.model.SupervisionNotice;

/**
 * Builds small ledgers by hand, a few lines per object:
 *
 * <pre>
 * LedgerBuilder builder = new LedgerBuilder();
 * Organization county = builder.county("明湖区");
 * Person deputy = builder.person("张伟", "副区长", county);
 * InspectionRound central = builder.round(RoundKind.CENTRAL, "2017年中央环境保护督察", LocalDate.of(2017, 4, 6));
 * Issue issue = builder.issue("ZY2017-01-0001").category(IssueCategory.WATER).received(LocalDate.of(2017, 4, 10))
 * 		.lead(county, deputy)
 * 		.plan(RectificationType.TIME_LIMITED, LocalDate.of(2017, 12, 31))
 * 		.measure("截污纳管", LocalDate.of(2017, 10, 31), LocalDate.of(2017, 10, 20))
 * 		.moveTo(IssueStatus.RECTIFYING, LocalDate.of(2017, 4, 20))
 * 		.get();
 * Ledger ledger = builder.build();
 * </pre>
 *
 * Objects get readable, predictable ids ({@code issue-1}, {@code org-2} …). An issue takes the most
 * recent round unless told otherwise (a round is made up if there is none), is received on the
 * round's first day, and its region is the county it is led from when it has a lead unit there.
 */
public final class LedgerBuilder {

	static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

	private final Ledger ledger;
	private Organization city;
	private InspectionRound currentRound;
	private int nextId;
	private int nextSequence;

	public LedgerBuilder() {
		this("测试台账"); //$NON-NLS-1$
	}

	public LedgerBuilder(String name) {
		ledger = FACTORY.createLedger();
		ledger.setId(id("ledger")); //$NON-NLS-1$
		ledger.setName(name);
		ledger.setRegion("江州市"); //$NON-NLS-1$
	}

	/** The ledger built so far; the builder may go on adding to it. */
	public Ledger build() {
		return ledger;
	}

	// --- rounds

	/** A round of {@code kind} from {@code start}, lasting a month; later issues belong to it. */
	public InspectionRound round(RoundKind kind, String name, LocalDate start) {
		InspectionRound round = FACTORY.createInspectionRound();
		round.setId(id("round")); //$NON-NLS-1$
		round.setKind(kind);
		round.setName(name);
		round.setStartDate(start);
		round.setEndDate(start.plusDays(29));
		ledger.getRounds().add(round);
		currentRound = round;
		return round;
	}

	InspectionRound currentRound() {
		if (currentRound == null) {
			round(RoundKind.SELF_CHECK, "测试自查", LocalDate.of(2020, 1, 1)); //$NON-NLS-1$
		}
		return currentRound;
	}

	// --- organizations and people

	/** The city government, root of the organization tree (made on first use). */
	public Organization city() {
		if (city == null) {
			city = organization(OrganizationKind.CITY_GOVERNMENT, "江州市人民政府", null); //$NON-NLS-1$
		}
		return city;
	}

	public Organization organization(OrganizationKind kind, String name, Organization parent) {
		Organization organization = FACTORY.createOrganization();
		organization.setId(id("org")); //$NON-NLS-1$
		organization.setKind(kind);
		organization.setName(name);
		organization.setShortName(name);
		organization.setParent(parent);
		ledger.getOrganizations().add(organization);
		return organization;
	}

	/** A county or district under the city. */
	public Organization county(String name) {
		return organization(OrganizationKind.COUNTY_DISTRICT, name, city());
	}

	/** A city department (市直部门). */
	public Organization department(String name) {
		return organization(OrganizationKind.DEPARTMENT, name, city());
	}

	/** A township or street under {@code county}. */
	public Organization township(String name, Organization county) {
		return organization(OrganizationKind.TOWNSHIP_STREET, name, county);
	}

	public Person person(String name, String title, Organization organization) {
		Person person = FACTORY.createPerson();
		person.setId(id("person")); //$NON-NLS-1$
		person.setName(name);
		person.setTitle(title);
		person.setOrganization(organization);
		ledger.getPersons().add(person);
		return person;
	}

	// --- custom fields

	public CustomFieldDefinition customField(String key, String label, CustomFieldType type, String... choices) {
		CustomFieldDefinition field = FACTORY.createCustomFieldDefinition();
		field.setId(id("field")); //$NON-NLS-1$
		field.setKey(key);
		field.setLabel(label);
		field.setType(type);
		field.getChoices().addAll(List.of(choices));
		ledger.getCustomFields().add(field);
		return field;
	}

	// --- issues

	/** A new issue in the current round, added to the ledger at once; describe it further on the result. */
	public IssueBuilder issue(String caseNumber) {
		Issue issue = FACTORY.createIssue();
		issue.setId(id("issue")); //$NON-NLS-1$
		issue.setSequenceNumber(++nextSequence);
		issue.setCaseNumber(caseNumber);
		issue.setDescription("问题" + caseNumber); //$NON-NLS-1$
		InspectionRound round = currentRound();
		issue.setRound(round);
		issue.setReceivedDate(round.getStartDate());
		ledger.getIssues().add(issue);
		return new IssueBuilder(this, issue);
	}

	// --- the office's records

	public SupervisionNotice supervisionNotice(String number, LocalDate issuedOn, Organization unit,
			LocalDate newDeadline, Issue... issues) {
		SupervisionNotice notice = FACTORY.createSupervisionNotice();
		notice.setId(id("notice")); //$NON-NLS-1$
		notice.setNumber(number);
		notice.setIssuedOn(issuedOn);
		notice.setUnit(unit);
		notice.setNewDeadline(newDeadline);
		notice.getIssues().addAll(List.of(issues));
		ledger.getSupervisionNotices().add(notice);
		return notice;
	}

	public Interview interview(LocalDate date, Organization unit, Person person, Issue... issues) {
		Interview interview = FACTORY.createInterview();
		interview.setId(id("interview")); //$NON-NLS-1$
		interview.setDate(date);
		interview.setUnit(unit);
		interview.setPerson(person);
		interview.getIssues().addAll(List.of(issues));
		ledger.getInterviews().add(interview);
		return interview;
	}

	public Accountability accountability(LocalDate decidedOn, String measure, Organization unit, Person person,
			Issue... issues) {
		Accountability accountability = FACTORY.createAccountability();
		accountability.setId(id("accountability")); //$NON-NLS-1$
		accountability.setDecidedOn(decidedOn);
		accountability.setDecidedBy("江州市纪委监委"); //$NON-NLS-1$
		accountability.setMeasure(measure);
		accountability.getUnits().add(unit);
		accountability.getPersons().add(person);
		accountability.getIssues().addAll(List.of(issues));
		ledger.getAccountabilities().add(accountability);
		return accountability;
	}

	public Deduction deduction(Organization unit, LocalDate date, double points, Issue... issues) {
		Deduction deduction = FACTORY.createDeduction();
		deduction.setId(id("deduction")); //$NON-NLS-1$
		deduction.setUnit(unit);
		deduction.setYear(date.getYear());
		deduction.setDate(date);
		deduction.setPoints(points);
		deduction.getIssues().addAll(List.of(issues));
		ledger.getDeductions().add(deduction);
		return deduction;
	}

	/** A new id: {@code prefix-n}, n counting across the whole ledger. */
	String id(String prefix) {
		return prefix + '-' + ++nextId;
	}
}
