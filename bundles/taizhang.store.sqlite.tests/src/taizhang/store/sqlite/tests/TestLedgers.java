package taizhang.store.sqlite.tests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import taizhang.model.Accountability;
import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.CustomFieldDefinition;
import taizhang.model.CustomFieldType;
import taizhang.model.CustomFieldValue;
import taizhang.model.Deduction;
import taizhang.model.Evidence;
import taizhang.model.EvidenceKind;
import taizhang.model.InspectionRound;
import taizhang.model.Interview;
import taizhang.model.Issue;
import taizhang.model.IssueCategory;
import taizhang.model.IssueKind;
import taizhang.model.IssueStatus;
import taizhang.model.Ledger;
import taizhang.model.Measure;
import taizhang.model.ModelFactory;
import taizhang.model.Organization;
import taizhang.model.OrganizationKind;
import taizhang.model.Person;
import taizhang.model.ProgressReport;
import taizhang.model.RectificationPlan;
import taizhang.model.RectificationType;
import taizhang.model.ReviewCheckItem;
import taizhang.model.ReviewDecision;
import taizhang.model.ReviewLevel;
import taizhang.model.RoundKind;
import taizhang.model.SignOffReview;
import taizhang.model.StageGoal;
import taizhang.model.StatusChange;
import taizhang.model.SupervisionNotice;
import taizhang.model.Warning;
import taizhang.model.WarningLevel;

/** Ledgers for the store's tests: a small one using every class and value type, and large ones. */
final class TestLedgers {

	private static final ModelFactory F = ModelFactory.eINSTANCE;
	private static final String[] COUNTIES = { "东城区", "西城区", "南湖区", "北山县", "青河县", "白云县", "临江市", "石桥镇", "长安区", "新城区" };
	private static final String[] DEPARTMENTS = { "生态环境局", "自然资源局", "住建局", "农业农村局", "水务局", "城管局", "交通运输局" };
	private static final String[] CRITERIA = { "整改措施全部完成", "违法行为依法查处", "整改效果达到标准", "举一反三排查同类问题", "建立长效机制" };

	private TestLedgers() {
	}

	/** A small ledger with every class, every kind of value, references across records, and order. */
	static Ledger rich() {
		return generate(12, 7L);
	}

	/**
	 * A deterministic ledger with {@code issueCount} issues, each with a plan, three measures, stage
	 * goals for long-term ones, three assignments, three status changes, evidence, progress reports
	 * and a review; plus the organizations, persons and ledger-level records around them.
	 */
	static Ledger generate(int issueCount, long seed) {
		Random random = new Random(seed);
		Ledger ledger = F.createLedger();
		ledger.setId("ledger-1");
		ledger.setName("某市生态环境保护督察整改台账");
		ledger.setRegion("某市");

		Organization city = organization("某市人民政府", "市政府", OrganizationKind.CITY_GOVERNMENT, null);
		ledger.getOrganizations().add(city);
		Organization office = organization("某市生态环境保护督察整改工作办公室", "督察整改办", OrganizationKind.OFFICE, city);
		ledger.getOrganizations().add(office);
		List<Organization> counties = new ArrayList<>();
		for (String name : COUNTIES) {
			Organization county = organization(name + "人民政府", name, OrganizationKind.COUNTY_DISTRICT, city);
			ledger.getOrganizations().add(county);
			counties.add(county);
		}
		List<Organization> departments = new ArrayList<>();
		for (String name : DEPARTMENTS) {
			Organization dept = organization("某市" + name, name, OrganizationKind.DEPARTMENT, city);
			ledger.getOrganizations().add(dept);
			departments.add(dept);
		}
		List<Person> persons = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			Person p = F.createPerson();
			p.setName("张" + (char) ('一' + i % 40) + (char) ('明' + i));
			p.setTitle(i % 3 == 0 ? "局长" : i % 3 == 1 ? "副县长" : "科长");
			p.setPhone("1390000" + String.format("%04d", i));
			p.setOrganization(i % 2 == 0 ? counties.get(i % counties.size()) : departments.get(i % departments.size()));
			ledger.getPersons().add(p);
			persons.add(p);
		}
		for (RoundKind kind : RoundKind.VALUES) {
			InspectionRound round = F.createInspectionRound();
			round.setName(kind.getLiteral() + " 第" + (kind.getValue() + 1) + "轮");
			round.setKind(kind);
			round.setBatchNumber("第" + (kind.getValue() + 1) + "批");
			round.setStartDate(LocalDate.of(2021, 3, 1).plusMonths(kind.getValue() * 4L));
			round.setEndDate(round.getStartDate().plusDays(30));
			round.setInspectionGroup("第" + (kind.getValue() + 2) + "督察组");
			ledger.getRounds().add(round);
		}
		CustomFieldDefinition priority = F.createCustomFieldDefinition();
		priority.setKey("priority");
		priority.setLabel("优先级");
		priority.setType(CustomFieldType.CHOICE);
		priority.getChoices().addAll(List.of("高", "中", "低"));
		priority.setRequired(true);
		ledger.getCustomFields().add(priority);
		CustomFieldDefinition budget = F.createCustomFieldDefinition();
		budget.setKey("budget");
		budget.setLabel("整改资金（万元）");
		budget.setType(CustomFieldType.NUMBER);
		ledger.getCustomFields().add(budget);

