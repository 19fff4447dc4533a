/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Custom Field Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.CustomFieldValue#getField <em>Field</em>}</li>
 *   <li>{@link taizhang.model.CustomFieldValue#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see taizhang.model.ModelPackage#getCustomFieldValue()
 * @model
 * @generated
 */
public interface CustomFieldValue extends EObject {
	/**
	 * Returns the value of the '<em><b>Field</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field</em>' reference.
	 * @see #setField(CustomFieldDefinition)
	 * @see taizhang.model.ModelPackage#getCustomFieldValue_Field()
	 * @model
	 * @generated
	 */
	CustomFieldDefinition getField();

	/**
	 * Sets the value of the '{@link taizhang.model.CustomFieldValue#getField <em>Field</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field</em>' reference.
	 * @see #getField()
	 * @generated
	 */
	void setField(CustomFieldDefinition value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Canonical text: ISO date (2026-11-24), plain decimal (12.5), or the choice as listed in the definition.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see taizhang.model.ModelPackage#getCustomFieldValue_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link taizhang.model.CustomFieldValue#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

} // CustomFieldValue
