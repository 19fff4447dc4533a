/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import taizhang.model.Accountability;
import taizhang.model.CustomFieldDefinition;
import taizhang.model.Deduction;
import taizhang.model.InspectionRound;
import taizhang.model.Interview;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.LedgerSettings;
import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.model.ReportingPeriod;
import taizhang.model.SupervisionNotice;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ledger</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.impl.LedgerImpl#getName <em>Name</em>}</li>
 *   <li>{@link taizhang.model.impl.LedgerImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link taizhang.model.impl.LedgerImpl#getRounds <em>Rounds</em>}</li>
 *   <li>{@link taizhang.model.impl.LedgerImpl#getIssues <em>Issues</em>}</li>
 *   <li>{@link taizhang.model.impl.LedgerImpl#getOrganizations <em>Organizations</em>}</li>
 *   <li>{@link taizhang.model.impl.LedgerImpl#getPersons <em>Persons</em>}</li>
 *   <li>{@link taizhang.model.impl.LedgerImpl#getCustomFields <em>Custom Fields</em>}</li>
 *   <li>{@link taizhang.model.impl.LedgerImpl#getSupervisionNotices <em>Supervision Notices</em>}</li>
 *   <li>{@link taizhang.model.impl.LedgerImpl#getInterviews <em>Interviews</em>}</li>
 *   <li>{@link taizhang.model.impl.LedgerImpl#getAccountabilities <em>Accountabilities</em>}</li>
 *   <li>{@link taizhang.model.impl.LedgerImpl#getDeductions <em>Deductions</em>}</li>
 *   <li>{@link taizhang.model.impl.LedgerImpl#getSettings <em>Settings</em>}</li>
 *   <li>{@link taizhang.model.impl.LedgerImpl#getPeriods <em>Periods</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LedgerImpl extends IdentifiedImpl implements Ledger {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected String region = REGION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRounds() <em>Rounds</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRounds()
	 * @generated
	 * @ordered
	 */
	protected EList<InspectionRound> rounds;

	/**
	 * The cached value of the '{@link #getIssues() <em>Issues</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssues()
	 * @generated
	 * @ordered
	 */
	protected EList<Issue> issues;

	/**
	 * The cached value of the '{@link #getOrganizations() <em>Organizations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganizations()
	 * @generated
	 * @ordered
	 */
	protected EList<Organization> organizations;

	/**
	 * The cached value of the '{@link #getPersons() <em>Persons</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersons()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> persons;

	/**
	 * The cached value of the '{@link #getCustomFields() <em>Custom Fields</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomFields()
	 * @generated
	 * @ordered
	 */
	protected EList<CustomFieldDefinition> customFields;

	/**
	 * The cached value of the '{@link #getSupervisionNotices() <em>Supervision Notices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisionNotices()
	 * @generated
	 * @ordered
	 */
	protected EList<SupervisionNotice> supervisionNotices;

	/**
	 * The cached value of the '{@link #getInterviews() <em>Interviews</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterviews()
	 * @generated
	 * @ordered
	 */
	protected EList<Interview> interviews;

	/**
	 * The cached value of the '{@link #getAccountabilities() <em>Accountabilities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountabilities()
	 * @generated
	 * @ordered
	 */
	protected EList<Accountability> accountabilities;

	/**
	 * The cached value of the '{@link #getDeductions() <em>Deductions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeductions()
	 * @generated
	 * @ordered
	 */
	protected EList<Deduction> deductions;

	/**
	 * The cached value of the '{@link #getSettings() <em>Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected LedgerSettings settings;

	/**
	 * The cached value of the '{@link #getPeriods() <em>Periods</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriods()
	 * @generated
	 * @ordered
	 */
	protected EList<ReportingPeriod> periods;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LedgerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.LEDGER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LEDGER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(String newRegion) {
		String oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LEDGER__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InspectionRound> getRounds() {
		if (rounds == null) {
			rounds = new EObjectContainmentEList<InspectionRound>(InspectionRound.class, this, ModelPackage.LEDGER__ROUNDS);
		}
		return rounds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Issue> getIssues() {
		if (issues == null) {
			issues = new EObjectContainmentEList<Issue>(Issue.class, this, ModelPackage.LEDGER__ISSUES);
		}
		return issues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organization> getOrganizations() {
		if (organizations == null) {
			organizations = new EObjectContainmentEList<Organization>(Organization.class, this, ModelPackage.LEDGER__ORGANIZATIONS);
		}
		return organizations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getPersons() {
		if (persons == null) {
			persons = new EObjectContainmentEList<Person>(Person.class, this, ModelPackage.LEDGER__PERSONS);
		}
		return persons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CustomFieldDefinition> getCustomFields() {
		if (customFields == null) {
			customFields = new EObjectContainmentEList<CustomFieldDefinition>(CustomFieldDefinition.class, this, ModelPackage.LEDGER__CUSTOM_FIELDS);
		}
		return customFields;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SupervisionNotice> getSupervisionNotices() {
		if (supervisionNotices == null) {
			supervisionNotices = new EObjectContainmentEList<SupervisionNotice>(SupervisionNotice.class, this, ModelPackage.LEDGER__SUPERVISION_NOTICES);
		}
		return supervisionNotices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Interview> getInterviews() {
		if (interviews == null) {
			interviews = new EObjectContainmentEList<Interview>(Interview.class, this, ModelPackage.LEDGER__INTERVIEWS);
		}
		return interviews;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Accountability> getAccountabilities() {
		if (accountabilities == null) {
			accountabilities = new EObjectContainmentEList<Accountability>(Accountability.class, this, ModelPackage.LEDGER__ACCOUNTABILITIES);
		}
		return accountabilities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Deduction> getDeductions() {
		if (deductions == null) {
			deductions = new EObjectContainmentEList<Deduction>(Deduction.class, this, ModelPackage.LEDGER__DEDUCTIONS);
		}
		return deductions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LedgerSettings getSettings() {
		return settings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSettings(LedgerSettings newSettings, NotificationChain msgs) {
		LedgerSettings oldSettings = settings;
		settings = newSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.LEDGER__SETTINGS, oldSettings, newSettings);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSettings(LedgerSettings newSettings) {
		if (newSettings != settings) {
			NotificationChain msgs = null;
			if (settings != null)
				msgs = ((InternalEObject)settings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.LEDGER__SETTINGS, null, msgs);
			if (newSettings != null)
				msgs = ((InternalEObject)newSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.LEDGER__SETTINGS, null, msgs);
			msgs = basicSetSettings(newSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LEDGER__SETTINGS, newSettings, newSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReportingPeriod> getPeriods() {
		if (periods == null) {
			periods = new EObjectContainmentEList<ReportingPeriod>(ReportingPeriod.class, this, ModelPackage.LEDGER__PERIODS);
		}
		return periods;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.LEDGER__ROUNDS:
				return ((InternalEList<?>)getRounds()).basicRemove(otherEnd, msgs);
			case ModelPackage.LEDGER__ISSUES:
				return ((InternalEList<?>)getIssues()).basicRemove(otherEnd, msgs);
			case ModelPackage.LEDGER__ORGANIZATIONS:
				return ((InternalEList<?>)getOrganizations()).basicRemove(otherEnd, msgs);
			case ModelPackage.LEDGER__PERSONS:
				return ((InternalEList<?>)getPersons()).basicRemove(otherEnd, msgs);
			case ModelPackage.LEDGER__CUSTOM_FIELDS:
				return ((InternalEList<?>)getCustomFields()).basicRemove(otherEnd, msgs);
			case ModelPackage.LEDGER__SUPERVISION_NOTICES:
				return ((InternalEList<?>)getSupervisionNotices()).basicRemove(otherEnd, msgs);
			case ModelPackage.LEDGER__INTERVIEWS:
				return ((InternalEList<?>)getInterviews()).basicRemove(otherEnd, msgs);
			case ModelPackage.LEDGER__ACCOUNTABILITIES:
				return ((InternalEList<?>)getAccountabilities()).basicRemove(otherEnd, msgs);
			case ModelPackage.LEDGER__DEDUCTIONS:
				return ((InternalEList<?>)getDeductions()).basicRemove(otherEnd, msgs);
			case ModelPackage.LEDGER__SETTINGS:
				return basicSetSettings(null, msgs);
			case ModelPackage.LEDGER__PERIODS:
				return ((InternalEList<?>)getPeriods()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.LEDGER__NAME:
				return getName();
			case ModelPackage.LEDGER__REGION:
				return getRegion();
			case ModelPackage.LEDGER__ROUNDS:
				return getRounds();
			case ModelPackage.LEDGER__ISSUES:
				return getIssues();
			case ModelPackage.LEDGER__ORGANIZATIONS:
				return getOrganizations();
			case ModelPackage.LEDGER__PERSONS:
				return getPersons();
			case ModelPackage.LEDGER__CUSTOM_FIELDS:
				return getCustomFields();
			case ModelPackage.LEDGER__SUPERVISION_NOTICES:
				return getSupervisionNotices();
			case ModelPackage.LEDGER__INTERVIEWS:
				return getInterviews();
			case ModelPackage.LEDGER__ACCOUNTABILITIES:
				return getAccountabilities();
			case ModelPackage.LEDGER__DEDUCTIONS:
				return getDeductions();
			case ModelPackage.LEDGER__SETTINGS:
				return getSettings();
			case ModelPackage.LEDGER__PERIODS:
				return getPeriods();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.LEDGER__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.LEDGER__REGION:
				setRegion((String)newValue);
				return;
			case ModelPackage.LEDGER__ROUNDS:
				getRounds().clear();
				getRounds().addAll((Collection<? extends InspectionRound>)newValue);
				return;
			case ModelPackage.LEDGER__ISSUES:
				getIssues().clear();
				getIssues().addAll((Collection<? extends Issue>)newValue);
				return;
			case ModelPackage.LEDGER__ORGANIZATIONS:
				getOrganizations().clear();
				getOrganizations().addAll((Collection<? extends Organization>)newValue);
				return;
			case ModelPackage.LEDGER__PERSONS:
				getPersons().clear();
				getPersons().addAll((Collection<? extends Person>)newValue);
				return;
			case ModelPackage.LEDGER__CUSTOM_FIELDS:
				getCustomFields().clear();
				getCustomFields().addAll((Collection<? extends CustomFieldDefinition>)newValue);
				return;
			case ModelPackage.LEDGER__SUPERVISION_NOTICES:
				getSupervisionNotices().clear();
				getSupervisionNotices().addAll((Collection<? extends SupervisionNotice>)newValue);
				return;
			case ModelPackage.LEDGER__INTERVIEWS:
				getInterviews().clear();
				getInterviews().addAll((Collection<? extends Interview>)newValue);
				return;
			case ModelPackage.LEDGER__ACCOUNTABILITIES:
				getAccountabilities().clear();
				getAccountabilities().addAll((Collection<? extends Accountability>)newValue);
				return;
			case ModelPackage.LEDGER__DEDUCTIONS:
				getDeductions().clear();
				getDeductions().addAll((Collection<? extends Deduction>)newValue);
				return;
			case ModelPackage.LEDGER__SETTINGS:
				setSettings((LedgerSettings)newValue);
				return;
			case ModelPackage.LEDGER__PERIODS:
				getPeriods().clear();
				getPeriods().addAll((Collection<? extends ReportingPeriod>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.LEDGER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.LEDGER__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case ModelPackage.LEDGER__ROUNDS:
				getRounds().clear();
				return;
			case ModelPackage.LEDGER__ISSUES:
				getIssues().clear();
				return;
			case ModelPackage.LEDGER__ORGANIZATIONS:
				getOrganizations().clear();
				return;
			case ModelPackage.LEDGER__PERSONS:
				getPersons().clear();
				return;
			case ModelPackage.LEDGER__CUSTOM_FIELDS:
				getCustomFields().clear();
				return;
			case ModelPackage.LEDGER__SUPERVISION_NOTICES:
				getSupervisionNotices().clear();
				return;
			case ModelPackage.LEDGER__INTERVIEWS:
				getInterviews().clear();
				return;
			case ModelPackage.LEDGER__ACCOUNTABILITIES:
				getAccountabilities().clear();
				return;
			case ModelPackage.LEDGER__DEDUCTIONS:
				getDeductions().clear();
				return;
			case ModelPackage.LEDGER__SETTINGS:
				setSettings((LedgerSettings)null);
				return;
			case ModelPackage.LEDGER__PERIODS:
				getPeriods().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.LEDGER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.LEDGER__REGION:
				return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
			case ModelPackage.LEDGER__ROUNDS:
				return rounds != null && !rounds.isEmpty();
			case ModelPackage.LEDGER__ISSUES:
				return issues != null && !issues.isEmpty();
			case ModelPackage.LEDGER__ORGANIZATIONS:
				return organizations != null && !organizations.isEmpty();
			case ModelPackage.LEDGER__PERSONS:
				return persons != null && !persons.isEmpty();
			case ModelPackage.LEDGER__CUSTOM_FIELDS:
				return customFields != null && !customFields.isEmpty();
			case ModelPackage.LEDGER__SUPERVISION_NOTICES:
				return supervisionNotices != null && !supervisionNotices.isEmpty();
			case ModelPackage.LEDGER__INTERVIEWS:
				return interviews != null && !interviews.isEmpty();
			case ModelPackage.LEDGER__ACCOUNTABILITIES:
				return accountabilities != null && !accountabilities.isEmpty();
			case ModelPackage.LEDGER__DEDUCTIONS:
				return deductions != null && !deductions.isEmpty();
			case ModelPackage.LEDGER__SETTINGS:
				return settings != null;
			case ModelPackage.LEDGER__PERIODS:
				return periods != null && !periods.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", region: ");
		result.append(region);
		result.append(')');
		return result.toString();
	}

} //LedgerImpl
