/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import taizhang.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see taizhang.model.ModelPackage
 * @generated
 */
public class ModelAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ModelPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = ModelPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModelSwitch<Adapter> modelSwitch =
		new ModelSwitch<Adapter>() {
			@Override
			public Adapter caseIdentified(Identified object) {
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter caseLedger(Ledger object) {
				return createLedgerAdapter();
			}
			@Override
			public Adapter caseInspectionRound(InspectionRound object) {
				return createInspectionRoundAdapter();
			}
			@Override
			public Adapter caseIssue(Issue object) {
				return createIssueAdapter();
			}
			@Override
			public Adapter caseRectificationPlan(RectificationPlan object) {
				return createRectificationPlanAdapter();
			}
			@Override
			public Adapter caseMeasure(Measure object) {
				return createMeasureAdapter();
			}
			@Override
			public Adapter caseStageGoal(StageGoal object) {
				return createStageGoalAdapter();
			}
			@Override
			public Adapter caseEvidence(Evidence object) {
				return createEvidenceAdapter();
			}
			@Override
			public Adapter caseProgressReport(ProgressReport object) {
				return createProgressReportAdapter();
			}
			@Override
			public Adapter caseSignOffReview(SignOffReview object) {
				return createSignOffReviewAdapter();
			}
			@Override
			public Adapter caseReviewCheckItem(ReviewCheckItem object) {
				return createReviewCheckItemAdapter();
			}
			@Override
			public Adapter caseWarning(Warning object) {
				return createWarningAdapter();
			}
			@Override
			public Adapter caseEscalation(Escalation object) {
				return createEscalationAdapter();
			}
			@Override
			public Adapter caseSupervisionNotice(SupervisionNotice object) {
				return createSupervisionNoticeAdapter();
			}
			@Override
			public Adapter caseInterview(Interview object) {
				return createInterviewAdapter();
			}
			@Override
			public Adapter caseAccountability(Accountability object) {
				return createAccountabilityAdapter();
			}
			@Override
			public Adapter caseDeduction(Deduction object) {
				return createDeductionAdapter();
			}
			@Override
			public Adapter caseLedgerSettings(LedgerSettings object) {
				return createLedgerSettingsAdapter();
			}
			@Override
			public Adapter caseReportingPeriod(ReportingPeriod object) {
				return createReportingPeriodAdapter();
			}
			@Override
			public Adapter casePeriodEntry(PeriodEntry object) {
				return createPeriodEntryAdapter();
			}
			@Override
			public Adapter caseOrganization(Organization object) {
				return createOrganizationAdapter();
			}
			@Override
			public Adapter casePerson(Person object) {
				return createPersonAdapter();
			}
			@Override
			public Adapter caseAssignment(Assignment object) {
				return createAssignmentAdapter();
			}
			@Override
			public Adapter caseStatusChange(StatusChange object) {
				return createStatusChangeAdapter();
			}
			@Override
			public Adapter caseCustomFieldDefinition(CustomFieldDefinition object) {
				return createCustomFieldDefinitionAdapter();
			}
			@Override
			public Adapter caseCustomFieldValue(CustomFieldValue object) {
				return createCustomFieldValueAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.Ledger <em>Ledger</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.Ledger
	 * @generated
	 */
	public Adapter createLedgerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.InspectionRound <em>Inspection Round</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.InspectionRound
	 * @generated
	 */
	public Adapter createInspectionRoundAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.Issue <em>Issue</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.Issue
	 * @generated
	 */
	public Adapter createIssueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.RectificationPlan <em>Rectification Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.RectificationPlan
	 * @generated
	 */
	public Adapter createRectificationPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.Measure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.Measure
	 * @generated
	 */
	public Adapter createMeasureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.StageGoal <em>Stage Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.StageGoal
	 * @generated
	 */
	public Adapter createStageGoalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.Evidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.Evidence
	 * @generated
	 */
	public Adapter createEvidenceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.ProgressReport <em>Progress Report</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.ProgressReport
	 * @generated
	 */
	public Adapter createProgressReportAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.SignOffReview <em>Sign Off Review</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.SignOffReview
	 * @generated
	 */
	public Adapter createSignOffReviewAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.ReviewCheckItem <em>Review Check Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.ReviewCheckItem
	 * @generated
	 */
	public Adapter createReviewCheckItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.Warning <em>Warning</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.Warning
	 * @generated
	 */
	public Adapter createWarningAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.Escalation <em>Escalation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.Escalation
	 * @generated
	 */
	public Adapter createEscalationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.SupervisionNotice <em>Supervision Notice</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.SupervisionNotice
	 * @generated
	 */
	public Adapter createSupervisionNoticeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.Interview <em>Interview</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.Interview
	 * @generated
	 */
	public Adapter createInterviewAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.Accountability <em>Accountability</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.Accountability
	 * @generated
	 */
	public Adapter createAccountabilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.Deduction <em>Deduction</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.Deduction
	 * @generated
	 */
	public Adapter createDeductionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.LedgerSettings <em>Ledger Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.LedgerSettings
	 * @generated
	 */
	public Adapter createLedgerSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.ReportingPeriod <em>Reporting Period</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.ReportingPeriod
	 * @generated
	 */
	public Adapter createReportingPeriodAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.PeriodEntry <em>Period Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.PeriodEntry
	 * @generated
	 */
	public Adapter createPeriodEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.Organization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.Organization
	 * @generated
	 */
	public Adapter createOrganizationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.Person
	 * @generated
	 */
	public Adapter createPersonAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.Assignment <em>Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.Assignment
	 * @generated
	 */
	public Adapter createAssignmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.StatusChange <em>Status Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.StatusChange
	 * @generated
	 */
	public Adapter createStatusChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.CustomFieldDefinition <em>Custom Field Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.CustomFieldDefinition
	 * @generated
	 */
	public Adapter createCustomFieldDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link taizhang.model.CustomFieldValue <em>Custom Field Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see taizhang.model.CustomFieldValue
	 * @generated
	 */
	public Adapter createCustomFieldValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //ModelAdapterFactory
