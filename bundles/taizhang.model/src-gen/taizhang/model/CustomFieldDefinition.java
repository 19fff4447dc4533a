/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Custom Field Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.CustomFieldDefinition#getKey <em>Key</em>}</li>
 *   <li>{@link taizhang.model.CustomFieldDefinition#getLabel <em>Label</em>}</li>
 *   <li>{@link taizhang.model.CustomFieldDefinition#getType <em>Type</em>}</li>
 *   <li>{@link taizhang.model.CustomFieldDefinition#getChoices <em>Choices</em>}</li>
 *   <li>{@link taizhang.model.CustomFieldDefinition#isRequired <em>Required</em>}</li>
 * </ul>
 *
 * @see taizhang.model.ModelPackage#getCustomFieldDefinition()
 * @model
 * @generated
 */
public interface CustomFieldDefinition extends Identified {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see taizhang.model.ModelPackage#getCustomFieldDefinition_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link taizhang.model.CustomFieldDefinition#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see taizhang.model.ModelPackage#getCustomFieldDefinition_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link taizhang.model.CustomFieldDefinition#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link taizhang.model.CustomFieldType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see taizhang.model.CustomFieldType
	 * @see #setType(CustomFieldType)
	 * @see taizhang.model.ModelPackage#getCustomFieldDefinition_Type()
	 * @model
	 * @generated
	 */
	CustomFieldType getType();

	/**
	 * Sets the value of the '{@link taizhang.model.CustomFieldDefinition#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see taizhang.model.CustomFieldType
	 * @see #getType()
	 * @generated
	 */
	void setType(CustomFieldType value);

	/**
	 * Returns the value of the '<em><b>Choices</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Choices</em>' attribute list.
	 * @see taizhang.model.ModelPackage#getCustomFieldDefinition_Choices()
	 * @model
	 * @generated
	 */
	EList<String> getChoices();

	/**
	 * Returns the value of the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required</em>' attribute.
	 * @see #setRequired(boolean)
	 * @see taizhang.model.ModelPackage#getCustomFieldDefinition_Required()
	 * @model
	 * @generated
	 */
	boolean isRequired();

	/**
	 * Sets the value of the '{@link taizhang.model.CustomFieldDefinition#isRequired <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required</em>' attribute.
	 * @see #isRequired()
	 * @generated
	 */
	void setRequired(boolean value);

} // CustomFieldDefinition
