package taizhang.responsibility.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage;
import taizhang.model.PositionKind;
import taizhang.model.validation.LedgerValidator;
import taizhang.responsibility.RetireUnitCommand;
import taizhang.responsibility.validation.Constraint;
import taizhang.responsibility.validation.Constraints;
import taizhang.responsibility.validation.Problem;
import taizhang.responsibility.validation.ProblemFinder;
import taizhang.responsibility.validation.Severity;

/** Each built-in constraint, kept and broken. */
class ConstraintsTest {

	private static final String PREFIX = "taizhang.responsibility."; //$NON-NLS-1$

	private final Fixture f = new Fixture();

	private List<Problem> problems(String constraint) {
		return new ProblemFinder(f.ledger, Constraints.builtIn(), Locale.CHINESE).checkAll().stream()
				.filter(problem -> problem.constraintId().equals(PREFIX + constraint)).toList();
	}

	private Problem single(String constraint) {
		List<Problem> found = problems(constraint);
		assertEquals(1, found.size(), found::toString);
		return found.get(0);
	}

	@Test
	void theFixtureKeepsEveryConstraint() {
		List<Problem> all = new ProblemFinder(f.ledger, Constraints.builtIn(), Locale.CHINESE).checkAll();
		assertEquals(List.of(), all.stream().map(Problem::toString).toList());
	}

	@Test
	void everyBuiltInConstraintHasAnIdALabelInBothLanguagesAndTargets() {
		List<Constraint> constraints = Constraints.builtIn().constraints();
		assertEquals(List.of("assignments", "cooperatingMeasure", "firstResponsiblePerson", "leadership", "model", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"organizationCycle", "retiredUnit"), //$NON-NLS-1$ //$NON-NLS-2$
				constraints.stream().map(c -> c.id().substring(PREFIX.length())).toList());
		for (Constraint constraint : constraints) {
			assertTrue(!constraint.label(Locale.CHINESE).equals(constraint.label(Locale.ENGLISH)), constraint.id());
			assertTrue(!constraint.targets().isEmpty(), constraint.id());
		}
	}

	@Test
	void anIssueWithoutALeadUnitBreaksTheAssignmentRules() {
		f.lake.getAssignments().remove(0);
		Problem problem = single("assignments"); //$NON-NLS-1$
		assertEquals(LedgerValidator.DIAGNOSTIC_SOURCE + ':' + LedgerValidator.LEAD_UNIT_COUNT, problem.code());
		assertEquals(Severity.ERROR, problem.severity());
		assertSame(f.lake, problem.object());
		assertSame(ModelPackage.Literals.ISSUE__ASSIGNMENTS, problem.feature());
		assertEquals("问题 ZY2020-01（序号 1），责任分工：缺少牵头单位，须有且仅有一个", problem.message(Locale.CHINESE)); //$NON-NLS-1$
		assertEquals("Issue ZY2020-01 (No. 1), Responsibilities: no lead unit; exactly one is required", //$NON-NLS-1$
				problem.message(Locale.ENGLISH));
	}

	@Test
	void aSecondResponsiblePersonBreaksTheAssignmentRules() {
		Assignment second = ModelFactory.eINSTANCE.createAssignment();
		second.setRole(AssignmentRole.RESPONSIBLE_PERSON);
		second.setPerson(f.eastLiaison);
		f.lake.getAssignments().add(second);
		assertEquals(LedgerValidator.DIAGNOSTIC_SOURCE + ':' + LedgerValidator.RESPONSIBLE_PERSON_COUNT,
				single("assignments").code()); //$NON-NLS-1$
	}

	@Test
	void aResponsiblePersonOutsideTheLeadUnitBreaksTheAssignmentRules() {
		f.lake.getAssignments().get(1).setPerson(f.westDeputy);
		Problem problem = single("assignments"); //$NON-NLS-1$
		assertSame(f.lake.getAssignments().get(1), problem.object());
		assertEquals("问题 ZY2020-01（序号 1），责任分工：责任人吴副县长属于西山县，既不是牵头单位东湖区，也不是其上级单位", //$NON-NLS-1$
				problem.message(Locale.CHINESE));
	}

	@Test
	void aResponsiblePersonAboveTheLeadUnitKeepsTheAssignmentRules() {
		f.dust.getAssignments().get(1).setPerson(f.eastHead); // the street lies under the east county
		assertEquals(List.of(), problems("assignments")); //$NON-NLS-1$
	}

	@Test
	void aLeaderInChargeWithoutLeadershipPositionIsWarned() {
		f.eastHead.setPosition(PositionKind.LIAISON);
		Problem problem = single("leadership"); //$NON-NLS-1$
		assertEquals(Severity.WARNING, problem.severity());
		assertSame(f.lake.getAssignments().get(2), problem.object());
		assertEquals("问题 ZY2020-01（序号 1）：责任领导赵区长未担任领导职务（联络员）", problem.message(Locale.CHINESE)); //$NON-NLS-1$
		assertEquals("Issue ZY2020-01 (No. 1): the Leader in charge, 赵区长, holds no leadership position (Liaison)", //$NON-NLS-1$
				problem.message(Locale.ENGLISH));
	}

