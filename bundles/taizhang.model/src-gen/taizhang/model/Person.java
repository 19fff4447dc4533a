/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.Person#getName <em>Name</em>}</li>
 *   <li>{@link taizhang.model.Person#getTitle <em>Title</em>}</li>
 *   <li>{@link taizhang.model.Person#getPhone <em>Phone</em>}</li>
 *   <li>{@link taizhang.model.Person#getOrganization <em>Organization</em>}</li>
 *   <li>{@link taizhang.model.Person#getPosition <em>Position</em>}</li>
 *   <li>{@link taizhang.model.Person#isLeadership <em>Leadership</em>}</li>
 * </ul>
 *
 * @see taizhang.model.ModelPackage#getPerson()
 * @model
 * @generated
 */
public interface Person extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see taizhang.model.ModelPackage#getPerson_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link taizhang.model.Person#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see taizhang.model.ModelPackage#getPerson_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link taizhang.model.Person#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phone</em>' attribute.
	 * @see #setPhone(String)
	 * @see taizhang.model.ModelPackage#getPerson_Phone()
	 * @model
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link taizhang.model.Person#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

	/**
	 * Returns the value of the '<em><b>Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organization</em>' reference.
	 * @see #setOrganization(Organization)
	 * @see taizhang.model.ModelPackage#getPerson_Organization()
	 * @model
	 * @generated
	 */
	Organization getOrganization();

	/**
	 * Sets the value of the '{@link taizhang.model.Person#getOrganization <em>Organization</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organization</em>' reference.
	 * @see #getOrganization()
	 * @generated
	 */
	void setOrganization(Organization value);

	/**
	 * Returns the value of the '<em><b>Position</b></em>' attribute.
	 * The literals are from the enumeration {@link taizhang.model.PositionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person's place in the responsibility structure of their unit (第一责任人, 分管领导, 联系领导, 联络员 …); the title says the post itself (副区长).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Position</em>' attribute.
	 * @see taizhang.model.PositionKind
	 * @see #setPosition(PositionKind)
	 * @see taizhang.model.ModelPackage#getPerson_Position()
	 * @model
	 * @generated
	 */
	PositionKind getPosition();

	/**
	 * Sets the value of the '{@link taizhang.model.Person#getPosition <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position</em>' attribute.
	 * @see taizhang.model.PositionKind
	 * @see #getPosition()
	 * @generated
	 */
	void setPosition(PositionKind value);

	/**
	 * Returns the value of the '<em><b>Leadership</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the person holds a leadership position (领导职务): first responsible person, leader in charge, contact leader or another member of the leading group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Leadership</em>' attribute.
	 * @see taizhang.model.ModelPackage#getPerson_Leadership()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	boolean isLeadership();

} // Person
