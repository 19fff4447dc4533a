/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import taizhang.model.LedgerSettings;
import taizhang.model.ModelPackage;
import taizhang.model.ReviewLevel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ledger Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.impl.LedgerSettingsImpl#getBlueDays <em>Blue Days</em>}</li>
 *   <li>{@link taizhang.model.impl.LedgerSettingsImpl#getProgressGap <em>Progress Gap</em>}</li>
 *   <li>{@link taizhang.model.impl.LedgerSettingsImpl#getPublicNoticeDays <em>Public Notice Days</em>}</li>
 *   <li>{@link taizhang.model.impl.LedgerSettingsImpl#getReportCutoffDay <em>Report Cutoff Day</em>}</li>
 *   <li>{@link taizhang.model.impl.LedgerSettingsImpl#getReviewLevels <em>Review Levels</em>}</li>
 *   <li>{@link taizhang.model.impl.LedgerSettingsImpl#getSignOffCriteria <em>Sign Off Criteria</em>}</li>
 *   <li>{@link taizhang.model.impl.LedgerSettingsImpl#getYellowCountForNotice <em>Yellow Count For Notice</em>}</li>
 *   <li>{@link taizhang.model.impl.LedgerSettingsImpl#getYellowDeductionPoints <em>Yellow Deduction Points</em>}</li>
 *   <li>{@link taizhang.model.impl.LedgerSettingsImpl#getRedDeductionPoints <em>Red Deduction Points</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LedgerSettingsImpl extends IdentifiedImpl implements LedgerSettings {
	/**
	 * The default value of the '{@link #getBlueDays() <em>Blue Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlueDays()
	 * @generated
	 * @ordered
	 */
	protected static final int BLUE_DAYS_EDEFAULT = 15;

	/**
	 * The cached value of the '{@link #getBlueDays() <em>Blue Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlueDays()
	 * @generated
	 * @ordered
	 */
	protected int blueDays = BLUE_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getProgressGap() <em>Progress Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgressGap()
	 * @generated
	 * @ordered
	 */
	protected static final int PROGRESS_GAP_EDEFAULT = 30;

	/**
	 * The cached value of the '{@link #getProgressGap() <em>Progress Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgressGap()
	 * @generated
	 * @ordered
	 */
	protected int progressGap = PROGRESS_GAP_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublicNoticeDays() <em>Public Notice Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicNoticeDays()
	 * @generated
	 * @ordered
	 */
	protected static final int PUBLIC_NOTICE_DAYS_EDEFAULT = 7;

	/**
	 * The cached value of the '{@link #getPublicNoticeDays() <em>Public Notice Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicNoticeDays()
	 * @generated
	 * @ordered
	 */
	protected int publicNoticeDays = PUBLIC_NOTICE_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getReportCutoffDay() <em>Report Cutoff Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportCutoffDay()
	 * @generated
	 * @ordered
	 */
	protected static final int REPORT_CUTOFF_DAY_EDEFAULT = 25;

	/**
	 * The cached value of the '{@link #getReportCutoffDay() <em>Report Cutoff Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportCutoffDay()
	 * @generated
	 * @ordered
	 */
	protected int reportCutoffDay = REPORT_CUTOFF_DAY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReviewLevels() <em>Review Levels</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewLevels()
	 * @generated
	 * @ordered
	 */
	protected EList<ReviewLevel> reviewLevels;

	/**
	 * The cached value of the '{@link #getSignOffCriteria() <em>Sign Off Criteria</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignOffCriteria()
	 * @generated
	 * @ordered
	 */
	protected EList<String> signOffCriteria;

	/**
	 * The default value of the '{@link #getYellowCountForNotice() <em>Yellow Count For Notice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYellowCountForNotice()
	 * @generated
	 * @ordered
	 */
	protected static final int YELLOW_COUNT_FOR_NOTICE_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getYellowCountForNotice() <em>Yellow Count For Notice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYellowCountForNotice()
	 * @generated
	 * @ordered
	 */
	protected int yellowCountForNotice = YELLOW_COUNT_FOR_NOTICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getYellowDeductionPoints() <em>Yellow Deduction Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYellowDeductionPoints()
	 * @generated
	 * @ordered
	 */
	protected static final double YELLOW_DEDUCTION_POINTS_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getYellowDeductionPoints() <em>Yellow Deduction Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYellowDeductionPoints()
	 * @generated
	 * @ordered
	 */
	protected double yellowDeductionPoints = YELLOW_DEDUCTION_POINTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRedDeductionPoints() <em>Red Deduction Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRedDeductionPoints()
	 * @generated
	 * @ordered
	 */
	protected static final double RED_DEDUCTION_POINTS_EDEFAULT = 2.0;

	/**
	 * The cached value of the '{@link #getRedDeductionPoints() <em>Red Deduction Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRedDeductionPoints()
	 * @generated
	 * @ordered
	 */
	protected double redDeductionPoints = RED_DEDUCTION_POINTS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LedgerSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.LEDGER_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBlueDays() {
		return blueDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlueDays(int newBlueDays) {
		int oldBlueDays = blueDays;
		blueDays = newBlueDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LEDGER_SETTINGS__BLUE_DAYS, oldBlueDays, blueDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getProgressGap() {
		return progressGap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProgressGap(int newProgressGap) {
		int oldProgressGap = progressGap;
		progressGap = newProgressGap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LEDGER_SETTINGS__PROGRESS_GAP, oldProgressGap, progressGap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPublicNoticeDays() {
		return publicNoticeDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublicNoticeDays(int newPublicNoticeDays) {
		int oldPublicNoticeDays = publicNoticeDays;
		publicNoticeDays = newPublicNoticeDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LEDGER_SETTINGS__PUBLIC_NOTICE_DAYS, oldPublicNoticeDays, publicNoticeDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReportCutoffDay() {
		return reportCutoffDay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportCutoffDay(int newReportCutoffDay) {
		int oldReportCutoffDay = reportCutoffDay;
		reportCutoffDay = newReportCutoffDay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LEDGER_SETTINGS__REPORT_CUTOFF_DAY, oldReportCutoffDay, reportCutoffDay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReviewLevel> getReviewLevels() {
		if (reviewLevels == null) {
			reviewLevels = new EDataTypeEList<ReviewLevel>(ReviewLevel.class, this, ModelPackage.LEDGER_SETTINGS__REVIEW_LEVELS);
		}
		return reviewLevels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSignOffCriteria() {
		if (signOffCriteria == null) {
			signOffCriteria = new EDataTypeEList<String>(String.class, this, ModelPackage.LEDGER_SETTINGS__SIGN_OFF_CRITERIA);
		}
		return signOffCriteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYellowCountForNotice() {
		return yellowCountForNotice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYellowCountForNotice(int newYellowCountForNotice) {
		int oldYellowCountForNotice = yellowCountForNotice;
		yellowCountForNotice = newYellowCountForNotice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LEDGER_SETTINGS__YELLOW_COUNT_FOR_NOTICE, oldYellowCountForNotice, yellowCountForNotice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getYellowDeductionPoints() {
		return yellowDeductionPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYellowDeductionPoints(double newYellowDeductionPoints) {
		double oldYellowDeductionPoints = yellowDeductionPoints;
		yellowDeductionPoints = newYellowDeductionPoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LEDGER_SETTINGS__YELLOW_DEDUCTION_POINTS, oldYellowDeductionPoints, yellowDeductionPoints));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRedDeductionPoints() {
		return redDeductionPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRedDeductionPoints(double newRedDeductionPoints) {
		double oldRedDeductionPoints = redDeductionPoints;
		redDeductionPoints = newRedDeductionPoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LEDGER_SETTINGS__RED_DEDUCTION_POINTS, oldRedDeductionPoints, redDeductionPoints));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.LEDGER_SETTINGS__BLUE_DAYS:
				return getBlueDays();
			case ModelPackage.LEDGER_SETTINGS__PROGRESS_GAP:
				return getProgressGap();
			case ModelPackage.LEDGER_SETTINGS__PUBLIC_NOTICE_DAYS:
				return getPublicNoticeDays();
			case ModelPackage.LEDGER_SETTINGS__REPORT_CUTOFF_DAY:
				return getReportCutoffDay();
			case ModelPackage.LEDGER_SETTINGS__REVIEW_LEVELS:
				return getReviewLevels();
			case ModelPackage.LEDGER_SETTINGS__SIGN_OFF_CRITERIA:
				return getSignOffCriteria();
			case ModelPackage.LEDGER_SETTINGS__YELLOW_COUNT_FOR_NOTICE:
				return getYellowCountForNotice();
			case ModelPackage.LEDGER_SETTINGS__YELLOW_DEDUCTION_POINTS:
				return getYellowDeductionPoints();
			case ModelPackage.LEDGER_SETTINGS__RED_DEDUCTION_POINTS:
				return getRedDeductionPoints();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.LEDGER_SETTINGS__BLUE_DAYS:
				setBlueDays((Integer)newValue);
				return;
			case ModelPackage.LEDGER_SETTINGS__PROGRESS_GAP:
				setProgressGap((Integer)newValue);
				return;
			case ModelPackage.LEDGER_SETTINGS__PUBLIC_NOTICE_DAYS:
				setPublicNoticeDays((Integer)newValue);
				return;
			case ModelPackage.LEDGER_SETTINGS__REPORT_CUTOFF_DAY:
				setReportCutoffDay((Integer)newValue);
				return;
			case ModelPackage.LEDGER_SETTINGS__REVIEW_LEVELS:
				getReviewLevels().clear();
				getReviewLevels().addAll((Collection<? extends ReviewLevel>)newValue);
				return;
			case ModelPackage.LEDGER_SETTINGS__SIGN_OFF_CRITERIA:
				getSignOffCriteria().clear();
				getSignOffCriteria().addAll((Collection<? extends String>)newValue);
				return;
			case ModelPackage.LEDGER_SETTINGS__YELLOW_COUNT_FOR_NOTICE:
				setYellowCountForNotice((Integer)newValue);
				return;
			case ModelPackage.LEDGER_SETTINGS__YELLOW_DEDUCTION_POINTS:
				setYellowDeductionPoints((Double)newValue);
				return;
			case ModelPackage.LEDGER_SETTINGS__RED_DEDUCTION_POINTS:
				setRedDeductionPoints((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.LEDGER_SETTINGS__BLUE_DAYS:
				setBlueDays(BLUE_DAYS_EDEFAULT);
				return;
			case ModelPackage.LEDGER_SETTINGS__PROGRESS_GAP:
				setProgressGap(PROGRESS_GAP_EDEFAULT);
				return;
			case ModelPackage.LEDGER_SETTINGS__PUBLIC_NOTICE_DAYS:
				setPublicNoticeDays(PUBLIC_NOTICE_DAYS_EDEFAULT);
				return;
			case ModelPackage.LEDGER_SETTINGS__REPORT_CUTOFF_DAY:
				setReportCutoffDay(REPORT_CUTOFF_DAY_EDEFAULT);
				return;
			case ModelPackage.LEDGER_SETTINGS__REVIEW_LEVELS:
				getReviewLevels().clear();
				return;
			case ModelPackage.LEDGER_SETTINGS__SIGN_OFF_CRITERIA:
				getSignOffCriteria().clear();
				return;
			case ModelPackage.LEDGER_SETTINGS__YELLOW_COUNT_FOR_NOTICE:
				setYellowCountForNotice(YELLOW_COUNT_FOR_NOTICE_EDEFAULT);
				return;
			case ModelPackage.LEDGER_SETTINGS__YELLOW_DEDUCTION_POINTS:
				setYellowDeductionPoints(YELLOW_DEDUCTION_POINTS_EDEFAULT);
				return;
			case ModelPackage.LEDGER_SETTINGS__RED_DEDUCTION_POINTS:
				setRedDeductionPoints(RED_DEDUCTION_POINTS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.LEDGER_SETTINGS__BLUE_DAYS:
				return blueDays != BLUE_DAYS_EDEFAULT;
			case ModelPackage.LEDGER_SETTINGS__PROGRESS_GAP:
				return progressGap != PROGRESS_GAP_EDEFAULT;
			case ModelPackage.LEDGER_SETTINGS__PUBLIC_NOTICE_DAYS:
				return publicNoticeDays != PUBLIC_NOTICE_DAYS_EDEFAULT;
			case ModelPackage.LEDGER_SETTINGS__REPORT_CUTOFF_DAY:
				return reportCutoffDay != REPORT_CUTOFF_DAY_EDEFAULT;
			case ModelPackage.LEDGER_SETTINGS__REVIEW_LEVELS:
				return reviewLevels != null && !reviewLevels.isEmpty();
			case ModelPackage.LEDGER_SETTINGS__SIGN_OFF_CRITERIA:
				return signOffCriteria != null && !signOffCriteria.isEmpty();
			case ModelPackage.LEDGER_SETTINGS__YELLOW_COUNT_FOR_NOTICE:
				return yellowCountForNotice != YELLOW_COUNT_FOR_NOTICE_EDEFAULT;
			case ModelPackage.LEDGER_SETTINGS__YELLOW_DEDUCTION_POINTS:
				return yellowDeductionPoints != YELLOW_DEDUCTION_POINTS_EDEFAULT;
			case ModelPackage.LEDGER_SETTINGS__RED_DEDUCTION_POINTS:
				return redDeductionPoints != RED_DEDUCTION_POINTS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (blueDays: ");
		result.append(blueDays);
		result.append(", progressGap: ");
		result.append(progressGap);
		result.append(", publicNoticeDays: ");
		result.append(publicNoticeDays);
		result.append(", reportCutoffDay: ");
		result.append(reportCutoffDay);
		result.append(", reviewLevels: ");
		result.append(reviewLevels);
		result.append(", signOffCriteria: ");
		result.append(signOffCriteria);
		result.append(", yellowCountForNotice: ");
		result.append(yellowCountForNotice);
		result.append(", yellowDeductionPoints: ");
		result.append(yellowDeductionPoints);
		result.append(", redDeductionPoints: ");
		result.append(redDeductionPoints);
		result.append(')');
		return result.toString();
	}

} //LedgerSettingsImpl
