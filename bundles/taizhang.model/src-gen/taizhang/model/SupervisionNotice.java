/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Supervision Notice</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.SupervisionNotice#getNumber <em>Number</em>}</li>
 *   <li>{@link taizhang.model.SupervisionNotice#getIssuedOn <em>Issued On</em>}</li>
 *   <li>{@link taizhang.model.SupervisionNotice#getUnit <em>Unit</em>}</li>
 *   <li>{@link taizhang.model.SupervisionNotice#getIssues <em>Issues</em>}</li>
 *   <li>{@link taizhang.model.SupervisionNotice#getNewDeadline <em>New Deadline</em>}</li>
 *   <li>{@link taizhang.model.SupervisionNotice#getContent <em>Content</em>}</li>
 * </ul>
 *
 * @see taizhang.model.ModelPackage#getSupervisionNotice()
 * @model
 * @generated
 */
public interface SupervisionNotice extends Escalation {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see taizhang.model.ModelPackage#getSupervisionNotice_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link taizhang.model.SupervisionNotice#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Issued On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issued On</em>' attribute.
	 * @see #setIssuedOn(LocalDate)
	 * @see taizhang.model.ModelPackage#getSupervisionNotice_IssuedOn()
	 * @model dataType="taizhang.model.LocalDate"
	 * @generated
	 */
	LocalDate getIssuedOn();

	/**
	 * Sets the value of the '{@link taizhang.model.SupervisionNotice#getIssuedOn <em>Issued On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issued On</em>' attribute.
	 * @see #getIssuedOn()
	 * @generated
	 */
	void setIssuedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' reference.
	 * @see #setUnit(Organization)
	 * @see taizhang.model.ModelPackage#getSupervisionNotice_Unit()
	 * @model
	 * @generated
	 */
	Organization getUnit();

	/**
	 * Sets the value of the '{@link taizhang.model.SupervisionNotice#getUnit <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(Organization value);

	/**
	 * Returns the value of the '<em><b>Issues</b></em>' reference list.
	 * The list contents are of type {@link taizhang.model.Issue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issues</em>' reference list.
	 * @see taizhang.model.ModelPackage#getSupervisionNotice_Issues()
	 * @model
	 * @generated
	 */
	EList<Issue> getIssues();

	/**
	 * Returns the value of the '<em><b>New Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Deadline</em>' attribute.
	 * @see #setNewDeadline(LocalDate)
	 * @see taizhang.model.ModelPackage#getSupervisionNotice_NewDeadline()
	 * @model dataType="taizhang.model.LocalDate"
	 * @generated
	 */
	LocalDate getNewDeadline();

	/**
	 * Sets the value of the '{@link taizhang.model.SupervisionNotice#getNewDeadline <em>New Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Deadline</em>' attribute.
	 * @see #getNewDeadline()
	 * @generated
	 */
	void setNewDeadline(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content</em>' attribute.
	 * @see #setContent(String)
	 * @see taizhang.model.ModelPackage#getSupervisionNotice_Content()
	 * @model
	 * @generated
	 */
	String getContent();

	/**
	 * Sets the value of the '{@link taizhang.model.SupervisionNotice#getContent <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content</em>' attribute.
	 * @see #getContent()
	 * @generated
	 */
	void setContent(String value);

} // SupervisionNotice