		LocalDate base = LocalDate.of(2024, 1, 1);
		List<Issue> issues = new ArrayList<>(issueCount);
		for (int n = 0; n < issueCount; n++) {
			Issue issue = F.createIssue();
			issue.setSequenceNumber(n + 1);
			IssueKind kind = IssueKind.VALUES.get(n % IssueKind.VALUES.size());
			issue.setKind(kind);
			issue.setCaseNumber(String.format("D%d%06d", 2024 + n % 3, n + 1));
			issue.setRound(ledger.getRounds().get(n % ledger.getRounds().size()));
			Organization county = counties.get(random.nextInt(counties.size()));
			issue.setRegion(county);
			issue.setCategory(IssueCategory.VALUES.get(n % IssueCategory.VALUES.size()));
			issue.setDescription(county.getShortName() + "某工业园区企业废气无组织排放，周边群众反映异味扰民严重，夜间尤甚，第" + n + "号信访件");
			LocalDate received = base.plusDays(random.nextInt(700));
			issue.setReceivedDate(received);
			IssueStatus status = IssueStatus.VALUES.get(random.nextInt(IssueStatus.VALUES.size()));
			issue.setStatus(status);
			issue.setProgressNote("已完成废气收集设施改造，正在开展第三方检测，" + (n % 100) + "%");

			RectificationPlan plan = F.createRectificationPlan();
			RectificationType type = RectificationType.VALUES.get(n % RectificationType.VALUES.size());
			plan.setType(type);
			plan.setTarget("彻底解决异味扰民问题，废气排放稳定达标");
			plan.setDeadline(received.plusDays(90 + random.nextInt(300)));
			plan.setDeadlineText(plan.getDeadline().getYear() + "年" + plan.getDeadline().getMonthValue() + "月底前");
			for (int m = 0; m < 3; m++) {
				Measure measure = F.createMeasure();
				measure.setDescription("措施" + (m + 1) + "：加装活性炭吸附装置并定期更换，落实专人管理");
				measure.setDueDate(received.plusDays(30L * (m + 1)));
				measure.setDone(random.nextBoolean());
				if (measure.isDone()) {
					measure.setDoneDate(measure.getDueDate().minusDays(3));
				}
				plan.getMeasures().add(measure);
			}
			if (type == RectificationType.LONG_TERM) {
				for (int g = 0; g < 2; g++) {
					StageGoal goal = F.createStageGoal();
					goal.setDescription("阶段目标" + (g + 1) + "：完成主体工程");
					goal.setDueDate(received.plusMonths(6L * (g + 1)));
					goal.setAchieved(g == 0);
					if (goal.isAchieved()) {
						goal.setAchievedDate(goal.getDueDate());
					}
					plan.getStageGoals().add(goal);
				}
			}
			issue.setPlan(plan);

			issue.getAssignments().add(assignment(AssignmentRole.LEAD_UNIT, county, null, "牵头"));
			issue.getAssignments().add(assignment(AssignmentRole.COOPERATING_UNIT,
					departments.get(random.nextInt(departments.size())), null, null));
			issue.getAssignments().add(assignment(AssignmentRole.RESPONSIBLE_PERSON, null,
					persons.get(random.nextInt(persons.size())), "第一责任人"));

			Instant at = received.atStartOfDay().toInstant(java.time.ZoneOffset.ofHours(8));
			IssueStatus from = IssueStatus.RECEIVED;
			for (int s = 0; s < 3; s++) {
				StatusChange change = F.createStatusChange();
				change.setAt(at.plusSeconds(86400L * 10 * (s + 1) + s * 17).plusNanos(s * 1000));
				change.setActor("督察整改办 王" + (char) ('一' + s));
				change.setFrom(from);
				IssueStatus to = IssueStatus.VALUES.get(Math.min(s + 1, IssueStatus.VALUES.size() - 1));
				change.setTo(to);
				change.setReason(s == 2 ? "验收不通过，退回整改" : null);
				issue.getStatusChanges().add(change);
				from = to;
			}

			Evidence evidence = F.createEvidence();
			evidence.setKind(EvidenceKind.VALUES.get(n % EvidenceKind.VALUES.size()));
			evidence.setFileName("整改前后对比照片_" + n + ".jpg");
			evidence.setSize(1_234_567L + n);
			evidence.setSha256(String.format("%064x", (long) n * 2654435761L));
			evidence.setCapturedAt(at.plusSeconds(3600));
			evidence.setDescription("现场核查照片");
			evidence.getMeasures().add(plan.getMeasures().get(0));
			evidence.getMeasures().add(plan.getMeasures().get(2));
			issue.getEvidence().add(evidence);

			for (int r = 0; r < 2; r++) {
				ProgressReport report = F.createProgressReport();
				report.setPeriod(received.plusMonths(r).toString().substring(0, 7));
				report.setUnit(county);
				report.setSubmittedOn(received.plusMonths(r).withDayOfMonth(24));
				report.setText("本月完成设备安装调试，群众满意度回访" + (80 + r) + "%");
				report.setPercentComplete(30 + 30 * r);
				issue.getProgressReports().add(report);
			}

			SignOffReview review = F.createSignOffReview();
			review.setLevel(ReviewLevel.VALUES.get(n % ReviewLevel.VALUES.size()));
			review.setReviewer(persons.get(n % persons.size()));
			review.setReviewerName(review.getReviewer().getName());
			review.setDate(received.plusDays(200));
			review.setDecision(ReviewDecision.VALUES.get(n % ReviewDecision.VALUES.size()));
			review.setReasons(review.getDecision() == ReviewDecision.REJECTED ? "佐证材料不足" : "");
			for (String criterion : CRITERIA) {
				ReviewCheckItem item = F.createReviewCheckItem();
				item.setCriterion(criterion);
				item.setPassed(random.nextInt(5) > 0);
				item.setRemark(item.isPassed() ? null : "需补充材料");
				review.getChecklist().add(item);
			}
			issue.getReviews().add(review);

			if (n % 5 == 0) {
				Warning warning = F.createWarning();
				warning.setLevel(WarningLevel.VALUES.get(n % WarningLevel.VALUES.size()));
				warning.setRaisedOn(received.plusDays(100));
				warning.setReason("整改进度滞后");
				warning.setResolved(n % 10 == 0);
				issue.getWarnings().add(warning);
			}
			CustomFieldValue value = F.createCustomFieldValue();
			value.setField(priority);
			value.setValue(priority.getChoices().get(n % 3));
			issue.getCustomValues().add(value);
			if (n > 10 && n % 50 == 7) {
				issue.setReboundOf(issues.get(n - 7));
			}
			ledger.getIssues().add(issue);
			issues.add(issue);
		}

