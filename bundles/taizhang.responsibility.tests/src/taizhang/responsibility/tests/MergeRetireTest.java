package taizhang.responsibility.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import taizhang.core.issues.IssueFacts;
import taizhang.model.AssignmentRole;
import taizhang.model.Issue;
import taizhang.model.Organization;
import taizhang.model.OrganizationKind;
import taizhang.responsibility.CreateUnitCommand;
import taizhang.responsibility.RetireUnitCommand;
import taizhang.responsibility.Usages;

/** Merging and retiring units reassign everything that referred to them, in one undoable command. */
class MergeRetireTest {

	private final Fixture f = new Fixture();

	private Collection<Setting> usagesOf(Organization unit) {
		return EcoreUtil.UsageCrossReferencer.find(unit, f.ledger);
	}

	@Test
	void mergeReassignsEverythingAndLeavesNothingPointingAtTheMergedUnit() {
		assertFalse(usagesOf(f.east).isEmpty());
		f.execute(RetireUnitCommand.merge(f.domain, f.ledger, f.east, f.west, Fixture.AS_OF));

		assertEquals(List.of(), List.copyOf(usagesOf(f.east)));
		assertTrue(f.east.isRetired());
		assertEquals(Fixture.AS_OF, f.east.getRetiredOn());
		assertSame(f.west, f.east.getSuccessor());
		assertNull(f.east.getParent());
		assertSame(f.west, IssueFacts.leadUnit(f.lake));
		assertSame(f.west, f.lake.getRegion());
		assertSame(f.west, f.lake.getProgressReports().get(0).getUnit());
		assertEquals(List.of(f.west), IssueFacts.cooperatingUnits(f.dust));
		assertSame(f.west, f.dust.getPlan().getMeasures().get(1).getUnit());
		assertSame(f.west, f.street.getParent());
		assertSame(f.west, f.eastHead.getOrganization());
		assertSame(f.west, f.eastLiaison.getOrganization());
		assertSame(f.west, f.notice.getUnit());
		assertSame(f.west, f.interview.getUnit());
		assertSame(f.west, f.deduction.getUnit());
		assertEquals(List.of(f.west, f.bureau), f.accountability.getUnits());
	}

	@Test
	void undoOfAMergeRestoresTheLedgerExactly() {
		String before = Snapshot.of(f.ledger);
		f.execute(RetireUnitCommand.merge(f.domain, f.ledger, f.east, f.west, Fixture.AS_OF));
		String merged = Snapshot.of(f.ledger);
		f.stack.undo();
		assertEquals(before, Snapshot.of(f.ledger));
		assertSame(f.city, f.east.getParent());
		assertTrue(f.city.getChildren().contains(f.east));
		f.stack.redo();
		assertEquals(merged, Snapshot.of(f.ledger));
	}

	@Test
	void aRoleTheSuccessorAlreadyHoldsIsNotDoubled() {
		// lake: the bureau and the street both cooperate; the accountability names the east county and the bureau
		f.execute(RetireUnitCommand.merge(f.domain, f.ledger, f.bureau, f.street, Fixture.AS_OF));
		assertEquals(List.of(f.street), IssueFacts.cooperatingUnits(f.lake));
		assertEquals(List.of(f.street), IssueFacts.cooperatingUnits(f.river));
		assertEquals(List.of(f.east, f.street), f.accountability.getUnits());
		assertSame(f.street, f.bureauHead.getOrganization());
		assertEquals(List.of(), List.copyOf(usagesOf(f.bureau)));
	}

	@Test
	void mergingIntoAUnitBelowMovesItUpAndKeepsOneRolePerIssue() {
		// the street lies under the east county, cooperates on the lake issue and leads the dust issue
		f.execute(RetireUnitCommand.merge(f.domain, f.ledger, f.east, f.street, Fixture.AS_OF));
		assertSame(f.city, f.street.getParent());
		assertSame(f.street, IssueFacts.leadUnit(f.lake));
		assertEquals(List.of(f.bureau), IssueFacts.cooperatingUnits(f.lake));
		assertEquals(1, f.dust.getAssignments().stream().filter(a -> a.getOrganization() == f.street).count());
		assertEquals(List.of(), IssueFacts.cooperatingUnits(f.dust));
		assertEquals(List.of(), List.copyOf(usagesOf(f.east)));
	}

