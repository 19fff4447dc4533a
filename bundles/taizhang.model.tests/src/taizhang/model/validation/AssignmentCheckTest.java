package taizhang.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.Issue;
import taizhang.model.ModelFactory;
import taizhang.model.tests.SampleLedger;
import taizhang.model.validation.AssignmentCheck.Finding;
import taizhang.model.validation.AssignmentCheck.Kind;

/** The responsibility rules of one issue, as AssignmentCheck finds them. */
class AssignmentCheckTest {

	private final SampleLedger sample = new SampleLedger();
	private final Issue issue = sample.issue("ZY-001");

	private List<Kind> kinds() {
		return AssignmentCheck.check(issue).stream().map(Finding::kind).toList();
	}

	private Assignment add(AssignmentRole role) {
		Assignment assignment = ModelFactory.eINSTANCE.createAssignment();
		assignment.setRole(role);
		issue.getAssignments().add(assignment);
		return assignment;
	}

	@Test
	void aWellAssignedIssueKeepsEveryRule() {
		assertEquals(List.of(), kinds());
	}

	@Test
	void countsAreFoundWithHowMany() {
		add(AssignmentRole.LEAD_UNIT).setOrganization(sample.department);
		issue.getAssignments().remove(SampleLedger.assignment(issue, AssignmentRole.RESPONSIBLE_PERSON));
		List<Finding> findings = AssignmentCheck.check(issue);
		assertEquals(List.of(Kind.LEAD_UNIT_MULTIPLE, Kind.RESPONSIBLE_PERSON_MISSING),
				findings.stream().map(Finding::kind).toList());
		assertEquals(2, findings.get(0).count());
		assertEquals(0, findings.get(1).count());
		assertEquals(LedgerValidator.LEAD_UNIT_COUNT, findings.get(0).kind().code());
	}

	@Test
	void anIncompleteAssignmentIsNamed() {
		Assignment unitless = add(AssignmentRole.COOPERATING_UNIT);
		Finding finding = AssignmentCheck.check(issue).get(0);
		assertEquals(Kind.ASSIGNMENT_WITHOUT_UNIT, finding.kind());
		assertSame(unitless, finding.assignment());
	}

	@Test
	void theResponsiblePersonMayWorkAboveTheLeadUnitButNotBesideIt() {
		Assignment responsible = SampleLedger.assignment(issue, AssignmentRole.RESPONSIBLE_PERSON);
		responsible.setPerson(sample.mayor); // the city lies above the county
		assertEquals(List.of(), kinds());
		responsible.setPerson(sample.departmentHead);
		Finding finding = AssignmentCheck.check(issue).get(0);
		assertEquals(Kind.RESPONSIBLE_PERSON_OUTSIDE_LEAD_UNIT, finding.kind());
		assertSame(sample.county, finding.leadUnit());
		assertSame(sample.departmentHead, finding.person());
		sample.departmentHead.setOrganization(null);
		assertEquals(List.of(Kind.RESPONSIBLE_PERSON_WITHOUT_UNIT), kinds());
	}

	@Test
	void theLeadUnitCannotAlsoCooperate() {
		add(AssignmentRole.COOPERATING_UNIT).setOrganization(sample.county);
		Finding finding = AssignmentCheck.check(issue).get(0);
		assertEquals(Kind.COOPERATING_UNIT_IS_LEAD_UNIT, finding.kind());
		assertSame(sample.county, finding.unit());
	}
}
