/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reporting Period</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A closed monthly reporting period (报告期) and the snapshot of every issue frozen at its cut-off day.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.ReportingPeriod#getMonth <em>Month</em>}</li>
 *   <li>{@link taizhang.model.ReportingPeriod#getCutoff <em>Cutoff</em>}</li>
 *   <li>{@link taizhang.model.ReportingPeriod#getClosedOn <em>Closed On</em>}</li>
 *   <li>{@link taizhang.model.ReportingPeriod#getClosedBy <em>Closed By</em>}</li>
 *   <li>{@link taizhang.model.ReportingPeriod#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see taizhang.model.ModelPackage#getReportingPeriod()
 * @model
 * @generated
 */
public interface ReportingPeriod extends Identified {
	/**
	 * Returns the value of the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The month, YYYY-MM.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Month</em>' attribute.
	 * @see #setMonth(String)
	 * @see taizhang.model.ModelPackage#getReportingPeriod_Month()
	 * @model
	 * @generated
	 */
	String getMonth();

	/**
	 * Sets the value of the '{@link taizhang.model.ReportingPeriod#getMonth <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Month</em>' attribute.
	 * @see #getMonth()
	 * @generated
	 */
	void setMonth(String value);

	/**
	 * Returns the value of the '<em><b>Cutoff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cut-off day of the month; the snapshot is evaluated as of this day.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cutoff</em>' attribute.
	 * @see #setCutoff(LocalDate)
	 * @see taizhang.model.ModelPackage#getReportingPeriod_Cutoff()
	 * @model dataType="taizhang.model.LocalDate"
	 * @generated
	 */
	LocalDate getCutoff();

	/**
	 * Sets the value of the '{@link taizhang.model.ReportingPeriod#getCutoff <em>Cutoff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cutoff</em>' attribute.
	 * @see #getCutoff()
	 * @generated
	 */
	void setCutoff(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Closed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Closed On</em>' attribute.
	 * @see #setClosedOn(LocalDate)
	 * @see taizhang.model.ModelPackage#getReportingPeriod_ClosedOn()
	 * @model dataType="taizhang.model.LocalDate"
	 * @generated
	 */
	LocalDate getClosedOn();

	/**
	 * Sets the value of the '{@link taizhang.model.ReportingPeriod#getClosedOn <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed On</em>' attribute.
	 * @see #getClosedOn()
	 * @generated
	 */
	void setClosedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Closed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Closed By</em>' attribute.
	 * @see #setClosedBy(String)
	 * @see taizhang.model.ModelPackage#getReportingPeriod_ClosedBy()
	 * @model
	 * @generated
	 */
	String getClosedBy();

	/**
	 * Sets the value of the '{@link taizhang.model.ReportingPeriod#getClosedBy <em>Closed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed By</em>' attribute.
	 * @see #getClosedBy()
	 * @generated
	 */
	void setClosedBy(String value);

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link taizhang.model.PeriodEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see taizhang.model.ModelPackage#getReportingPeriod_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<PeriodEntry> getEntries();

} // ReportingPeriod
