/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.ProgressReport;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Progress Report</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.impl.ProgressReportImpl#getPeriod <em>Period</em>}</li>
 *   <li>{@link taizhang.model.impl.ProgressReportImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link taizhang.model.impl.ProgressReportImpl#getSubmittedOn <em>Submitted On</em>}</li>
 *   <li>{@link taizhang.model.impl.ProgressReportImpl#getText <em>Text</em>}</li>
 *   <li>{@link taizhang.model.impl.ProgressReportImpl#getPercentComplete <em>Percent Complete</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProgressReportImpl extends MinimalEObjectImpl.Container implements ProgressReport {
	/**
	 * The default value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final String PERIOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected String period = PERIOD_EDEFAULT;

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
	 * The default value of the '{@link #getSubmittedOn() <em>Submitted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmittedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SUBMITTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubmittedOn() <em>Submitted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmittedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate submittedOn = SUBMITTED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPercentComplete() <em>Percent Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercentComplete()
	 * @generated
	 * @ordered
	 */
	protected static final int PERCENT_COMPLETE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPercentComplete() <em>Percent Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercentComplete()
	 * @generated
	 * @ordered
	 */
	protected int percentComplete = PERCENT_COMPLETE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProgressReportImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.PROGRESS_REPORT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPeriod() {
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriod(String newPeriod) {
		String oldPeriod = period;
		period = newPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROGRESS_REPORT__PERIOD, oldPeriod, period));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.PROGRESS_REPORT__UNIT, oldUnit, unit));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROGRESS_REPORT__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSubmittedOn() {
		return submittedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubmittedOn(LocalDate newSubmittedOn) {
		LocalDate oldSubmittedOn = submittedOn;
		submittedOn = newSubmittedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROGRESS_REPORT__SUBMITTED_ON, oldSubmittedOn, submittedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROGRESS_REPORT__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPercentComplete() {
		return percentComplete;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPercentComplete(int newPercentComplete) {
		int oldPercentComplete = percentComplete;
		percentComplete = newPercentComplete;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PROGRESS_REPORT__PERCENT_COMPLETE, oldPercentComplete, percentComplete));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.PROGRESS_REPORT__PERIOD:
				return getPeriod();
			case ModelPackage.PROGRESS_REPORT__UNIT:
				if (resolve) return getUnit();
				return basicGetUnit();
			case ModelPackage.PROGRESS_REPORT__SUBMITTED_ON:
				return getSubmittedOn();
			case ModelPackage.PROGRESS_REPORT__TEXT:
				return getText();
			case ModelPackage.PROGRESS_REPORT__PERCENT_COMPLETE:
				return getPercentComplete();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.PROGRESS_REPORT__PERIOD:
				setPeriod((String)newValue);
				return;
			case ModelPackage.PROGRESS_REPORT__UNIT:
				setUnit((Organization)newValue);
				return;
			case ModelPackage.PROGRESS_REPORT__SUBMITTED_ON:
				setSubmittedOn((LocalDate)newValue);
				return;
			case ModelPackage.PROGRESS_REPORT__TEXT:
				setText((String)newValue);
				return;
			case ModelPackage.PROGRESS_REPORT__PERCENT_COMPLETE:
				setPercentComplete((Integer)newValue);
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
			case ModelPackage.PROGRESS_REPORT__PERIOD:
				setPeriod(PERIOD_EDEFAULT);
				return;
			case ModelPackage.PROGRESS_REPORT__UNIT:
				setUnit((Organization)null);
				return;
			case ModelPackage.PROGRESS_REPORT__SUBMITTED_ON:
				setSubmittedOn(SUBMITTED_ON_EDEFAULT);
				return;
			case ModelPackage.PROGRESS_REPORT__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case ModelPackage.PROGRESS_REPORT__PERCENT_COMPLETE:
				setPercentComplete(PERCENT_COMPLETE_EDEFAULT);
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
			case ModelPackage.PROGRESS_REPORT__PERIOD:
				return PERIOD_EDEFAULT == null ? period != null : !PERIOD_EDEFAULT.equals(period);
			case ModelPackage.PROGRESS_REPORT__UNIT:
				return unit != null;
			case ModelPackage.PROGRESS_REPORT__SUBMITTED_ON:
				return SUBMITTED_ON_EDEFAULT == null ? submittedOn != null : !SUBMITTED_ON_EDEFAULT.equals(submittedOn);
			case ModelPackage.PROGRESS_REPORT__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case ModelPackage.PROGRESS_REPORT__PERCENT_COMPLETE:
				return percentComplete != PERCENT_COMPLETE_EDEFAULT;
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
		result.append(" (period: ");
		result.append(period);
		result.append(", submittedOn: ");
		result.append(submittedOn);
		result.append(", text: ");
		result.append(text);
		result.append(", percentComplete: ");
		result.append(percentComplete);
		result.append(')');
		return result.toString();
	}

} //ProgressReportImpl
