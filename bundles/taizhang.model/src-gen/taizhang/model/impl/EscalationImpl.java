/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import taizhang.model.Escalation;
import taizhang.model.ModelPackage;
import taizhang.model.ProposalState;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Escalation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.impl.EscalationImpl#getState <em>State</em>}</li>
 *   <li>{@link taizhang.model.impl.EscalationImpl#getProposedBy <em>Proposed By</em>}</li>
 *   <li>{@link taizhang.model.impl.EscalationImpl#getDecidedOn <em>Decided On</em>}</li>
 *   <li>{@link taizhang.model.impl.EscalationImpl#getDecisionNote <em>Decision Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class EscalationImpl extends IdentifiedImpl implements Escalation {
	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final ProposalState STATE_EDEFAULT = ProposalState.CONFIRMED;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected ProposalState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getProposedBy() <em>Proposed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProposedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String PROPOSED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProposedBy() <em>Proposed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProposedBy()
	 * @generated
	 * @ordered
	 */
	protected String proposedBy = PROPOSED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecidedOn() <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DECIDED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecidedOn() <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate decidedOn = DECIDED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecisionNote() <em>Decision Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionNote()
	 * @generated
	 * @ordered
	 */
	protected static final String DECISION_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecisionNote() <em>Decision Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionNote()
	 * @generated
	 * @ordered
	 */
	protected String decisionNote = DECISION_NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EscalationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.ESCALATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProposalState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(ProposalState newState) {
		ProposalState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ESCALATION__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProposedBy() {
		return proposedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProposedBy(String newProposedBy) {
		String oldProposedBy = proposedBy;
		proposedBy = newProposedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ESCALATION__PROPOSED_BY, oldProposedBy, proposedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecidedOn(LocalDate newDecidedOn) {
		LocalDate oldDecidedOn = decidedOn;
		decidedOn = newDecidedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ESCALATION__DECIDED_ON, oldDecidedOn, decidedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDecisionNote() {
		return decisionNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecisionNote(String newDecisionNote) {
		String oldDecisionNote = decisionNote;
		decisionNote = newDecisionNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ESCALATION__DECISION_NOTE, oldDecisionNote, decisionNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.ESCALATION__STATE:
				return getState();
			case ModelPackage.ESCALATION__PROPOSED_BY:
				return getProposedBy();
			case ModelPackage.ESCALATION__DECIDED_ON:
				return getDecidedOn();
			case ModelPackage.ESCALATION__DECISION_NOTE:
				return getDecisionNote();
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
			case ModelPackage.ESCALATION__STATE:
				setState((ProposalState)newValue);
				return;
			case ModelPackage.ESCALATION__PROPOSED_BY:
				setProposedBy((String)newValue);
				return;
			case ModelPackage.ESCALATION__DECIDED_ON:
				setDecidedOn((LocalDate)newValue);
				return;
			case ModelPackage.ESCALATION__DECISION_NOTE:
				setDecisionNote((String)newValue);
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
			case ModelPackage.ESCALATION__STATE:
				setState(STATE_EDEFAULT);
				return;
			case ModelPackage.ESCALATION__PROPOSED_BY:
				setProposedBy(PROPOSED_BY_EDEFAULT);
				return;
			case ModelPackage.ESCALATION__DECIDED_ON:
				setDecidedOn(DECIDED_ON_EDEFAULT);
				return;
			case ModelPackage.ESCALATION__DECISION_NOTE:
				setDecisionNote(DECISION_NOTE_EDEFAULT);
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
			case ModelPackage.ESCALATION__STATE:
				return state != STATE_EDEFAULT;
			case ModelPackage.ESCALATION__PROPOSED_BY:
				return PROPOSED_BY_EDEFAULT == null ? proposedBy != null : !PROPOSED_BY_EDEFAULT.equals(proposedBy);
			case ModelPackage.ESCALATION__DECIDED_ON:
				return DECIDED_ON_EDEFAULT == null ? decidedOn != null : !DECIDED_ON_EDEFAULT.equals(decidedOn);
			case ModelPackage.ESCALATION__DECISION_NOTE:
				return DECISION_NOTE_EDEFAULT == null ? decisionNote != null : !DECISION_NOTE_EDEFAULT.equals(decisionNote);
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
		result.append(" (state: ");
		result.append(state);
		result.append(", proposedBy: ");
		result.append(proposedBy);
		result.append(", decidedOn: ");
		result.append(decidedOn);
		result.append(", decisionNote: ");
		result.append(decisionNote);
		result.append(')');
		return result.toString();
	}

} //EscalationImpl
