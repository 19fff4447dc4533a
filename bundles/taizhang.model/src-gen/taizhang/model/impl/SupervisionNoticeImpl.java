/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import taizhang.model.Issue;
import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.SupervisionNotice;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Supervision Notice</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.impl.SupervisionNoticeImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link taizhang.model.impl.SupervisionNoticeImpl#getIssuedOn <em>Issued On</em>}</li>
 *   <li>{@link taizhang.model.impl.SupervisionNoticeImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link taizhang.model.impl.SupervisionNoticeImpl#getIssues <em>Issues</em>}</li>
 *   <li>{@link taizhang.model.impl.SupervisionNoticeImpl#getNewDeadline <em>New Deadline</em>}</li>
 *   <li>{@link taizhang.model.impl.SupervisionNoticeImpl#getContent <em>Content</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SupervisionNoticeImpl extends EscalationImpl implements SupervisionNotice {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getIssuedOn() <em>Issued On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ISSUED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssuedOn() <em>Issued On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate issuedOn = ISSUED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected Organization unit;

	/**
	 * The cached value of the '{@link #getIssues() <em>Issues</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssues()
	 * @generated
	 * @ordered
	 */
	protected EList<Issue> issues;

	/**
	 * The default value of the '{@link #getNewDeadline() <em>New Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate NEW_DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNewDeadline() <em>New Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewDeadline()
	 * @generated
	 * @ordered
	 */
	protected LocalDate newDeadline = NEW_DEADLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getContent() <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContent()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContent() <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContent()
	 * @generated
	 * @ordered
	 */
	protected String content = CONTENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SupervisionNoticeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.SUPERVISION_NOTICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SUPERVISION_NOTICE__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuedOn(LocalDate newIssuedOn) {
		LocalDate oldIssuedOn = issuedOn;
		issuedOn = newIssuedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SUPERVISION_NOTICE__ISSUED_ON, oldIssuedOn, issuedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getUnit() {
		if (unit != null && unit.eIsProxy()) {
			InternalEObject oldUnit = (InternalEObject)unit;
			unit = (Organization)eResolveProxy(oldUnit);
			if (unit != oldUnit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.SUPERVISION_NOTICE__UNIT, oldUnit, unit));
			}
		}
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(Organization newUnit) {
		Organization oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SUPERVISION_NOTICE__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Issue> getIssues() {
		if (issues == null) {
			issues = new EObjectResolvingEList<Issue>(Issue.class, this, ModelPackage.SUPERVISION_NOTICE__ISSUES);
		}
		return issues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getNewDeadline() {
		return newDeadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewDeadline(LocalDate newNewDeadline) {
		LocalDate oldNewDeadline = newDeadline;
		newDeadline = newNewDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SUPERVISION_NOTICE__NEW_DEADLINE, oldNewDeadline, newDeadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContent() {
		return content;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContent(String newContent) {
		String oldContent = content;
		content = newContent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SUPERVISION_NOTICE__CONTENT, oldContent, content));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.SUPERVISION_NOTICE__NUMBER:
				return getNumber();
			case ModelPackage.SUPERVISION_NOTICE__ISSUED_ON:
				return getIssuedOn();
			case ModelPackage.SUPERVISION_NOTICE__UNIT:
				if (resolve) return getUnit();
				return basicGetUnit();
			case ModelPackage.SUPERVISION_NOTICE__ISSUES:
				return getIssues();
			case ModelPackage.SUPERVISION_NOTICE__NEW_DEADLINE:
				return getNewDeadline();
			case ModelPackage.SUPERVISION_NOTICE__CONTENT:
				return getContent();
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
			case ModelPackage.SUPERVISION_NOTICE__NUMBER:
				setNumber((String)newValue);
				return;
			case ModelPackage.SUPERVISION_NOTICE__ISSUED_ON:
				setIssuedOn((LocalDate)newValue);
				return;
			case ModelPackage.SUPERVISION_NOTICE__UNIT:
				setUnit((Organization)newValue);
				return;
			case ModelPackage.SUPERVISION_NOTICE__ISSUES:
				getIssues().clear();
				getIssues().addAll((Collection<? extends Issue>)newValue);
				return;
			case ModelPackage.SUPERVISION_NOTICE__NEW_DEADLINE:
				setNewDeadline((LocalDate)newValue);
				return;
			case ModelPackage.SUPERVISION_NOTICE__CONTENT:
				setContent((String)newValue);
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
			case ModelPackage.SUPERVISION_NOTICE__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case ModelPackage.SUPERVISION_NOTICE__ISSUED_ON:
				setIssuedOn(ISSUED_ON_EDEFAULT);
				return;
			case ModelPackage.SUPERVISION_NOTICE__UNIT:
				setUnit((Organization)null);
				return;
			case ModelPackage.SUPERVISION_NOTICE__ISSUES:
				getIssues().clear();
				return;
			case ModelPackage.SUPERVISION_NOTICE__NEW_DEADLINE:
				setNewDeadline(NEW_DEADLINE_EDEFAULT);
				return;
			case ModelPackage.SUPERVISION_NOTICE__CONTENT:
				setContent(CONTENT_EDEFAULT);
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
			case ModelPackage.SUPERVISION_NOTICE__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case ModelPackage.SUPERVISION_NOTICE__ISSUED_ON:
				return ISSUED_ON_EDEFAULT == null ? issuedOn != null : !ISSUED_ON_EDEFAULT.equals(issuedOn);
			case ModelPackage.SUPERVISION_NOTICE__UNIT:
				return unit != null;
			case ModelPackage.SUPERVISION_NOTICE__ISSUES:
				return issues != null && !issues.isEmpty();
			case ModelPackage.SUPERVISION_NOTICE__NEW_DEADLINE:
				return NEW_DEADLINE_EDEFAULT == null ? newDeadline != null : !NEW_DEADLINE_EDEFAULT.equals(newDeadline);
			case ModelPackage.SUPERVISION_NOTICE__CONTENT:
				return CONTENT_EDEFAULT == null ? content != null : !CONTENT_EDEFAULT.equals(content);
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
		result.append(" (number: ");
		result.append(number);
		result.append(", issuedOn: ");
		result.append(issuedOn);
		result.append(", newDeadline: ");
		result.append(newDeadline);
		result.append(", content: ");
		result.append(content);
		result.append(')');
		return result.toString();
	}

} //SupervisionNoticeImpl
