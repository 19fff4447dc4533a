/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Issue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.Issue#getSequenceNumber <em>Sequence Number</em>}</li>
 *   <li>{@link taizhang.model.Issue#getKind <em>Kind</em>}</li>
 *   <li>{@link taizhang.model.Issue#getCaseNumber <em>Case Number</em>}</li>
 *   <li>{@link taizhang.model.Issue#getRound <em>Round</em>}</li>
 *   <li>{@link taizhang.model.Issue#getRegion <em>Region</em>}</li>
 *   <li>{@link taizhang.model.Issue#getCategory <em>Category</em>}</li>
 *   <li>{@link taizhang.model.Issue#getDescription <em>Description</em>}</li>
 *   <li>{@link taizhang.model.Issue#getReceivedDate <em>Received Date</em>}</li>
 *   <li>{@link taizhang.model.Issue#getStatus <em>Status</em>}</li>
 *   <li>{@link taizhang.model.Issue#getProgressNote <em>Progress Note</em>}</li>
 *   <li>{@link taizhang.model.Issue#getPlan <em>Plan</em>}</li>
 *   <li>{@link taizhang.model.Issue#getAssignments <em>Assignments</em>}</li>
 *   <li>{@link taizhang.model.Issue#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link taizhang.model.Issue#getProgressReports <em>Progress Reports</em>}</li>
 *   <li>{@link taizhang.model.Issue#getReviews <em>Reviews</em>}</li>
 *   <li>{@link taizhang.model.Issue#getWarnings <em>Warnings</em>}</li>
 *   <li>{@link taizhang.model.Issue#getStatusChanges <em>Status Changes</em>}</li>
 *   <li>{@link taizhang.model.Issue#getCustomValues <em>Custom Values</em>}</li>
 *   <li>{@link taizhang.model.Issue#getReboundOf <em>Rebound Of</em>}</li>
 * </ul>
 *
 * @see taizhang.model.ModelPackage#getIssue()
 * @model
 * @generated
 */
public interface Issue extends Identified {
	/**
	 * Returns the value of the '<em><b>Sequence Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sequence Number</em>' attribute.
	 * @see #setSequenceNumber(int)
	 * @see taizhang.model.ModelPackage#getIssue_SequenceNumber()
	 * @model
	 * @generated
	 */
	int getSequenceNumber();

	/**
	 * Sets the value of the '{@link taizhang.model.Issue#getSequenceNumber <em>Sequence Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sequence Number</em>' attribute.
	 * @see #getSequenceNumber()
	 * @generated
	 */
	void setSequenceNumber(int value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link taizhang.model.IssueKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see taizhang.model.IssueKind
	 * @see #setKind(IssueKind)
	 * @see taizhang.model.ModelPackage#getIssue_Kind()
	 * @model
	 * @generated
	 */
	IssueKind getKind();

	/**
	 * Sets the value of the '{@link taizhang.model.Issue#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see taizhang.model.IssueKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(IssueKind value);

	/**
	 * Returns the value of the '<em><b>Case Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Case Number</em>' attribute.
	 * @see #setCaseNumber(String)
	 * @see taizhang.model.ModelPackage#getIssue_CaseNumber()
	 * @model
	 * @generated
	 */
	String getCaseNumber();

	/**
	 * Sets the value of the '{@link taizhang.model.Issue#getCaseNumber <em>Case Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Number</em>' attribute.
	 * @see #getCaseNumber()
	 * @generated
	 */
	void setCaseNumber(String value);

	/**
	 * Returns the value of the '<em><b>Round</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Round</em>' reference.
	 * @see #setRound(InspectionRound)
	 * @see taizhang.model.ModelPackage#getIssue_Round()
	 * @model
	 * @generated
	 */
	InspectionRound getRound();

	/**
	 * Sets the value of the '{@link taizhang.model.Issue#getRound <em>Round</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Round</em>' reference.
	 * @see #getRound()
	 * @generated
	 */
	void setRound(InspectionRound value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' reference.
	 * @see #setRegion(Organization)
	 * @see taizhang.model.ModelPackage#getIssue_Region()
	 * @model
	 * @generated
	 */
	Organization getRegion();

	/**
	 * Sets the value of the '{@link taizhang.model.Issue#getRegion <em>Region</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' reference.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(Organization value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link taizhang.model.IssueCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see taizhang.model.IssueCategory
	 * @see #setCategory(IssueCategory)
	 * @see taizhang.model.ModelPackage#getIssue_Category()
	 * @model
	 * @generated
	 */
	IssueCategory getCategory();

	/**
	 * Sets the value of the '{@link taizhang.model.Issue#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see taizhang.model.IssueCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(IssueCategory value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see taizhang.model.ModelPackage#getIssue_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link taizhang.model.Issue#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Received Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Received Date</em>' attribute.
	 * @see #setReceivedDate(LocalDate)
	 * @see taizhang.model.ModelPackage#getIssue_ReceivedDate()
	 * @model dataType="taizhang.model.LocalDate"
	 * @generated
	 */
	LocalDate getReceivedDate();

	/**
	 * Sets the value of the '{@link taizhang.model.Issue#getReceivedDate <em>Received Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Received Date</em>' attribute.
	 * @see #getReceivedDate()
	 * @generated
	 */
	void setReceivedDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link taizhang.model.IssueStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see taizhang.model.IssueStatus
	 * @see #setStatus(IssueStatus)
	 * @see taizhang.model.ModelPackage#getIssue_Status()
	 * @model
	 * @generated
	 */
	IssueStatus getStatus();

	/**
	 * Sets the value of the '{@link taizhang.model.Issue#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see taizhang.model.IssueStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(IssueStatus value);

	/**
	 * Returns the value of the '<em><b>Progress Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Progress Note</em>' attribute.
	 * @see #setProgressNote(String)
	 * @see taizhang.model.ModelPackage#getIssue_ProgressNote()
	 * @model
	 * @generated
	 */
	String getProgressNote();

	/**
	 * Sets the value of the '{@link taizhang.model.Issue#getProgressNote <em>Progress Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Progress Note</em>' attribute.
	 * @see #getProgressNote()
	 * @generated
	 */
	void setProgressNote(String value);

	/**
	 * Returns the value of the '<em><b>Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan</em>' containment reference.
	 * @see #setPlan(RectificationPlan)
	 * @see taizhang.model.ModelPackage#getIssue_Plan()
	 * @model containment="true"
	 * @generated
	 */
	RectificationPlan getPlan();

	/**
	 * Sets the value of the '{@link taizhang.model.Issue#getPlan <em>Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan</em>' containment reference.
	 * @see #getPlan()
	 * @generated
	 */
	void setPlan(RectificationPlan value);

	/**
	 * Returns the value of the '<em><b>Assignments</b></em>' containment reference list.
	 * The list contents are of type {@link taizhang.model.Assignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assignments</em>' containment reference list.
	 * @see taizhang.model.ModelPackage#getIssue_Assignments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Assignment> getAssignments();

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link taizhang.model.Evidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see taizhang.model.ModelPackage#getIssue_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<Evidence> getEvidence();

	/**
	 * Returns the value of the '<em><b>Progress Reports</b></em>' containment reference list.
	 * The list contents are of type {@link taizhang.model.ProgressReport}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Progress Reports</em>' containment reference list.
	 * @see taizhang.model.ModelPackage#getIssue_ProgressReports()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProgressReport> getProgressReports();

	/**
	 * Returns the value of the '<em><b>Reviews</b></em>' containment reference list.
	 * The list contents are of type {@link taizhang.model.SignOffReview}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviews</em>' containment reference list.
	 * @see taizhang.model.ModelPackage#getIssue_Reviews()
	 * @model containment="true"
	 * @generated
	 */
	EList<SignOffReview> getReviews();

	/**
	 * Returns the value of the '<em><b>Warnings</b></em>' containment reference list.
	 * The list contents are of type {@link taizhang.model.Warning}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Warnings</em>' containment reference list.
	 * @see taizhang.model.ModelPackage#getIssue_Warnings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Warning> getWarnings();

	/**
	 * Returns the value of the '<em><b>Status Changes</b></em>' containment reference list.
	 * The list contents are of type {@link taizhang.model.StatusChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status Changes</em>' containment reference list.
	 * @see taizhang.model.ModelPackage#getIssue_StatusChanges()
	 * @model containment="true"
	 * @generated
	 */
	EList<StatusChange> getStatusChanges();

	/**
	 * Returns the value of the '<em><b>Custom Values</b></em>' containment reference list.
	 * The list contents are of type {@link taizhang.model.CustomFieldValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Custom Values</em>' containment reference list.
	 * @see taizhang.model.ModelPackage#getIssue_CustomValues()
	 * @model containment="true"
	 * @generated
	 */
	EList<CustomFieldValue> getCustomValues();

	/**
	 * Returns the value of the '<em><b>Rebound Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rebound Of</em>' reference.
	 * @see #setReboundOf(Issue)
	 * @see taizhang.model.ModelPackage#getIssue_ReboundOf()
	 * @model
	 * @generated
	 */
	Issue getReboundOf();

	/**
	 * Sets the value of the '{@link taizhang.model.Issue#getReboundOf <em>Rebound Of</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rebound Of</em>' reference.
	 * @see #getReboundOf()
	 * @generated
	 */
	void setReboundOf(Issue value);

} // Issue
