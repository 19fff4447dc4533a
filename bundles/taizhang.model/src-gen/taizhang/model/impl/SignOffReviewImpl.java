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
import taizhang.model.Person;
import taizhang.model.ReviewCheckItem;
import taizhang.model.ReviewDecision;
import taizhang.model.ReviewLevel;
import taizhang.model.SignOffReview;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sign Off Review</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.impl.SignOffReviewImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link taizhang.model.impl.SignOffReviewImpl#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link taizhang.model.impl.SignOffReviewImpl#getReviewerName <em>Reviewer Name</em>}</li>
 *   <li>{@link taizhang.model.impl.SignOffReviewImpl#getDate <em>Date</em>}</li>
 *   <li>{@link taizhang.model.impl.SignOffReviewImpl#getDecision <em>Decision</em>}</li>
 *   <li>{@link taizhang.model.impl.SignOffReviewImpl#getReasons <em>Reasons</em>}</li>
 *   <li>{@link taizhang.model.impl.SignOffReviewImpl#getChecklist <em>Checklist</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SignOffReviewImpl extends IdentifiedImpl implements SignOffReview {
	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final ReviewLevel LEVEL_EDEFAULT = ReviewLevel.COUNTY_SELF_CHECK;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected ReviewLevel level = LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReviewer() <em>Reviewer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected Person reviewer;

	/**
	 * The default value of the '{@link #getReviewerName() <em>Reviewer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewerName()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEWER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewerName() <em>Reviewer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewerName()
	 * @generated
	 * @ordered
	 */
	protected String reviewerName = REVIEWER_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected static final ReviewDecision DECISION_EDEFAULT = ReviewDecision.ACCEPTED;

	/**
	 * The cached value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected ReviewDecision decision = DECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getReasons() <em>Reasons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReasons()
	 * @generated
	 * @ordered
	 */
	protected static final String REASONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReasons() <em>Reasons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReasons()
	 * @generated
	 * @ordered
	 */
	protected String reasons = REASONS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChecklist() <em>Checklist</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecklist()
	 * @generated
	 * @ordered
	 */
	protected EList<ReviewCheckItem> checklist;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SignOffReviewImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.SIGN_OFF_REVIEW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(ReviewLevel newLevel) {
		ReviewLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SIGN_OFF_REVIEW__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getReviewer() {
		if (reviewer != null && reviewer.eIsProxy()) {
			InternalEObject oldReviewer = (InternalEObject)reviewer;
			reviewer = (Person)eResolveProxy(oldReviewer);
			if (reviewer != oldReviewer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.SIGN_OFF_REVIEW__REVIEWER, oldReviewer, reviewer));
			}
		}
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetReviewer() {
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewer(Person newReviewer) {
		Person oldReviewer = reviewer;
		reviewer = newReviewer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SIGN_OFF_REVIEW__REVIEWER, oldReviewer, reviewer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewerName() {
		return reviewerName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewerName(String newReviewerName) {
		String oldReviewerName = reviewerName;
		reviewerName = newReviewerName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SIGN_OFF_REVIEW__REVIEWER_NAME, oldReviewerName, reviewerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SIGN_OFF_REVIEW__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewDecision getDecision() {
		return decision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecision(ReviewDecision newDecision) {
		ReviewDecision oldDecision = decision;
		decision = newDecision == null ? DECISION_EDEFAULT : newDecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SIGN_OFF_REVIEW__DECISION, oldDecision, decision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReasons() {
		return reasons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReasons(String newReasons) {
		String oldReasons = reasons;
		reasons = newReasons;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SIGN_OFF_REVIEW__REASONS, oldReasons, reasons));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReviewCheckItem> getChecklist() {
		if (checklist == null) {
			checklist = new EObjectContainmentEList<ReviewCheckItem>(ReviewCheckItem.class, this, ModelPackage.SIGN_OFF_REVIEW__CHECKLIST);
		}
		return checklist;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.SIGN_OFF_REVIEW__CHECKLIST:
				return ((InternalEList<?>)getChecklist()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.SIGN_OFF_REVIEW__LEVEL:
				return getLevel();
			case ModelPackage.SIGN_OFF_REVIEW__REVIEWER:
				if (resolve) return getReviewer();
				return basicGetReviewer();
			case ModelPackage.SIGN_OFF_REVIEW__REVIEWER_NAME:
				return getReviewerName();
			case ModelPackage.SIGN_OFF_REVIEW__DATE:
				return getDate();
			case ModelPackage.SIGN_OFF_REVIEW__DECISION:
				return getDecision();
			case ModelPackage.SIGN_OFF_REVIEW__REASONS:
				return getReasons();
			case ModelPackage.SIGN_OFF_REVIEW__CHECKLIST:
				return getChecklist();
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
			case ModelPackage.SIGN_OFF_REVIEW__LEVEL:
				setLevel((ReviewLevel)newValue);
				return;
			case ModelPackage.SIGN_OFF_REVIEW__REVIEWER:
				setReviewer((Person)newValue);
				return;
			case ModelPackage.SIGN_OFF_REVIEW__REVIEWER_NAME:
				setReviewerName((String)newValue);
				return;
			case ModelPackage.SIGN_OFF_REVIEW__DATE:
				setDate((LocalDate)newValue);
				return;
			case ModelPackage.SIGN_OFF_REVIEW__DECISION:
				setDecision((ReviewDecision)newValue);
				return;
			case ModelPackage.SIGN_OFF_REVIEW__REASONS:
				setReasons((String)newValue);
				return;
			case ModelPackage.SIGN_OFF_REVIEW__CHECKLIST:
				getChecklist().clear();
				getChecklist().addAll((Collection<? extends ReviewCheckItem>)newValue);
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
			case ModelPackage.SIGN_OFF_REVIEW__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case ModelPackage.SIGN_OFF_REVIEW__REVIEWER:
				setReviewer((Person)null);
				return;
			case ModelPackage.SIGN_OFF_REVIEW__REVIEWER_NAME:
				setReviewerName(REVIEWER_NAME_EDEFAULT);
				return;
			case ModelPackage.SIGN_OFF_REVIEW__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case ModelPackage.SIGN_OFF_REVIEW__DECISION:
				setDecision(DECISION_EDEFAULT);
				return;
			case ModelPackage.SIGN_OFF_REVIEW__REASONS:
				setReasons(REASONS_EDEFAULT);
				return;
			case ModelPackage.SIGN_OFF_REVIEW__CHECKLIST:
				getChecklist().clear();
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
			case ModelPackage.SIGN_OFF_REVIEW__LEVEL:
				return level != LEVEL_EDEFAULT;
			case ModelPackage.SIGN_OFF_REVIEW__REVIEWER:
				return reviewer != null;
			case ModelPackage.SIGN_OFF_REVIEW__REVIEWER_NAME:
				return REVIEWER_NAME_EDEFAULT == null ? reviewerName != null : !REVIEWER_NAME_EDEFAULT.equals(reviewerName);
			case ModelPackage.SIGN_OFF_REVIEW__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case ModelPackage.SIGN_OFF_REVIEW__DECISION:
				return decision != DECISION_EDEFAULT;
			case ModelPackage.SIGN_OFF_REVIEW__REASONS:
				return REASONS_EDEFAULT == null ? reasons != null : !REASONS_EDEFAULT.equals(reasons);
			case ModelPackage.SIGN_OFF_REVIEW__CHECKLIST:
				return checklist != null && !checklist.isEmpty();
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
		result.append(" (level: ");
		result.append(level);
		result.append(", reviewerName: ");
		result.append(reviewerName);
		result.append(", date: ");
		result.append(date);
		result.append(", decision: ");
		result.append(decision);
		result.append(", reasons: ");
		result.append(reasons);
		result.append(')');
		return result.toString();
	}

} //SignOffReviewImpl
