package taizhang.core.settings;

import java.util.List;
import java.util.Objects;

import taizhang.core.lifecycle.LifecyclePolicy;
import taizhang.core.time.WarningPolicy;
import taizhang.model.Ledger;
import taizhang.model.LedgerSettings;
import taizhang.model.ModelFactory;
import taizhang.model.ReviewLevel;

/**
 * The rule settings of one ledger, read once from its {@link LedgerSettings} into the policies the
 * rules take. A ledger without settings, and every setting left at its model default, gets the values
 * of DOMAIN.md; an empty list of review levels or sign-off criteria means the default list.
 *
 * @param warningPolicy         the time rules' thresholds (blueDays, progressGap)
 * @param lifecyclePolicy       the review levels and public-notice days (time zone: the default)
 * @param reportCutoffDay       monthly progress reports are due by this day of the month
 * @param signOffCriteria       the checklist of a sign-off review, in order
 * @param yellowCountForNotice  YELLOW issues of one unit that bring a supervision notice
 * @param yellowDeductionPoints points deducted with that notice
 * @param redDeductionPoints    points deducted for each RED issue (which also brings an interview)
 */
public record Settings(WarningPolicy warningPolicy, LifecyclePolicy lifecyclePolicy, int reportCutoffDay,
		List<String> signOffCriteria, int yellowCountForNotice, double yellowDeductionPoints,
		double redDeductionPoints) {

	/** One province's five sign-off criteria (DOMAIN.md), as the offices write them. */
	public static final List<String> DEFAULT_SIGN_OFF_CRITERIA = List.of(
			"每项整改措施均已完成", //$NON-NLS-1$
			"违法违规行为已依法查处", //$NON-NLS-1$
			"整改效果达到标准要求", //$NON-NLS-1$
			"已举一反三排查同类问题", //$NON-NLS-1$
			"已建立长效机制"); //$NON-NLS-1$

	/** The settings of a ledger that has none: the model's defaults. */
	public static final Settings DEFAULTS = from(ModelFactory.eINSTANCE.createLedgerSettings());

	public Settings {
		Objects.requireNonNull(warningPolicy, "warningPolicy"); //$NON-NLS-1$
		Objects.requireNonNull(lifecyclePolicy, "lifecyclePolicy"); //$NON-NLS-1$
		signOffCriteria = List.copyOf(signOffCriteria);
		if (reportCutoffDay < 1 || reportCutoffDay > 31) {
			throw new IllegalArgumentException("reportCutoffDay must be 1..31: " + reportCutoffDay); //$NON-NLS-1$
		}
		if (yellowCountForNotice < 1) {
			throw new IllegalArgumentException("yellowCountForNotice must be at least 1: " + yellowCountForNotice); //$NON-NLS-1$
		}
		if (yellowDeductionPoints < 0 || redDeductionPoints < 0) {
			throw new IllegalArgumentException("deduction points must not be negative: " //$NON-NLS-1$
					+ yellowDeductionPoints + ", " + redDeductionPoints); //$NON-NLS-1$
		}
	}

	/** The settings of {@code ledger}; {@link #DEFAULTS} when it has none. */
	public static Settings of(Ledger ledger) {
		LedgerSettings settings = ledger.getSettings();
		return settings == null ? DEFAULTS : from(settings);
	}

	/**
	 * The settings recorded in {@code settings}.
	 *
	 * @throws IllegalArgumentException naming the setting when a value is out of range (negative days,
	 *                                  a review level listed twice …)
	 */
	public static Settings from(LedgerSettings settings) {
		List<ReviewLevel> levels = settings.getReviewLevels().isEmpty()
				? LifecyclePolicy.DEFAULTS.reviewLevels()
				: settings.getReviewLevels();
		List<String> criteria = settings.getSignOffCriteria().isEmpty() ? DEFAULT_SIGN_OFF_CRITERIA
				: settings.getSignOffCriteria();
		return new Settings(new WarningPolicy(settings.getBlueDays(), settings.getProgressGap()),
				new LifecyclePolicy(levels, settings.getPublicNoticeDays(), LifecyclePolicy.DEFAULTS.zone()),
				settings.getReportCutoffDay(), criteria, settings.getYellowCountForNotice(),
				settings.getYellowDeductionPoints(), settings.getRedDeductionPoints());
	}
}
