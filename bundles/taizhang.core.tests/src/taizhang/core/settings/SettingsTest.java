package taizhang.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import taizhang.core.lifecycle.LifecyclePolicy;
import taizhang.core.time.WarningPolicy;
import taizhang.model.Ledger;
import taizhang.model.LedgerSettings;
import taizhang.model.ModelFactory;
import taizhang.model.ReviewLevel;

class SettingsTest {

	private final Ledger ledger = ModelFactory.eINSTANCE.createLedger();
	private final LedgerSettings settings = ModelFactory.eINSTANCE.createLedgerSettings();

	@Test
	void aLedgerWithoutSettingsGetsTheDomainsValues() {
		Settings defaults = Settings.of(ledger);
		assertEquals(WarningPolicy.DEFAULTS, defaults.warningPolicy());
		assertEquals(LifecyclePolicy.DEFAULTS, defaults.lifecyclePolicy());
		assertEquals(25, defaults.reportCutoffDay());
		assertEquals(5, defaults.signOffCriteria().size());
		assertEquals("已建立长效机制", defaults.signOffCriteria().get(4));
		assertEquals(2, defaults.yellowCountForNotice());
		assertEquals(1.0, defaults.yellowDeductionPoints());
		assertEquals(2.0, defaults.redDeductionPoints());
	}

	@Test
	void settingsLeftAtTheirDefaultsEqualNoSettings() {
		ledger.setSettings(settings);
		assertEquals(Settings.DEFAULTS, Settings.of(ledger));
	}

	@Test
	void customValuesReachThePolicies() {
		settings.setBlueDays(10);
		settings.setProgressGap(20);
		settings.setPublicNoticeDays(5);
		settings.setReportCutoffDay(20);
		settings.getReviewLevels().addAll(List.of(ReviewLevel.COUNTY_SELF_CHECK, ReviewLevel.CITY_ACCEPTANCE,
				ReviewLevel.PROVINCIAL_RECORD));
		settings.getSignOffCriteria().addAll(List.of("整改措施已完成", "群众满意"));
		settings.setYellowCountForNotice(3);
		settings.setYellowDeductionPoints(0.5);
		settings.setRedDeductionPoints(3);
		ledger.setSettings(settings);

		Settings read = Settings.of(ledger);
		assertEquals(new WarningPolicy(10, 20), read.warningPolicy());
		assertEquals(List.of(ReviewLevel.COUNTY_SELF_CHECK, ReviewLevel.CITY_ACCEPTANCE,
				ReviewLevel.PROVINCIAL_RECORD), read.lifecyclePolicy().reviewLevels());
		assertEquals(5, read.lifecyclePolicy().publicNoticeDays());
		assertEquals(LifecyclePolicy.DEFAULTS.zone(), read.lifecyclePolicy().zone());
		assertEquals(20, read.reportCutoffDay());
		assertEquals(List.of("整改措施已完成", "群众满意"), read.signOffCriteria());
		assertEquals(3, read.yellowCountForNotice());
		assertEquals(0.5, read.yellowDeductionPoints());
		assertEquals(3.0, read.redDeductionPoints());
	}

	@Test
	void aReviewLevelListedTwiceIsRefused() {
		settings.getReviewLevels().addAll(List.of(ReviewLevel.CITY_ACCEPTANCE, ReviewLevel.CITY_ACCEPTANCE));
		ledger.setSettings(settings);
		assertThrows(IllegalArgumentException.class, () -> Settings.of(ledger));
	}

	@Test
	void aNegativeThresholdIsRefused() {
		settings.setBlueDays(-1);
		ledger.setSettings(settings);
		assertThrows(IllegalArgumentException.class, () -> Settings.of(ledger));
	}
}
