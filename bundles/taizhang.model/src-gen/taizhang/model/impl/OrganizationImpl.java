/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.OrganizationKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Organization</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.impl.OrganizationImpl#getName <em>Name</em>}</li>
 *   <li>{@link taizhang.model.impl.OrganizationImpl#getShortName <em>Short Name</em>}</li>
 *   <li>{@link taizhang.model.impl.OrganizationImpl#getCode <em>Code</em>}</li>
 *   <li>{@link taizhang.model.impl.OrganizationImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link taizhang.model.impl.OrganizationImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link taizhang.model.impl.OrganizationImpl#getChildren <em>Children</em>}</li>
 *   <li>{@link taizhang.model.impl.OrganizationImpl#isRetired <em>Retired</em>}</li>
 *   <li>{@link taizhang.model.impl.OrganizationImpl#getRetiredOn <em>Retired On</em>}</li>
 *   <li>{@link taizhang.model.impl.OrganizationImpl#getSuccessor <em>Successor</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrganizationImpl extends IdentifiedImpl implements Organization {
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
	 * The default value of the '{@link #getShortName() <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortName()
	 * @generated
	 * @ordered
	 */
	protected static final String SHORT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShortName() <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortName()
	 * @generated
	 * @ordered
	 */
	protected String shortName = SHORT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final OrganizationKind KIND_EDEFAULT = OrganizationKind.OFFICE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected OrganizationKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParent() <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParent()
	 * @generated
	 * @ordered
	 */
	protected Organization parent;

	/**
	 * The cached value of the '{@link #getChildren() <em>Children</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildren()
	 * @generated
	 * @ordered
	 */
	protected EList<Organization> children;

	/**
	 * The default value of the '{@link #isRetired() <em>Retired</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRetired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RETIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRetired() <em>Retired</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRetired()
	 * @generated
	 * @ordered
	 */
	protected boolean retired = RETIRED_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetiredOn() <em>Retired On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetiredOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RETIRED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRetiredOn() <em>Retired On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetiredOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate retiredOn = RETIRED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSuccessor() <em>Successor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuccessor()
	 * @generated
	 * @ordered
	 */
	protected Organization successor;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OrganizationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.ORGANIZATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ORGANIZATION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShortName() {
		return shortName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShortName(String newShortName) {
		String oldShortName = shortName;
		shortName = newShortName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ORGANIZATION__SHORT_NAME, oldShortName, shortName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ORGANIZATION__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganizationKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(OrganizationKind newKind) {
		OrganizationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ORGANIZATION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getParent() {
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParent(Organization newParent, NotificationChain msgs) {
		Organization oldParent = parent;
		parent = newParent;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.ORGANIZATION__PARENT, oldParent, newParent);
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
	public void setParent(Organization newParent) {
		if (newParent != parent) {
			NotificationChain msgs = null;
			if (parent != null)
				msgs = ((InternalEObject)parent).eInverseRemove(this, ModelPackage.ORGANIZATION__CHILDREN, Organization.class, msgs);
			if (newParent != null)
				msgs = ((InternalEObject)newParent).eInverseAdd(this, ModelPackage.ORGANIZATION__CHILDREN, Organization.class, msgs);
			msgs = basicSetParent(newParent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ORGANIZATION__PARENT, newParent, newParent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organization> getChildren() {
		if (children == null) {
			children = new EObjectWithInverseEList<Organization>(Organization.class, this, ModelPackage.ORGANIZATION__CHILDREN, ModelPackage.ORGANIZATION__PARENT);
		}
		return children;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRetired() {
		return retired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetired(boolean newRetired) {
		boolean oldRetired = retired;
		retired = newRetired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ORGANIZATION__RETIRED, oldRetired, retired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getRetiredOn() {
		return retiredOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetiredOn(LocalDate newRetiredOn) {
		LocalDate oldRetiredOn = retiredOn;
		retiredOn = newRetiredOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ORGANIZATION__RETIRED_ON, oldRetiredOn, retiredOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getSuccessor() {
		return successor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuccessor(Organization newSuccessor) {
		Organization oldSuccessor = successor;
		successor = newSuccessor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ORGANIZATION__SUCCESSOR, oldSuccessor, successor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.ORGANIZATION__PARENT:
				if (parent != null)
					msgs = ((InternalEObject)parent).eInverseRemove(this, ModelPackage.ORGANIZATION__CHILDREN, Organization.class, msgs);
				return basicSetParent((Organization)otherEnd, msgs);
			case ModelPackage.ORGANIZATION__CHILDREN:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getChildren()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.ORGANIZATION__PARENT:
				return basicSetParent(null, msgs);
			case ModelPackage.ORGANIZATION__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.ORGANIZATION__NAME:
				return getName();
			case ModelPackage.ORGANIZATION__SHORT_NAME:
				return getShortName();
			case ModelPackage.ORGANIZATION__CODE:
				return getCode();
			case ModelPackage.ORGANIZATION__KIND:
				return getKind();
			case ModelPackage.ORGANIZATION__PARENT:
				return getParent();
			case ModelPackage.ORGANIZATION__CHILDREN:
				return getChildren();
			case ModelPackage.ORGANIZATION__RETIRED:
				return isRetired();
			case ModelPackage.ORGANIZATION__RETIRED_ON:
				return getRetiredOn();
			case ModelPackage.ORGANIZATION__SUCCESSOR:
				return getSuccessor();
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
			case ModelPackage.ORGANIZATION__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.ORGANIZATION__SHORT_NAME:
				setShortName((String)newValue);
				return;
			case ModelPackage.ORGANIZATION__CODE:
				setCode((String)newValue);
				return;
			case ModelPackage.ORGANIZATION__KIND:
				setKind((OrganizationKind)newValue);
				return;
			case ModelPackage.ORGANIZATION__PARENT:
				setParent((Organization)newValue);
				return;
			case ModelPackage.ORGANIZATION__CHILDREN:
				getChildren().clear();
				getChildren().addAll((Collection<? extends Organization>)newValue);
				return;
			case ModelPackage.ORGANIZATION__RETIRED:
				setRetired((Boolean)newValue);
				return;
			case ModelPackage.ORGANIZATION__RETIRED_ON:
				setRetiredOn((LocalDate)newValue);
				return;
			case ModelPackage.ORGANIZATION__SUCCESSOR:
				setSuccessor((Organization)newValue);
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
			case ModelPackage.ORGANIZATION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.ORGANIZATION__SHORT_NAME:
				setShortName(SHORT_NAME_EDEFAULT);
				return;
			case ModelPackage.ORGANIZATION__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case ModelPackage.ORGANIZATION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ModelPackage.ORGANIZATION__PARENT:
				setParent((Organization)null);
				return;
			case ModelPackage.ORGANIZATION__CHILDREN:
				getChildren().clear();
				return;
			case ModelPackage.ORGANIZATION__RETIRED:
				setRetired(RETIRED_EDEFAULT);
				return;
			case ModelPackage.ORGANIZATION__RETIRED_ON:
				setRetiredOn(RETIRED_ON_EDEFAULT);
				return;
			case ModelPackage.ORGANIZATION__SUCCESSOR:
				setSuccessor((Organization)null);
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
			case ModelPackage.ORGANIZATION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.ORGANIZATION__SHORT_NAME:
				return SHORT_NAME_EDEFAULT == null ? shortName != null : !SHORT_NAME_EDEFAULT.equals(shortName);
			case ModelPackage.ORGANIZATION__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case ModelPackage.ORGANIZATION__KIND:
				return kind != KIND_EDEFAULT;
			case ModelPackage.ORGANIZATION__PARENT:
				return parent != null;
			case ModelPackage.ORGANIZATION__CHILDREN:
				return children != null && !children.isEmpty();
			case ModelPackage.ORGANIZATION__RETIRED:
				return retired != RETIRED_EDEFAULT;
			case ModelPackage.ORGANIZATION__RETIRED_ON:
				return RETIRED_ON_EDEFAULT == null ? retiredOn != null : !RETIRED_ON_EDEFAULT.equals(retiredOn);
			case ModelPackage.ORGANIZATION__SUCCESSOR:
				return successor != null;
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
		result.append(", shortName: ");
		result.append(shortName);
		result.append(", code: ");
		result.append(code);
		result.append(", kind: ");
		result.append(kind);
		result.append(", retired: ");
		result.append(retired);
		result.append(", retiredOn: ");
		result.append(retiredOn);
		result.append(')');
		return result.toString();
	}

} //OrganizationImpl
