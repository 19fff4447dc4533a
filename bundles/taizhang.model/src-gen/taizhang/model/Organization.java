/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organization</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.Organization#getName <em>Name</em>}</li>
 *   <li>{@link taizhang.model.Organization#getShortName <em>Short Name</em>}</li>
 *   <li>{@link taizhang.model.Organization#getCode <em>Code</em>}</li>
 *   <li>{@link taizhang.model.Organization#getKind <em>Kind</em>}</li>
 *   <li>{@link taizhang.model.Organization#getParent <em>Parent</em>}</li>
 *   <li>{@link taizhang.model.Organization#getChildren <em>Children</em>}</li>
 *   <li>{@link taizhang.model.Organization#isRetired <em>Retired</em>}</li>
 *   <li>{@link taizhang.model.Organization#getRetiredOn <em>Retired On</em>}</li>
 *   <li>{@link taizhang.model.Organization#getSuccessor <em>Successor</em>}</li>
 * </ul>
 *
 * @see taizhang.model.ModelPackage#getOrganization()
 * @model
 * @generated
 */
public interface Organization extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see taizhang.model.ModelPackage#getOrganization_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link taizhang.model.Organization#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Short Name</em>' attribute.
	 * @see #setShortName(String)
	 * @see taizhang.model.ModelPackage#getOrganization_ShortName()
	 * @model
	 * @generated
	 */
	String getShortName();

	/**
	 * Sets the value of the '{@link taizhang.model.Organization#getShortName <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Short Name</em>' attribute.
	 * @see #getShortName()
	 * @generated
	 */
	void setShortName(String value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see taizhang.model.ModelPackage#getOrganization_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link taizhang.model.Organization#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link taizhang.model.OrganizationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see taizhang.model.OrganizationKind
	 * @see #setKind(OrganizationKind)
	 * @see taizhang.model.ModelPackage#getOrganization_Kind()
	 * @model
	 * @generated
	 */
	OrganizationKind getKind();

	/**
	 * Sets the value of the '{@link taizhang.model.Organization#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see taizhang.model.OrganizationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OrganizationKind value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link taizhang.model.Organization#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Organization)
	 * @see taizhang.model.ModelPackage#getOrganization_Parent()
	 * @see taizhang.model.Organization#getChildren
	 * @model opposite="children" resolveProxies="false"
	 * @generated
	 */
	Organization getParent();

	/**
	 * Sets the value of the '{@link taizhang.model.Organization#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Organization value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' reference list.
	 * The list contents are of type {@link taizhang.model.Organization}.
	 * It is bidirectional and its opposite is '{@link taizhang.model.Organization#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maintained by EMF as the opposite of parent; not persisted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Children</em>' reference list.
	 * @see taizhang.model.ModelPackage#getOrganization_Children()
	 * @see taizhang.model.Organization#getParent
	 * @model opposite="parent" resolveProxies="false" transient="true"
	 * @generated
	 */
	EList<Organization> getChildren();

	/**
	 * Returns the value of the '<em><b>Retired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit no longer exists (merged into another, split up or dissolved: 撤销); it stays in the ledger for the record, and nothing refers to it any more.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retired</em>' attribute.
	 * @see #setRetired(boolean)
	 * @see taizhang.model.ModelPackage#getOrganization_Retired()
	 * @model
	 * @generated
	 */
	boolean isRetired();

	/**
	 * Sets the value of the '{@link taizhang.model.Organization#isRetired <em>Retired</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retired</em>' attribute.
	 * @see #isRetired()
	 * @generated
	 */
	void setRetired(boolean value);

	/**
	 * Returns the value of the '<em><b>Retired On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retired On</em>' attribute.
	 * @see #setRetiredOn(LocalDate)
	 * @see taizhang.model.ModelPackage#getOrganization_RetiredOn()
	 * @model dataType="taizhang.model.LocalDate"
	 * @generated
	 */
	LocalDate getRetiredOn();

	/**
	 * Sets the value of the '{@link taizhang.model.Organization#getRetiredOn <em>Retired On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retired On</em>' attribute.
	 * @see #getRetiredOn()
	 * @generated
	 */
	void setRetiredOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Successor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a retired unit: the unit it was merged into, or that took over its duties.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Successor</em>' reference.
	 * @see #setSuccessor(Organization)
	 * @see taizhang.model.ModelPackage#getOrganization_Successor()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Organization getSuccessor();

	/**
	 * Sets the value of the '{@link taizhang.model.Organization#getSuccessor <em>Successor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Successor</em>' reference.
	 * @see #getSuccessor()
	 * @generated
	 */
	void setSuccessor(Organization value);

} // Organization
