/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model.impl;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import taizhang.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ModelFactoryImpl extends EFactoryImpl implements ModelFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ModelFactory init() {
		try {
			ModelFactory theModelFactory = (ModelFactory)EPackage.Registry.INSTANCE.getEFactory(ModelPackage.eNS_URI);
			if (theModelFactory != null) {
				return theModelFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ModelFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ModelPackage.LEDGER: return createLedger();
			case ModelPackage.INSPECTION_ROUND: return createInspectionRound();
			case ModelPackage.ISSUE: return createIssue();
			case ModelPackage.RECTIFICATION_PLAN: return createRectificationPlan();
			case ModelPackage.MEASURE: return createMeasure();
			case ModelPackage.STAGE_GOAL: return createStageGoal();
			case ModelPackage.EVIDENCE: return createEvidence();
			case ModelPackage.PROGRESS_REPORT: return createProgressReport();
			case ModelPackage.SIGN_OFF_REVIEW: return createSignOffReview();
			case ModelPackage.REVIEW_CHECK_ITEM: return createReviewCheckItem();
			case ModelPackage.WARNING: return createWarning();
			case ModelPackage.SUPERVISION_NOTICE: return createSupervisionNotice();
			case ModelPackage.INTERVIEW: return createInterview();
			case ModelPackage.ACCOUNTABILITY: return createAccountability();
			case ModelPackage.DEDUCTION: return createDeduction();
			case ModelPackage.LEDGER_SETTINGS: return createLedgerSettings();
			case ModelPackage.REPORTING_PERIOD: return createReportingPeriod();
			case ModelPackage.PERIOD_ENTRY: return createPeriodEntry();
			case ModelPackage.ORGANIZATION: return createOrganization();
			case ModelPackage.PERSON: return createPerson();
			case ModelPackage.ASSIGNMENT: return createAssignment();
			case ModelPackage.STATUS_CHANGE: return createStatusChange();
			case ModelPackage.CUSTOM_FIELD_DEFINITION: return createCustomFieldDefinition();
			case ModelPackage.CUSTOM_FIELD_VALUE: return createCustomFieldValue();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ModelPackage.ROUND_KIND:
				return createRoundKindFromString(eDataType, initialValue);
			case ModelPackage.ISSUE_KIND:
				return createIssueKindFromString(eDataType, initialValue);
			case ModelPackage.ISSUE_CATEGORY:
				return createIssueCategoryFromString(eDataType, initialValue);
			case ModelPackage.ISSUE_STATUS:
				return createIssueStatusFromString(eDataType, initialValue);
			case ModelPackage.RECTIFICATION_TYPE:
				return createRectificationTypeFromString(eDataType, initialValue);
			case ModelPackage.EVIDENCE_KIND:
				return createEvidenceKindFromString(eDataType, initialValue);
			case ModelPackage.REVIEW_LEVEL:
				return createReviewLevelFromString(eDataType, initialValue);
			case ModelPackage.REVIEW_DECISION:
				return createReviewDecisionFromString(eDataType, initialValue);
			case ModelPackage.WARNING_LEVEL:
				return createWarningLevelFromString(eDataType, initialValue);
			case ModelPackage.PROPOSAL_STATE:
				return createProposalStateFromString(eDataType, initialValue);
			case ModelPackage.ORGANIZATION_KIND:
				return createOrganizationKindFromString(eDataType, initialValue);
			case ModelPackage.POSITION_KIND:
				return createPositionKindFromString(eDataType, initialValue);
			case ModelPackage.ASSIGNMENT_ROLE:
				return createAssignmentRoleFromString(eDataType, initialValue);
			case ModelPackage.CUSTOM_FIELD_TYPE:
				return createCustomFieldTypeFromString(eDataType, initialValue);
			case ModelPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			case ModelPackage.INSTANT:
				return createInstantFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ModelPackage.ROUND_KIND:
				return convertRoundKindToString(eDataType, instanceValue);
			case ModelPackage.ISSUE_KIND:
				return convertIssueKindToString(eDataType, instanceValue);
			case ModelPackage.ISSUE_CATEGORY:
				return convertIssueCategoryToString(eDataType, instanceValue);
			case ModelPackage.ISSUE_STATUS:
				return convertIssueStatusToString(eDataType, instanceValue);
			case ModelPackage.RECTIFICATION_TYPE:
				return convertRectificationTypeToString(eDataType, instanceValue);
			case ModelPackage.EVIDENCE_KIND:
				return convertEvidenceKindToString(eDataType, instanceValue);
			case ModelPackage.REVIEW_LEVEL:
				return convertReviewLevelToString(eDataType, instanceValue);
			case ModelPackage.REVIEW_DECISION:
				return convertReviewDecisionToString(eDataType, instanceValue);
			case ModelPackage.WARNING_LEVEL:
				return convertWarningLevelToString(eDataType, instanceValue);
			case ModelPackage.PROPOSAL_STATE:
				return convertProposalStateToString(eDataType, instanceValue);
			case ModelPackage.ORGANIZATION_KIND:
				return convertOrganizationKindToString(eDataType, instanceValue);
			case ModelPackage.POSITION_KIND:
				return convertPositionKindToString(eDataType, instanceValue);
			case ModelPackage.ASSIGNMENT_ROLE:
				return convertAssignmentRoleToString(eDataType, instanceValue);
			case ModelPackage.CUSTOM_FIELD_TYPE:
				return convertCustomFieldTypeToString(eDataType, instanceValue);
			case ModelPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			case ModelPackage.INSTANT:
				return convertInstantToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Ledger createLedger() {
		LedgerImpl ledger = new LedgerImpl();
		return ledger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectionRound createInspectionRound() {
		InspectionRoundImpl inspectionRound = new InspectionRoundImpl();
		return inspectionRound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Issue createIssue() {
		IssueImpl issue = new IssueImpl();
		return issue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RectificationPlan createRectificationPlan() {
		RectificationPlanImpl rectificationPlan = new RectificationPlanImpl();
		return rectificationPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Measure createMeasure() {
		MeasureImpl measure = new MeasureImpl();
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StageGoal createStageGoal() {
		StageGoalImpl stageGoal = new StageGoalImpl();
		return stageGoal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Evidence createEvidence() {
		EvidenceImpl evidence = new EvidenceImpl();
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProgressReport createProgressReport() {
		ProgressReportImpl progressReport = new ProgressReportImpl();
		return progressReport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SignOffReview createSignOffReview() {
		SignOffReviewImpl signOffReview = new SignOffReviewImpl();
		return signOffReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewCheckItem createReviewCheckItem() {
		ReviewCheckItemImpl reviewCheckItem = new ReviewCheckItemImpl();
		return reviewCheckItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Warning createWarning() {
		WarningImpl warning = new WarningImpl();
		return warning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupervisionNotice createSupervisionNotice() {
		SupervisionNoticeImpl supervisionNotice = new SupervisionNoticeImpl();
		return supervisionNotice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Interview createInterview() {
		InterviewImpl interview = new InterviewImpl();
		return interview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Accountability createAccountability() {
		AccountabilityImpl accountability = new AccountabilityImpl();
		return accountability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Deduction createDeduction() {
		DeductionImpl deduction = new DeductionImpl();
		return deduction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LedgerSettings createLedgerSettings() {
		LedgerSettingsImpl ledgerSettings = new LedgerSettingsImpl();
		return ledgerSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportingPeriod createReportingPeriod() {
		ReportingPeriodImpl reportingPeriod = new ReportingPeriodImpl();
		return reportingPeriod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PeriodEntry createPeriodEntry() {
		PeriodEntryImpl periodEntry = new PeriodEntryImpl();
		return periodEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization createOrganization() {
		OrganizationImpl organization = new OrganizationImpl();
		return organization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person createPerson() {
		PersonImpl person = new PersonImpl();
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assignment createAssignment() {
		AssignmentImpl assignment = new AssignmentImpl();
		return assignment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatusChange createStatusChange() {
		StatusChangeImpl statusChange = new StatusChangeImpl();
		return statusChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomFieldDefinition createCustomFieldDefinition() {
		CustomFieldDefinitionImpl customFieldDefinition = new CustomFieldDefinitionImpl();
		return customFieldDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomFieldValue createCustomFieldValue() {
		CustomFieldValueImpl customFieldValue = new CustomFieldValueImpl();
		return customFieldValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RoundKind createRoundKindFromString(EDataType eDataType, String initialValue) {
		RoundKind result = RoundKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoundKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IssueKind createIssueKindFromString(EDataType eDataType, String initialValue) {
		IssueKind result = IssueKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIssueKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IssueCategory createIssueCategoryFromString(EDataType eDataType, String initialValue) {
		IssueCategory result = IssueCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIssueCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IssueStatus createIssueStatusFromString(EDataType eDataType, String initialValue) {
		IssueStatus result = IssueStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIssueStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RectificationType createRectificationTypeFromString(EDataType eDataType, String initialValue) {
		RectificationType result = RectificationType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRectificationTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvidenceKind createEvidenceKindFromString(EDataType eDataType, String initialValue) {
		EvidenceKind result = EvidenceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEvidenceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReviewLevel createReviewLevelFromString(EDataType eDataType, String initialValue) {
		ReviewLevel result = ReviewLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReviewLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReviewDecision createReviewDecisionFromString(EDataType eDataType, String initialValue) {
		ReviewDecision result = ReviewDecision.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReviewDecisionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WarningLevel createWarningLevelFromString(EDataType eDataType, String initialValue) {
		WarningLevel result = WarningLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWarningLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProposalState createProposalStateFromString(EDataType eDataType, String initialValue) {
		ProposalState result = ProposalState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProposalStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrganizationKind createOrganizationKindFromString(EDataType eDataType, String initialValue) {
		OrganizationKind result = OrganizationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOrganizationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PositionKind createPositionKindFromString(EDataType eDataType, String initialValue) {
		PositionKind result = PositionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPositionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssignmentRole createAssignmentRoleFromString(EDataType eDataType, String initialValue) {
		AssignmentRole result = AssignmentRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssignmentRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CustomFieldType createCustomFieldTypeFromString(EDataType eDataType, String initialValue) {
		CustomFieldType result = CustomFieldType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCustomFieldTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null ? null : java.time.LocalDate.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstant(final String it) {
		return it == null ? null : java.time.Instant.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstantFromString(EDataType eDataType, String initialValue) {
		return createInstant(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstant(final Instant it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstantToString(EDataType eDataType, Object instanceValue) {
		return convertInstant((Instant)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelPackage getModelPackage() {
		return (ModelPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ModelPackage getPackage() {
		return ModelPackage.eINSTANCE;
	}

} //ModelFactoryImpl
