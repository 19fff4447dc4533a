/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Review Check Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.ReviewCheckItem#getCriterion <em>Criterion</em>}</li>
 *   <li>{@link taizhang.model.ReviewCheckItem#isPassed <em>Passed</em>}</li>
 *   <li>{@link taizhang.model.ReviewCheckItem#getRemark <em>Remark</em>}</li>
 * </ul>
 *
 * @see taizhang.model.ModelPackage#getReviewCheckItem()
 * @model
 * @generated
 */
public interface ReviewCheckItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criterion</em>' attribute.
	 * @see #setCriterion(String)
	 * @see taizhang.model.ModelPackage#getReviewCheckItem_Criterion()
	 * @model
	 * @generated
	 */
	String getCriterion();

	/**
	 * Sets the value of the '{@link taizhang.model.ReviewCheckItem#getCriterion <em>Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criterion</em>' attribute.
	 * @see #getCriterion()
	 * @generated
	 */
	void setCriterion(String value);

	/**
	 * Returns the value of the '<em><b>Passed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Passed</em>' attribute.
	 * @see #setPassed(boolean)
	 * @see taizhang.model.ModelPackage#getReviewCheckItem_Passed()
	 * @model
	 * @generated
	 */
	boolean isPassed();

	/**
	 * Sets the value of the '{@link taizhang.model.ReviewCheckItem#isPassed <em>Passed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Passed</em>' attribute.
	 * @see #isPassed()
	 * @generated
	 */
	void setPassed(boolean value);

	/**
	 * Returns the value of the '<em><b>Remark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remark</em>' attribute.
	 * @see #setRemark(String)
	 * @see taizhang.model.ModelPackage#getReviewCheckItem_Remark()
	 * @model
	 * @generated
	 */
	String getRemark();

	/**
	 * Sets the value of the '{@link taizhang.model.ReviewCheckItem#getRemark <em>Remark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remark</em>' attribute.
	 * @see #getRemark()
	 * @generated
	 */
	void setRemark(String value);

} // ReviewCheckItem
