package taizhang.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.CustomFieldDefinition;
import taizhang.model.CustomFieldType;
import taizhang.model.CustomFieldValue;
import taizhang.model.Issue;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage;
import taizhang.model.RectificationPlan;
import taizhang.model.RectificationType;
import taizhang.model.StageGoal;
import taizhang.model.tests.SampleLedger;

class LedgerValidatorTest {

	private final SampleLedger sample = new SampleLedger();

	@AfterEach
	void unregister() {
		EValidator.Registry.INSTANCE.remove(ModelPackage.eINSTANCE);
	}

	@Test
	void validLedgerHasNoProblems() {
		sample.issue("ZY-001");
		sample.issue("ZY-002");

		assertEquals(List.of(), problems(Locale.ENGLISH));
	}

	@Test
	void issueWithoutLeadUnitIsReported() {
		Issue issue = sample.issue("ZY-001");
		issue.getAssignments().remove(SampleLedger.assignment(issue, AssignmentRole.LEAD_UNIT));

		Diagnostic problem = single(LedgerValidator.LEAD_UNIT_COUNT);
		assertSame(issue, problem.getData().get(0));
		assertSame(ModelPackage.Literals.ISSUE__ASSIGNMENTS, problem.getData().get(1));
	}

	@Test
	void issueWithTwoLeadUnitsIsReported() {
		Issue issue = sample.issue("ZY-001");
		sample.assign(issue, AssignmentRole.LEAD_UNIT, sample.department, null);

		assertTrue(single(LedgerValidator.LEAD_UNIT_COUNT).getMessage().contains("2 lead units"));
	}

	@Test
	void issueWithoutResponsiblePersonIsReported() {
		Issue issue = sample.issue("ZY-001");
		issue.getAssignments().remove(SampleLedger.assignment(issue, AssignmentRole.RESPONSIBLE_PERSON));

		assertSame(issue, single(LedgerValidator.RESPONSIBLE_PERSON_COUNT).getData().get(0));
	}

	@Test
	void issueWithTwoResponsiblePersonsIsReported() {
		Issue issue = sample.issue("ZY-001");
		sample.assign(issue, AssignmentRole.RESPONSIBLE_PERSON, null, sample.mayor);

		assertTrue(single(LedgerValidator.RESPONSIBLE_PERSON_COUNT).getMessage().contains("2 responsible persons"));
	}

	@Test
	void leadUnitAssignmentWithoutUnitIsReported() {
		Issue issue = sample.issue("ZY-001");
		Assignment lead = SampleLedger.assignment(issue, AssignmentRole.LEAD_UNIT);
		lead.setOrganization(null);

		Diagnostic problem = single(LedgerValidator.ASSIGNMENT_INCOMPLETE);
		assertSame(lead, problem.getData().get(0));
		assertSame(ModelPackage.Literals.ASSIGNMENT__ORGANIZATION, problem.getData().get(1));
	}

	@Test
	void responsiblePersonOfLeadUnitsParentIsAccepted() {
		Issue issue = sample.issue("ZY-001");
		SampleLedger.assignment(issue, AssignmentRole.LEAD_UNIT).setOrganization(sample.township);
		// the county head answers for a township's issue: the county is the township's parent

		assertEquals(List.of(), problems(Locale.ENGLISH));
	}

	@Test
	void responsiblePersonOfCityAboveLeadUnitIsAccepted() {
		Issue issue = sample.issue("ZY-001");
		SampleLedger.assignment(issue, AssignmentRole.RESPONSIBLE_PERSON).setPerson(sample.mayor);

		assertEquals(List.of(), problems(Locale.ENGLISH));
	}

	@Test
	void responsiblePersonOfAnotherUnitIsReported() {
		Issue issue = sample.issue("ZY-001");
		Assignment responsible = SampleLedger.assignment(issue, AssignmentRole.RESPONSIBLE_PERSON);
		responsible.setPerson(sample.departmentHead);

		Diagnostic problem = single(LedgerValidator.RESPONSIBLE_PERSON_OUTSIDE_LEAD_UNIT);
		assertSame(responsible, problem.getData().get(0));
		assertSame(ModelPackage.Literals.ASSIGNMENT__PERSON, problem.getData().get(1));
		assertTrue(problem.getMessage().contains("赵局长"), problem.getMessage());
	}

	@Test
	void responsiblePersonOfSubordinateUnitIsReported() {
		Issue issue = sample.issue("ZY-001");
		SampleLedger.assignment(issue, AssignmentRole.RESPONSIBLE_PERSON).setPerson(sample.townshipHead);

		single(LedgerValidator.RESPONSIBLE_PERSON_OUTSIDE_LEAD_UNIT);
	}

