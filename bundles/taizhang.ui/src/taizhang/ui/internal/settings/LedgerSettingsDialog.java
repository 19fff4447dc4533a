package taizhang.ui.internal.settings;

import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import taizhang.core.settings.Settings;
import taizhang.model.LedgerSettings;
import taizhang.model.ReviewLevel;
import taizhang.model.labels.EnumLabels;
import taizhang.ui.internal.Messages;

/**
 * Edits a detached copy of a ledger's settings: warning thresholds, review levels and public notice,
 * the report cut-off day, the sign-off checklist and the escalation figures. OK is offered only while
 * every value is valid; the caller turns the copy into one undoable command.
 */
final class LedgerSettingsDialog extends TitleAreaDialog {

	private final LedgerSettings values;
	private final boolean readOnly;
	// Package access: the tests fill the fields as a user would.
	Spinner blueDays;
	Spinner progressGap;
	Spinner publicNoticeDays;
	Spinner cutoffDay;
	Spinner yellowCount;
	Text yellowPoints;
	Text redPoints;
	Text criteria;
	final Map<ReviewLevel, Button> levels = new EnumMap<>(ReviewLevel.class);

	LedgerSettingsDialog(Shell parent, LedgerSettings values, boolean readOnly) {
		super(parent);
		this.values = values;
		this.readOnly = readOnly;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Settings_dialogTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Settings_title);
		setMessage(readOnly ? Messages.Settings_readOnly : Messages.Settings_message);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(false).applyTo(body);

		Group warnings = group(body, Messages.Settings_warnings);
		blueDays = spinner(warnings, Messages.Settings_blueDays, values.getBlueDays(), 0, 365);
		progressGap = spinner(warnings, Messages.Settings_progressGap, values.getProgressGap(), 0, 100);

		Group signOff = group(body, Messages.Settings_signOff);
		Label levelLabel = new Label(signOff, SWT.NONE);
		levelLabel.setText(Messages.Settings_reviewLevels);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(levelLabel);
		Composite levelBoxes = new Composite(signOff, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(levelBoxes);
		List<ReviewLevel> chosen = values.getReviewLevels().isEmpty()
				? List.of(ReviewLevel.COUNTY_SELF_CHECK, ReviewLevel.CITY_ACCEPTANCE)
				: values.getReviewLevels();
		// Levels are passed bottom-up, so the order is the enumeration's.
		for (ReviewLevel level : ReviewLevel.values()) {
			Button box = new Button(levelBoxes, SWT.CHECK);
			box.setText(EnumLabels.label(level, Locale.getDefault()));
			box.setSelection(chosen.contains(level));
			box.addListener(SWT.Selection, e -> validate());
			levels.put(level, box);
		}
		publicNoticeDays = spinner(signOff, Messages.Settings_publicNoticeDays, values.getPublicNoticeDays(), 0, 90);
		Label criteriaLabel = new Label(signOff, SWT.NONE);
		criteriaLabel.setText(Messages.Settings_criteria);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(criteriaLabel);
		criteria = new Text(signOff, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP);
		criteria.setText(String.join("\n", criteriaOrDefault())); //$NON-NLS-1$
		criteria.setToolTipText(Messages.Settings_criteriaHint);
		GridDataFactory.fillDefaults().grab(true, true).hint(320, 110).applyTo(criteria);
		criteria.addListener(SWT.Modify, e -> validate());

		Group reporting = group(body, Messages.Settings_reporting);
		cutoffDay = spinner(reporting, Messages.Settings_cutoffDay, values.getReportCutoffDay(), 1, 31);

		Group escalation = group(body, Messages.Settings_escalation);
		yellowCount = spinner(escalation, Messages.Settings_yellowCount, values.getYellowCountForNotice(), 1, 20);
		yellowPoints = points(escalation, Messages.Settings_yellowPoints, values.getYellowDeductionPoints());
		redPoints = points(escalation, Messages.Settings_redPoints, values.getRedDeductionPoints());

		if (readOnly) {
			setEnabled(body, false);
		}
		return area;
	}

	/** The OK button, once the dialog is open. */
	Button okButton() {
		return getButton(IDialogConstants.OK_ID);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setEnabled(!readOnly);
		validate();
	}

	private List<String> criteriaOrDefault() {
		return values.getSignOffCriteria().isEmpty() ? Settings.DEFAULT_SIGN_OFF_CRITERIA
				: values.getSignOffCriteria();
	}

	private static Group group(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(group);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		return group;
	}

	private Spinner spinner(Composite parent, String label, int value, int min, int max) {
		new Label(parent, SWT.NONE).setText(label);
		Spinner spinner = new Spinner(parent, SWT.BORDER);
		spinner.setValues(Math.max(min, Math.min(max, value)), min, max, 0, 1, 10);
		GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(spinner);
		return spinner;
	}

	private Text points(Composite parent, String label, double value) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setText(NumberFormat.getNumberInstance().format(value));
		GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.Modify, e -> validate());
		return text;
	}

	private static void setEnabled(Composite composite, boolean enabled) {
		for (Control child : composite.getChildren()) {
			if (child instanceof Composite inner && !(child instanceof Spinner)) {
				setEnabled(inner, enabled);
			}
			child.setEnabled(enabled);
		}
	}

	/** Shows the first problem and offers OK only when there is none. */
	private void validate() {
		String problem = problem();
		setErrorMessage(problem);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(!readOnly && problem == null);
		}
	}

	private String problem() {
		if (levels.values().stream().noneMatch(Button::getSelection)) {
			return Messages.Settings_noLevel;
		}
		if (criteria().isEmpty()) {
			return Messages.Settings_noCriteria;
		}
		for (Text text : List.of(yellowPoints, redPoints)) {
			Double points = parsePoints(text.getText());
			if (points == null || points < 0) {
				return NLS.bind(Messages.Settings_badPoints, text.getText());
			}
		}
		return null;
	}

	private List<String> criteria() {
		List<String> lines = new ArrayList<>();
		for (String line : criteria.getText().split("\\R")) { //$NON-NLS-1$
			if (!line.isBlank()) {
				lines.add(line.strip());
			}
		}
		return lines;
	}

	/** A decimal in the user's or the plain notation ("1.5", "1,5" where that is the locale's). */
	private static Double parsePoints(String text) {
		String trimmed = text.strip();
		ParsePosition position = new ParsePosition(0);
		Number number = NumberFormat.getNumberInstance().parse(trimmed, position);
		if (number != null && position.getIndex() == trimmed.length()) {
			return number.doubleValue();
		}
		try {
			return Double.valueOf(trimmed);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	@Override
	protected void okPressed() {
		values.setBlueDays(blueDays.getSelection());
		values.setProgressGap(progressGap.getSelection());
		values.setPublicNoticeDays(publicNoticeDays.getSelection());
		values.setReportCutoffDay(cutoffDay.getSelection());
		values.setYellowCountForNotice(yellowCount.getSelection());
		values.setYellowDeductionPoints(parsePoints(yellowPoints.getText()));
		values.setRedDeductionPoints(parsePoints(redPoints.getText()));
		values.getReviewLevels().clear();
		levels.forEach((level, box) -> {
			if (box.getSelection()) {
				values.getReviewLevels().add(level);
			}
		});
		values.getSignOffCriteria().clear();
		values.getSignOffCriteria().addAll(criteria());
		super.okPressed();
	}
}
