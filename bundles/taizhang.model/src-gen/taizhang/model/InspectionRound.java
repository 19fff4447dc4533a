/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Inspection Round</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.InspectionRound#getName <em>Name</em>}</li>
 *   <li>{@link taizhang.model.InspectionRound#getKind <em>Kind</em>}</li>
 *   <li>{@link taizhang.model.InspectionRound#getBatchNumber <em>Batch Number</em>}</li>
 *   <li>{@link taizhang.model.InspectionRound#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link taizhang.model.InspectionRound#getEndDate <em>End Date</em>}</li>
 *   <li>{@link taizhang.model.InspectionRound#getInspectionGroup <em>Inspection Group</em>}</li>
 * </ul>
 *
 * @see taizhang.model.ModelPackage#getInspectionRound()
 * @model
 * @generated
 */
public interface InspectionRound extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see taizhang.model.ModelPackage#getInspectionRound_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link taizhang.model.InspectionRound#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link taizhang.model.RoundKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see taizhang.model.RoundKind
	 * @see #setKind(RoundKind)
	 * @see taizhang.model.ModelPackage#getInspectionRound_Kind()
	 * @model
	 * @generated
	 */
	RoundKind getKind();

	/**
	 * Sets the value of the '{@link taizhang.model.InspectionRound#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see taizhang.model.RoundKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RoundKind value);

	/**
	 * Returns the value of the '<em><b>Batch Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Batch Number</em>' attribute.
	 * @see #setBatchNumber(String)
	 * @see taizhang.model.ModelPackage#getInspectionRound_BatchNumber()
	 * @model
	 * @generated
	 */
	String getBatchNumber();

	/**
	 * Sets the value of the '{@link taizhang.model.InspectionRound#getBatchNumber <em>Batch Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch Number</em>' attribute.
	 * @see #getBatchNumber()
	 * @generated
	 */
	void setBatchNumber(String value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see taizhang.model.ModelPackage#getInspectionRound_StartDate()
	 * @model dataType="taizhang.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link taizhang.model.InspectionRound#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see taizhang.model.ModelPackage#getInspectionRound_EndDate()
	 * @model dataType="taizhang.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link taizhang.model.InspectionRound#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Inspection Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inspection Group</em>' attribute.
	 * @see #setInspectionGroup(String)
	 * @see taizhang.model.ModelPackage#getInspectionRound_InspectionGroup()
	 * @model
	 * @generated
	 */
	String getInspectionGroup();

	/**
	 * Sets the value of the '{@link taizhang.model.InspectionRound#getInspectionGroup <em>Inspection Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inspection Group</em>' attribute.
	 * @see #getInspectionGroup()
	 * @generated
	 */
	void setInspectionGroup(String value);

} // InspectionRound
