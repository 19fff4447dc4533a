/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Period Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One issue's state in a period snapshot.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.PeriodEntry#getIssue <em>Issue</em>}</li>
 *   <li>{@link taizhang.model.PeriodEntry#getStatus <em>Status</em>}</li>
 *   <li>{@link taizhang.model.PeriodEntry#isDone <em>Done</em>}</li>
 *   <li>{@link taizhang.model.PeriodEntry#isOverdue <em>Overdue</em>}</li>
 *   <li>{@link taizhang.model.PeriodEntry#isLagging <em>Lagging</em>}</li>
 *   <li>{@link taizhang.model.PeriodEntry#getWarning <em>Warning</em>}</li>
 *   <li>{@link taizhang.model.PeriodEntry#getRejections <em>Rejections</em>}</li>
 *   <li>{@link taizhang.model.PeriodEntry#getLeadUnit <em>Lead Unit</em>}</li>
 * </ul>
 *
 * @see taizhang.model.ModelPackage#getPeriodEntry()
 * @model
 * @generated
 */
public interface PeriodEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Issue</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issue</em>' reference.
	 * @see #setIssue(Issue)
	 * @see taizhang.model.ModelPackage#getPeriodEntry_Issue()
	 * @model
	 * @generated
	 */
	Issue getIssue();

	/**
	 * Sets the value of the '{@link taizhang.model.PeriodEntry#getIssue <em>Issue</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issue</em>' reference.
	 * @see #getIssue()
	 * @generated
	 */
	void setIssue(Issue value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link taizhang.model.IssueStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see taizhang.model.IssueStatus
	 * @see #setStatus(IssueStatus)
	 * @see taizhang.model.ModelPackage#getPeriodEntry_Status()
	 * @model
	 * @generated
	 */
	IssueStatus getStatus();

	/**
	 * Sets the value of the '{@link taizhang.model.PeriodEntry#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see taizhang.model.IssueStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(IssueStatus value);

	/**
	 * Returns the value of the '<em><b>Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Done</em>' attribute.
	 * @see #setDone(boolean)
	 * @see taizhang.model.ModelPackage#getPeriodEntry_Done()
	 * @model
	 * @generated
	 */
	boolean isDone();

	/**
	 * Sets the value of the '{@link taizhang.model.PeriodEntry#isDone <em>Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Done</em>' attribute.
	 * @see #isDone()
	 * @generated
	 */
	void setDone(boolean value);

	/**
	 * Returns the value of the '<em><b>Overdue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overdue</em>' attribute.
	 * @see #setOverdue(boolean)
	 * @see taizhang.model.ModelPackage#getPeriodEntry_Overdue()
	 * @model
	 * @generated
	 */
	boolean isOverdue();

	/**
	 * Sets the value of the '{@link taizhang.model.PeriodEntry#isOverdue <em>Overdue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Overdue</em>' attribute.
	 * @see #isOverdue()
	 * @generated
	 */
	void setOverdue(boolean value);

	/**
	 * Returns the value of the '<em><b>Lagging</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lagging</em>' attribute.
	 * @see #setLagging(boolean)
	 * @see taizhang.model.ModelPackage#getPeriodEntry_Lagging()
	 * @model
	 * @generated
	 */
	boolean isLagging();

	/**
	 * Sets the value of the '{@link taizhang.model.PeriodEntry#isLagging <em>Lagging</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lagging</em>' attribute.
	 * @see #isLagging()
	 * @generated
	 */
	void setLagging(boolean value);

	/**
	 * Returns the value of the '<em><b>Warning</b></em>' attribute.
	 * The literals are from the enumeration {@link taizhang.model.WarningLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The warning the issue deserved at the cut-off; unset means none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Warning</em>' attribute.
	 * @see taizhang.model.WarningLevel
	 * @see #isSetWarning()
	 * @see #unsetWarning()
	 * @see #setWarning(WarningLevel)
	 * @see taizhang.model.ModelPackage#getPeriodEntry_Warning()
	 * @model unsettable="true"
	 * @generated
	 */
	WarningLevel getWarning();

	/**
	 * Sets the value of the '{@link taizhang.model.PeriodEntry#getWarning <em>Warning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Warning</em>' attribute.
	 * @see taizhang.model.WarningLevel
	 * @see #isSetWarning()
	 * @see #unsetWarning()
	 * @see #getWarning()
	 * @generated
	 */
	void setWarning(WarningLevel value);

	/**
	 * Unsets the value of the '{@link taizhang.model.PeriodEntry#getWarning <em>Warning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetWarning()
	 * @see #getWarning()
	 * @see #setWarning(WarningLevel)
	 * @generated
	 */
	void unsetWarning();

	/**
	 * Returns whether the value of the '{@link taizhang.model.PeriodEntry#getWarning <em>Warning</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Warning</em>' attribute is set.
	 * @see #unsetWarning()
	 * @see #getWarning()
	 * @see #setWarning(WarningLevel)
	 * @generated
	 */
	boolean isSetWarning();

	/**
	 * Returns the value of the '<em><b>Rejections</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rejections</em>' attribute.
	 * @see #setRejections(int)
	 * @see taizhang.model.ModelPackage#getPeriodEntry_Rejections()
	 * @model
	 * @generated
	 */
	int getRejections();

	/**
	 * Sets the value of the '{@link taizhang.model.PeriodEntry#getRejections <em>Rejections</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rejections</em>' attribute.
	 * @see #getRejections()
	 * @generated
	 */
	void setRejections(int value);

	/**
	 * Returns the value of the '<em><b>Lead Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lead Unit</em>' reference.
	 * @see #setLeadUnit(Organization)
	 * @see taizhang.model.ModelPackage#getPeriodEntry_LeadUnit()
	 * @model
	 * @generated
	 */
	Organization getLeadUnit();

	/**
	 * Sets the value of the '{@link taizhang.model.PeriodEntry#getLeadUnit <em>Lead Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lead Unit</em>' reference.
	 * @see #getLeadUnit()
	 * @generated
	 */
	void setLeadUnit(Organization value);

} // PeriodEntry
