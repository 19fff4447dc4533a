/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rectification Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.RectificationPlan#getTarget <em>Target</em>}</li>
 *   <li>{@link taizhang.model.RectificationPlan#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link taizhang.model.RectificationPlan#getDeadlineText <em>Deadline Text</em>}</li>
 *   <li>{@link taizhang.model.RectificationPlan#getType <em>Type</em>}</li>
 *   <li>{@link taizhang.model.RectificationPlan#getMeasures <em>Measures</em>}</li>
 *   <li>{@link taizhang.model.RectificationPlan#getStageGoals <em>Stage Goals</em>}</li>
 * </ul>
 *
 * @see taizhang.model.ModelPackage#getRectificationPlan()
 * @model
 * @generated
 */
public interface RectificationPlan extends EObject {
	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see taizhang.model.ModelPackage#getRectificationPlan_Target()
	 * @model
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link taizhang.model.RectificationPlan#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

	/**
	 * Returns the value of the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deadline</em>' attribute.
	 * @see #setDeadline(LocalDate)
	 * @see taizhang.model.ModelPackage#getRectificationPlan_Deadline()
	 * @model dataType="taizhang.model.LocalDate"
	 * @generated
	 */
	LocalDate getDeadline();

	/**
	 * Sets the value of the '{@link taizhang.model.RectificationPlan#getDeadline <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline</em>' attribute.
	 * @see #getDeadline()
	 * @generated
	 */
	void setDeadline(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Deadline Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The deadline as it was entered (2018年12月31日, 2020年下半年, 长期坚持 …).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deadline Text</em>' attribute.
	 * @see #setDeadlineText(String)
	 * @see taizhang.model.ModelPackage#getRectificationPlan_DeadlineText()
	 * @model
	 * @generated
	 */
	String getDeadlineText();

	/**
	 * Sets the value of the '{@link taizhang.model.RectificationPlan#getDeadlineText <em>Deadline Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline Text</em>' attribute.
	 * @see #getDeadlineText()
	 * @generated
	 */
	void setDeadlineText(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link taizhang.model.RectificationType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see taizhang.model.RectificationType
	 * @see #setType(RectificationType)
	 * @see taizhang.model.ModelPackage#getRectificationPlan_Type()
	 * @model
	 * @generated
	 */
	RectificationType getType();

	/**
	 * Sets the value of the '{@link taizhang.model.RectificationPlan#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see taizhang.model.RectificationType
	 * @see #getType()
	 * @generated
	 */
	void setType(RectificationType value);

	/**
	 * Returns the value of the '<em><b>Measures</b></em>' containment reference list.
	 * The list contents are of type {@link taizhang.model.Measure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measures</em>' containment reference list.
	 * @see taizhang.model.ModelPackage#getRectificationPlan_Measures()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measure> getMeasures();

	/**
	 * Returns the value of the '<em><b>Stage Goals</b></em>' containment reference list.
	 * The list contents are of type {@link taizhang.model.StageGoal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage Goals</em>' containment reference list.
	 * @see taizhang.model.ModelPackage#getRectificationPlan_StageGoals()
	 * @model containment="true"
	 * @generated
	 */
	EList<StageGoal> getStageGoals();

} // RectificationPlan
