/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Escalation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A record of the office's escalation (notice, deduction, interview): proposed by a rule or entered by hand, then confirmed or dismissed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link taizhang.model.Escalation#getState <em>State</em>}</li>
 *   <li>{@link taizhang.model.Escalation#getProposedBy <em>Proposed By</em>}</li>
 *   <li>{@link taizhang.model.Escalation#getDecidedOn <em>Decided On</em>}</li>
 *   <li>{@link taizhang.model.Escalation#getDecisionNote <em>Decision Note</em>}</li>
 * </ul>
 *
 * @see taizhang.model.ModelPackage#getEscalation()
 * @model abstract="true"
 * @generated
 */
public interface Escalation extends Identified {
	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The default value is <code>"CONFIRMED"</code>.
	 * The literals are from the enumeration {@link taizhang.model.ProposalState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PROPOSED by a rule until the office confirms or dismisses it; records entered by hand are CONFIRMED.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see taizhang.model.ProposalState
	 * @see #setState(ProposalState)
	 * @see taizhang.model.ModelPackage#getEscalation_State()
	 * @model default="CONFIRMED"
	 * @generated
	 */
	ProposalState getState();

	/**
	 * Sets the value of the '{@link taizhang.model.Escalation#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see taizhang.model.ProposalState
	 * @see #getState()
	 * @generated
	 */
	void setState(ProposalState value);

	/**
	 * Returns the value of the '<em><b>Proposed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the escalation rule that proposed the record; empty for records entered by hand.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Proposed By</em>' attribute.
	 * @see #setProposedBy(String)
	 * @see taizhang.model.ModelPackage#getEscalation_ProposedBy()
	 * @model
	 * @generated
	 */
	String getProposedBy();

	/**
	 * Sets the value of the '{@link taizhang.model.Escalation#getProposedBy <em>Proposed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proposed By</em>' attribute.
	 * @see #getProposedBy()
	 * @generated
	 */
	void setProposedBy(String value);

	/**
	 * Returns the value of the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided On</em>' attribute.
	 * @see #setDecidedOn(LocalDate)
	 * @see taizhang.model.ModelPackage#getEscalation_DecidedOn()
	 * @model dataType="taizhang.model.LocalDate"
	 * @generated
	 */
	LocalDate getDecidedOn();

	/**
	 * Sets the value of the '{@link taizhang.model.Escalation#getDecidedOn <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided On</em>' attribute.
	 * @see #getDecidedOn()
	 * @generated
	 */
	void setDecidedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Decision Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision Note</em>' attribute.
	 * @see #setDecisionNote(String)
	 * @see taizhang.model.ModelPackage#getEscalation_DecisionNote()
	 * @model
	 * @generated
	 */
	String getDecisionNote();

	/**
	 * Sets the value of the '{@link taizhang.model.Escalation#getDecisionNote <em>Decision Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision Note</em>' attribute.
	 * @see #getDecisionNote()
	 * @generated
	 */
	void setDecisionNote(String value);

} // Escalation
