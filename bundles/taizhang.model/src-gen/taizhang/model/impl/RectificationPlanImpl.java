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
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import taizhang.model.Measure;
import taizhang.model.ModelPackage;
import taizhang.model.RectificationPlan;
import taizhang.model.RectificationType;
import taizhang.model.StageGoal;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rectification Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.impl.RectificationPlanImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link taizhang.model.impl.RectificationPlanImpl#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link taizhang.model.impl.RectificationPlanImpl#getDeadlineText <em>Deadline Text</em>}</li>
 *   <li>{@link taizhang.model.impl.RectificationPlanImpl#getType <em>Type</em>}</li>
 *   <li>{@link taizhang.model.impl.RectificationPlanImpl#getMeasures <em>Measures</em>}</li>
 *   <li>{@link taizhang.model.impl.RectificationPlanImpl#getStageGoals <em>Stage Goals</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RectificationPlanImpl extends MinimalEObjectImpl.Container implements RectificationPlan {
	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected String target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected LocalDate deadline = DEADLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeadlineText() <em>Deadline Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadlineText()
	 * @generated
	 * @ordered
	 */
	protected static final String DEADLINE_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeadlineText() <em>Deadline Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadlineText()
	 * @generated
	 * @ordered
	 */
	protected String deadlineText = DEADLINE_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final RectificationType TYPE_EDEFAULT = RectificationType.IMMEDIATE;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected RectificationType type = TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMeasures() <em>Measures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasures()
	 * @generated
	 * @ordered
	 */
	protected EList<Measure> measures;

	/**
	 * The cached value of the '{@link #getStageGoals() <em>Stage Goals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStageGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<StageGoal> stageGoals;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RectificationPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.RECTIFICATION_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(String newTarget) {
		String oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RECTIFICATION_PLAN__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDeadline() {
		return deadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeadline(LocalDate newDeadline) {
		LocalDate oldDeadline = deadline;
		deadline = newDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RECTIFICATION_PLAN__DEADLINE, oldDeadline, deadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeadlineText() {
		return deadlineText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeadlineText(String newDeadlineText) {
		String oldDeadlineText = deadlineText;
		deadlineText = newDeadlineText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RECTIFICATION_PLAN__DEADLINE_TEXT, oldDeadlineText, deadlineText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RectificationType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(RectificationType newType) {
		RectificationType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RECTIFICATION_PLAN__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measure> getMeasures() {
		if (measures == null) {
			measures = new EObjectContainmentEList<Measure>(Measure.class, this, ModelPackage.RECTIFICATION_PLAN__MEASURES);
		}
		return measures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StageGoal> getStageGoals() {
		if (stageGoals == null) {
			stageGoals = new EObjectContainmentEList<StageGoal>(StageGoal.class, this, ModelPackage.RECTIFICATION_PLAN__STAGE_GOALS);
		}
		return stageGoals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.RECTIFICATION_PLAN__MEASURES:
				return ((InternalEList<?>)getMeasures()).basicRemove(otherEnd, msgs);
			case ModelPackage.RECTIFICATION_PLAN__STAGE_GOALS:
				return ((InternalEList<?>)getStageGoals()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.RECTIFICATION_PLAN__TARGET:
				return getTarget();
			case ModelPackage.RECTIFICATION_PLAN__DEADLINE:
				return getDeadline();
			case ModelPackage.RECTIFICATION_PLAN__DEADLINE_TEXT:
				return getDeadlineText();
			case ModelPackage.RECTIFICATION_PLAN__TYPE:
				return getType();
			case ModelPackage.RECTIFICATION_PLAN__MEASURES:
				return getMeasures();
			case ModelPackage.RECTIFICATION_PLAN__STAGE_GOALS:
				return getStageGoals();
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
			case ModelPackage.RECTIFICATION_PLAN__TARGET:
				setTarget((String)newValue);
				return;
			case ModelPackage.RECTIFICATION_PLAN__DEADLINE:
				setDeadline((LocalDate)newValue);
				return;
			case ModelPackage.RECTIFICATION_PLAN__DEADLINE_TEXT:
				setDeadlineText((String)newValue);
				return;
			case ModelPackage.RECTIFICATION_PLAN__TYPE:
				setType((RectificationType)newValue);
				return;
			case ModelPackage.RECTIFICATION_PLAN__MEASURES:
				getMeasures().clear();
				getMeasures().addAll((Collection<? extends Measure>)newValue);
				return;
			case ModelPackage.RECTIFICATION_PLAN__STAGE_GOALS:
				getStageGoals().clear();
				getStageGoals().addAll((Collection<? extends StageGoal>)newValue);
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
			case ModelPackage.RECTIFICATION_PLAN__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case ModelPackage.RECTIFICATION_PLAN__DEADLINE:
				setDeadline(DEADLINE_EDEFAULT);
				return;
			case ModelPackage.RECTIFICATION_PLAN__DEADLINE_TEXT:
				setDeadlineText(DEADLINE_TEXT_EDEFAULT);
				return;
			case ModelPackage.RECTIFICATION_PLAN__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case ModelPackage.RECTIFICATION_PLAN__MEASURES:
				getMeasures().clear();
				return;
			case ModelPackage.RECTIFICATION_PLAN__STAGE_GOALS:
				getStageGoals().clear();
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
			case ModelPackage.RECTIFICATION_PLAN__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case ModelPackage.RECTIFICATION_PLAN__DEADLINE:
				return DEADLINE_EDEFAULT == null ? deadline != null : !DEADLINE_EDEFAULT.equals(deadline);
			case ModelPackage.RECTIFICATION_PLAN__DEADLINE_TEXT:
				return DEADLINE_TEXT_EDEFAULT == null ? deadlineText != null : !DEADLINE_TEXT_EDEFAULT.equals(deadlineText);
			case ModelPackage.RECTIFICATION_PLAN__TYPE:
				return type != TYPE_EDEFAULT;
			case ModelPackage.RECTIFICATION_PLAN__MEASURES:
				return measures != null && !measures.isEmpty();
			case ModelPackage.RECTIFICATION_PLAN__STAGE_GOALS:
				return stageGoals != null && !stageGoals.isEmpty();
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
		result.append(" (target: ");
		result.append(target);
		result.append(", deadline: ");
		result.append(deadline);
		result.append(", deadlineText: ");
		result.append(deadlineText);
		result.append(", type: ");
		result.append(type);
		result.append(')');
		return result.toString();
	}

} //RectificationPlanImpl
