/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import taizhang.model.InspectionRound;
import taizhang.model.ModelPackage;
import taizhang.model.RoundKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Inspection Round</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.impl.InspectionRoundImpl#getName <em>Name</em>}</li>
 *   <li>{@link taizhang.model.impl.InspectionRoundImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link taizhang.model.impl.InspectionRoundImpl#getBatchNumber <em>Batch Number</em>}</li>
 *   <li>{@link taizhang.model.impl.InspectionRoundImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link taizhang.model.impl.InspectionRoundImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link taizhang.model.impl.InspectionRoundImpl#getInspectionGroup <em>Inspection Group</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InspectionRoundImpl extends IdentifiedImpl implements InspectionRound {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final RoundKind KIND_EDEFAULT = RoundKind.CENTRAL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected RoundKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getBatchNumber() <em>Batch Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String BATCH_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBatchNumber() <em>Batch Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchNumber()
	 * @generated
	 * @ordered
	 */
	protected String batchNumber = BATCH_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInspectionGroup() <em>Inspection Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInspectionGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String INSPECTION_GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInspectionGroup() <em>Inspection Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInspectionGroup()
	 * @generated
	 * @ordered
	 */
	protected String inspectionGroup = INSPECTION_GROUP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InspectionRoundImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.INSPECTION_ROUND;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INSPECTION_ROUND__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoundKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(RoundKind newKind) {
		RoundKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INSPECTION_ROUND__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBatchNumber() {
		return batchNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBatchNumber(String newBatchNumber) {
		String oldBatchNumber = batchNumber;
		batchNumber = newBatchNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INSPECTION_ROUND__BATCH_NUMBER, oldBatchNumber, batchNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INSPECTION_ROUND__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate) {
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INSPECTION_ROUND__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInspectionGroup() {
		return inspectionGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInspectionGroup(String newInspectionGroup) {
		String oldInspectionGroup = inspectionGroup;
		inspectionGroup = newInspectionGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.INSPECTION_ROUND__INSPECTION_GROUP, oldInspectionGroup, inspectionGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.INSPECTION_ROUND__NAME:
				return getName();
			case ModelPackage.INSPECTION_ROUND__KIND:
				return getKind();
			case ModelPackage.INSPECTION_ROUND__BATCH_NUMBER:
				return getBatchNumber();
			case ModelPackage.INSPECTION_ROUND__START_DATE:
				return getStartDate();
			case ModelPackage.INSPECTION_ROUND__END_DATE:
				return getEndDate();
			case ModelPackage.INSPECTION_ROUND__INSPECTION_GROUP:
				return getInspectionGroup();
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
			case ModelPackage.INSPECTION_ROUND__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.INSPECTION_ROUND__KIND:
				setKind((RoundKind)newValue);
				return;
			case ModelPackage.INSPECTION_ROUND__BATCH_NUMBER:
				setBatchNumber((String)newValue);
				return;
			case ModelPackage.INSPECTION_ROUND__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case ModelPackage.INSPECTION_ROUND__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case ModelPackage.INSPECTION_ROUND__INSPECTION_GROUP:
				setInspectionGroup((String)newValue);
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
			case ModelPackage.INSPECTION_ROUND__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.INSPECTION_ROUND__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ModelPackage.INSPECTION_ROUND__BATCH_NUMBER:
				setBatchNumber(BATCH_NUMBER_EDEFAULT);
				return;
			case ModelPackage.INSPECTION_ROUND__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case ModelPackage.INSPECTION_ROUND__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case ModelPackage.INSPECTION_ROUND__INSPECTION_GROUP:
				setInspectionGroup(INSPECTION_GROUP_EDEFAULT);
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
			case ModelPackage.INSPECTION_ROUND__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.INSPECTION_ROUND__KIND:
				return kind != KIND_EDEFAULT;
			case ModelPackage.INSPECTION_ROUND__BATCH_NUMBER:
				return BATCH_NUMBER_EDEFAULT == null ? batchNumber != null : !BATCH_NUMBER_EDEFAULT.equals(batchNumber);
			case ModelPackage.INSPECTION_ROUND__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case ModelPackage.INSPECTION_ROUND__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case ModelPackage.INSPECTION_ROUND__INSPECTION_GROUP:
				return INSPECTION_GROUP_EDEFAULT == null ? inspectionGroup != null : !INSPECTION_GROUP_EDEFAULT.equals(inspectionGroup);
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
		result.append(", kind: ");
		result.append(kind);
		result.append(", batchNumber: ");
		result.append(batchNumber);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(", inspectionGroup: ");
		result.append(inspectionGroup);
		result.append(')');
		return result.toString();
	}

} //InspectionRoundImpl
