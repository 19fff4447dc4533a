/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Warning</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.Warning#getLevel <em>Level</em>}</li>
 *   <li>{@link taizhang.model.Warning#getRaisedOn <em>Raised On</em>}</li>
 *   <li>{@link taizhang.model.Warning#getReason <em>Reason</em>}</li>
 *   <li>{@link taizhang.model.Warning#isResolved <em>Resolved</em>}</li>
 * </ul>
 *
 * @see taizhang.model.ModelPackage#getWarning()
 * @model
 * @generated
 */
public interface Warning extends EObject {
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link taizhang.model.WarningLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see taizhang.model.WarningLevel
	 * @see #setLevel(WarningLevel)
	 * @see taizhang.model.ModelPackage#getWarning_Level()
	 * @model
	 * @generated
	 */
	WarningLevel getLevel();

	/**
	 * Sets the value of the '{@link taizhang.model.Warning#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see taizhang.model.WarningLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(WarningLevel value);

	/**
	 * Returns the value of the '<em><b>Raised On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Raised On</em>' attribute.
	 * @see #setRaisedOn(LocalDate)
	 * @see taizhang.model.ModelPackage#getWarning_RaisedOn()
	 * @model dataType="taizhang.model.LocalDate"
	 * @generated
	 */
	LocalDate getRaisedOn();

	/**
	 * Sets the value of the '{@link taizhang.model.Warning#getRaisedOn <em>Raised On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raised On</em>' attribute.
	 * @see #getRaisedOn()
	 * @generated
	 */
	void setRaisedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see taizhang.model.ModelPackage#getWarning_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link taizhang.model.Warning#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Resolved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resolved</em>' attribute.
	 * @see #setResolved(boolean)
	 * @see taizhang.model.ModelPackage#getWarning_Resolved()
	 * @model
	 * @generated
	 */
	boolean isResolved();

	/**
	 * Sets the value of the '{@link taizhang.model.Warning#isResolved <em>Resolved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolved</em>' attribute.
	 * @see #isResolved()
	 * @generated
	 */
	void setResolved(boolean value);

} // Warning