		int records = Math.max(1, issueCount / 100);
		for (int i = 0; i < records; i++) {
			Organization county = counties.get(i % counties.size());
			SupervisionNotice notice = F.createSupervisionNotice();
			notice.setNumber("督办〔2024〕" + (i + 1) + "号");
			notice.setIssuedOn(base.plusDays(i));
			notice.setUnit(county);
			notice.getIssues().add(issues.get(i % issues.size()));
			notice.getIssues().add(issues.get((i * 7 + 3) % issues.size()));
			notice.setNewDeadline(base.plusDays(i + 60));
			notice.setContent("请于期限内完成整改并报送佐证材料");
			ledger.getSupervisionNotices().add(notice);

			Interview interview = F.createInterview();
			interview.setDate(base.plusDays(i + 5));
			interview.setUnit(county);
			interview.setPerson(persons.get(i % persons.size()));
			interview.getIssues().add(issues.get(i % issues.size()));
			interview.setOutcome("约谈后限期整改");
			ledger.getInterviews().add(interview);

			Accountability accountability = F.createAccountability();
			accountability.setDecidedOn(base.plusDays(i + 30));
			accountability.setDecidedBy("市纪委监委");
			accountability.getUnits().add(county);
			accountability.getPersons().add(persons.get((i + 1) % persons.size()));
			accountability.getIssues().add(issues.get(i % issues.size()));
			accountability.setMeasure("诫勉谈话");
			ledger.getAccountabilities().add(accountability);

			Deduction deduction = F.createDeduction();
			deduction.setUnit(county);
			deduction.setYear(2024);
			deduction.setPoints(0.5 + i % 3);
			deduction.setReason("黄色预警两次");
			deduction.setDate(base.plusDays(i + 40));
			deduction.getIssues().add(issues.get(i % issues.size()));
			ledger.getDeductions().add(deduction);
		}
		return ledger;
	}

	private static Organization organization(String name, String shortName, OrganizationKind kind, Organization parent) {
		Organization o = F.createOrganization();
		o.setName(name);
		o.setShortName(shortName);
		o.setCode(Integer.toHexString(name.hashCode()));
		o.setKind(kind);
		o.setParent(parent);
		return o;
	}

	private static Assignment assignment(AssignmentRole role, Organization organization, Person person, String note) {
		Assignment a = F.createAssignment();
		a.setRole(role);
		a.setOrganization(organization);
		a.setPerson(person);
		a.setNote(note);
		return a;
	}
}