	@Test
	void deadlineBeforeReceivedDateIsReported() {
		Issue issue = sample.issue("ZY-001");
		issue.getPlan().setDeadline(SampleLedger.RECEIVED.minusDays(1));

		Diagnostic problem = single(LedgerValidator.DEADLINE_BEFORE_RECEIVED);
		assertSame(issue.getPlan(), problem.getData().get(0));
		assertSame(ModelPackage.Literals.RECTIFICATION_PLAN__DEADLINE, problem.getData().get(1));
		assertSame(issue, LedgerValidator.issueOf(problem));
	}

	@Test
	void deadlineOnReceivedDateIsAccepted() {
		Issue issue = sample.issue("ZY-001");
		issue.getPlan().setDeadline(SampleLedger.RECEIVED);
		issue.getPlan().setType(RectificationType.IMMEDIATE);

		assertEquals(List.of(), problems(Locale.ENGLISH));
	}

	@Test
	void longTermPlanWithoutStageGoalIsReported() {
		Issue issue = sample.issue("ZY-001");
		issue.getPlan().setType(RectificationType.LONG_TERM);

		Diagnostic problem = single(LedgerValidator.LONG_TERM_WITHOUT_STAGE_GOAL);
		assertSame(ModelPackage.Literals.RECTIFICATION_PLAN__STAGE_GOALS, problem.getData().get(1));
	}

	@Test
	void longTermPlanWithStageGoalIsAccepted() {
		Issue issue = sample.issue("ZY-001");
		RectificationPlan plan = issue.getPlan();
		plan.setType(RectificationType.LONG_TERM);
		StageGoal goal = sample.identified(ModelFactory.eINSTANCE.createStageGoal());
		goal.setDescription("完成废气收集设施改造");
		goal.setDueDate(SampleLedger.RECEIVED.plusMonths(1));
		plan.getStageGoals().add(goal);

		assertEquals(List.of(), problems(Locale.ENGLISH));
	}

	@Test
	void duplicateCaseNumberInOneRoundIsReportedForBothIssues() {
		Issue first = sample.issue("ZY-001");
		Issue second = sample.issue(" ZY-001 ");
		sample.issue("ZY-002");

		List<Diagnostic> problems = problems(Locale.ENGLISH);
		assertEquals(2, problems.size(), problems::toString);
		problems.forEach(problem -> assertEquals(LedgerValidator.DUPLICATE_CASE_NUMBER, problem.getCode()));
		assertSame(first, problems.get(0).getData().get(0));
		assertSame(second, problems.get(0).getData().get(2));
		assertSame(second, problems.get(1).getData().get(0));
		assertSame(ModelPackage.Literals.ISSUE__CASE_NUMBER, problems.get(1).getData().get(1));
	}

	@Test
	void sameCaseNumberInDifferentRoundsIsAccepted() {
		sample.issue("ZY-001");
		sample.issue("ZY-001").setRound(sample.provincialRound);

		assertEquals(List.of(), problems(Locale.ENGLISH));
	}

	@Test
	void cooperatingUnitThatIsLeadUnitIsReported() {
		Issue issue = sample.issue("ZY-001");
		Assignment cooperating = sample.assign(issue, AssignmentRole.COOPERATING_UNIT, sample.county, null);

		Diagnostic problem = single(LedgerValidator.COOPERATING_UNIT_IS_LEAD_UNIT);
		assertSame(cooperating, problem.getData().get(0));
		assertSame(ModelPackage.Literals.ASSIGNMENT__ORGANIZATION, problem.getData().get(1));
	}

	@Test
	void otherCooperatingUnitIsAccepted() {
		Issue issue = sample.issue("ZY-001");
		sample.assign(issue, AssignmentRole.COOPERATING_UNIT, sample.department, null);

		assertEquals(List.of(), problems(Locale.ENGLISH));
	}

	@Test
	void customValuesMatchingTheirTypesAreAccepted() {
		Issue issue = sample.issue("ZY-001");
		value(issue, field("amount", CustomFieldType.NUMBER), "-12.50");
		value(issue, field("visit", CustomFieldType.DATE), "2026-04-01");
		value(issue, field("source", CustomFieldType.CHOICE, "信访", "巡查"), "巡查");
		value(issue, field("note", CustomFieldType.TEXT), "任意文字");

		assertEquals(List.of(), problems(Locale.ENGLISH));
	}

	@Test
	void numberValueThatIsNoNumberIsReported() {
		CustomFieldValue value = value(sample.issue("ZY-001"), field("amount", CustomFieldType.NUMBER), "12,5");

		Diagnostic problem = single(LedgerValidator.CUSTOM_VALUE);
		assertSame(value, problem.getData().get(0));
		assertSame(ModelPackage.Literals.CUSTOM_FIELD_VALUE__VALUE, problem.getData().get(1));
	}

	@Test
	void dateValueThatIsNoDateIsReported() {
		value(sample.issue("ZY-001"), field("visit", CustomFieldType.DATE), "2026年4月1日");

		assertTrue(single(LedgerValidator.CUSTOM_VALUE).getMessage().contains("is not a date"));
	}

