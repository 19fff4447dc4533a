/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.Measure#getDescription <em>Description</em>}</li>
 *   <li>{@link taizhang.model.Measure#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link taizhang.model.Measure#isDone <em>Done</em>}</li>
 *   <li>{@link taizhang.model.Measure#getDoneDate <em>Done Date</em>}</li>
 *   <li>{@link taizhang.model.Measure#getUnit <em>Unit</em>}</li>
 * </ul>
 *
 * @see taizhang.model.ModelPackage#getMeasure()
 * @model
 * @generated
 */
public interface Measure extends Identified {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see taizhang.model.ModelPackage#getMeasure_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link taizhang.model.Measure#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see taizhang.model.ModelPackage#getMeasure_DueDate()
	 * @model dataType="taizhang.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link taizhang.model.Measure#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Done</em>' attribute.
	 * @see #setDone(boolean)
	 * @see taizhang.model.ModelPackage#getMeasure_Done()
	 * @model
	 * @generated
	 */
	boolean isDone();

	/**
	 * Sets the value of the '{@link taizhang.model.Measure#isDone <em>Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Done</em>' attribute.
	 * @see #isDone()
	 * @generated
	 */
	void setDone(boolean value);

	/**
	 * Returns the value of the '<em><b>Done Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Done Date</em>' attribute.
	 * @see #setDoneDate(LocalDate)
	 * @see taizhang.model.ModelPackage#getMeasure_DoneDate()
	 * @model dataType="taizhang.model.LocalDate"
	 * @generated
	 */
	LocalDate getDoneDate();

	/**
	 * Sets the value of the '{@link taizhang.model.Measure#getDoneDate <em>Done Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Done Date</em>' attribute.
	 * @see #getDoneDate()
	 * @generated
	 */
	void setDoneDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit that carries out the measure (a cooperating unit's share of the plan); empty means the lead unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' reference.
	 * @see #setUnit(Organization)
	 * @see taizhang.model.ModelPackage#getMeasure_Unit()
	 * @model
	 * @generated
	 */
	Organization getUnit();

	/**
	 * Sets the value of the '{@link taizhang.model.Measure#getUnit <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(Organization value);

} // Measure
