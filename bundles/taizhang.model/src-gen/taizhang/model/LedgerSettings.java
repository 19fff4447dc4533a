/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ledger Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The thresholds and practice of one office; the defaults are one real city's values (DOMAIN.md). Identified, as every object the ledger holds directly, so that the store can key it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.LedgerSettings#getBlueDays <em>Blue Days</em>}</li>
 *   <li>{@link taizhang.model.LedgerSettings#getProgressGap <em>Progress Gap</em>}</li>
 *   <li>{@link taizhang.model.LedgerSettings#getPublicNoticeDays <em>Public Notice Days</em>}</li>
 *   <li>{@link taizhang.model.LedgerSettings#getReportCutoffDay <em>Report Cutoff Day</em>}</li>
 *   <li>{@link taizhang.model.LedgerSettings#getReviewLevels <em>Review Levels</em>}</li>
 *   <li>{@link taizhang.model.LedgerSettings#getSignOffCriteria <em>Sign Off Criteria</em>}</li>
 *   <li>{@link taizhang.model.LedgerSettings#getYellowCountForNotice <em>Yellow Count For Notice</em>}</li>
 *   <li>{@link taizhang.model.LedgerSettings#getYellowDeductionPoints <em>Yellow Deduction Points</em>}</li>
 *   <li>{@link taizhang.model.LedgerSettings#getRedDeductionPoints <em>Red Deduction Points</em>}</li>
 * </ul>
 *
 * @see taizhang.model.ModelPackage#getLedgerSettings()
 * @model
 * @generated
 */
public interface LedgerSettings extends Identified {
	/**
	 * Returns the value of the '<em><b>Blue Days</b></em>' attribute.
	 * The default value is <code>"15"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BLUE warning when the deadline is at most this many days ahead.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Blue Days</em>' attribute.
	 * @see #setBlueDays(int)
	 * @see taizhang.model.ModelPackage#getLedgerSettings_BlueDays()
	 * @model default="15"
	 * @generated
	 */
	int getBlueDays();

	/**
	 * Sets the value of the '{@link taizhang.model.LedgerSettings#getBlueDays <em>Blue Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Blue Days</em>' attribute.
	 * @see #getBlueDays()
	 * @generated
	 */
	void setBlueDays(int value);

	/**
	 * Returns the value of the '<em><b>Progress Gap</b></em>' attribute.
	 * The default value is <code>"30"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An issue lags when elapsed percent of its plan period exceeds its reported percent by more than this many points.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Progress Gap</em>' attribute.
	 * @see #setProgressGap(int)
	 * @see taizhang.model.ModelPackage#getLedgerSettings_ProgressGap()
	 * @model default="30"
	 * @generated
	 */
	int getProgressGap();

	/**
	 * Sets the value of the '{@link taizhang.model.LedgerSettings#getProgressGap <em>Progress Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Progress Gap</em>' attribute.
	 * @see #getProgressGap()
	 * @generated
	 */
	void setProgressGap(int value);

	/**
	 * Returns the value of the '<em><b>Public Notice Days</b></em>' attribute.
	 * The default value is <code>"7"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days of public notice (公示) after the last acceptance before sign-off.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Public Notice Days</em>' attribute.
	 * @see #setPublicNoticeDays(int)
	 * @see taizhang.model.ModelPackage#getLedgerSettings_PublicNoticeDays()
	 * @model default="7"
	 * @generated
	 */
	int getPublicNoticeDays();

	/**
	 * Sets the value of the '{@link taizhang.model.LedgerSettings#getPublicNoticeDays <em>Public Notice Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Public Notice Days</em>' attribute.
	 * @see #getPublicNoticeDays()
	 * @generated
	 */
	void setPublicNoticeDays(int value);

	/**
	 * Returns the value of the '<em><b>Report Cutoff Day</b></em>' attribute.
	 * The default value is <code>"25"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Monthly progress reports are due by this day of the month.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Report Cutoff Day</em>' attribute.
	 * @see #setReportCutoffDay(int)
	 * @see taizhang.model.ModelPackage#getLedgerSettings_ReportCutoffDay()
	 * @model default="25"
	 * @generated
	 */
	int getReportCutoffDay();

	/**
	 * Sets the value of the '{@link taizhang.model.LedgerSettings#getReportCutoffDay <em>Report Cutoff Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Report Cutoff Day</em>' attribute.
	 * @see #getReportCutoffDay()
	 * @generated
	 */
	void setReportCutoffDay(int value);

	/**
	 * Returns the value of the '<em><b>Review Levels</b></em>' attribute list.
	 * The list contents are of type {@link taizhang.model.ReviewLevel}.
	 * The literals are from the enumeration {@link taizhang.model.ReviewLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sign-off review levels an issue must pass, in order; empty means county self-check then city acceptance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Review Levels</em>' attribute list.
	 * @see taizhang.model.ReviewLevel
	 * @see taizhang.model.ModelPackage#getLedgerSettings_ReviewLevels()
	 * @model unique="false"
	 * @generated
	 */
	EList<ReviewLevel> getReviewLevels();

	/**
	 * Returns the value of the '<em><b>Sign Off Criteria</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The checklist of a sign-off review; empty means the five criteria of DOMAIN.md: 每项整改措施均已完成；违法违规行为已依法查处；整改效果达到标准要求；已举一反三排查同类问题；已建立长效机制.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sign Off Criteria</em>' attribute list.
	 * @see taizhang.model.ModelPackage#getLedgerSettings_SignOffCriteria()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getSignOffCriteria();

	/**
	 * Returns the value of the '<em><b>Yellow Count For Notice</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A unit with this many YELLOW issues gets a supervision notice and a deduction.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Yellow Count For Notice</em>' attribute.
	 * @see #setYellowCountForNotice(int)
	 * @see taizhang.model.ModelPackage#getLedgerSettings_YellowCountForNotice()
	 * @model default="2"
	 * @generated
	 */
	int getYellowCountForNotice();

	/**
	 * Sets the value of the '{@link taizhang.model.LedgerSettings#getYellowCountForNotice <em>Yellow Count For Notice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Yellow Count For Notice</em>' attribute.
	 * @see #getYellowCountForNotice()
	 * @generated
	 */
	void setYellowCountForNotice(int value);

	/**
	 * Returns the value of the '<em><b>Yellow Deduction Points</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Points deducted with the supervision notice for YELLOW issues.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Yellow Deduction Points</em>' attribute.
	 * @see #setYellowDeductionPoints(double)
	 * @see taizhang.model.ModelPackage#getLedgerSettings_YellowDeductionPoints()
	 * @model default="1"
	 * @generated
	 */
	double getYellowDeductionPoints();

	/**
	 * Sets the value of the '{@link taizhang.model.LedgerSettings#getYellowDeductionPoints <em>Yellow Deduction Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Yellow Deduction Points</em>' attribute.
	 * @see #getYellowDeductionPoints()
	 * @generated
	 */
	void setYellowDeductionPoints(double value);

	/**
	 * Returns the value of the '<em><b>Red Deduction Points</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Points deducted for each RED (overdue) issue, which also brings an interview.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Red Deduction Points</em>' attribute.
	 * @see #setRedDeductionPoints(double)
	 * @see taizhang.model.ModelPackage#getLedgerSettings_RedDeductionPoints()
	 * @model default="2"
	 * @generated
	 */
	double getRedDeductionPoints();

	/**
	 * Sets the value of the '{@link taizhang.model.LedgerSettings#getRedDeductionPoints <em>Red Deduction Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Red Deduction Points</em>' attribute.
	 * @see #getRedDeductionPoints()
	 * @generated
	 */
	void setRedDeductionPoints(double value);

} // LedgerSettings
