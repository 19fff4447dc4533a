/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stage Goal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.StageGoal#getDescription <em>Description</em>}</li>
 *   <li>{@link taizhang.model.StageGoal#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link taizhang.model.StageGoal#isAchieved <em>Achieved</em>}</li>
 *   <li>{@link taizhang.model.StageGoal#getAchievedDate <em>Achieved Date</em>}</li>
 * </ul>
 *
 * @see taizhang.model.ModelPackage#getStageGoal()
 * @model
 * @generated
 */
public interface StageGoal extends Identified {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see taizhang.model.ModelPackage#getStageGoal_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link taizhang.model.StageGoal#getDescription <em>Description</em>}' attribute.
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
	 * @see taizhang.model.ModelPackage#getStageGoal_DueDate()
	 * @model dataType="taizhang.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link taizhang.model.StageGoal#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Achieved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Achieved</em>' attribute.
	 * @see #setAchieved(boolean)
	 * @see taizhang.model.ModelPackage#getStageGoal_Achieved()
	 * @model
	 * @generated
	 */
	boolean isAchieved();

	/**
	 * Sets the value of the '{@link taizhang.model.StageGoal#isAchieved <em>Achieved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Achieved</em>' attribute.
	 * @see #isAchieved()
	 * @generated
	 */
	void setAchieved(boolean value);

	/**
	 * Returns the value of the '<em><b>Achieved Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Achieved Date</em>' attribute.
	 * @see #setAchievedDate(LocalDate)
	 * @see taizhang.model.ModelPackage#getStageGoal_AchievedDate()
	 * @model dataType="taizhang.model.LocalDate"
	 * @generated
	 */
	LocalDate getAchievedDate();

	/**
	 * Sets the value of the '{@link taizhang.model.StageGoal#getAchievedDate <em>Achieved Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Achieved Date</em>' attribute.
	 * @see #getAchievedDate()
	 * @generated
	 */
	void setAchievedDate(LocalDate value);

} // StageGoal