	@Test
	void aContactLeaderWithoutLeadershipPositionIsWarned() {
		f.builder.issue("ZY2020-09").lead(f.east, f.eastDeputy).cityContactLeader(f.eastLiaison); //$NON-NLS-1$
		assertSame(AssignmentRole.CITY_CONTACT_LEADER, ((Assignment) single("leadership").object()).getRole()); //$NON-NLS-1$
		f.eastLiaison.setPosition(PositionKind.OTHER_LEADER);
		assertEquals(List.of(), problems("leadership")); //$NON-NLS-1$
	}

	@Test
	void aCycleInTheTreeIsReportedOnEveryUnitOnIt() {
		f.east.setParent(f.street);
		List<Problem> found = problems("organizationCycle"); //$NON-NLS-1$
		assertEquals(List.of(f.east, f.street), found.stream().map(Problem::object).toList());
		assertEquals("东湖区：其上级单位湖滨街道又隶属于它，单位层级出现循环", found.get(0).message(Locale.CHINESE)); //$NON-NLS-1$
		f.east.setParent(f.city);
		assertEquals(List.of(), problems("organizationCycle")); //$NON-NLS-1$
	}

	@Test
	void aCountyWithoutFirstResponsiblePersonIsWarned() {
		f.eastHead.setPosition(PositionKind.OTHER_LEADER);
		Problem problem = single("firstResponsiblePerson"); //$NON-NLS-1$
		assertSame(f.east, problem.object());
		assertEquals("东湖区 has no first responsible person", problem.message(Locale.ENGLISH)); //$NON-NLS-1$
		f.streetHead.setPosition(PositionKind.STAFF); // a street is not a county: no rule
		assertEquals(1, problems("firstResponsiblePerson").size()); //$NON-NLS-1$
	}

	@Test
	void aRetiredCountyNeedsNoFirstResponsiblePerson() {
		f.execute(RetireUnitCommand.merge(f.domain, f.ledger, f.west, f.east, Fixture.AS_OF));
		f.westHead.setPosition(PositionKind.STAFF);
		assertEquals(List.of(), problems("firstResponsiblePerson")); //$NON-NLS-1$
	}

	@Test
	void aCooperatingUnitWithoutMeasureIsWarned() {
		f.lake.getPlan().getMeasures().get(1).setUnit(null); // the bureau's measure
		Problem problem = single("cooperatingMeasure"); //$NON-NLS-1$
		assertSame(f.lake.getAssignments().get(3), problem.object());
		assertEquals("问题 ZY2020-01（序号 1）：配合单位生态环境局未承担任何整改措施", problem.message(Locale.CHINESE)); //$NON-NLS-1$
	}

	@Test
	void anIssueWithoutMeasuresIsNotYetAskedForCooperatingMeasures() {
		f.lake.getPlan().getMeasures().clear();
		assertEquals(List.of(), problems("cooperatingMeasure")); //$NON-NLS-1$
	}

	@Test
	void whatStillRefersToARetiredUnitIsAnError() {
		f.west.setRetired(true); // retired by hand, nothing reassigned
		List<Problem> found = problems("retiredUnit"); //$NON-NLS-1$
		// the river issue's region and lead unit, and the two people of the county
		assertEquals(List.of(f.river, f.river.getAssignments().get(0), f.westHead, f.westDeputy),
				found.stream().map(Problem::object).toList());
		assertTrue(found.stream().allMatch(p -> p.severity() == Severity.ERROR));
		assertEquals("Issue ZY2020-02 (No. 2), County/district: 西山县 is retired", //$NON-NLS-1$
				found.get(0).message(Locale.ENGLISH));
	}

	@Test
	void nothingRefersToAUnitRetiredByCommand() {
		f.execute(RetireUnitCommand.merge(f.domain, f.ledger, f.west, f.east, Fixture.AS_OF));
		assertEquals(List.of(), problems("retiredUnit")); //$NON-NLS-1$
	}

	@Test
	void theModelRulesAreCheckedObjectByObject() {
		f.dust.getPlan().setDeadline(LocalDate.of(2019, 1, 1));
		Problem problem = single("model"); //$NON-NLS-1$
		assertEquals(LedgerValidator.DIAGNOSTIC_SOURCE + ':' + LedgerValidator.DEADLINE_BEFORE_RECEIVED, problem.code());
		assertSame(f.dust.getPlan(), problem.object());
		assertTrue(problem.message(Locale.ENGLISH).startsWith("Issue ZY2020-03 (No. 3)"), problem.message(Locale.ENGLISH)); //$NON-NLS-1$
		assertTrue(problem.message(Locale.CHINESE).startsWith("问题 ZY2020-03（序号 3）"), problem.message(Locale.CHINESE)); //$NON-NLS-1$
	}

	@Test
	void theModelConstraintLeavesTheAssignmentRulesToTheirOwn() {
		f.lake.getAssignments().remove(0);
		assertEquals(List.of(), problems("model")); //$NON-NLS-1$
	}
}
