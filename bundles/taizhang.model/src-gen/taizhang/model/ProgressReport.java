/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Progress Report</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.ProgressReport#getPeriod <em>Period</em>}</li>
 *   <li>{@link taizhang.model.ProgressReport#getUnit <em>Unit</em>}</li>
 *   <li>{@link taizhang.model.ProgressReport#getSubmittedOn <em>Submitted On</em>}</li>
 *   <li>{@link taizhang.model.ProgressReport#getText <em>Text</em>}</li>
 *   <li>{@link taizhang.model.ProgressReport#getPercentComplete <em>Percent Complete</em>}</li>
 * </ul>
 *
 * @see taizhang.model.ModelPackage#getProgressReport()
 * @model
 * @generated
 */
public interface ProgressReport extends EObject {
	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reporting month, YYYY-MM.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see #setPeriod(String)
	 * @see taizhang.model.ModelPackage#getProgressReport_Period()
	 * @model
	 * @generated
	 */
	String getPeriod();

	/**
	 * Sets the value of the '{@link taizhang.model.ProgressReport#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' reference.
	 * @see #setUnit(Organization)
	 * @see taizhang.model.ModelPackage#getProgressReport_Unit()
	 * @model
	 * @generated
	 */
	Organization getUnit();

	/**
	 * Sets the value of the '{@link taizhang.model.ProgressReport#getUnit <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(Organization value);

	/**
	 * Returns the value of the '<em><b>Submitted On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Submitted On</em>' attribute.
	 * @see #setSubmittedOn(LocalDate)
	 * @see taizhang.model.ModelPackage#getProgressReport_SubmittedOn()
	 * @model dataType="taizhang.model.LocalDate"
	 * @generated
	 */
	LocalDate getSubmittedOn();

	/**
	 * Sets the value of the '{@link taizhang.model.ProgressReport#getSubmittedOn <em>Submitted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Submitted On</em>' attribute.
	 * @see #getSubmittedOn()
	 * @generated
	 */
	void setSubmittedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see taizhang.model.ModelPackage#getProgressReport_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link taizhang.model.ProgressReport#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Percent Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Percent Complete</em>' attribute.
	 * @see #setPercentComplete(int)
	 * @see taizhang.model.ModelPackage#getProgressReport_PercentComplete()
	 * @model
	 * @generated
	 */
	int getPercentComplete();

	/**
	 * Sets the value of the '{@link taizhang.model.ProgressReport#getPercentComplete <em>Percent Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Percent Complete</em>' attribute.
	 * @see #getPercentComplete()
	 * @generated
	 */
	void setPercentComplete(int value);

} // ProgressReport
