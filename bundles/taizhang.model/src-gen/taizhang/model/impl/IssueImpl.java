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

import taizhang.model.Assignment;
import taizhang.model.CustomFieldValue;
import taizhang.model.Evidence;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.IssueCategory;
import taizhang.model.IssueKind;
import taizhang.model.IssueStatus;
import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.ProgressReport;
import taizhang.model.RectificationPlan;
import taizhang.model.SignOffReview;
import taizhang.model.StatusChange;
import taizhang.model.Warning;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Issue</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.impl.IssueImpl#getSequenceNumber <em>Sequence Number</em>}</li>
 *   <li>{@link taizhang.model.impl.IssueImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link taizhang.model.impl.IssueImpl#getCaseNumber <em>Case Number</em>}</li>
 *   <li>{@link taizhang.model.impl.IssueImpl#getRound <em>Round</em>}</li>
 *   <li>{@link taizhang.model.impl.IssueImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link taizhang.model.impl.IssueImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link taizhang.model.impl.IssueImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link taizhang.model.impl.IssueImpl#getReceivedDate <em>Received Date</em>}</li>
 *   <li>{@link taizhang.model.impl.IssueImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link taizhang.model.impl.IssueImpl#getProgressNote <em>Progress Note</em>}</li>
 *   <li>{@link taizhang.model.impl.IssueImpl#getPlan <em>Plan</em>}</li>
 *   <li>{@link taizhang.model.impl.IssueImpl#getAssignments <em>Assignments</em>}</li>
 *   <li>{@link taizhang.model.impl.IssueImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link taizhang.model.impl.IssueImpl#getProgressReports <em>Progress Reports</em>}</li>
 *   <li>{@link taizhang.model.impl.IssueImpl#getReviews <em>Reviews</em>}</li>
 *   <li>{@link taizhang.model.impl.IssueImpl#getWarnings <em>Warnings</em>}</li>
 *   <li>{@link taizhang.model.impl.IssueImpl#getStatusChanges <em>Status Changes</em>}</li>
 *   <li>{@link taizhang.model.impl.IssueImpl#getCustomValues <em>Custom Values</em>}</li>
 *   <li>{@link taizhang.model.impl.IssueImpl#getReboundOf <em>Rebound Of</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IssueImpl extends IdentifiedImpl implements Issue {
	/**
	 * The default value of the '{@link #getSequenceNumber() <em>Sequence Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSequenceNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int SEQUENCE_NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSequenceNumber() <em>Sequence Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSequenceNumber()
	 * @generated
	 * @ordered
	 */
	protected int sequenceNumber = SEQUENCE_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final IssueKind KIND_EDEFAULT = IssueKind.FEEDBACK;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected IssueKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaseNumber() <em>Case Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String CASE_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaseNumber() <em>Case Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseNumber()
	 * @generated
	 * @ordered
	 */
	protected String caseNumber = CASE_NUMBER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRound() <em>Round</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRound()
	 * @generated
	 * @ordered
	 */
	protected InspectionRound round;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected Organization region;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final IssueCategory CATEGORY_EDEFAULT = IssueCategory.AIR;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected IssueCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getReceivedDate() <em>Received Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivedDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RECEIVED_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReceivedDate() <em>Received Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivedDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate receivedDate = RECEIVED_DATE_EDEFAULT;

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
	 * The default value of the '{@link #getProgressNote() <em>Progress Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgressNote()
	 * @generated
	 * @ordered
	 */
	protected static final String PROGRESS_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProgressNote() <em>Progress Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgressNote()
	 * @generated
	 * @ordered
	 */
	protected String progressNote = PROGRESS_NOTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPlan() <em>Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlan()
	 * @generated
	 * @ordered
	 */
	protected RectificationPlan plan;

	/**
	 * The cached value of the '{@link #getAssignments() <em>Assignments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignments()
	 * @generated
	 * @ordered
	 */
	protected EList<Assignment> assignments;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<Evidence> evidence;

	/**
	 * The cached value of the '{@link #getProgressReports() <em>Progress Reports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgressReports()
	 * @generated
	 * @ordered
	 */
	protected EList<ProgressReport> progressReports;

	/**
	 * The cached value of the '{@link #getReviews() <em>Reviews</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviews()
	 * @generated
	 * @ordered
	 */
	protected EList<SignOffReview> reviews;

	/**
	 * The cached value of the '{@link #getWarnings() <em>Warnings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarnings()
	 * @generated
	 * @ordered
	 */
	protected EList<Warning> warnings;

	/**
	 * The cached value of the '{@link #getStatusChanges() <em>Status Changes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusChanges()
	 * @generated
	 * @ordered
	 */
	protected EList<StatusChange> statusChanges;

	/**
	 * The cached value of the '{@link #getCustomValues() <em>Custom Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomValues()
	 * @generated
	 * @ordered
	 */
	protected EList<CustomFieldValue> customValues;

	/**
	 * The cached value of the '{@link #getReboundOf() <em>Rebound Of</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReboundOf()
	 * @generated
	 * @ordered
	 */
	protected Issue reboundOf;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IssueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.ISSUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSequenceNumber() {
		return sequenceNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSequenceNumber(int newSequenceNumber) {
		int oldSequenceNumber = sequenceNumber;
		sequenceNumber = newSequenceNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ISSUE__SEQUENCE_NUMBER, oldSequenceNumber, sequenceNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IssueKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(IssueKind newKind) {
		IssueKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ISSUE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaseNumber() {
		return caseNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseNumber(String newCaseNumber) {
		String oldCaseNumber = caseNumber;
		caseNumber = newCaseNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ISSUE__CASE_NUMBER, oldCaseNumber, caseNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectionRound getRound() {
		if (round != null && round.eIsProxy()) {
			InternalEObject oldRound = (InternalEObject)round;
			round = (InspectionRound)eResolveProxy(oldRound);
			if (round != oldRound) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.ISSUE__ROUND, oldRound, round));
			}
		}
		return round;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InspectionRound basicGetRound() {
		return round;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRound(InspectionRound newRound) {
		InspectionRound oldRound = round;
		round = newRound;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ISSUE__ROUND, oldRound, round));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getRegion() {
		if (region != null && region.eIsProxy()) {
			InternalEObject oldRegion = (InternalEObject)region;
			region = (Organization)eResolveProxy(oldRegion);
			if (region != oldRegion) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.ISSUE__REGION, oldRegion, region));
			}
		}
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(Organization newRegion) {
		Organization oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ISSUE__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IssueCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(IssueCategory newCategory) {
		IssueCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ISSUE__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ISSUE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReceivedDate() {
		return receivedDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReceivedDate(LocalDate newReceivedDate) {
		LocalDate oldReceivedDate = receivedDate;
		receivedDate = newReceivedDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ISSUE__RECEIVED_DATE, oldReceivedDate, receivedDate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ISSUE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProgressNote() {
		return progressNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProgressNote(String newProgressNote) {
		String oldProgressNote = progressNote;
		progressNote = newProgressNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ISSUE__PROGRESS_NOTE, oldProgressNote, progressNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RectificationPlan getPlan() {
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPlan(RectificationPlan newPlan, NotificationChain msgs) {
		RectificationPlan oldPlan = plan;
		plan = newPlan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.ISSUE__PLAN, oldPlan, newPlan);
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
	public void setPlan(RectificationPlan newPlan) {
		if (newPlan != plan) {
			NotificationChain msgs = null;
			if (plan != null)
				msgs = ((InternalEObject)plan).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.ISSUE__PLAN, null, msgs);
			if (newPlan != null)
				msgs = ((InternalEObject)newPlan).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.ISSUE__PLAN, null, msgs);
			msgs = basicSetPlan(newPlan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ISSUE__PLAN, newPlan, newPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Assignment> getAssignments() {
		if (assignments == null) {
			assignments = new EObjectContainmentEList<Assignment>(Assignment.class, this, ModelPackage.ISSUE__ASSIGNMENTS);
		}
		return assignments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evidence> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectContainmentEList<Evidence>(Evidence.class, this, ModelPackage.ISSUE__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProgressReport> getProgressReports() {
		if (progressReports == null) {
			progressReports = new EObjectContainmentEList<ProgressReport>(ProgressReport.class, this, ModelPackage.ISSUE__PROGRESS_REPORTS);
		}
		return progressReports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SignOffReview> getReviews() {
		if (reviews == null) {
			reviews = new EObjectContainmentEList<SignOffReview>(SignOffReview.class, this, ModelPackage.ISSUE__REVIEWS);
		}
		return reviews;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Warning> getWarnings() {
		if (warnings == null) {
			warnings = new EObjectContainmentEList<Warning>(Warning.class, this, ModelPackage.ISSUE__WARNINGS);
		}
		return warnings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StatusChange> getStatusChanges() {
		if (statusChanges == null) {
			statusChanges = new EObjectContainmentEList<StatusChange>(StatusChange.class, this, ModelPackage.ISSUE__STATUS_CHANGES);
		}
		return statusChanges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CustomFieldValue> getCustomValues() {
		if (customValues == null) {
			customValues = new EObjectContainmentEList<CustomFieldValue>(CustomFieldValue.class, this, ModelPackage.ISSUE__CUSTOM_VALUES);
		}
		return customValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Issue getReboundOf() {
		if (reboundOf != null && reboundOf.eIsProxy()) {
			InternalEObject oldReboundOf = (InternalEObject)reboundOf;
			reboundOf = (Issue)eResolveProxy(oldReboundOf);
			if (reboundOf != oldReboundOf) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.ISSUE__REBOUND_OF, oldReboundOf, reboundOf));
			}
		}
		return reboundOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Issue basicGetReboundOf() {
		return reboundOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReboundOf(Issue newReboundOf) {
		Issue oldReboundOf = reboundOf;
		reboundOf = newReboundOf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ISSUE__REBOUND_OF, oldReboundOf, reboundOf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.ISSUE__PLAN:
				return basicSetPlan(null, msgs);
			case ModelPackage.ISSUE__ASSIGNMENTS:
				return ((InternalEList<?>)getAssignments()).basicRemove(otherEnd, msgs);
			case ModelPackage.ISSUE__EVIDENCE:
				return ((InternalEList<?>)getEvidence()).basicRemove(otherEnd, msgs);
			case ModelPackage.ISSUE__PROGRESS_REPORTS:
				return ((InternalEList<?>)getProgressReports()).basicRemove(otherEnd, msgs);
			case ModelPackage.ISSUE__REVIEWS:
				return ((InternalEList<?>)getReviews()).basicRemove(otherEnd, msgs);
			case ModelPackage.ISSUE__WARNINGS:
				return ((InternalEList<?>)getWarnings()).basicRemove(otherEnd, msgs);
			case ModelPackage.ISSUE__STATUS_CHANGES:
				return ((InternalEList<?>)getStatusChanges()).basicRemove(otherEnd, msgs);
			case ModelPackage.ISSUE__CUSTOM_VALUES:
				return ((InternalEList<?>)getCustomValues()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.ISSUE__SEQUENCE_NUMBER:
				return getSequenceNumber();
			case ModelPackage.ISSUE__KIND:
				return getKind();
			case ModelPackage.ISSUE__CASE_NUMBER:
				return getCaseNumber();
			case ModelPackage.ISSUE__ROUND:
				if (resolve) return getRound();
				return basicGetRound();
			case ModelPackage.ISSUE__REGION:
				if (resolve) return getRegion();
				return basicGetRegion();
			case ModelPackage.ISSUE__CATEGORY:
				return getCategory();
			case ModelPackage.ISSUE__DESCRIPTION:
				return getDescription();
			case ModelPackage.ISSUE__RECEIVED_DATE:
				return getReceivedDate();
			case ModelPackage.ISSUE__STATUS:
				return getStatus();
			case ModelPackage.ISSUE__PROGRESS_NOTE:
				return getProgressNote();
			case ModelPackage.ISSUE__PLAN:
				return getPlan();
			case ModelPackage.ISSUE__ASSIGNMENTS:
				return getAssignments();
			case ModelPackage.ISSUE__EVIDENCE:
				return getEvidence();
			case ModelPackage.ISSUE__PROGRESS_REPORTS:
				return getProgressReports();
			case ModelPackage.ISSUE__REVIEWS:
				return getReviews();
			case ModelPackage.ISSUE__WARNINGS:
				return getWarnings();
			case ModelPackage.ISSUE__STATUS_CHANGES:
				return getStatusChanges();
			case ModelPackage.ISSUE__CUSTOM_VALUES:
				return getCustomValues();
			case ModelPackage.ISSUE__REBOUND_OF:
				if (resolve) return getReboundOf();
				return basicGetReboundOf();
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
			case ModelPackage.ISSUE__SEQUENCE_NUMBER:
				setSequenceNumber((Integer)newValue);
				return;
			case ModelPackage.ISSUE__KIND:
				setKind((IssueKind)newValue);
				return;
			case ModelPackage.ISSUE__CASE_NUMBER:
				setCaseNumber((String)newValue);
				return;
			case ModelPackage.ISSUE__ROUND:
				setRound((InspectionRound)newValue);
				return;
			case ModelPackage.ISSUE__REGION:
				setRegion((Organization)newValue);
				return;
			case ModelPackage.ISSUE__CATEGORY:
				setCategory((IssueCategory)newValue);
				return;
			case ModelPackage.ISSUE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ModelPackage.ISSUE__RECEIVED_DATE:
				setReceivedDate((LocalDate)newValue);
				return;
			case ModelPackage.ISSUE__STATUS:
				setStatus((IssueStatus)newValue);
				return;
			case ModelPackage.ISSUE__PROGRESS_NOTE:
				setProgressNote((String)newValue);
				return;
			case ModelPackage.ISSUE__PLAN:
				setPlan((RectificationPlan)newValue);
				return;
			case ModelPackage.ISSUE__ASSIGNMENTS:
				getAssignments().clear();
				getAssignments().addAll((Collection<? extends Assignment>)newValue);
				return;
			case ModelPackage.ISSUE__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends Evidence>)newValue);
				return;
			case ModelPackage.ISSUE__PROGRESS_REPORTS:
				getProgressReports().clear();
				getProgressReports().addAll((Collection<? extends ProgressReport>)newValue);
				return;
			case ModelPackage.ISSUE__REVIEWS:
				getReviews().clear();
				getReviews().addAll((Collection<? extends SignOffReview>)newValue);
				return;
			case ModelPackage.ISSUE__WARNINGS:
				getWarnings().clear();
				getWarnings().addAll((Collection<? extends Warning>)newValue);
				return;
			case ModelPackage.ISSUE__STATUS_CHANGES:
				getStatusChanges().clear();
				getStatusChanges().addAll((Collection<? extends StatusChange>)newValue);
				return;
			case ModelPackage.ISSUE__CUSTOM_VALUES:
				getCustomValues().clear();
				getCustomValues().addAll((Collection<? extends CustomFieldValue>)newValue);
				return;
			case ModelPackage.ISSUE__REBOUND_OF:
				setReboundOf((Issue)newValue);
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
			case ModelPackage.ISSUE__SEQUENCE_NUMBER:
				setSequenceNumber(SEQUENCE_NUMBER_EDEFAULT);
				return;
			case ModelPackage.ISSUE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ModelPackage.ISSUE__CASE_NUMBER:
				setCaseNumber(CASE_NUMBER_EDEFAULT);
				return;
			case ModelPackage.ISSUE__ROUND:
				setRound((InspectionRound)null);
				return;
			case ModelPackage.ISSUE__REGION:
				setRegion((Organization)null);
				return;
			case ModelPackage.ISSUE__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case ModelPackage.ISSUE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ModelPackage.ISSUE__RECEIVED_DATE:
				setReceivedDate(RECEIVED_DATE_EDEFAULT);
				return;
			case ModelPackage.ISSUE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ModelPackage.ISSUE__PROGRESS_NOTE:
				setProgressNote(PROGRESS_NOTE_EDEFAULT);
				return;
			case ModelPackage.ISSUE__PLAN:
				setPlan((RectificationPlan)null);
				return;
			case ModelPackage.ISSUE__ASSIGNMENTS:
				getAssignments().clear();
				return;
			case ModelPackage.ISSUE__EVIDENCE:
				getEvidence().clear();
				return;
			case ModelPackage.ISSUE__PROGRESS_REPORTS:
				getProgressReports().clear();
				return;
			case ModelPackage.ISSUE__REVIEWS:
				getReviews().clear();
				return;
			case ModelPackage.ISSUE__WARNINGS:
				getWarnings().clear();
				return;
			case ModelPackage.ISSUE__STATUS_CHANGES:
				getStatusChanges().clear();
				return;
			case ModelPackage.ISSUE__CUSTOM_VALUES:
				getCustomValues().clear();
				return;
			case ModelPackage.ISSUE__REBOUND_OF:
				setReboundOf((Issue)null);
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
			case ModelPackage.ISSUE__SEQUENCE_NUMBER:
				return sequenceNumber != SEQUENCE_NUMBER_EDEFAULT;
			case ModelPackage.ISSUE__KIND:
				return kind != KIND_EDEFAULT;
			case ModelPackage.ISSUE__CASE_NUMBER:
				return CASE_NUMBER_EDEFAULT == null ? caseNumber != null : !CASE_NUMBER_EDEFAULT.equals(caseNumber);
			case ModelPackage.ISSUE__ROUND:
				return round != null;
			case ModelPackage.ISSUE__REGION:
				return region != null;
			case ModelPackage.ISSUE__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case ModelPackage.ISSUE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ModelPackage.ISSUE__RECEIVED_DATE:
				return RECEIVED_DATE_EDEFAULT == null ? receivedDate != null : !RECEIVED_DATE_EDEFAULT.equals(receivedDate);
			case ModelPackage.ISSUE__STATUS:
				return status != STATUS_EDEFAULT;
			case ModelPackage.ISSUE__PROGRESS_NOTE:
				return PROGRESS_NOTE_EDEFAULT == null ? progressNote != null : !PROGRESS_NOTE_EDEFAULT.equals(progressNote);
			case ModelPackage.ISSUE__PLAN:
				return plan != null;
			case ModelPackage.ISSUE__ASSIGNMENTS:
				return assignments != null && !assignments.isEmpty();
			case ModelPackage.ISSUE__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case ModelPackage.ISSUE__PROGRESS_REPORTS:
				return progressReports != null && !progressReports.isEmpty();
			case ModelPackage.ISSUE__REVIEWS:
				return reviews != null && !reviews.isEmpty();
			case ModelPackage.ISSUE__WARNINGS:
				return warnings != null && !warnings.isEmpty();
			case ModelPackage.ISSUE__STATUS_CHANGES:
				return statusChanges != null && !statusChanges.isEmpty();
			case ModelPackage.ISSUE__CUSTOM_VALUES:
				return customValues != null && !customValues.isEmpty();
			case ModelPackage.ISSUE__REBOUND_OF:
				return reboundOf != null;
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
		result.append(" (sequenceNumber: ");
		result.append(sequenceNumber);
		result.append(", kind: ");
		result.append(kind);
		result.append(", caseNumber: ");
		result.append(caseNumber);
		result.append(", category: ");
		result.append(category);
		result.append(", description: ");
		result.append(description);
		result.append(", receivedDate: ");
		result.append(receivedDate);
		result.append(", status: ");
		result.append(status);
		result.append(", progressNote: ");
		result.append(progressNote);
		result.append(')');
		return result.toString();
	}

} //IssueImpl
