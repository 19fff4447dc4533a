package taizhang.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

import taizhang.model.Ledger;
import taizhang.model.LedgerSettings;
import taizhang.model.ModelFactory;
import taizhang.model.ReviewLevel;

class SettingsCommandTest {

	private final Ledger ledger = ModelFactory.eINSTANCE.createLedger();
	private final EditingDomain domain = new AdapterFactoryEditingDomain(
			new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack(),
			new HashMap<>());

	@Test
	void aLedgerWithoutSettingsGetsThemInOneUndoableCommand() {
		LedgerSettings values = SettingsCommand.copyOf(ledger);
		values.setBlueDays(10);
		values.getReviewLevels().addAll(List.of(ReviewLevel.COUNTY_SELF_CHECK, ReviewLevel.PROVINCIAL_RECORD));

		domain.getCommandStack().execute(SettingsCommand.update(domain, ledger, values));
		assertNotNull(ledger.getSettings().getId(), "the store keys the settings by id");
		assertEquals(10, Settings.of(ledger).warningPolicy().blueDays());
		assertEquals(List.of(ReviewLevel.COUNTY_SELF_CHECK, ReviewLevel.PROVINCIAL_RECORD),
				Settings.of(ledger).lifecyclePolicy().reviewLevels());
		assertFalse(values == ledger.getSettings(), "the edited copy stays detached");

		domain.getCommandStack().undo();
		assertNull(ledger.getSettings());
	}

	@Test
	void onlyChangedValuesAreSetAndUndoRestoresThem() {
		LedgerSettings settings = ModelFactory.eINSTANCE.createLedgerSettings();
		settings.getSignOffCriteria().addAll(List.of("措施完成", "群众满意"));
		ledger.setSettings(settings);

		LedgerSettings values = SettingsCommand.copyOf(ledger);
		values.setReportCutoffDay(20);
		values.getSignOffCriteria().set(1, "效果达标");
		Command command = SettingsCommand.update(domain, ledger, values);
		domain.getCommandStack().execute(command);
		assertSame(settings, ledger.getSettings());
		assertEquals(20, settings.getReportCutoffDay());
		assertEquals(List.of("措施完成", "效果达标"), settings.getSignOffCriteria());

		domain.getCommandStack().undo();
		assertEquals(25, settings.getReportCutoffDay());
		assertEquals(List.of("措施完成", "群众满意"), settings.getSignOffCriteria());
	}

	@Test
	void unchangedSettingsNeedNoCommand() {
		ledger.setSettings(ModelFactory.eINSTANCE.createLedgerSettings());
		assertNull(SettingsCommand.update(domain, ledger, SettingsCommand.copyOf(ledger)));
	}

	@Test
	void valuesOutOfRangeAreRefusedNamingTheSetting() {
		LedgerSettings values = SettingsCommand.copyOf(ledger);
		values.setReportCutoffDay(40);
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> SettingsCommand.update(domain, ledger, values));
		assertTrue(refused.getMessage().contains("reportCutoffDay"), refused.getMessage());
		assertNull(ledger.getSettings());
	}
}
