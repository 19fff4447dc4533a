/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ledger</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.Ledger#getName <em>Name</em>}</li>
 *   <li>{@link taizhang.model.Ledger#getRegion <em>Region</em>}</li>
 *   <li>{@link taizhang.model.Ledger#getRounds <em>Rounds</em>}</li>
 *   <li>{@link taizhang.model.Ledger#getIssues <em>Issues</em>}</li>
 *   <li>{@link taizhang.model.Ledger#getOrganizations <em>Organizations</em>}</li>
 *   <li>{@link taizhang.model.Ledger#getPersons <em>Persons</em>}</li>
 *   <li>{@link taizhang.model.Ledger#getCustomFields <em>Custom Fields</em>}</li>
 *   <li>{@link taizhang.model.Ledger#getSupervisionNotices <em>Supervision Notices</em>}</li>
 *   <li>{@link taizhang.model.Ledger#getInterviews <em>Interviews</em>}</li>
 *   <li>{@link taizhang.model.Ledger#getAccountabilities <em>Accountabilities</em>}</li>
 *   <li>{@link taizhang.model.Ledger#getDeductions <em>Deductions</em>}</li>
 *   <li>{@link taizhang.model.Ledger#getSettings <em>Settings</em>}</li>
 *   <li>{@link taizhang.model.Ledger#getPeriods <em>Periods</em>}</li>
 * </ul>
 *
 * @see taizhang.model.ModelPackage#getLedger()
 * @model
 * @generated
 */
public interface Ledger extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see taizhang.model.ModelPackage#getLedger_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link taizhang.model.Ledger#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see taizhang.model.ModelPackage#getLedger_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link taizhang.model.Ledger#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Rounds</b></em>' containment reference list.
	 * The list contents are of type {@link taizhang.model.InspectionRound}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rounds</em>' containment reference list.
	 * @see taizhang.model.ModelPackage#getLedger_Rounds()
	 * @model containment="true"
	 * @generated
	 */
	EList<InspectionRound> getRounds();

	/**
	 * Returns the value of the '<em><b>Issues</b></em>' containment reference list.
	 * The list contents are of type {@link taizhang.model.Issue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issues</em>' containment reference list.
	 * @see taizhang.model.ModelPackage#getLedger_Issues()
	 * @model containment="true"
	 * @generated
	 */
	EList<Issue> getIssues();

	/**
	 * Returns the value of the '<em><b>Organizations</b></em>' containment reference list.
	 * The list contents are of type {@link taizhang.model.Organization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organizations</em>' containment reference list.
	 * @see taizhang.model.ModelPackage#getLedger_Organizations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Organization> getOrganizations();

	/**
	 * Returns the value of the '<em><b>Persons</b></em>' containment reference list.
	 * The list contents are of type {@link taizhang.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Persons</em>' containment reference list.
	 * @see taizhang.model.ModelPackage#getLedger_Persons()
	 * @model containment="true"
	 * @generated
	 */
	EList<Person> getPersons();

	/**
	 * Returns the value of the '<em><b>Custom Fields</b></em>' containment reference list.
	 * The list contents are of type {@link taizhang.model.CustomFieldDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Custom Fields</em>' containment reference list.
	 * @see taizhang.model.ModelPackage#getLedger_CustomFields()
	 * @model containment="true"
	 * @generated
	 */
	EList<CustomFieldDefinition> getCustomFields();

	/**
	 * Returns the value of the '<em><b>Supervision Notices</b></em>' containment reference list.
	 * The list contents are of type {@link taizhang.model.SupervisionNotice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supervision Notices</em>' containment reference list.
	 * @see taizhang.model.ModelPackage#getLedger_SupervisionNotices()
	 * @model containment="true"
	 * @generated
	 */
	EList<SupervisionNotice> getSupervisionNotices();

	/**
	 * Returns the value of the '<em><b>Interviews</b></em>' containment reference list.
	 * The list contents are of type {@link taizhang.model.Interview}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interviews</em>' containment reference list.
	 * @see taizhang.model.ModelPackage#getLedger_Interviews()
	 * @model containment="true"
	 * @generated
	 */
	EList<Interview> getInterviews();

	/**
	 * Returns the value of the '<em><b>Accountabilities</b></em>' containment reference list.
	 * The list contents are of type {@link taizhang.model.Accountability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Accountabilities</em>' containment reference list.
	 * @see taizhang.model.ModelPackage#getLedger_Accountabilities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Accountability> getAccountabilities();

	/**
	 * Returns the value of the '<em><b>Deductions</b></em>' containment reference list.
	 * The list contents are of type {@link taizhang.model.Deduction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deductions</em>' containment reference list.
	 * @see taizhang.model.ModelPackage#getLedger_Deductions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Deduction> getDeductions();

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The office's rule settings; absent means the defaults of every setting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Settings</em>' containment reference.
	 * @see #setSettings(LedgerSettings)
	 * @see taizhang.model.ModelPackage#getLedger_Settings()
	 * @model containment="true"
	 * @generated
	 */
	LedgerSettings getSettings();

	/**
	 * Sets the value of the '{@link taizhang.model.Ledger#getSettings <em>Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Settings</em>' containment reference.
	 * @see #getSettings()
	 * @generated
	 */
	void setSettings(LedgerSettings value);

	/**
	 * Returns the value of the '<em><b>Periods</b></em>' containment reference list.
	 * The list contents are of type {@link taizhang.model.ReportingPeriod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The closed monthly reporting periods, each with its frozen snapshot.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Periods</em>' containment reference list.
	 * @see taizhang.model.ModelPackage#getLedger_Periods()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReportingPeriod> getPeriods();

} // Ledger
