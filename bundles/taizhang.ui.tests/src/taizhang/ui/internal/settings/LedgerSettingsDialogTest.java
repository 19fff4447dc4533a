package taizhang.ui.internal.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import taizhang.core.settings.SettingsCommand;
import taizhang.model.Ledger;
import taizhang.model.LedgerSettings;
import taizhang.model.ModelFactory;
import taizhang.model.ReviewLevel;
import taizhang.ui.internal.Messages;

class LedgerSettingsDialogTest {

	private final Ledger ledger = ModelFactory.eINSTANCE.createLedger();
	private final LedgerSettings values = SettingsCommand.copyOf(ledger);
	private LedgerSettingsDialog dialog;

	@AfterEach
	void close() {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close();
		}
	}

	private LedgerSettingsDialog open(boolean readOnly) {
		dialog = new LedgerSettingsDialog(Display.getDefault().getActiveShell(), values, readOnly);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	private Button ok() {
		return dialog.okButton();
	}

	@Test
	void showsTheDomainDefaultsAndWritesWhatTheUserChose() {
		open(false);
		assertEquals(15, dialog.blueDays.getSelection());
		assertEquals(25, dialog.cutoffDay.getSelection());
		assertTrue(dialog.levels.get(ReviewLevel.COUNTY_SELF_CHECK).getSelection());
		assertTrue(dialog.levels.get(ReviewLevel.CITY_ACCEPTANCE).getSelection());
		assertFalse(dialog.levels.get(ReviewLevel.PROVINCIAL_RECORD).getSelection());
		assertTrue(dialog.criteria.getText().startsWith("每项整改措施均已完成"), dialog.criteria.getText());

		dialog.blueDays.setSelection(10);
		dialog.cutoffDay.setSelection(20);
		dialog.levels.get(ReviewLevel.PROVINCIAL_RECORD).setSelection(true);
		dialog.criteria.setText("措施完成\n\n  群众满意  \n");
		dialog.redPoints.setText("3.5");
		press(ok());

		assertEquals(Window.OK, dialog.getReturnCode());
		assertEquals(10, values.getBlueDays());
		assertEquals(20, values.getReportCutoffDay());
		assertEquals(List.of(ReviewLevel.COUNTY_SELF_CHECK, ReviewLevel.CITY_ACCEPTANCE, ReviewLevel.PROVINCIAL_RECORD),
				values.getReviewLevels());
		assertEquals(List.of("措施完成", "群众满意"), values.getSignOffCriteria());
		assertEquals(3.5, values.getRedDeductionPoints());
	}

	@Test
	void invalidValuesAreNamedAndOkIsWithheld() {
		open(false);
		Button ok = ok();
		assertNotNull(ok);
		assertTrue(ok.isEnabled());

		dialog.redPoints.setText("两分");
		assertFalse(ok.isEnabled());
		assertTrue(dialog.getErrorMessage().contains("两分"), dialog.getErrorMessage());

		dialog.redPoints.setText("2");
		for (Button level : dialog.levels.values()) {
			level.setSelection(false);
			level.notifyListeners(SWT.Selection, null);
		}
		assertFalse(ok.isEnabled());
		assertEquals(Messages.Settings_noLevel, dialog.getErrorMessage());

		dialog.levels.get(ReviewLevel.CITY_ACCEPTANCE).setSelection(true);
		dialog.levels.get(ReviewLevel.CITY_ACCEPTANCE).notifyListeners(SWT.Selection, null);
		assertTrue(ok.isEnabled());
		assertNull(dialog.getErrorMessage());
	}

	@Test
	void aReadOnlyLedgerShowsItsSettingsWithoutOk() {
		open(true);
		assertFalse(ok().isEnabled());
		assertFalse(dialog.blueDays.isEnabled());
	}

	private static void press(Button button) {
		button.notifyListeners(SWT.Selection, null);
	}
}