	@Test
	void mergeRefusesItselfARetiredUnitAndARetiredSuccessor() {
		assertEquals("东湖区不能合并到自身。", //$NON-NLS-1$
				RetireUnitCommand.merge(f.domain, f.ledger, f.east, f.east, Fixture.AS_OF).refusal(Locale.CHINESE));
		f.execute(RetireUnitCommand.merge(f.domain, f.ledger, f.west, f.east, Fixture.AS_OF));
		assertEquals("西山县 is retired.", //$NON-NLS-1$
				RetireUnitCommand.merge(f.domain, f.ledger, f.west, f.bureau, Fixture.AS_OF).refusal(Locale.ENGLISH));
		assertEquals("西山县 is retired.", //$NON-NLS-1$
				RetireUnitCommand.merge(f.domain, f.ledger, f.bureau, f.west, Fixture.AS_OF).refusal(Locale.ENGLISH));
	}

	@Test
	void retireListsWhatStillPointsAtTheUnitAndRefusesWithoutASuccessor() {
		RetireUnitCommand retire = RetireUnitCommand.retire(f.domain, f.ledger, f.bureau, null, Fixture.AS_OF);
		List<Usages.Usage> usages = retire.usages();
		List<String> described = usages.stream().map(usage -> usage.describe(Locale.CHINESE)).toList();
		assertTrue(described.contains("人员 冯局长的所在单位"), described::toString); //$NON-NLS-1$
		assertTrue(described.contains("问题 ZY2020-01（序号 1）的责任分工的单位"), described::toString); //$NON-NLS-1$
		assertFalse(retire.canExecute());
		assertEquals("仍有 " + usages.size() + " 处引用生态环境局，须指定承接单位才能撤销。", retire.refusal(Locale.CHINESE)); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(f.bureau.isRetired());
	}

	@Test
	void retireWithASuccessorReassignsEverything() {
		String before = Snapshot.of(f.ledger);
		f.execute(RetireUnitCommand.retire(f.domain, f.ledger, f.bureau, f.city, Fixture.AS_OF));
		assertEquals(List.of(), List.copyOf(usagesOf(f.bureau)));
		assertSame(f.city, f.bureau.getSuccessor());
		assertEquals(List.of(f.city, f.street), IssueFacts.cooperatingUnits(f.lake));
		f.stack.undo();
		assertEquals(before, Snapshot.of(f.ledger));
	}

	@Test
	void aUnitNothingRefersToRetiresWithoutASuccessor() {
		CreateUnitCommand create = new CreateUnitCommand(f.domain, f.ledger, "临时工作组", OrganizationKind.OFFICE, f.city); //$NON-NLS-1$
		f.execute(create);
		f.execute(RetireUnitCommand.retire(f.domain, f.ledger, create.unit(), null, Fixture.AS_OF));
		assertTrue(create.unit().isRetired());
		assertNull(create.unit().getSuccessor());
		assertFalse(f.city.getChildren().contains(create.unit()));
	}

	@Test
	void unitsRetiredIntoTheMergedUnitPassToItsSuccessor() {
		f.execute(RetireUnitCommand.merge(f.domain, f.ledger, f.street, f.east, Fixture.AS_OF));
		f.execute(RetireUnitCommand.merge(f.domain, f.ledger, f.east, f.west, Fixture.AS_OF));
		assertSame(f.west, f.street.getSuccessor());
		assertEquals(List.of(), List.copyOf(usagesOf(f.east)));
		assertEquals(List.of(), List.copyOf(usagesOf(f.street)));
		for (Issue issue : List.of(f.lake, f.dust)) {
			assertTrue(issue.getAssignments().stream().noneMatch(a -> a.getOrganization() != null
					&& a.getOrganization().isRetired()), issue::getCaseNumber);
		}
		assertEquals(AssignmentRole.LEAD_UNIT, f.dust.getAssignments().get(0).getRole());
		assertSame(f.west, IssueFacts.leadUnit(f.dust));
	}
}
