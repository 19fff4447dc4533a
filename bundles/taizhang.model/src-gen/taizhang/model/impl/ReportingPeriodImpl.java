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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import taizhang.model.ModelPackage;
import taizhang.model.PeriodEntry;
import taizhang.model.ReportingPeriod;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reporting Period</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.impl.ReportingPeriodImpl#getMonth <em>Month</em>}</li>
 *   <li>{@link taizhang.model.impl.ReportingPeriodImpl#getCutoff <em>Cutoff</em>}</li>
 *   <li>{@link taizhang.model.impl.ReportingPeriodImpl#getClosedOn <em>Closed On</em>}</li>
 *   <li>{@link taizhang.model.impl.ReportingPeriodImpl#getClosedBy <em>Closed By</em>}</li>
 *   <li>{@link taizhang.model.impl.ReportingPeriodImpl#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReportingPeriodImpl extends IdentifiedImpl implements ReportingPeriod {
	/**
	 * The default value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected static final String MONTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected String month = MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getCutoff() <em>Cutoff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCutoff()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CUTOFF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCutoff() <em>Cutoff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCutoff()
	 * @generated
	 * @ordered
	 */
	protected LocalDate cutoff = CUTOFF_EDEFAULT;

	/**
	 * The default value of the '{@link #getClosedOn() <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CLOSED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosedOn() <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate closedOn = CLOSED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getClosedBy() <em>Closed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String CLOSED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosedBy() <em>Closed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedBy()
	 * @generated
	 * @ordered
	 */
	protected String closedBy = CLOSED_BY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEntries() <em>Entries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<PeriodEntry> entries;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReportingPeriodImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.REPORTING_PERIOD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMonth() {
		return month;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonth(String newMonth) {
		String oldMonth = month;
		month = newMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.REPORTING_PERIOD__MONTH, oldMonth, month));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getCutoff() {
		return cutoff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCutoff(LocalDate newCutoff) {
		LocalDate oldCutoff = cutoff;
		cutoff = newCutoff;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.REPORTING_PERIOD__CUTOFF, oldCutoff, cutoff));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getClosedOn() {
		return closedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosedOn(LocalDate newClosedOn) {
		LocalDate oldClosedOn = closedOn;
		closedOn = newClosedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.REPORTING_PERIOD__CLOSED_ON, oldClosedOn, closedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClosedBy() {
		return closedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosedBy(String newClosedBy) {
		String oldClosedBy = closedBy;
		closedBy = newClosedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.REPORTING_PERIOD__CLOSED_BY, oldClosedBy, closedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PeriodEntry> getEntries() {
		if (entries == null) {
			entries = new EObjectContainmentEList<PeriodEntry>(PeriodEntry.class, this, ModelPackage.REPORTING_PERIOD__ENTRIES);
		}
		return entries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.REPORTING_PERIOD__ENTRIES:
				return ((InternalEList<?>)getEntries()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.REPORTING_PERIOD__MONTH:
				return getMonth();
			case ModelPackage.REPORTING_PERIOD__CUTOFF:
				return getCutoff();
			case ModelPackage.REPORTING_PERIOD__CLOSED_ON:
				return getClosedOn();
			case ModelPackage.REPORTING_PERIOD__CLOSED_BY:
				return getClosedBy();
			case ModelPackage.REPORTING_PERIOD__ENTRIES:
				return getEntries();
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
			case ModelPackage.REPORTING_PERIOD__MONTH:
				setMonth((String)newValue);
				return;
			case ModelPackage.REPORTING_PERIOD__CUTOFF:
				setCutoff((LocalDate)newValue);
				return;
			case ModelPackage.REPORTING_PERIOD__CLOSED_ON:
				setClosedOn((LocalDate)newValue);
				return;
			case ModelPackage.REPORTING_PERIOD__CLOSED_BY:
				setClosedBy((String)newValue);
				return;
			case ModelPackage.REPORTING_PERIOD__ENTRIES:
				getEntries().clear();
				getEntries().addAll((Collection<? extends PeriodEntry>)newValue);
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
			case ModelPackage.REPORTING_PERIOD__MONTH:
				setMonth(MONTH_EDEFAULT);
				return;
			case ModelPackage.REPORTING_PERIOD__CUTOFF:
				setCutoff(CUTOFF_EDEFAULT);
				return;
			case ModelPackage.REPORTING_PERIOD__CLOSED_ON:
				setClosedOn(CLOSED_ON_EDEFAULT);
				return;
			case ModelPackage.REPORTING_PERIOD__CLOSED_BY:
				setClosedBy(CLOSED_BY_EDEFAULT);
				return;
			case ModelPackage.REPORTING_PERIOD__ENTRIES:
				getEntries().clear();
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
			case ModelPackage.REPORTING_PERIOD__MONTH:
				return MONTH_EDEFAULT == null ? month != null : !MONTH_EDEFAULT.equals(month);
			case ModelPackage.REPORTING_PERIOD__CUTOFF:
				return CUTOFF_EDEFAULT == null ? cutoff != null : !CUTOFF_EDEFAULT.equals(cutoff);
			case ModelPackage.REPORTING_PERIOD__CLOSED_ON:
				return CLOSED_ON_EDEFAULT == null ? closedOn != null : !CLOSED_ON_EDEFAULT.equals(closedOn);
			case ModelPackage.REPORTING_PERIOD__CLOSED_BY:
				return CLOSED_BY_EDEFAULT == null ? closedBy != null : !CLOSED_BY_EDEFAULT.equals(closedBy);
			case ModelPackage.REPORTING_PERIOD__ENTRIES:
				return entries != null && !entries.isEmpty();
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
		result.append(" (month: ");
		result.append(month);
		result.append(", cutoff: ");
		result.append(cutoff);
		result.append(", closedOn: ");
		result.append(closedOn);
		result.append(", closedBy: ");
		result.append(closedBy);
		result.append(')');
		return result.toString();
	}

} //ReportingPeriodImpl
