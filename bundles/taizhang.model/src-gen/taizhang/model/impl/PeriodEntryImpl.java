/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import taizhang.model.Issue;
import taizhang.model.IssueStatus;
import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.PeriodEntry;
import taizhang.model.WarningLevel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Period Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.impl.PeriodEntryImpl#getIssue <em>Issue</em>}</li>
 *   <li>{@link taizhang.model.impl.PeriodEntryImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link taizhang.model.impl.PeriodEntryImpl#isDone <em>Done</em>}</li>
 *   <li>{@link taizhang.model.impl.PeriodEntryImpl#isOverdue <em>Overdue</em>}</li>
 *   <li>{@link taizhang.model.impl.PeriodEntryImpl#isLagging <em>Lagging</em>}</li>
 *   <li>{@link taizhang.model.impl.PeriodEntryImpl#getWarning <em>Warning</em>}</li>
 *   <li>{@link taizhang.model.impl.PeriodEntryImpl#getRejections <em>Rejections</em>}</li>
 *   <li>{@link taizhang.model.impl.PeriodEntryImpl#getLeadUnit <em>Lead Unit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PeriodEntryImpl extends MinimalEObjectImpl.Container implements PeriodEntry {
	/**
	 * The cached value of the '{@link #getIssue() <em>Issue</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssue()
	 * @generated
	 * @ordered
	 */
	protected Issue issue;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final IssueStatus STATUS_EDEFAULT = IssueStatus.RECEIVED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected IssueStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #isDone() <em>Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDone()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DONE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDone() <em>Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDone()
	 * @generated
	 * @ordered
	 */
	protected boolean done = DONE_EDEFAULT;

	/**
	 * The default value of the '{@link #isOverdue() <em>Overdue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOverdue()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OVERDUE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOverdue() <em>Overdue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOverdue()
	 * @generated
	 * @ordered
	 */
	protected boolean overdue = OVERDUE_EDEFAULT;

	/**
	 * The default value of the '{@link #isLagging() <em>Lagging</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLagging()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LAGGING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLagging() <em>Lagging</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLagging()
	 * @generated
	 * @ordered
	 */
	protected boolean lagging = LAGGING_EDEFAULT;

	/**
	 * The default value of the '{@link #getWarning() <em>Warning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarning()
	 * @generated
	 * @ordered
	 */
	protected static final WarningLevel WARNING_EDEFAULT = WarningLevel.BLUE;

	/**
	 * The cached value of the '{@link #getWarning() <em>Warning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarning()
	 * @generated
	 * @ordered
	 */
	protected WarningLevel warning = WARNING_EDEFAULT;

	/**
	 * This is true if the Warning attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean warningESet;

	/**
	 * The default value of the '{@link #getRejections() <em>Rejections</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRejections()
	 * @generated
	 * @ordered
	 */
	protected static final int REJECTIONS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRejections() <em>Rejections</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRejections()
	 * @generated
	 * @ordered
	 */
	protected int rejections = REJECTIONS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLeadUnit() <em>Lead Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadUnit()
	 * @generated
	 * @ordered
	 */
	protected Organization leadUnit;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PeriodEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.PERIOD_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Issue getIssue() {
		if (issue != null && issue.eIsProxy()) {
			InternalEObject oldIssue = (InternalEObject)issue;
			issue = (Issue)eResolveProxy(oldIssue);
			if (issue != oldIssue) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.PERIOD_ENTRY__ISSUE, oldIssue, issue));
			}
		}
		return issue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Issue basicGetIssue() {
		return issue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssue(Issue newIssue) {
		Issue oldIssue = issue;
		issue = newIssue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PERIOD_ENTRY__ISSUE, oldIssue, issue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IssueStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(IssueStatus newStatus) {
		IssueStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PERIOD_ENTRY__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDone() {
		return done;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDone(boolean newDone) {
		boolean oldDone = done;
		done = newDone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PERIOD_ENTRY__DONE, oldDone, done));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOverdue() {
		return overdue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverdue(boolean newOverdue) {
		boolean oldOverdue = overdue;
		overdue = newOverdue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PERIOD_ENTRY__OVERDUE, oldOverdue, overdue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLagging() {
		return lagging;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLagging(boolean newLagging) {
		boolean oldLagging = lagging;
		lagging = newLagging;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PERIOD_ENTRY__LAGGING, oldLagging, lagging));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WarningLevel getWarning() {
		return warning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWarning(WarningLevel newWarning) {
		WarningLevel oldWarning = warning;
		warning = newWarning == null ? WARNING_EDEFAULT : newWarning;
		boolean oldWarningESet = warningESet;
		warningESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PERIOD_ENTRY__WARNING, oldWarning, warning, !oldWarningESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetWarning() {
		WarningLevel oldWarning = warning;
		boolean oldWarningESet = warningESet;
		warning = WARNING_EDEFAULT;
		warningESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ModelPackage.PERIOD_ENTRY__WARNING, oldWarning, WARNING_EDEFAULT, oldWarningESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetWarning() {
		return warningESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRejections() {
		return rejections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRejections(int newRejections) {
		int oldRejections = rejections;
		rejections = newRejections;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PERIOD_ENTRY__REJECTIONS, oldRejections, rejections));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getLeadUnit() {
		if (leadUnit != null && leadUnit.eIsProxy()) {
			InternalEObject oldLeadUnit = (InternalEObject)leadUnit;
			leadUnit = (Organization)eResolveProxy(oldLeadUnit);
			if (leadUnit != oldLeadUnit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.PERIOD_ENTRY__LEAD_UNIT, oldLeadUnit, leadUnit));
			}
		}
		return leadUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetLeadUnit() {
		return leadUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeadUnit(Organization newLeadUnit) {
		Organization oldLeadUnit = leadUnit;
		leadUnit = newLeadUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PERIOD_ENTRY__LEAD_UNIT, oldLeadUnit, leadUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.PERIOD_ENTRY__ISSUE:
				if (resolve) return getIssue();
				return basicGetIssue();
			case ModelPackage.PERIOD_ENTRY__STATUS:
				return getStatus();
			case ModelPackage.PERIOD_ENTRY__DONE:
				return isDone();
			case ModelPackage.PERIOD_ENTRY__OVERDUE:
				return isOverdue();
			case ModelPackage.PERIOD_ENTRY__LAGGING:
				return isLagging();
			case ModelPackage.PERIOD_ENTRY__WARNING:
				return getWarning();
			case ModelPackage.PERIOD_ENTRY__REJECTIONS:
				return getRejections();
			case ModelPackage.PERIOD_ENTRY__LEAD_UNIT:
				if (resolve) return getLeadUnit();
				return basicGetLeadUnit();
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
			case ModelPackage.PERIOD_ENTRY__ISSUE:
				setIssue((Issue)newValue);
				return;
			case ModelPackage.PERIOD_ENTRY__STATUS:
				setStatus((IssueStatus)newValue);
				return;
			case ModelPackage.PERIOD_ENTRY__DONE:
				setDone((Boolean)newValue);
				return;
			case ModelPackage.PERIOD_ENTRY__OVERDUE:
				setOverdue((Boolean)newValue);
				return;
			case ModelPackage.PERIOD_ENTRY__LAGGING:
				setLagging((Boolean)newValue);
				return;
			case ModelPackage.PERIOD_ENTRY__WARNING:
				setWarning((WarningLevel)newValue);
				return;
			case ModelPackage.PERIOD_ENTRY__REJECTIONS:
				setRejections((Integer)newValue);
				return;
			case ModelPackage.PERIOD_ENTRY__LEAD_UNIT:
				setLeadUnit((Organization)newValue);
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
			case ModelPackage.PERIOD_ENTRY__ISSUE:
				setIssue((Issue)null);
				return;
			case ModelPackage.PERIOD_ENTRY__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ModelPackage.PERIOD_ENTRY__DONE:
				setDone(DONE_EDEFAULT);
				return;
			case ModelPackage.PERIOD_ENTRY__OVERDUE:
				setOverdue(OVERDUE_EDEFAULT);
				return;
			case ModelPackage.PERIOD_ENTRY__LAGGING:
				setLagging(LAGGING_EDEFAULT);
				return;
			case ModelPackage.PERIOD_ENTRY__WARNING:
				unsetWarning();
				return;
			case ModelPackage.PERIOD_ENTRY__REJECTIONS:
				setRejections(REJECTIONS_EDEFAULT);
				return;
			case ModelPackage.PERIOD_ENTRY__LEAD_UNIT:
				setLeadUnit((Organization)null);
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
			case ModelPackage.PERIOD_ENTRY__ISSUE:
				return issue != null;
			case ModelPackage.PERIOD_ENTRY__STATUS:
				return status != STATUS_EDEFAULT;
			case ModelPackage.PERIOD_ENTRY__DONE:
				return done != DONE_EDEFAULT;
			case ModelPackage.PERIOD_ENTRY__OVERDUE:
				return overdue != OVERDUE_EDEFAULT;
			case ModelPackage.PERIOD_ENTRY__LAGGING:
				return lagging != LAGGING_EDEFAULT;
			case ModelPackage.PERIOD_ENTRY__WARNING:
				return isSetWarning();
			case ModelPackage.PERIOD_ENTRY__REJECTIONS:
				return rejections != REJECTIONS_EDEFAULT;
			case ModelPackage.PERIOD_ENTRY__LEAD_UNIT:
				return leadUnit != null;
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
		result.append(" (status: ");
		result.append(status);
		result.append(", done: ");
		result.append(done);
		result.append(", overdue: ");
		result.append(overdue);
		result.append(", lagging: ");
		result.append(lagging);
		result.append(", warning: ");
		if (warningESet) result.append(warning); else result.append("<unset>");
		result.append(", rejections: ");
		result.append(rejections);
		result.append(')');
		return result.toString();
	}

} //PeriodEntryImpl
