package taizhang.model.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import taizhang.model.Organization;
import taizhang.model.OrganizationKind;
import taizhang.model.tests.SampleLedger;

/** Questions about the organization tree. */
class OrganizationsTest {

	private final SampleLedger sample = new SampleLedger();

	@Test
	void descendantsListEveryUnitBelowParentsFirst() {
		Organization village = sample.organization("某村", OrganizationKind.TOWNSHIP_STREET, sample.township);
		assertEquals(List.of(sample.county, sample.department, sample.township, village),
				Organizations.descendants(sample.city));
		assertEquals(List.of(), Organizations.descendants(village));
	}

	@Test
	void aParentUnderTheUnitWouldCloseACycle() {
		assertTrue(Organizations.wouldCycle(sample.county, sample.township));
		assertTrue(Organizations.wouldCycle(sample.county, sample.county));
		assertFalse(Organizations.wouldCycle(sample.township, sample.department));
		assertFalse(Organizations.wouldCycle(sample.township, null));
	}

	@Test
	void onlyTheUnitsOnACycleAreInIt() {
		assertFalse(Organizations.isInCycle(sample.township));
		sample.city.setParent(sample.county); // city -> county -> city
		assertTrue(Organizations.isInCycle(sample.city));
		assertTrue(Organizations.isInCycle(sample.county));
		assertFalse(Organizations.isInCycle(sample.township)); // under the cycle, not on it
		assertEquals(List.of(sample.township, sample.city, sample.department),
				Organizations.descendants(sample.county));
	}
}
