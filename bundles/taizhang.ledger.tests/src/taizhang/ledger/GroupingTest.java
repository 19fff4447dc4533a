package taizhang.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import taizhang.core.time.TimeRules;
import taizhang.model.IssueStatus;
import taizhang.model.WarningLevel;
import taizhang.model.labels.EnumLabels;

class GroupingTest {

	private final Office office = new Office();
	private final TimeRules rules = LedgerColumns.rules(office.ledger);

	private Object key(Grouping grouping, taizhang.model.Issue issue) {
		return grouping.key(issue, Office.AS_OF, rules);
	}

	@Test
	void groupsByRoundCountyLeadUnitStatusAndWarning() {
		assertSame(office.central, key(Grouping.ROUND, office.dust));
		assertSame(office.xingang, key(Grouping.COUNTY, office.dust), "the county of a township region");
		assertSame(office.qinglan, key(Grouping.COUNTY, office.sewage), "the county of the lead unit");
		assertNull(key(Grouping.COUNTY, office.fumes), "a city department's issue has no county");
		assertSame(office.environment, key(Grouping.LEAD_UNIT, office.dust));
		assertSame(IssueStatus.SIGNED_OFF, key(Grouping.STATUS, office.noise));
		assertSame(WarningLevel.RED, key(Grouping.WARNING, office.sewage));
		assertSame(WarningLevel.YELLOW, key(Grouping.WARNING, office.dust));
		assertSame(WarningLevel.BLUE, key(Grouping.WARNING, office.fumes));
		assertNull(key(Grouping.WARNING, office.noise));
	}

	@Test
	void groupTitlesAreTheNamesUsersKnow() {
		assertEquals("2023年中央生态环境保护督察", Grouping.ROUND.keyLabel(office.central));
		assertEquals("城关镇", Grouping.COUNTY.keyLabel(office.xingangTown));
		assertEquals("新港区城关镇", Grouping.LEAD_UNIT.keyLabel(office.xingangTown));
		assertEquals(EnumLabels.label(WarningLevel.RED), Grouping.WARNING.keyLabel(WarningLevel.RED));
		assertFalse(Grouping.STATUS.keyLabel(null).isEmpty());
		for (Grouping grouping : Grouping.values()) {
			assertFalse(grouping.label().isEmpty());
		}
	}
}
