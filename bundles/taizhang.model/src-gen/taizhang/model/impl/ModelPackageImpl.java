/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model.impl;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import taizhang.model.Accountability;
import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.CustomFieldDefinition;
import taizhang.model.CustomFieldType;
import taizhang.model.CustomFieldValue;
import taizhang.model.Deduction;
import taizhang.model.Escalation;
import taizhang.model.Evidence;
import taizhang.model.EvidenceKind;
import taizhang.model.Identified;
import taizhang.model.InspectionRound;
import taizhang.model.Interview;
import taizhang.model.Issue;
import taizhang.model.IssueCategory;
import taizhang.model.IssueKind;
import taizhang.model.IssueStatus;
import taizhang.model.Ledger;
import taizhang.model.LedgerSettings;
import taizhang.model.Measure;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.OrganizationKind;
import taizhang.model.PeriodEntry;
import taizhang.model.Person;
import taizhang.model.PositionKind;
import taizhang.model.ProgressReport;
import taizhang.model.ProposalState;
import taizhang.model.RectificationPlan;
import taizhang.model.RectificationType;
import taizhang.model.ReportingPeriod;
import taizhang.model.ReviewCheckItem;
import taizhang.model.ReviewDecision;
import taizhang.model.ReviewLevel;
import taizhang.model.RoundKind;
import taizhang.model.SignOffReview;
import taizhang.model.StageGoal;
import taizhang.model.StatusChange;
import taizhang.model.SupervisionNotice;
import taizhang.model.Warning;
import taizhang.model.WarningLevel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ModelPackageImpl extends EPackageImpl implements ModelPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ledgerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass inspectionRoundEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass issueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rectificationPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass measureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stageGoalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass progressReportEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass signOffReviewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reviewCheckItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass warningEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass escalationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass supervisionNoticeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interviewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass accountabilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deductionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ledgerSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reportingPeriodEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass periodEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organizationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assignmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass statusChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass customFieldDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass customFieldValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum roundKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum issueKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum issueCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum issueStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum rectificationTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum evidenceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum reviewLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum reviewDecisionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum warningLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum proposalStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum organizationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum positionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum assignmentRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum customFieldTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType instantEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see taizhang.model.ModelPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ModelPackageImpl() {
		super(eNS_URI, ModelFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ModelPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ModelPackage init() {
		if (isInited) return (ModelPackage)EPackage.Registry.INSTANCE.getEPackage(ModelPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredModelPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ModelPackageImpl theModelPackage = registeredModelPackage instanceof ModelPackageImpl ? (ModelPackageImpl)registeredModelPackage : new ModelPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theModelPackage.createPackageContents();

		// Initialize created meta-data
		theModelPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theModelPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ModelPackage.eNS_URI, theModelPackage);
		return theModelPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLedger() {
		return ledgerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedger_Name() {
		return (EAttribute)ledgerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedger_Region() {
		return (EAttribute)ledgerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLedger_Rounds() {
		return (EReference)ledgerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLedger_Issues() {
		return (EReference)ledgerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLedger_Organizations() {
		return (EReference)ledgerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLedger_Persons() {
		return (EReference)ledgerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLedger_CustomFields() {
		return (EReference)ledgerEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLedger_SupervisionNotices() {
		return (EReference)ledgerEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLedger_Interviews() {
		return (EReference)ledgerEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLedger_Accountabilities() {
		return (EReference)ledgerEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLedger_Deductions() {
		return (EReference)ledgerEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLedger_Settings() {
		return (EReference)ledgerEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLedger_Periods() {
		return (EReference)ledgerEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInspectionRound() {
		return inspectionRoundEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspectionRound_Name() {
		return (EAttribute)inspectionRoundEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspectionRound_Kind() {
		return (EAttribute)inspectionRoundEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspectionRound_BatchNumber() {
		return (EAttribute)inspectionRoundEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspectionRound_StartDate() {
		return (EAttribute)inspectionRoundEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspectionRound_EndDate() {
		return (EAttribute)inspectionRoundEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspectionRound_InspectionGroup() {
		return (EAttribute)inspectionRoundEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIssue() {
		return issueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssue_SequenceNumber() {
		return (EAttribute)issueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssue_Kind() {
		return (EAttribute)issueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssue_CaseNumber() {
		return (EAttribute)issueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIssue_Round() {
		return (EReference)issueEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIssue_Region() {
		return (EReference)issueEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssue_Category() {
		return (EAttribute)issueEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssue_Description() {
		return (EAttribute)issueEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssue_ReceivedDate() {
		return (EAttribute)issueEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssue_Status() {
		return (EAttribute)issueEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssue_ProgressNote() {
		return (EAttribute)issueEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIssue_Plan() {
		return (EReference)issueEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIssue_Assignments() {
		return (EReference)issueEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIssue_Evidence() {
		return (EReference)issueEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIssue_ProgressReports() {
		return (EReference)issueEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIssue_Reviews() {
		return (EReference)issueEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIssue_Warnings() {
		return (EReference)issueEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIssue_StatusChanges() {
		return (EReference)issueEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIssue_CustomValues() {
		return (EReference)issueEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIssue_ReboundOf() {
		return (EReference)issueEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRectificationPlan() {
		return rectificationPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRectificationPlan_Target() {
		return (EAttribute)rectificationPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRectificationPlan_Deadline() {
		return (EAttribute)rectificationPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRectificationPlan_DeadlineText() {
		return (EAttribute)rectificationPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRectificationPlan_Type() {
		return (EAttribute)rectificationPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRectificationPlan_Measures() {
		return (EReference)rectificationPlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRectificationPlan_StageGoals() {
		return (EReference)rectificationPlanEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeasure() {
		return measureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasure_Description() {
		return (EAttribute)measureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasure_DueDate() {
		return (EAttribute)measureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasure_Done() {
		return (EAttribute)measureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasure_DoneDate() {
		return (EAttribute)measureEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeasure_Unit() {
		return (EReference)measureEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStageGoal() {
		return stageGoalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStageGoal_Description() {
		return (EAttribute)stageGoalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStageGoal_DueDate() {
		return (EAttribute)stageGoalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStageGoal_Achieved() {
		return (EAttribute)stageGoalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStageGoal_AchievedDate() {
		return (EAttribute)stageGoalEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidence() {
		return evidenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Kind() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_FileName() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Size() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Sha256() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_CapturedAt() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Description() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvidence_Measures() {
		return (EReference)evidenceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProgressReport() {
		return progressReportEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgressReport_Period() {
		return (EAttribute)progressReportEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgressReport_Unit() {
		return (EReference)progressReportEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgressReport_SubmittedOn() {
		return (EAttribute)progressReportEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgressReport_Text() {
		return (EAttribute)progressReportEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgressReport_PercentComplete() {
		return (EAttribute)progressReportEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSignOffReview() {
		return signOffReviewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignOffReview_Level() {
		return (EAttribute)signOffReviewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSignOffReview_Reviewer() {
		return (EReference)signOffReviewEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignOffReview_ReviewerName() {
		return (EAttribute)signOffReviewEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignOffReview_Date() {
		return (EAttribute)signOffReviewEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignOffReview_Decision() {
		return (EAttribute)signOffReviewEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignOffReview_Reasons() {
		return (EAttribute)signOffReviewEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSignOffReview_Checklist() {
		return (EReference)signOffReviewEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReviewCheckItem() {
		return reviewCheckItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewCheckItem_Criterion() {
		return (EAttribute)reviewCheckItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewCheckItem_Passed() {
		return (EAttribute)reviewCheckItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewCheckItem_Remark() {
		return (EAttribute)reviewCheckItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWarning() {
		return warningEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWarning_Level() {
		return (EAttribute)warningEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWarning_RaisedOn() {
		return (EAttribute)warningEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWarning_Reason() {
		return (EAttribute)warningEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWarning_Resolved() {
		return (EAttribute)warningEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEscalation() {
		return escalationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEscalation_State() {
		return (EAttribute)escalationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEscalation_ProposedBy() {
		return (EAttribute)escalationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEscalation_DecidedOn() {
		return (EAttribute)escalationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEscalation_DecisionNote() {
		return (EAttribute)escalationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSupervisionNotice() {
		return supervisionNoticeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionNotice_Number() {
		return (EAttribute)supervisionNoticeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionNotice_IssuedOn() {
		return (EAttribute)supervisionNoticeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervisionNotice_Unit() {
		return (EReference)supervisionNoticeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervisionNotice_Issues() {
		return (EReference)supervisionNoticeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionNotice_NewDeadline() {
		return (EAttribute)supervisionNoticeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionNotice_Content() {
		return (EAttribute)supervisionNoticeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterview() {
		return interviewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterview_Date() {
		return (EAttribute)interviewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterview_Unit() {
		return (EReference)interviewEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterview_Person() {
		return (EReference)interviewEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterview_Issues() {
		return (EReference)interviewEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterview_Outcome() {
		return (EAttribute)interviewEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAccountability() {
		return accountabilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountability_DecidedOn() {
		return (EAttribute)accountabilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountability_DecidedBy() {
		return (EAttribute)accountabilityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountability_Units() {
		return (EReference)accountabilityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountability_Persons() {
		return (EReference)accountabilityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountability_Issues() {
		return (EReference)accountabilityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountability_Measure() {
		return (EAttribute)accountabilityEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeduction() {
		return deductionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeduction_Unit() {
		return (EReference)deductionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeduction_Year() {
		return (EAttribute)deductionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeduction_Points() {
		return (EAttribute)deductionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeduction_Reason() {
		return (EAttribute)deductionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeduction_Date() {
		return (EAttribute)deductionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeduction_Issues() {
		return (EReference)deductionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLedgerSettings() {
		return ledgerSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedgerSettings_BlueDays() {
		return (EAttribute)ledgerSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedgerSettings_ProgressGap() {
		return (EAttribute)ledgerSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedgerSettings_PublicNoticeDays() {
		return (EAttribute)ledgerSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedgerSettings_ReportCutoffDay() {
		return (EAttribute)ledgerSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedgerSettings_ReviewLevels() {
		return (EAttribute)ledgerSettingsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedgerSettings_SignOffCriteria() {
		return (EAttribute)ledgerSettingsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedgerSettings_YellowCountForNotice() {
		return (EAttribute)ledgerSettingsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedgerSettings_YellowDeductionPoints() {
		return (EAttribute)ledgerSettingsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedgerSettings_RedDeductionPoints() {
		return (EAttribute)ledgerSettingsEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReportingPeriod() {
		return reportingPeriodEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportingPeriod_Month() {
		return (EAttribute)reportingPeriodEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportingPeriod_Cutoff() {
		return (EAttribute)reportingPeriodEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportingPeriod_ClosedOn() {
		return (EAttribute)reportingPeriodEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportingPeriod_ClosedBy() {
		return (EAttribute)reportingPeriodEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReportingPeriod_Entries() {
		return (EReference)reportingPeriodEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPeriodEntry() {
		return periodEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPeriodEntry_Issue() {
		return (EReference)periodEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeriodEntry_Status() {
		return (EAttribute)periodEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeriodEntry_Done() {
		return (EAttribute)periodEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeriodEntry_Overdue() {
		return (EAttribute)periodEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeriodEntry_Lagging() {
		return (EAttribute)periodEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeriodEntry_Warning() {
		return (EAttribute)periodEntryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeriodEntry_Rejections() {
		return (EAttribute)periodEntryEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPeriodEntry_LeadUnit() {
		return (EReference)periodEntryEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganization() {
		return organizationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_Name() {
		return (EAttribute)organizationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_ShortName() {
		return (EAttribute)organizationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_Code() {
		return (EAttribute)organizationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_Kind() {
		return (EAttribute)organizationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganization_Parent() {
		return (EReference)organizationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganization_Children() {
		return (EReference)organizationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_Retired() {
		return (EAttribute)organizationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_RetiredOn() {
		return (EAttribute)organizationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganization_Successor() {
		return (EReference)organizationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerson() {
		return personEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Name() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Title() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Phone() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerson_Organization() {
		return (EReference)personEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Position() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Leadership() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssignment() {
		return assignmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssignment_Role() {
		return (EAttribute)assignmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssignment_Organization() {
		return (EReference)assignmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssignment_Person() {
		return (EReference)assignmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssignment_Note() {
		return (EAttribute)assignmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStatusChange() {
		return statusChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusChange_At() {
		return (EAttribute)statusChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusChange_Actor() {
		return (EAttribute)statusChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusChange_From() {
		return (EAttribute)statusChangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusChange_To() {
		return (EAttribute)statusChangeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusChange_Reason() {
		return (EAttribute)statusChangeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCustomFieldDefinition() {
		return customFieldDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomFieldDefinition_Key() {
		return (EAttribute)customFieldDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomFieldDefinition_Label() {
		return (EAttribute)customFieldDefinitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomFieldDefinition_Type() {
		return (EAttribute)customFieldDefinitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomFieldDefinition_Choices() {
		return (EAttribute)customFieldDefinitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomFieldDefinition_Required() {
		return (EAttribute)customFieldDefinitionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCustomFieldValue() {
		return customFieldValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomFieldValue_Field() {
		return (EReference)customFieldValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomFieldValue_Value() {
		return (EAttribute)customFieldValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRoundKind() {
		return roundKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIssueKind() {
		return issueKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIssueCategory() {
		return issueCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIssueStatus() {
		return issueStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRectificationType() {
		return rectificationTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEvidenceKind() {
		return evidenceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReviewLevel() {
		return reviewLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReviewDecision() {
		return reviewDecisionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWarningLevel() {
		return warningLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProposalState() {
		return proposalStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOrganizationKind() {
		return organizationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPositionKind() {
		return positionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAssignmentRole() {
		return assignmentRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCustomFieldType() {
		return customFieldTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInstant() {
		return instantEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelFactory getModelFactory() {
		return (ModelFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		ledgerEClass = createEClass(LEDGER);
		createEAttribute(ledgerEClass, LEDGER__NAME);
		createEAttribute(ledgerEClass, LEDGER__REGION);
		createEReference(ledgerEClass, LEDGER__ROUNDS);
		createEReference(ledgerEClass, LEDGER__ISSUES);
		createEReference(ledgerEClass, LEDGER__ORGANIZATIONS);
		createEReference(ledgerEClass, LEDGER__PERSONS);
		createEReference(ledgerEClass, LEDGER__CUSTOM_FIELDS);
		createEReference(ledgerEClass, LEDGER__SUPERVISION_NOTICES);
		createEReference(ledgerEClass, LEDGER__INTERVIEWS);
		createEReference(ledgerEClass, LEDGER__ACCOUNTABILITIES);
		createEReference(ledgerEClass, LEDGER__DEDUCTIONS);
		createEReference(ledgerEClass, LEDGER__SETTINGS);
		createEReference(ledgerEClass, LEDGER__PERIODS);

		inspectionRoundEClass = createEClass(INSPECTION_ROUND);
		createEAttribute(inspectionRoundEClass, INSPECTION_ROUND__NAME);
		createEAttribute(inspectionRoundEClass, INSPECTION_ROUND__KIND);
		createEAttribute(inspectionRoundEClass, INSPECTION_ROUND__BATCH_NUMBER);
		createEAttribute(inspectionRoundEClass, INSPECTION_ROUND__START_DATE);
		createEAttribute(inspectionRoundEClass, INSPECTION_ROUND__END_DATE);
		createEAttribute(inspectionRoundEClass, INSPECTION_ROUND__INSPECTION_GROUP);

		issueEClass = createEClass(ISSUE);
		createEAttribute(issueEClass, ISSUE__SEQUENCE_NUMBER);
		createEAttribute(issueEClass, ISSUE__KIND);
		createEAttribute(issueEClass, ISSUE__CASE_NUMBER);
		createEReference(issueEClass, ISSUE__ROUND);
		createEReference(issueEClass, ISSUE__REGION);
		createEAttribute(issueEClass, ISSUE__CATEGORY);
		createEAttribute(issueEClass, ISSUE__DESCRIPTION);
		createEAttribute(issueEClass, ISSUE__RECEIVED_DATE);
		createEAttribute(issueEClass, ISSUE__STATUS);
		createEAttribute(issueEClass, ISSUE__PROGRESS_NOTE);
		createEReference(issueEClass, ISSUE__PLAN);
		createEReference(issueEClass, ISSUE__ASSIGNMENTS);
		createEReference(issueEClass, ISSUE__EVIDENCE);
		createEReference(issueEClass, ISSUE__PROGRESS_REPORTS);
		createEReference(issueEClass, ISSUE__REVIEWS);
		createEReference(issueEClass, ISSUE__WARNINGS);
		createEReference(issueEClass, ISSUE__STATUS_CHANGES);
		createEReference(issueEClass, ISSUE__CUSTOM_VALUES);
		createEReference(issueEClass, ISSUE__REBOUND_OF);

		rectificationPlanEClass = createEClass(RECTIFICATION_PLAN);
		createEAttribute(rectificationPlanEClass, RECTIFICATION_PLAN__TARGET);
		createEAttribute(rectificationPlanEClass, RECTIFICATION_PLAN__DEADLINE);
		createEAttribute(rectificationPlanEClass, RECTIFICATION_PLAN__DEADLINE_TEXT);
		createEAttribute(rectificationPlanEClass, RECTIFICATION_PLAN__TYPE);
		createEReference(rectificationPlanEClass, RECTIFICATION_PLAN__MEASURES);
		createEReference(rectificationPlanEClass, RECTIFICATION_PLAN__STAGE_GOALS);

		measureEClass = createEClass(MEASURE);
		createEAttribute(measureEClass, MEASURE__DESCRIPTION);
		createEAttribute(measureEClass, MEASURE__DUE_DATE);
		createEAttribute(measureEClass, MEASURE__DONE);
		createEAttribute(measureEClass, MEASURE__DONE_DATE);
		createEReference(measureEClass, MEASURE__UNIT);

		stageGoalEClass = createEClass(STAGE_GOAL);
		createEAttribute(stageGoalEClass, STAGE_GOAL__DESCRIPTION);
		createEAttribute(stageGoalEClass, STAGE_GOAL__DUE_DATE);
		createEAttribute(stageGoalEClass, STAGE_GOAL__ACHIEVED);
		createEAttribute(stageGoalEClass, STAGE_GOAL__ACHIEVED_DATE);

		evidenceEClass = createEClass(EVIDENCE);
		createEAttribute(evidenceEClass, EVIDENCE__KIND);
		createEAttribute(evidenceEClass, EVIDENCE__FILE_NAME);
		createEAttribute(evidenceEClass, EVIDENCE__SIZE);
		createEAttribute(evidenceEClass, EVIDENCE__SHA256);
		createEAttribute(evidenceEClass, EVIDENCE__CAPTURED_AT);
		createEAttribute(evidenceEClass, EVIDENCE__DESCRIPTION);
		createEReference(evidenceEClass, EVIDENCE__MEASURES);

		progressReportEClass = createEClass(PROGRESS_REPORT);
		createEAttribute(progressReportEClass, PROGRESS_REPORT__PERIOD);
		createEReference(progressReportEClass, PROGRESS_REPORT__UNIT);
		createEAttribute(progressReportEClass, PROGRESS_REPORT__SUBMITTED_ON);
		createEAttribute(progressReportEClass, PROGRESS_REPORT__TEXT);
		createEAttribute(progressReportEClass, PROGRESS_REPORT__PERCENT_COMPLETE);

		signOffReviewEClass = createEClass(SIGN_OFF_REVIEW);
		createEAttribute(signOffReviewEClass, SIGN_OFF_REVIEW__LEVEL);
		createEReference(signOffReviewEClass, SIGN_OFF_REVIEW__REVIEWER);
		createEAttribute(signOffReviewEClass, SIGN_OFF_REVIEW__REVIEWER_NAME);
		createEAttribute(signOffReviewEClass, SIGN_OFF_REVIEW__DATE);
		createEAttribute(signOffReviewEClass, SIGN_OFF_REVIEW__DECISION);
		createEAttribute(signOffReviewEClass, SIGN_OFF_REVIEW__REASONS);
		createEReference(signOffReviewEClass, SIGN_OFF_REVIEW__CHECKLIST);

		reviewCheckItemEClass = createEClass(REVIEW_CHECK_ITEM);
		createEAttribute(reviewCheckItemEClass, REVIEW_CHECK_ITEM__CRITERION);
		createEAttribute(reviewCheckItemEClass, REVIEW_CHECK_ITEM__PASSED);
		createEAttribute(reviewCheckItemEClass, REVIEW_CHECK_ITEM__REMARK);

		warningEClass = createEClass(WARNING);
		createEAttribute(warningEClass, WARNING__LEVEL);
		createEAttribute(warningEClass, WARNING__RAISED_ON);
		createEAttribute(warningEClass, WARNING__REASON);
		createEAttribute(warningEClass, WARNING__RESOLVED);

		escalationEClass = createEClass(ESCALATION);
		createEAttribute(escalationEClass, ESCALATION__STATE);
		createEAttribute(escalationEClass, ESCALATION__PROPOSED_BY);
		createEAttribute(escalationEClass, ESCALATION__DECIDED_ON);
		createEAttribute(escalationEClass, ESCALATION__DECISION_NOTE);

		supervisionNoticeEClass = createEClass(SUPERVISION_NOTICE);
		createEAttribute(supervisionNoticeEClass, SUPERVISION_NOTICE__NUMBER);
		createEAttribute(supervisionNoticeEClass, SUPERVISION_NOTICE__ISSUED_ON);
		createEReference(supervisionNoticeEClass, SUPERVISION_NOTICE__UNIT);
		createEReference(supervisionNoticeEClass, SUPERVISION_NOTICE__ISSUES);
		createEAttribute(supervisionNoticeEClass, SUPERVISION_NOTICE__NEW_DEADLINE);
		createEAttribute(supervisionNoticeEClass, SUPERVISION_NOTICE__CONTENT);

		interviewEClass = createEClass(INTERVIEW);
		createEAttribute(interviewEClass, INTERVIEW__DATE);
		createEReference(interviewEClass, INTERVIEW__UNIT);
		createEReference(interviewEClass, INTERVIEW__PERSON);
		createEReference(interviewEClass, INTERVIEW__ISSUES);
		createEAttribute(interviewEClass, INTERVIEW__OUTCOME);

		accountabilityEClass = createEClass(ACCOUNTABILITY);
		createEAttribute(accountabilityEClass, ACCOUNTABILITY__DECIDED_ON);
		createEAttribute(accountabilityEClass, ACCOUNTABILITY__DECIDED_BY);
		createEReference(accountabilityEClass, ACCOUNTABILITY__UNITS);
		createEReference(accountabilityEClass, ACCOUNTABILITY__PERSONS);
		createEReference(accountabilityEClass, ACCOUNTABILITY__ISSUES);
		createEAttribute(accountabilityEClass, ACCOUNTABILITY__MEASURE);

		deductionEClass = createEClass(DEDUCTION);
		createEReference(deductionEClass, DEDUCTION__UNIT);
		createEAttribute(deductionEClass, DEDUCTION__YEAR);
		createEAttribute(deductionEClass, DEDUCTION__POINTS);
		createEAttribute(deductionEClass, DEDUCTION__REASON);
		createEAttribute(deductionEClass, DEDUCTION__DATE);
		createEReference(deductionEClass, DEDUCTION__ISSUES);

		ledgerSettingsEClass = createEClass(LEDGER_SETTINGS);
		createEAttribute(ledgerSettingsEClass, LEDGER_SETTINGS__BLUE_DAYS);
		createEAttribute(ledgerSettingsEClass, LEDGER_SETTINGS__PROGRESS_GAP);
		createEAttribute(ledgerSettingsEClass, LEDGER_SETTINGS__PUBLIC_NOTICE_DAYS);
		createEAttribute(ledgerSettingsEClass, LEDGER_SETTINGS__REPORT_CUTOFF_DAY);
		createEAttribute(ledgerSettingsEClass, LEDGER_SETTINGS__REVIEW_LEVELS);
		createEAttribute(ledgerSettingsEClass, LEDGER_SETTINGS__SIGN_OFF_CRITERIA);
		createEAttribute(ledgerSettingsEClass, LEDGER_SETTINGS__YELLOW_COUNT_FOR_NOTICE);
		createEAttribute(ledgerSettingsEClass, LEDGER_SETTINGS__YELLOW_DEDUCTION_POINTS);
		createEAttribute(ledgerSettingsEClass, LEDGER_SETTINGS__RED_DEDUCTION_POINTS);

		reportingPeriodEClass = createEClass(REPORTING_PERIOD);
		createEAttribute(reportingPeriodEClass, REPORTING_PERIOD__MONTH);
		createEAttribute(reportingPeriodEClass, REPORTING_PERIOD__CUTOFF);
		createEAttribute(reportingPeriodEClass, REPORTING_PERIOD__CLOSED_ON);
		createEAttribute(reportingPeriodEClass, REPORTING_PERIOD__CLOSED_BY);
		createEReference(reportingPeriodEClass, REPORTING_PERIOD__ENTRIES);

		periodEntryEClass = createEClass(PERIOD_ENTRY);
		createEReference(periodEntryEClass, PERIOD_ENTRY__ISSUE);
		createEAttribute(periodEntryEClass, PERIOD_ENTRY__STATUS);
		createEAttribute(periodEntryEClass, PERIOD_ENTRY__DONE);
		createEAttribute(periodEntryEClass, PERIOD_ENTRY__OVERDUE);
		createEAttribute(periodEntryEClass, PERIOD_ENTRY__LAGGING);
		createEAttribute(periodEntryEClass, PERIOD_ENTRY__WARNING);
		createEAttribute(periodEntryEClass, PERIOD_ENTRY__REJECTIONS);
		createEReference(periodEntryEClass, PERIOD_ENTRY__LEAD_UNIT);

		organizationEClass = createEClass(ORGANIZATION);
		createEAttribute(organizationEClass, ORGANIZATION__NAME);
		createEAttribute(organizationEClass, ORGANIZATION__SHORT_NAME);
		createEAttribute(organizationEClass, ORGANIZATION__CODE);
		createEAttribute(organizationEClass, ORGANIZATION__KIND);
		createEReference(organizationEClass, ORGANIZATION__PARENT);
		createEReference(organizationEClass, ORGANIZATION__CHILDREN);
		createEAttribute(organizationEClass, ORGANIZATION__RETIRED);
		createEAttribute(organizationEClass, ORGANIZATION__RETIRED_ON);
		createEReference(organizationEClass, ORGANIZATION__SUCCESSOR);

		personEClass = createEClass(PERSON);
		createEAttribute(personEClass, PERSON__NAME);
		createEAttribute(personEClass, PERSON__TITLE);
		createEAttribute(personEClass, PERSON__PHONE);
		createEReference(personEClass, PERSON__ORGANIZATION);
		createEAttribute(personEClass, PERSON__POSITION);
		createEAttribute(personEClass, PERSON__LEADERSHIP);

		assignmentEClass = createEClass(ASSIGNMENT);
		createEAttribute(assignmentEClass, ASSIGNMENT__ROLE);
		createEReference(assignmentEClass, ASSIGNMENT__ORGANIZATION);
		createEReference(assignmentEClass, ASSIGNMENT__PERSON);
		createEAttribute(assignmentEClass, ASSIGNMENT__NOTE);

		statusChangeEClass = createEClass(STATUS_CHANGE);
		createEAttribute(statusChangeEClass, STATUS_CHANGE__AT);
		createEAttribute(statusChangeEClass, STATUS_CHANGE__ACTOR);
		createEAttribute(statusChangeEClass, STATUS_CHANGE__FROM);
		createEAttribute(statusChangeEClass, STATUS_CHANGE__TO);
		createEAttribute(statusChangeEClass, STATUS_CHANGE__REASON);

		customFieldDefinitionEClass = createEClass(CUSTOM_FIELD_DEFINITION);
		createEAttribute(customFieldDefinitionEClass, CUSTOM_FIELD_DEFINITION__KEY);
		createEAttribute(customFieldDefinitionEClass, CUSTOM_FIELD_DEFINITION__LABEL);
		createEAttribute(customFieldDefinitionEClass, CUSTOM_FIELD_DEFINITION__TYPE);
		createEAttribute(customFieldDefinitionEClass, CUSTOM_FIELD_DEFINITION__CHOICES);
		createEAttribute(customFieldDefinitionEClass, CUSTOM_FIELD_DEFINITION__REQUIRED);

		customFieldValueEClass = createEClass(CUSTOM_FIELD_VALUE);
		createEReference(customFieldValueEClass, CUSTOM_FIELD_VALUE__FIELD);
		createEAttribute(customFieldValueEClass, CUSTOM_FIELD_VALUE__VALUE);

		// Create enums
		roundKindEEnum = createEEnum(ROUND_KIND);
		issueKindEEnum = createEEnum(ISSUE_KIND);
		issueCategoryEEnum = createEEnum(ISSUE_CATEGORY);
		issueStatusEEnum = createEEnum(ISSUE_STATUS);
		rectificationTypeEEnum = createEEnum(RECTIFICATION_TYPE);
		evidenceKindEEnum = createEEnum(EVIDENCE_KIND);
		reviewLevelEEnum = createEEnum(REVIEW_LEVEL);
		reviewDecisionEEnum = createEEnum(REVIEW_DECISION);
		warningLevelEEnum = createEEnum(WARNING_LEVEL);
		proposalStateEEnum = createEEnum(PROPOSAL_STATE);
		organizationKindEEnum = createEEnum(ORGANIZATION_KIND);
		positionKindEEnum = createEEnum(POSITION_KIND);
		assignmentRoleEEnum = createEEnum(ASSIGNMENT_ROLE);
		customFieldTypeEEnum = createEEnum(CUSTOM_FIELD_TYPE);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
		instantEDataType = createEDataType(INSTANT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		ledgerEClass.getESuperTypes().add(this.getIdentified());
		inspectionRoundEClass.getESuperTypes().add(this.getIdentified());
		issueEClass.getESuperTypes().add(this.getIdentified());
		measureEClass.getESuperTypes().add(this.getIdentified());
		stageGoalEClass.getESuperTypes().add(this.getIdentified());
		evidenceEClass.getESuperTypes().add(this.getIdentified());
		signOffReviewEClass.getESuperTypes().add(this.getIdentified());
		escalationEClass.getESuperTypes().add(this.getIdentified());
		supervisionNoticeEClass.getESuperTypes().add(this.getEscalation());
		interviewEClass.getESuperTypes().add(this.getEscalation());
		accountabilityEClass.getESuperTypes().add(this.getIdentified());
		deductionEClass.getESuperTypes().add(this.getEscalation());
		ledgerSettingsEClass.getESuperTypes().add(this.getIdentified());
		reportingPeriodEClass.getESuperTypes().add(this.getIdentified());
		organizationEClass.getESuperTypes().add(this.getIdentified());
		personEClass.getESuperTypes().add(this.getIdentified());
		customFieldDefinitionEClass.getESuperTypes().add(this.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ledgerEClass, Ledger.class, "Ledger", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLedger_Name(), ecorePackage.getEString(), "name", null, 0, 1, Ledger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedger_Region(), ecorePackage.getEString(), "region", null, 0, 1, Ledger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLedger_Rounds(), this.getInspectionRound(), null, "rounds", null, 0, -1, Ledger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLedger_Issues(), this.getIssue(), null, "issues", null, 0, -1, Ledger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLedger_Organizations(), this.getOrganization(), null, "organizations", null, 0, -1, Ledger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLedger_Persons(), this.getPerson(), null, "persons", null, 0, -1, Ledger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLedger_CustomFields(), this.getCustomFieldDefinition(), null, "customFields", null, 0, -1, Ledger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLedger_SupervisionNotices(), this.getSupervisionNotice(), null, "supervisionNotices", null, 0, -1, Ledger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLedger_Interviews(), this.getInterview(), null, "interviews", null, 0, -1, Ledger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLedger_Accountabilities(), this.getAccountability(), null, "accountabilities", null, 0, -1, Ledger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLedger_Deductions(), this.getDeduction(), null, "deductions", null, 0, -1, Ledger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLedger_Settings(), this.getLedgerSettings(), null, "settings", null, 0, 1, Ledger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLedger_Periods(), this.getReportingPeriod(), null, "periods", null, 0, -1, Ledger.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(inspectionRoundEClass, InspectionRound.class, "InspectionRound", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInspectionRound_Name(), ecorePackage.getEString(), "name", null, 0, 1, InspectionRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspectionRound_Kind(), this.getRoundKind(), "kind", null, 0, 1, InspectionRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspectionRound_BatchNumber(), ecorePackage.getEString(), "batchNumber", null, 0, 1, InspectionRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspectionRound_StartDate(), this.getLocalDate(), "startDate", null, 0, 1, InspectionRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspectionRound_EndDate(), this.getLocalDate(), "endDate", null, 0, 1, InspectionRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspectionRound_InspectionGroup(), ecorePackage.getEString(), "inspectionGroup", null, 0, 1, InspectionRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(issueEClass, Issue.class, "Issue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIssue_SequenceNumber(), ecorePackage.getEInt(), "sequenceNumber", null, 0, 1, Issue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIssue_Kind(), this.getIssueKind(), "kind", null, 0, 1, Issue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIssue_CaseNumber(), ecorePackage.getEString(), "caseNumber", null, 0, 1, Issue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIssue_Round(), this.getInspectionRound(), null, "round", null, 0, 1, Issue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIssue_Region(), this.getOrganization(), null, "region", null, 0, 1, Issue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIssue_Category(), this.getIssueCategory(), "category", null, 0, 1, Issue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIssue_Description(), ecorePackage.getEString(), "description", null, 0, 1, Issue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIssue_ReceivedDate(), this.getLocalDate(), "receivedDate", null, 0, 1, Issue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIssue_Status(), this.getIssueStatus(), "status", null, 0, 1, Issue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIssue_ProgressNote(), ecorePackage.getEString(), "progressNote", null, 0, 1, Issue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIssue_Plan(), this.getRectificationPlan(), null, "plan", null, 0, 1, Issue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIssue_Assignments(), this.getAssignment(), null, "assignments", null, 0, -1, Issue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIssue_Evidence(), this.getEvidence(), null, "evidence", null, 0, -1, Issue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIssue_ProgressReports(), this.getProgressReport(), null, "progressReports", null, 0, -1, Issue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIssue_Reviews(), this.getSignOffReview(), null, "reviews", null, 0, -1, Issue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIssue_Warnings(), this.getWarning(), null, "warnings", null, 0, -1, Issue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIssue_StatusChanges(), this.getStatusChange(), null, "statusChanges", null, 0, -1, Issue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIssue_CustomValues(), this.getCustomFieldValue(), null, "customValues", null, 0, -1, Issue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIssue_ReboundOf(), this.getIssue(), null, "reboundOf", null, 0, 1, Issue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rectificationPlanEClass, RectificationPlan.class, "RectificationPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRectificationPlan_Target(), ecorePackage.getEString(), "target", null, 0, 1, RectificationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRectificationPlan_Deadline(), this.getLocalDate(), "deadline", null, 0, 1, RectificationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRectificationPlan_DeadlineText(), ecorePackage.getEString(), "deadlineText", null, 0, 1, RectificationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRectificationPlan_Type(), this.getRectificationType(), "type", null, 0, 1, RectificationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRectificationPlan_Measures(), this.getMeasure(), null, "measures", null, 0, -1, RectificationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRectificationPlan_StageGoals(), this.getStageGoal(), null, "stageGoals", null, 0, -1, RectificationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(measureEClass, Measure.class, "Measure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMeasure_Description(), ecorePackage.getEString(), "description", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasure_DueDate(), this.getLocalDate(), "dueDate", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasure_Done(), ecorePackage.getEBoolean(), "done", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasure_DoneDate(), this.getLocalDate(), "doneDate", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeasure_Unit(), this.getOrganization(), null, "unit", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stageGoalEClass, StageGoal.class, "StageGoal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStageGoal_Description(), ecorePackage.getEString(), "description", null, 0, 1, StageGoal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStageGoal_DueDate(), this.getLocalDate(), "dueDate", null, 0, 1, StageGoal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStageGoal_Achieved(), ecorePackage.getEBoolean(), "achieved", null, 0, 1, StageGoal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStageGoal_AchievedDate(), this.getLocalDate(), "achievedDate", null, 0, 1, StageGoal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evidenceEClass, Evidence.class, "Evidence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvidence_Kind(), this.getEvidenceKind(), "kind", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_FileName(), ecorePackage.getEString(), "fileName", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Size(), ecorePackage.getELong(), "size", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Sha256(), ecorePackage.getEString(), "sha256", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_CapturedAt(), this.getInstant(), "capturedAt", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Description(), ecorePackage.getEString(), "description", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvidence_Measures(), this.getMeasure(), null, "measures", null, 0, -1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(progressReportEClass, ProgressReport.class, "ProgressReport", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProgressReport_Period(), ecorePackage.getEString(), "period", null, 0, 1, ProgressReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgressReport_Unit(), this.getOrganization(), null, "unit", null, 0, 1, ProgressReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgressReport_SubmittedOn(), this.getLocalDate(), "submittedOn", null, 0, 1, ProgressReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgressReport_Text(), ecorePackage.getEString(), "text", null, 0, 1, ProgressReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgressReport_PercentComplete(), ecorePackage.getEInt(), "percentComplete", null, 0, 1, ProgressReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(signOffReviewEClass, SignOffReview.class, "SignOffReview", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSignOffReview_Level(), this.getReviewLevel(), "level", null, 0, 1, SignOffReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSignOffReview_Reviewer(), this.getPerson(), null, "reviewer", null, 0, 1, SignOffReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignOffReview_ReviewerName(), ecorePackage.getEString(), "reviewerName", null, 0, 1, SignOffReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignOffReview_Date(), this.getLocalDate(), "date", null, 0, 1, SignOffReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignOffReview_Decision(), this.getReviewDecision(), "decision", null, 0, 1, SignOffReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignOffReview_Reasons(), ecorePackage.getEString(), "reasons", null, 0, 1, SignOffReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSignOffReview_Checklist(), this.getReviewCheckItem(), null, "checklist", null, 0, -1, SignOffReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reviewCheckItemEClass, ReviewCheckItem.class, "ReviewCheckItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReviewCheckItem_Criterion(), ecorePackage.getEString(), "criterion", null, 0, 1, ReviewCheckItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewCheckItem_Passed(), ecorePackage.getEBoolean(), "passed", null, 0, 1, ReviewCheckItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewCheckItem_Remark(), ecorePackage.getEString(), "remark", null, 0, 1, ReviewCheckItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(warningEClass, Warning.class, "Warning", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWarning_Level(), this.getWarningLevel(), "level", null, 0, 1, Warning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWarning_RaisedOn(), this.getLocalDate(), "raisedOn", null, 0, 1, Warning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWarning_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, Warning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWarning_Resolved(), ecorePackage.getEBoolean(), "resolved", null, 0, 1, Warning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(escalationEClass, Escalation.class, "Escalation", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEscalation_State(), this.getProposalState(), "state", "CONFIRMED", 0, 1, Escalation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEscalation_ProposedBy(), ecorePackage.getEString(), "proposedBy", null, 0, 1, Escalation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEscalation_DecidedOn(), this.getLocalDate(), "decidedOn", null, 0, 1, Escalation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEscalation_DecisionNote(), ecorePackage.getEString(), "decisionNote", null, 0, 1, Escalation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(supervisionNoticeEClass, SupervisionNotice.class, "SupervisionNotice", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSupervisionNotice_Number(), ecorePackage.getEString(), "number", null, 0, 1, SupervisionNotice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionNotice_IssuedOn(), this.getLocalDate(), "issuedOn", null, 0, 1, SupervisionNotice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupervisionNotice_Unit(), this.getOrganization(), null, "unit", null, 0, 1, SupervisionNotice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupervisionNotice_Issues(), this.getIssue(), null, "issues", null, 0, -1, SupervisionNotice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionNotice_NewDeadline(), this.getLocalDate(), "newDeadline", null, 0, 1, SupervisionNotice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionNotice_Content(), ecorePackage.getEString(), "content", null, 0, 1, SupervisionNotice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interviewEClass, Interview.class, "Interview", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterview_Date(), this.getLocalDate(), "date", null, 0, 1, Interview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInterview_Unit(), this.getOrganization(), null, "unit", null, 0, 1, Interview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInterview_Person(), this.getPerson(), null, "person", null, 0, 1, Interview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInterview_Issues(), this.getIssue(), null, "issues", null, 0, -1, Interview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterview_Outcome(), ecorePackage.getEString(), "outcome", null, 0, 1, Interview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(accountabilityEClass, Accountability.class, "Accountability", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAccountability_DecidedOn(), this.getLocalDate(), "decidedOn", null, 0, 1, Accountability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountability_DecidedBy(), ecorePackage.getEString(), "decidedBy", null, 0, 1, Accountability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountability_Units(), this.getOrganization(), null, "units", null, 0, -1, Accountability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountability_Persons(), this.getPerson(), null, "persons", null, 0, -1, Accountability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountability_Issues(), this.getIssue(), null, "issues", null, 0, -1, Accountability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountability_Measure(), ecorePackage.getEString(), "measure", null, 0, 1, Accountability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deductionEClass, Deduction.class, "Deduction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDeduction_Unit(), this.getOrganization(), null, "unit", null, 0, 1, Deduction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeduction_Year(), ecorePackage.getEInt(), "year", null, 0, 1, Deduction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeduction_Points(), ecorePackage.getEDouble(), "points", null, 0, 1, Deduction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeduction_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, Deduction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeduction_Date(), this.getLocalDate(), "date", null, 0, 1, Deduction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeduction_Issues(), this.getIssue(), null, "issues", null, 0, -1, Deduction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ledgerSettingsEClass, LedgerSettings.class, "LedgerSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLedgerSettings_BlueDays(), ecorePackage.getEInt(), "blueDays", "15", 0, 1, LedgerSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedgerSettings_ProgressGap(), ecorePackage.getEInt(), "progressGap", "30", 0, 1, LedgerSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedgerSettings_PublicNoticeDays(), ecorePackage.getEInt(), "publicNoticeDays", "7", 0, 1, LedgerSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedgerSettings_ReportCutoffDay(), ecorePackage.getEInt(), "reportCutoffDay", "25", 0, 1, LedgerSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedgerSettings_ReviewLevels(), this.getReviewLevel(), "reviewLevels", null, 0, -1, LedgerSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedgerSettings_SignOffCriteria(), ecorePackage.getEString(), "signOffCriteria", null, 0, -1, LedgerSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedgerSettings_YellowCountForNotice(), ecorePackage.getEInt(), "yellowCountForNotice", "2", 0, 1, LedgerSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedgerSettings_YellowDeductionPoints(), ecorePackage.getEDouble(), "yellowDeductionPoints", "1", 0, 1, LedgerSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLedgerSettings_RedDeductionPoints(), ecorePackage.getEDouble(), "redDeductionPoints", "2", 0, 1, LedgerSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reportingPeriodEClass, ReportingPeriod.class, "ReportingPeriod", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReportingPeriod_Month(), ecorePackage.getEString(), "month", null, 0, 1, ReportingPeriod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReportingPeriod_Cutoff(), this.getLocalDate(), "cutoff", null, 0, 1, ReportingPeriod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReportingPeriod_ClosedOn(), this.getLocalDate(), "closedOn", null, 0, 1, ReportingPeriod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReportingPeriod_ClosedBy(), ecorePackage.getEString(), "closedBy", null, 0, 1, ReportingPeriod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReportingPeriod_Entries(), this.getPeriodEntry(), null, "entries", null, 0, -1, ReportingPeriod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(periodEntryEClass, PeriodEntry.class, "PeriodEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPeriodEntry_Issue(), this.getIssue(), null, "issue", null, 0, 1, PeriodEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeriodEntry_Status(), this.getIssueStatus(), "status", null, 0, 1, PeriodEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeriodEntry_Done(), ecorePackage.getEBoolean(), "done", null, 0, 1, PeriodEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeriodEntry_Overdue(), ecorePackage.getEBoolean(), "overdue", null, 0, 1, PeriodEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeriodEntry_Lagging(), ecorePackage.getEBoolean(), "lagging", null, 0, 1, PeriodEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeriodEntry_Warning(), this.getWarningLevel(), "warning", null, 0, 1, PeriodEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeriodEntry_Rejections(), ecorePackage.getEInt(), "rejections", null, 0, 1, PeriodEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPeriodEntry_LeadUnit(), this.getOrganization(), null, "leadUnit", null, 0, 1, PeriodEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(organizationEClass, Organization.class, "Organization", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOrganization_Name(), ecorePackage.getEString(), "name", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganization_ShortName(), ecorePackage.getEString(), "shortName", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganization_Code(), ecorePackage.getEString(), "code", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganization_Kind(), this.getOrganizationKind(), "kind", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganization_Parent(), this.getOrganization(), this.getOrganization_Children(), "parent", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganization_Children(), this.getOrganization(), this.getOrganization_Parent(), "children", null, 0, -1, Organization.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganization_Retired(), ecorePackage.getEBoolean(), "retired", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganization_RetiredOn(), this.getLocalDate(), "retiredOn", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganization_Successor(), this.getOrganization(), null, "successor", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(personEClass, Person.class, "Person", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPerson_Name(), ecorePackage.getEString(), "name", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Title(), ecorePackage.getEString(), "title", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Phone(), ecorePackage.getEString(), "phone", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerson_Organization(), this.getOrganization(), null, "organization", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Position(), this.getPositionKind(), "position", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Leadership(), ecorePackage.getEBoolean(), "leadership", null, 0, 1, Person.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(assignmentEClass, Assignment.class, "Assignment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAssignment_Role(), this.getAssignmentRole(), "role", null, 0, 1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssignment_Organization(), this.getOrganization(), null, "organization", null, 0, 1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssignment_Person(), this.getPerson(), null, "person", null, 0, 1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssignment_Note(), ecorePackage.getEString(), "note", null, 0, 1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(statusChangeEClass, StatusChange.class, "StatusChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStatusChange_At(), this.getInstant(), "at", null, 0, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusChange_Actor(), ecorePackage.getEString(), "actor", null, 0, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusChange_From(), this.getIssueStatus(), "from", null, 0, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusChange_To(), this.getIssueStatus(), "to", null, 0, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusChange_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(customFieldDefinitionEClass, CustomFieldDefinition.class, "CustomFieldDefinition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCustomFieldDefinition_Key(), ecorePackage.getEString(), "key", null, 0, 1, CustomFieldDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomFieldDefinition_Label(), ecorePackage.getEString(), "label", null, 0, 1, CustomFieldDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomFieldDefinition_Type(), this.getCustomFieldType(), "type", null, 0, 1, CustomFieldDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomFieldDefinition_Choices(), ecorePackage.getEString(), "choices", null, 0, -1, CustomFieldDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomFieldDefinition_Required(), ecorePackage.getEBoolean(), "required", null, 0, 1, CustomFieldDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(customFieldValueEClass, CustomFieldValue.class, "CustomFieldValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCustomFieldValue_Field(), this.getCustomFieldDefinition(), null, "field", null, 0, 1, CustomFieldValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomFieldValue_Value(), ecorePackage.getEString(), "value", null, 0, 1, CustomFieldValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(roundKindEEnum, RoundKind.class, "RoundKind");
		addEEnumLiteral(roundKindEEnum, RoundKind.CENTRAL);
		addEEnumLiteral(roundKindEEnum, RoundKind.CENTRAL_LOOKBACK);
		addEEnumLiteral(roundKindEEnum, RoundKind.PROVINCIAL);
		addEEnumLiteral(roundKindEEnum, RoundKind.PROVINCIAL_LOOKBACK);
		addEEnumLiteral(roundKindEEnum, RoundKind.CITY_SPECIAL);
		addEEnumLiteral(roundKindEEnum, RoundKind.SELF_CHECK);

		initEEnum(issueKindEEnum, IssueKind.class, "IssueKind");
		addEEnumLiteral(issueKindEEnum, IssueKind.FEEDBACK);
		addEEnumLiteral(issueKindEEnum, IssueKind.ASSIGNED_CASE);
		addEEnumLiteral(issueKindEEnum, IssueKind.SELF_FOUND);

		initEEnum(issueCategoryEEnum, IssueCategory.class, "IssueCategory");
		addEEnumLiteral(issueCategoryEEnum, IssueCategory.AIR);
		addEEnumLiteral(issueCategoryEEnum, IssueCategory.WATER);
		addEEnumLiteral(issueCategoryEEnum, IssueCategory.SOIL);
		addEEnumLiteral(issueCategoryEEnum, IssueCategory.ECOLOGY);
		addEEnumLiteral(issueCategoryEEnum, IssueCategory.NOISE);
		addEEnumLiteral(issueCategoryEEnum, IssueCategory.SOLID_WASTE);
		addEEnumLiteral(issueCategoryEEnum, IssueCategory.CATERING_FUMES);
		addEEnumLiteral(issueCategoryEEnum, IssueCategory.DUST);
		addEEnumLiteral(issueCategoryEEnum, IssueCategory.ODOR);
		addEEnumLiteral(issueCategoryEEnum, IssueCategory.OTHER);

		initEEnum(issueStatusEEnum, IssueStatus.class, "IssueStatus");
		addEEnumLiteral(issueStatusEEnum, IssueStatus.RECEIVED);
		addEEnumLiteral(issueStatusEEnum, IssueStatus.PLANNED);
		addEEnumLiteral(issueStatusEEnum, IssueStatus.RECTIFYING);
		addEEnumLiteral(issueStatusEEnum, IssueStatus.REPORTED_DONE);
		addEEnumLiteral(issueStatusEEnum, IssueStatus.UNDER_REVIEW);
		addEEnumLiteral(issueStatusEEnum, IssueStatus.SIGNED_OFF);
		addEEnumLiteral(issueStatusEEnum, IssueStatus.STAGE_DONE);
		addEEnumLiteral(issueStatusEEnum, IssueStatus.REBOUND);

		initEEnum(rectificationTypeEEnum, RectificationType.class, "RectificationType");
		addEEnumLiteral(rectificationTypeEEnum, RectificationType.IMMEDIATE);
		addEEnumLiteral(rectificationTypeEEnum, RectificationType.TIME_LIMITED);
		addEEnumLiteral(rectificationTypeEEnum, RectificationType.LONG_TERM);

		initEEnum(evidenceKindEEnum, EvidenceKind.class, "EvidenceKind");
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.DOCUMENT);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.PHOTO_BEFORE);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.PHOTO_AFTER);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.AUDIO);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.VIDEO);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.OTHER);

		initEEnum(reviewLevelEEnum, ReviewLevel.class, "ReviewLevel");
		addEEnumLiteral(reviewLevelEEnum, ReviewLevel.COUNTY_SELF_CHECK);
		addEEnumLiteral(reviewLevelEEnum, ReviewLevel.CITY_ACCEPTANCE);
		addEEnumLiteral(reviewLevelEEnum, ReviewLevel.PROVINCIAL_RECORD);

		initEEnum(reviewDecisionEEnum, ReviewDecision.class, "ReviewDecision");
		addEEnumLiteral(reviewDecisionEEnum, ReviewDecision.ACCEPTED);
		addEEnumLiteral(reviewDecisionEEnum, ReviewDecision.REJECTED);
		addEEnumLiteral(reviewDecisionEEnum, ReviewDecision.SUPPLEMENT_REQUESTED);

		initEEnum(warningLevelEEnum, WarningLevel.class, "WarningLevel");
		addEEnumLiteral(warningLevelEEnum, WarningLevel.BLUE);
		addEEnumLiteral(warningLevelEEnum, WarningLevel.YELLOW);
		addEEnumLiteral(warningLevelEEnum, WarningLevel.RED);

		initEEnum(proposalStateEEnum, ProposalState.class, "ProposalState");
		addEEnumLiteral(proposalStateEEnum, ProposalState.PROPOSED);
		addEEnumLiteral(proposalStateEEnum, ProposalState.CONFIRMED);
		addEEnumLiteral(proposalStateEEnum, ProposalState.DISMISSED);

		initEEnum(organizationKindEEnum, OrganizationKind.class, "OrganizationKind");
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.OFFICE);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.CITY_GOVERNMENT);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.COUNTY_DISTRICT);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.DEPARTMENT);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.TOWNSHIP_STREET);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.ENTERPRISE);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.SUPERVISION_GROUP);
		addEEnumLiteral(organizationKindEEnum, OrganizationKind.PARTY_COMMITTEE);

		initEEnum(positionKindEEnum, PositionKind.class, "PositionKind");
		addEEnumLiteral(positionKindEEnum, PositionKind.STAFF);
		addEEnumLiteral(positionKindEEnum, PositionKind.FIRST_RESPONSIBLE_PERSON);
		addEEnumLiteral(positionKindEEnum, PositionKind.LEADER_IN_CHARGE);
		addEEnumLiteral(positionKindEEnum, PositionKind.CONTACT_LEADER);
		addEEnumLiteral(positionKindEEnum, PositionKind.OTHER_LEADER);
		addEEnumLiteral(positionKindEEnum, PositionKind.LIAISON);

		initEEnum(assignmentRoleEEnum, AssignmentRole.class, "AssignmentRole");
		addEEnumLiteral(assignmentRoleEEnum, AssignmentRole.LEAD_UNIT);
		addEEnumLiteral(assignmentRoleEEnum, AssignmentRole.COOPERATING_UNIT);
		addEEnumLiteral(assignmentRoleEEnum, AssignmentRole.RESPONSIBLE_PERSON);
		addEEnumLiteral(assignmentRoleEEnum, AssignmentRole.LEADER_IN_CHARGE);
		addEEnumLiteral(assignmentRoleEEnum, AssignmentRole.CITY_CONTACT_LEADER);
		addEEnumLiteral(assignmentRoleEEnum, AssignmentRole.INDUSTRY_SUPERVISOR);

		initEEnum(customFieldTypeEEnum, CustomFieldType.class, "CustomFieldType");
		addEEnumLiteral(customFieldTypeEEnum, CustomFieldType.TEXT);
		addEEnumLiteral(customFieldTypeEEnum, CustomFieldType.NUMBER);
		addEEnumLiteral(customFieldTypeEEnum, CustomFieldType.DATE);
		addEEnumLiteral(customFieldTypeEEnum, CustomFieldType.CHOICE);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //ModelPackageImpl
