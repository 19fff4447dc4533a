/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Status Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.StatusChange#getAt <em>At</em>}</li>
 *   <li>{@link taizhang.model.StatusChange#getActor <em>Actor</em>}</li>
 *   <li>{@link taizhang.model.StatusChange#getFrom <em>From</em>}</li>
 *   <li>{@link taizhang.model.StatusChange#getTo <em>To</em>}</li>
 *   <li>{@link taizhang.model.StatusChange#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see taizhang.model.ModelPackage#getStatusChange()
 * @model
 * @generated
 */
public interface StatusChange extends EObject {
	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see taizhang.model.ModelPackage#getStatusChange_At()
	 * @model dataType="taizhang.model.Instant"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link taizhang.model.StatusChange#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Actor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actor</em>' attribute.
	 * @see #setActor(String)
	 * @see taizhang.model.ModelPackage#getStatusChange_Actor()
	 * @model
	 * @generated
	 */
	String getActor();

	/**
	 * Sets the value of the '{@link taizhang.model.StatusChange#getActor <em>Actor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actor</em>' attribute.
	 * @see #getActor()
	 * @generated
	 */
	void setActor(String value);

	/**
	 * Returns the value of the '<em><b>From</b></em>' attribute.
	 * The literals are from the enumeration {@link taizhang.model.IssueStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' attribute.
	 * @see taizhang.model.IssueStatus
	 * @see #setFrom(IssueStatus)
	 * @see taizhang.model.ModelPackage#getStatusChange_From()
	 * @model
	 * @generated
	 */
	IssueStatus getFrom();

	/**
	 * Sets the value of the '{@link taizhang.model.StatusChange#getFrom <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' attribute.
	 * @see taizhang.model.IssueStatus
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(IssueStatus value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' attribute.
	 * The literals are from the enumeration {@link taizhang.model.IssueStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' attribute.
	 * @see taizhang.model.IssueStatus
	 * @see #setTo(IssueStatus)
	 * @see taizhang.model.ModelPackage#getStatusChange_To()
	 * @model
	 * @generated
	 */
	IssueStatus getTo();

	/**
	 * Sets the value of the '{@link taizhang.model.StatusChange#getTo <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' attribute.
	 * @see taizhang.model.IssueStatus
	 * @see #getTo()
	 * @generated
	 */
	void setTo(IssueStatus value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see taizhang.model.ModelPackage#getStatusChange_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link taizhang.model.StatusChange#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // StatusChange