	@Test
	void choiceValueOutsideTheChoicesIsReported() {
		value(sample.issue("ZY-001"), field("source", CustomFieldType.CHOICE, "信访", "巡查"), "暗访");

		assertTrue(single(LedgerValidator.CUSTOM_VALUE).getMessage().contains("暗访"));
	}

	@Test
	void missingRequiredValueIsReported() {
		Issue issue = sample.issue("ZY-001");
		field("source", CustomFieldType.TEXT).setRequired(true);

		Diagnostic problem = single(LedgerValidator.CUSTOM_VALUE);
		assertSame(issue, problem.getData().get(0));
		assertSame(ModelPackage.Literals.ISSUE__CUSTOM_VALUES, problem.getData().get(1));
	}

	@Test
	void duplicateIdIsReported() {
		sample.issue("ZY-001").setId("same");
		sample.issue("ZY-002").setId("same");

		single(LedgerValidator.DUPLICATE_ID);
	}

	@Test
	void messagesNameIssueAndFieldInChinese() {
		Issue issue = sample.issue("ZY-007");
		issue.getPlan().setDeadline(SampleLedger.RECEIVED.minusDays(1));

		String message = problems(Locale.SIMPLIFIED_CHINESE).get(0).getMessage();
		assertEquals("问题 ZY-007（序号 1），整改时限：2026-03-01 早于交办日期 2026-03-02", message);
	}

	@Test
	void messagesNameIssueAndFieldInEnglish() {
		Issue issue = sample.issue("ZY-007");
		issue.getPlan().setDeadline(SampleLedger.RECEIVED.minusDays(1));

		String message = problems(Locale.ENGLISH).get(0).getMessage();
		assertEquals("Issue ZY-007 (No. 1), Deadline: 2026-03-01 is before the received date 2026-03-02", message);
	}

	@Test
	void issueWithoutCaseNumberIsNamedBySequenceNumber() {
		Issue issue = sample.issue(null);
		issue.getAssignments().clear();

		assertTrue(problems(Locale.SIMPLIFIED_CHINESE).get(0).getMessage().startsWith("问题（序号 1），责任分工：缺少牵头单位"));
	}

	@Test
	void registeredValidatorIsUsedByEmfsDiagnostician() {
		sample.issue("ZY-001").getAssignments().clear();
		LedgerValidator.register();

		Diagnostic result = Diagnostician.INSTANCE.validate(sample.ledger);

		assertEquals(2, result.getChildren().size(), result::toString);
	}

	/** LedgerValidator skips EMF's key and map-entry checks because of this. */
	@Test
	void modelHasNoKeysAndNoMapEntries() {
		for (EClassifier classifier : ModelPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				assertTrue(classifier.getInstanceClass() != java.util.Map.Entry.class, classifier.getName());
				eClass.getEAllReferences().forEach(reference -> assertTrue(reference.getEKeys().isEmpty(), reference.getName()));
			}
		}
	}

	/** LedgerValidator skips EMF's data value checks because of this. */
	@Test
	void modelAttributeTypesCarryNoConstraints() {
		Set<EDataType> unconstrained = Set.of(EcorePackage.Literals.ESTRING, EcorePackage.Literals.EINT,
				EcorePackage.Literals.ELONG, EcorePackage.Literals.EDOUBLE, EcorePackage.Literals.EBOOLEAN,
				ModelPackage.Literals.LOCAL_DATE, ModelPackage.Literals.INSTANT);
		for (EClassifier classifier : ModelPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				for (EAttribute attribute : eClass.getEAttributes()) {
					EDataType type = attribute.getEAttributeType();
					assertTrue(unconstrained.contains(type) || type instanceof EEnum && type.getInstanceClass().isEnum(),
							eClass.getName() + '.' + attribute.getName());
				}
			}
		}
	}

	private List<Diagnostic> problems(Locale locale) {
		return new LedgerDiagnostician(locale).validate(sample.ledger).getChildren();
	}

	private Diagnostic single(int code) {
		List<Diagnostic> problems = problems(Locale.ENGLISH);
		assertEquals(1, problems.size(), problems::toString);
		assertEquals(code, problems.get(0).getCode(), problems.get(0)::getMessage);
		assertEquals(LedgerValidator.DIAGNOSTIC_SOURCE, problems.get(0).getSource());
		return problems.get(0);
	}

	private CustomFieldDefinition field(String key, CustomFieldType type, String... choices) {
		CustomFieldDefinition field = sample.identified(ModelFactory.eINSTANCE.createCustomFieldDefinition());
		field.setKey(key);
		field.setLabel(key);
		field.setType(type);
		field.getChoices().addAll(List.of(choices));
		sample.ledger.getCustomFields().add(field);
		return field;
	}

	private static CustomFieldValue value(Issue issue, CustomFieldDefinition field, String text) {
		CustomFieldValue value = ModelFactory.eINSTANCE.createCustomFieldValue();
		value.setField(field);
		value.setValue(text);
		issue.getCustomValues().add(value);
		return value;
	}
}
