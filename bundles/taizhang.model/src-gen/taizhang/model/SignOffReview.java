/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sign Off Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.SignOffReview#getLevel <em>Level</em>}</li>
 *   <li>{@link taizhang.model.SignOffReview#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link taizhang.model.SignOffReview#getReviewerName <em>Reviewer Name</em>}</li>
 *   <li>{@link taizhang.model.SignOffReview#getDate <em>Date</em>}</li>
 *   <li>{@link taizhang.model.SignOffReview#getDecision <em>Decision</em>}</li>
 *   <li>{@link taizhang.model.SignOffReview#getReasons <em>Reasons</em>}</li>
 *   <li>{@link taizhang.model.SignOffReview#getChecklist <em>Checklist</em>}</li>
 * </ul>
 *
 * @see taizhang.model.ModelPackage#getSignOffReview()
 * @model
 * @generated
 */
public interface SignOffReview extends Identified {
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link taizhang.model.ReviewLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see taizhang.model.ReviewLevel
	 * @see #setLevel(ReviewLevel)
	 * @see taizhang.model.ModelPackage#getSignOffReview_Level()
	 * @model
	 * @generated
	 */
	ReviewLevel getLevel();

	/**
	 * Sets the value of the '{@link taizhang.model.SignOffReview#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see taizhang.model.ReviewLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(ReviewLevel value);

	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer</em>' reference.
	 * @see #setReviewer(Person)
	 * @see taizhang.model.ModelPackage#getSignOffReview_Reviewer()
	 * @model
	 * @generated
	 */
	Person getReviewer();

	/**
	 * Sets the value of the '{@link taizhang.model.SignOffReview#getReviewer <em>Reviewer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' reference.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(Person value);

	/**
	 * Returns the value of the '<em><b>Reviewer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer Name</em>' attribute.
	 * @see #setReviewerName(String)
	 * @see taizhang.model.ModelPackage#getSignOffReview_ReviewerName()
	 * @model
	 * @generated
	 */
	String getReviewerName();

	/**
	 * Sets the value of the '{@link taizhang.model.SignOffReview#getReviewerName <em>Reviewer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer Name</em>' attribute.
	 * @see #getReviewerName()
	 * @generated
	 */
	void setReviewerName(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see taizhang.model.ModelPackage#getSignOffReview_Date()
	 * @model dataType="taizhang.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link taizhang.model.SignOffReview#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Decision</b></em>' attribute.
	 * The literals are from the enumeration {@link taizhang.model.ReviewDecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision</em>' attribute.
	 * @see taizhang.model.ReviewDecision
	 * @see #setDecision(ReviewDecision)
	 * @see taizhang.model.ModelPackage#getSignOffReview_Decision()
	 * @model
	 * @generated
	 */
	ReviewDecision getDecision();

	/**
	 * Sets the value of the '{@link taizhang.model.SignOffReview#getDecision <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' attribute.
	 * @see taizhang.model.ReviewDecision
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(ReviewDecision value);

	/**
	 * Returns the value of the '<em><b>Reasons</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reasons</em>' attribute.
	 * @see #setReasons(String)
	 * @see taizhang.model.ModelPackage#getSignOffReview_Reasons()
	 * @model
	 * @generated
	 */
	String getReasons();

	/**
	 * Sets the value of the '{@link taizhang.model.SignOffReview#getReasons <em>Reasons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reasons</em>' attribute.
	 * @see #getReasons()
	 * @generated
	 */
	void setReasons(String value);

	/**
	 * Returns the value of the '<em><b>Checklist</b></em>' containment reference list.
	 * The list contents are of type {@link taizhang.model.ReviewCheckItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checklist</em>' containment reference list.
	 * @see taizhang.model.ModelPackage#getSignOffReview_Checklist()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReviewCheckItem> getChecklist();

} // SignOffReview
