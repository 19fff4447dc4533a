/**
 * Taizhang - rectification ledger. Generated from model/taizhang.ecore; do not edit, regenerate (releng/taizhang.modelgen).
 */
package taizhang.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The rectification ledger (整改台账) of an environmental-inspection rectification office.
 * Labels of classes, features and enum literals in Chinese and English: taizhang.model.labels.
 * <!-- end-model-doc -->
 * @see taizhang.model.ModelFactory
 * @model kind="package"
 * @generated
 */
public interface ModelPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://taizhang.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "taizhang";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelPackage eINSTANCE = taizhang.model.impl.ModelPackageImpl.init();

	/**
	 * The meta object id for the '{@link taizhang.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.IdentifiedImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link taizhang.model.impl.LedgerImpl <em>Ledger</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.LedgerImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getLedger()
	 * @generated
	 */
	int LEDGER = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER__REGION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rounds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER__ROUNDS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Issues</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER__ISSUES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Organizations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER__ORGANIZATIONS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Persons</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER__PERSONS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Custom Fields</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER__CUSTOM_FIELDS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Supervision Notices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER__SUPERVISION_NOTICES = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Interviews</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER__INTERVIEWS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Accountabilities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER__ACCOUNTABILITIES = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Deductions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER__DEDUCTIONS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER__SETTINGS = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Periods</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER__PERIODS = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Ledger</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Ledger</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link taizhang.model.impl.InspectionRoundImpl <em>Inspection Round</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.InspectionRoundImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getInspectionRound()
	 * @generated
	 */
	int INSPECTION_ROUND = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND__KIND = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Batch Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND__BATCH_NUMBER = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND__START_DATE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND__END_DATE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Inspection Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND__INSPECTION_GROUP = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Inspection Round</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Inspection Round</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROUND_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link taizhang.model.impl.IssueImpl <em>Issue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.IssueImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getIssue()
	 * @generated
	 */
	int ISSUE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Sequence Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__SEQUENCE_NUMBER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__KIND = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Case Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__CASE_NUMBER = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Round</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__ROUND = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__REGION = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__CATEGORY = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Received Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__RECEIVED_DATE = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__STATUS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Progress Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__PROGRESS_NOTE = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__PLAN = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Assignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__ASSIGNMENTS = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__EVIDENCE = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Progress Reports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__PROGRESS_REPORTS = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Reviews</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__REVIEWS = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Warnings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__WARNINGS = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Status Changes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__STATUS_CHANGES = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Custom Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__CUSTOM_VALUES = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Rebound Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__REBOUND_OF = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The number of structural features of the '<em>Issue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The number of operations of the '<em>Issue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link taizhang.model.impl.RectificationPlanImpl <em>Rectification Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.RectificationPlanImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getRectificationPlan()
	 * @generated
	 */
	int RECTIFICATION_PLAN = 4;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION_PLAN__TARGET = 0;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION_PLAN__DEADLINE = 1;

	/**
	 * The feature id for the '<em><b>Deadline Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION_PLAN__DEADLINE_TEXT = 2;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION_PLAN__TYPE = 3;

	/**
	 * The feature id for the '<em><b>Measures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION_PLAN__MEASURES = 4;

	/**
	 * The feature id for the '<em><b>Stage Goals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION_PLAN__STAGE_GOALS = 5;

	/**
	 * The number of structural features of the '<em>Rectification Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION_PLAN_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Rectification Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION_PLAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link taizhang.model.impl.MeasureImpl <em>Measure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.MeasureImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getMeasure()
	 * @generated
	 */
	int MEASURE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__DUE_DATE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__DONE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Done Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__DONE_DATE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__UNIT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link taizhang.model.impl.StageGoalImpl <em>Stage Goal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.StageGoalImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getStageGoal()
	 * @generated
	 */
	int STAGE_GOAL = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_GOAL__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_GOAL__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_GOAL__DUE_DATE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Achieved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_GOAL__ACHIEVED = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Achieved Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_GOAL__ACHIEVED_DATE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Stage Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_GOAL_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Stage Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_GOAL_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link taizhang.model.impl.EvidenceImpl <em>Evidence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.EvidenceImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getEvidence()
	 * @generated
	 */
	int EVIDENCE = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__FILE_NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__SIZE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__SHA256 = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Captured At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__CAPTURED_AT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Measures</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__MEASURES = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link taizhang.model.impl.ProgressReportImpl <em>Progress Report</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.ProgressReportImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getProgressReport()
	 * @generated
	 */
	int PROGRESS_REPORT = 8;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__PERIOD = 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__UNIT = 1;

	/**
	 * The feature id for the '<em><b>Submitted On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__SUBMITTED_ON = 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__TEXT = 3;

	/**
	 * The feature id for the '<em><b>Percent Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__PERCENT_COMPLETE = 4;

	/**
	 * The number of structural features of the '<em>Progress Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Progress Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link taizhang.model.impl.SignOffReviewImpl <em>Sign Off Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.SignOffReviewImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getSignOffReview()
	 * @generated
	 */
	int SIGN_OFF_REVIEW = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF_REVIEW__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF_REVIEW__LEVEL = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF_REVIEW__REVIEWER = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reviewer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF_REVIEW__REVIEWER_NAME = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF_REVIEW__DATE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF_REVIEW__DECISION = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Reasons</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF_REVIEW__REASONS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Checklist</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF_REVIEW__CHECKLIST = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Sign Off Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF_REVIEW_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Sign Off Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF_REVIEW_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link taizhang.model.impl.ReviewCheckItemImpl <em>Review Check Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.ReviewCheckItemImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getReviewCheckItem()
	 * @generated
	 */
	int REVIEW_CHECK_ITEM = 10;

	/**
	 * The feature id for the '<em><b>Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_CHECK_ITEM__CRITERION = 0;

	/**
	 * The feature id for the '<em><b>Passed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_CHECK_ITEM__PASSED = 1;

	/**
	 * The feature id for the '<em><b>Remark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_CHECK_ITEM__REMARK = 2;

	/**
	 * The number of structural features of the '<em>Review Check Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_CHECK_ITEM_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Review Check Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_CHECK_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link taizhang.model.impl.WarningImpl <em>Warning</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.WarningImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getWarning()
	 * @generated
	 */
	int WARNING = 11;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WARNING__LEVEL = 0;

	/**
	 * The feature id for the '<em><b>Raised On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WARNING__RAISED_ON = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WARNING__REASON = 2;

	/**
	 * The feature id for the '<em><b>Resolved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WARNING__RESOLVED = 3;

	/**
	 * The number of structural features of the '<em>Warning</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WARNING_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Warning</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WARNING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link taizhang.model.impl.EscalationImpl <em>Escalation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.EscalationImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getEscalation()
	 * @generated
	 */
	int ESCALATION = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION__STATE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Proposed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION__PROPOSED_BY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION__DECIDED_ON = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Decision Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION__DECISION_NOTE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Escalation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Escalation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link taizhang.model.impl.SupervisionNoticeImpl <em>Supervision Notice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.SupervisionNoticeImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getSupervisionNotice()
	 * @generated
	 */
	int SUPERVISION_NOTICE = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_NOTICE__ID = ESCALATION__ID;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_NOTICE__STATE = ESCALATION__STATE;

	/**
	 * The feature id for the '<em><b>Proposed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_NOTICE__PROPOSED_BY = ESCALATION__PROPOSED_BY;

	/**
	 * The feature id for the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_NOTICE__DECIDED_ON = ESCALATION__DECIDED_ON;

	/**
	 * The feature id for the '<em><b>Decision Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_NOTICE__DECISION_NOTE = ESCALATION__DECISION_NOTE;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_NOTICE__NUMBER = ESCALATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Issued On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_NOTICE__ISSUED_ON = ESCALATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_NOTICE__UNIT = ESCALATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Issues</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_NOTICE__ISSUES = ESCALATION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>New Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_NOTICE__NEW_DEADLINE = ESCALATION_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_NOTICE__CONTENT = ESCALATION_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Supervision Notice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_NOTICE_FEATURE_COUNT = ESCALATION_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Supervision Notice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_NOTICE_OPERATION_COUNT = ESCALATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link taizhang.model.impl.InterviewImpl <em>Interview</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.InterviewImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getInterview()
	 * @generated
	 */
	int INTERVIEW = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW__ID = ESCALATION__ID;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW__STATE = ESCALATION__STATE;

	/**
	 * The feature id for the '<em><b>Proposed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW__PROPOSED_BY = ESCALATION__PROPOSED_BY;

	/**
	 * The feature id for the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW__DECIDED_ON = ESCALATION__DECIDED_ON;

	/**
	 * The feature id for the '<em><b>Decision Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW__DECISION_NOTE = ESCALATION__DECISION_NOTE;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW__DATE = ESCALATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW__UNIT = ESCALATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW__PERSON = ESCALATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Issues</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW__ISSUES = ESCALATION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW__OUTCOME = ESCALATION_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Interview</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW_FEATURE_COUNT = ESCALATION_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Interview</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW_OPERATION_COUNT = ESCALATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link taizhang.model.impl.AccountabilityImpl <em>Accountability</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.AccountabilityImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getAccountability()
	 * @generated
	 */
	int ACCOUNTABILITY = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY__DECIDED_ON = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Decided By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY__DECIDED_BY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Units</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY__UNITS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Persons</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY__PERSONS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Issues</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY__ISSUES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY__MEASURE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Accountability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Accountability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link taizhang.model.impl.DeductionImpl <em>Deduction</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.DeductionImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getDeduction()
	 * @generated
	 */
	int DEDUCTION = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUCTION__ID = ESCALATION__ID;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUCTION__STATE = ESCALATION__STATE;

	/**
	 * The feature id for the '<em><b>Proposed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUCTION__PROPOSED_BY = ESCALATION__PROPOSED_BY;

	/**
	 * The feature id for the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUCTION__DECIDED_ON = ESCALATION__DECIDED_ON;

	/**
	 * The feature id for the '<em><b>Decision Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUCTION__DECISION_NOTE = ESCALATION__DECISION_NOTE;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUCTION__UNIT = ESCALATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUCTION__YEAR = ESCALATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUCTION__POINTS = ESCALATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUCTION__REASON = ESCALATION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUCTION__DATE = ESCALATION_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Issues</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUCTION__ISSUES = ESCALATION_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Deduction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUCTION_FEATURE_COUNT = ESCALATION_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Deduction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUCTION_OPERATION_COUNT = ESCALATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link taizhang.model.impl.LedgerSettingsImpl <em>Ledger Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.LedgerSettingsImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getLedgerSettings()
	 * @generated
	 */
	int LEDGER_SETTINGS = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_SETTINGS__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Blue Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_SETTINGS__BLUE_DAYS = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Progress Gap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_SETTINGS__PROGRESS_GAP = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Public Notice Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_SETTINGS__PUBLIC_NOTICE_DAYS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Report Cutoff Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_SETTINGS__REPORT_CUTOFF_DAY = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Review Levels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_SETTINGS__REVIEW_LEVELS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Sign Off Criteria</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_SETTINGS__SIGN_OFF_CRITERIA = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Yellow Count For Notice</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_SETTINGS__YELLOW_COUNT_FOR_NOTICE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Yellow Deduction Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_SETTINGS__YELLOW_DEDUCTION_POINTS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Red Deduction Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_SETTINGS__RED_DEDUCTION_POINTS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Ledger Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_SETTINGS_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Ledger Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_SETTINGS_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link taizhang.model.impl.ReportingPeriodImpl <em>Reporting Period</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.ReportingPeriodImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getReportingPeriod()
	 * @generated
	 */
	int REPORTING_PERIOD = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD__MONTH = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cutoff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD__CUTOFF = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Closed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD__CLOSED_ON = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Closed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD__CLOSED_BY = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD__ENTRIES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Reporting Period</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Reporting Period</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_PERIOD_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link taizhang.model.impl.PeriodEntryImpl <em>Period Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.PeriodEntryImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getPeriodEntry()
	 * @generated
	 */
	int PERIOD_ENTRY = 19;

	/**
	 * The feature id for the '<em><b>Issue</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_ENTRY__ISSUE = 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_ENTRY__STATUS = 1;

	/**
	 * The feature id for the '<em><b>Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_ENTRY__DONE = 2;

	/**
	 * The feature id for the '<em><b>Overdue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_ENTRY__OVERDUE = 3;

	/**
	 * The feature id for the '<em><b>Lagging</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_ENTRY__LAGGING = 4;

	/**
	 * The feature id for the '<em><b>Warning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_ENTRY__WARNING = 5;

	/**
	 * The feature id for the '<em><b>Rejections</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_ENTRY__REJECTIONS = 6;

	/**
	 * The feature id for the '<em><b>Lead Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_ENTRY__LEAD_UNIT = 7;

	/**
	 * The number of structural features of the '<em>Period Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_ENTRY_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Period Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link taizhang.model.impl.OrganizationImpl <em>Organization</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.OrganizationImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getOrganization()
	 * @generated
	 */
	int ORGANIZATION = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__SHORT_NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__CODE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__KIND = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__PARENT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Children</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__CHILDREN = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Retired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__RETIRED = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Retired On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__RETIRED_ON = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Successor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__SUCCESSOR = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link taizhang.model.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.PersonImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__PHONE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ORGANIZATION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__POSITION = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Leadership</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__LEADERSHIP = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link taizhang.model.impl.AssignmentImpl <em>Assignment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.AssignmentImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getAssignment()
	 * @generated
	 */
	int ASSIGNMENT = 22;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__ROLE = 0;

	/**
	 * The feature id for the '<em><b>Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__ORGANIZATION = 1;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__PERSON = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT__NOTE = 3;

	/**
	 * The number of structural features of the '<em>Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSIGNMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link taizhang.model.impl.StatusChangeImpl <em>Status Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.StatusChangeImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getStatusChange()
	 * @generated
	 */
	int STATUS_CHANGE = 23;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__AT = 0;

	/**
	 * The feature id for the '<em><b>Actor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__ACTOR = 1;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__FROM = 2;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__TO = 3;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__REASON = 4;

	/**
	 * The number of structural features of the '<em>Status Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Status Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link taizhang.model.impl.CustomFieldDefinitionImpl <em>Custom Field Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.CustomFieldDefinitionImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getCustomFieldDefinition()
	 * @generated
	 */
	int CUSTOM_FIELD_DEFINITION = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_FIELD_DEFINITION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_FIELD_DEFINITION__KEY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_FIELD_DEFINITION__LABEL = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_FIELD_DEFINITION__TYPE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Choices</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_FIELD_DEFINITION__CHOICES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_FIELD_DEFINITION__REQUIRED = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Custom Field Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_FIELD_DEFINITION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Custom Field Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_FIELD_DEFINITION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link taizhang.model.impl.CustomFieldValueImpl <em>Custom Field Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.impl.CustomFieldValueImpl
	 * @see taizhang.model.impl.ModelPackageImpl#getCustomFieldValue()
	 * @generated
	 */
	int CUSTOM_FIELD_VALUE = 25;

	/**
	 * The feature id for the '<em><b>Field</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_FIELD_VALUE__FIELD = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_FIELD_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Custom Field Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_FIELD_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Custom Field Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOM_FIELD_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link taizhang.model.RoundKind <em>Round Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.RoundKind
	 * @see taizhang.model.impl.ModelPackageImpl#getRoundKind()
	 * @generated
	 */
	int ROUND_KIND = 26;

	/**
	 * The meta object id for the '{@link taizhang.model.IssueKind <em>Issue Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.IssueKind
	 * @see taizhang.model.impl.ModelPackageImpl#getIssueKind()
	 * @generated
	 */
	int ISSUE_KIND = 27;

	/**
	 * The meta object id for the '{@link taizhang.model.IssueCategory <em>Issue Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.IssueCategory
	 * @see taizhang.model.impl.ModelPackageImpl#getIssueCategory()
	 * @generated
	 */
	int ISSUE_CATEGORY = 28;

	/**
	 * The meta object id for the '{@link taizhang.model.IssueStatus <em>Issue Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.IssueStatus
	 * @see taizhang.model.impl.ModelPackageImpl#getIssueStatus()
	 * @generated
	 */
	int ISSUE_STATUS = 29;

	/**
	 * The meta object id for the '{@link taizhang.model.RectificationType <em>Rectification Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.RectificationType
	 * @see taizhang.model.impl.ModelPackageImpl#getRectificationType()
	 * @generated
	 */
	int RECTIFICATION_TYPE = 30;

	/**
	 * The meta object id for the '{@link taizhang.model.EvidenceKind <em>Evidence Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.EvidenceKind
	 * @see taizhang.model.impl.ModelPackageImpl#getEvidenceKind()
	 * @generated
	 */
	int EVIDENCE_KIND = 31;

	/**
	 * The meta object id for the '{@link taizhang.model.ReviewLevel <em>Review Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.ReviewLevel
	 * @see taizhang.model.impl.ModelPackageImpl#getReviewLevel()
	 * @generated
	 */
	int REVIEW_LEVEL = 32;

	/**
	 * The meta object id for the '{@link taizhang.model.ReviewDecision <em>Review Decision</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.ReviewDecision
	 * @see taizhang.model.impl.ModelPackageImpl#getReviewDecision()
	 * @generated
	 */
	int REVIEW_DECISION = 33;

	/**
	 * The meta object id for the '{@link taizhang.model.WarningLevel <em>Warning Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.WarningLevel
	 * @see taizhang.model.impl.ModelPackageImpl#getWarningLevel()
	 * @generated
	 */
	int WARNING_LEVEL = 34;

	/**
	 * The meta object id for the '{@link taizhang.model.ProposalState <em>Proposal State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.ProposalState
	 * @see taizhang.model.impl.ModelPackageImpl#getProposalState()
	 * @generated
	 */
	int PROPOSAL_STATE = 35;

	/**
	 * The meta object id for the '{@link taizhang.model.OrganizationKind <em>Organization Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.OrganizationKind
	 * @see taizhang.model.impl.ModelPackageImpl#getOrganizationKind()
	 * @generated
	 */
	int ORGANIZATION_KIND = 36;

	/**
	 * The meta object id for the '{@link taizhang.model.PositionKind <em>Position Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.PositionKind
	 * @see taizhang.model.impl.ModelPackageImpl#getPositionKind()
	 * @generated
	 */
	int POSITION_KIND = 37;

	/**
	 * The meta object id for the '{@link taizhang.model.AssignmentRole <em>Assignment Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.AssignmentRole
	 * @see taizhang.model.impl.ModelPackageImpl#getAssignmentRole()
	 * @generated
	 */
	int ASSIGNMENT_ROLE = 38;

	/**
	 * The meta object id for the '{@link taizhang.model.CustomFieldType <em>Custom Field Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see taizhang.model.CustomFieldType
	 * @see taizhang.model.impl.ModelPackageImpl#getCustomFieldType()
	 * @generated
	 */
	int CUSTOM_FIELD_TYPE = 39;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see taizhang.model.impl.ModelPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 40;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see taizhang.model.impl.ModelPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 41;


	/**
	 * Returns the meta object for class '{@link taizhang.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see taizhang.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see taizhang.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link taizhang.model.Ledger <em>Ledger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ledger</em>'.
	 * @see taizhang.model.Ledger
	 * @generated
	 */
	EClass getLedger();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Ledger#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see taizhang.model.Ledger#getName()
	 * @see #getLedger()
	 * @generated
	 */
	EAttribute getLedger_Name();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Ledger#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see taizhang.model.Ledger#getRegion()
	 * @see #getLedger()
	 * @generated
	 */
	EAttribute getLedger_Region();

	/**
	 * Returns the meta object for the containment reference list '{@link taizhang.model.Ledger#getRounds <em>Rounds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rounds</em>'.
	 * @see taizhang.model.Ledger#getRounds()
	 * @see #getLedger()
	 * @generated
	 */
	EReference getLedger_Rounds();

	/**
	 * Returns the meta object for the containment reference list '{@link taizhang.model.Ledger#getIssues <em>Issues</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Issues</em>'.
	 * @see taizhang.model.Ledger#getIssues()
	 * @see #getLedger()
	 * @generated
	 */
	EReference getLedger_Issues();

	/**
	 * Returns the meta object for the containment reference list '{@link taizhang.model.Ledger#getOrganizations <em>Organizations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Organizations</em>'.
	 * @see taizhang.model.Ledger#getOrganizations()
	 * @see #getLedger()
	 * @generated
	 */
	EReference getLedger_Organizations();

	/**
	 * Returns the meta object for the containment reference list '{@link taizhang.model.Ledger#getPersons <em>Persons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Persons</em>'.
	 * @see taizhang.model.Ledger#getPersons()
	 * @see #getLedger()
	 * @generated
	 */
	EReference getLedger_Persons();

	/**
	 * Returns the meta object for the containment reference list '{@link taizhang.model.Ledger#getCustomFields <em>Custom Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Custom Fields</em>'.
	 * @see taizhang.model.Ledger#getCustomFields()
	 * @see #getLedger()
	 * @generated
	 */
	EReference getLedger_CustomFields();

	/**
	 * Returns the meta object for the containment reference list '{@link taizhang.model.Ledger#getSupervisionNotices <em>Supervision Notices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Supervision Notices</em>'.
	 * @see taizhang.model.Ledger#getSupervisionNotices()
	 * @see #getLedger()
	 * @generated
	 */
	EReference getLedger_SupervisionNotices();

	/**
	 * Returns the meta object for the containment reference list '{@link taizhang.model.Ledger#getInterviews <em>Interviews</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interviews</em>'.
	 * @see taizhang.model.Ledger#getInterviews()
	 * @see #getLedger()
	 * @generated
	 */
	EReference getLedger_Interviews();

	/**
	 * Returns the meta object for the containment reference list '{@link taizhang.model.Ledger#getAccountabilities <em>Accountabilities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Accountabilities</em>'.
	 * @see taizhang.model.Ledger#getAccountabilities()
	 * @see #getLedger()
	 * @generated
	 */
	EReference getLedger_Accountabilities();

	/**
	 * Returns the meta object for the containment reference list '{@link taizhang.model.Ledger#getDeductions <em>Deductions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Deductions</em>'.
	 * @see taizhang.model.Ledger#getDeductions()
	 * @see #getLedger()
	 * @generated
	 */
	EReference getLedger_Deductions();

	/**
	 * Returns the meta object for the containment reference '{@link taizhang.model.Ledger#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Settings</em>'.
	 * @see taizhang.model.Ledger#getSettings()
	 * @see #getLedger()
	 * @generated
	 */
	EReference getLedger_Settings();

	/**
	 * Returns the meta object for the containment reference list '{@link taizhang.model.Ledger#getPeriods <em>Periods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Periods</em>'.
	 * @see taizhang.model.Ledger#getPeriods()
	 * @see #getLedger()
	 * @generated
	 */
	EReference getLedger_Periods();

	/**
	 * Returns the meta object for class '{@link taizhang.model.InspectionRound <em>Inspection Round</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inspection Round</em>'.
	 * @see taizhang.model.InspectionRound
	 * @generated
	 */
	EClass getInspectionRound();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.InspectionRound#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see taizhang.model.InspectionRound#getName()
	 * @see #getInspectionRound()
	 * @generated
	 */
	EAttribute getInspectionRound_Name();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.InspectionRound#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see taizhang.model.InspectionRound#getKind()
	 * @see #getInspectionRound()
	 * @generated
	 */
	EAttribute getInspectionRound_Kind();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.InspectionRound#getBatchNumber <em>Batch Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batch Number</em>'.
	 * @see taizhang.model.InspectionRound#getBatchNumber()
	 * @see #getInspectionRound()
	 * @generated
	 */
	EAttribute getInspectionRound_BatchNumber();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.InspectionRound#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see taizhang.model.InspectionRound#getStartDate()
	 * @see #getInspectionRound()
	 * @generated
	 */
	EAttribute getInspectionRound_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.InspectionRound#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see taizhang.model.InspectionRound#getEndDate()
	 * @see #getInspectionRound()
	 * @generated
	 */
	EAttribute getInspectionRound_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.InspectionRound#getInspectionGroup <em>Inspection Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inspection Group</em>'.
	 * @see taizhang.model.InspectionRound#getInspectionGroup()
	 * @see #getInspectionRound()
	 * @generated
	 */
	EAttribute getInspectionRound_InspectionGroup();

	/**
	 * Returns the meta object for class '{@link taizhang.model.Issue <em>Issue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Issue</em>'.
	 * @see taizhang.model.Issue
	 * @generated
	 */
	EClass getIssue();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Issue#getSequenceNumber <em>Sequence Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sequence Number</em>'.
	 * @see taizhang.model.Issue#getSequenceNumber()
	 * @see #getIssue()
	 * @generated
	 */
	EAttribute getIssue_SequenceNumber();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Issue#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see taizhang.model.Issue#getKind()
	 * @see #getIssue()
	 * @generated
	 */
	EAttribute getIssue_Kind();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Issue#getCaseNumber <em>Case Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Number</em>'.
	 * @see taizhang.model.Issue#getCaseNumber()
	 * @see #getIssue()
	 * @generated
	 */
	EAttribute getIssue_CaseNumber();

	/**
	 * Returns the meta object for the reference '{@link taizhang.model.Issue#getRound <em>Round</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Round</em>'.
	 * @see taizhang.model.Issue#getRound()
	 * @see #getIssue()
	 * @generated
	 */
	EReference getIssue_Round();

	/**
	 * Returns the meta object for the reference '{@link taizhang.model.Issue#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Region</em>'.
	 * @see taizhang.model.Issue#getRegion()
	 * @see #getIssue()
	 * @generated
	 */
	EReference getIssue_Region();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Issue#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see taizhang.model.Issue#getCategory()
	 * @see #getIssue()
	 * @generated
	 */
	EAttribute getIssue_Category();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Issue#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see taizhang.model.Issue#getDescription()
	 * @see #getIssue()
	 * @generated
	 */
	EAttribute getIssue_Description();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Issue#getReceivedDate <em>Received Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Received Date</em>'.
	 * @see taizhang.model.Issue#getReceivedDate()
	 * @see #getIssue()
	 * @generated
	 */
	EAttribute getIssue_ReceivedDate();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Issue#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see taizhang.model.Issue#getStatus()
	 * @see #getIssue()
	 * @generated
	 */
	EAttribute getIssue_Status();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Issue#getProgressNote <em>Progress Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Progress Note</em>'.
	 * @see taizhang.model.Issue#getProgressNote()
	 * @see #getIssue()
	 * @generated
	 */
	EAttribute getIssue_ProgressNote();

	/**
	 * Returns the meta object for the containment reference '{@link taizhang.model.Issue#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Plan</em>'.
	 * @see taizhang.model.Issue#getPlan()
	 * @see #getIssue()
	 * @generated
	 */
	EReference getIssue_Plan();

	/**
	 * Returns the meta object for the containment reference list '{@link taizhang.model.Issue#getAssignments <em>Assignments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assignments</em>'.
	 * @see taizhang.model.Issue#getAssignments()
	 * @see #getIssue()
	 * @generated
	 */
	EReference getIssue_Assignments();

	/**
	 * Returns the meta object for the containment reference list '{@link taizhang.model.Issue#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see taizhang.model.Issue#getEvidence()
	 * @see #getIssue()
	 * @generated
	 */
	EReference getIssue_Evidence();

	/**
	 * Returns the meta object for the containment reference list '{@link taizhang.model.Issue#getProgressReports <em>Progress Reports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Progress Reports</em>'.
	 * @see taizhang.model.Issue#getProgressReports()
	 * @see #getIssue()
	 * @generated
	 */
	EReference getIssue_ProgressReports();

	/**
	 * Returns the meta object for the containment reference list '{@link taizhang.model.Issue#getReviews <em>Reviews</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reviews</em>'.
	 * @see taizhang.model.Issue#getReviews()
	 * @see #getIssue()
	 * @generated
	 */
	EReference getIssue_Reviews();

	/**
	 * Returns the meta object for the containment reference list '{@link taizhang.model.Issue#getWarnings <em>Warnings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Warnings</em>'.
	 * @see taizhang.model.Issue#getWarnings()
	 * @see #getIssue()
	 * @generated
	 */
	EReference getIssue_Warnings();

	/**
	 * Returns the meta object for the containment reference list '{@link taizhang.model.Issue#getStatusChanges <em>Status Changes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Status Changes</em>'.
	 * @see taizhang.model.Issue#getStatusChanges()
	 * @see #getIssue()
	 * @generated
	 */
	EReference getIssue_StatusChanges();

	/**
	 * Returns the meta object for the containment reference list '{@link taizhang.model.Issue#getCustomValues <em>Custom Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Custom Values</em>'.
	 * @see taizhang.model.Issue#getCustomValues()
	 * @see #getIssue()
	 * @generated
	 */
	EReference getIssue_CustomValues();

	/**
	 * Returns the meta object for the reference '{@link taizhang.model.Issue#getReboundOf <em>Rebound Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Rebound Of</em>'.
	 * @see taizhang.model.Issue#getReboundOf()
	 * @see #getIssue()
	 * @generated
	 */
	EReference getIssue_ReboundOf();

	/**
	 * Returns the meta object for class '{@link taizhang.model.RectificationPlan <em>Rectification Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rectification Plan</em>'.
	 * @see taizhang.model.RectificationPlan
	 * @generated
	 */
	EClass getRectificationPlan();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.RectificationPlan#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see taizhang.model.RectificationPlan#getTarget()
	 * @see #getRectificationPlan()
	 * @generated
	 */
	EAttribute getRectificationPlan_Target();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.RectificationPlan#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see taizhang.model.RectificationPlan#getDeadline()
	 * @see #getRectificationPlan()
	 * @generated
	 */
	EAttribute getRectificationPlan_Deadline();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.RectificationPlan#getDeadlineText <em>Deadline Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline Text</em>'.
	 * @see taizhang.model.RectificationPlan#getDeadlineText()
	 * @see #getRectificationPlan()
	 * @generated
	 */
	EAttribute getRectificationPlan_DeadlineText();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.RectificationPlan#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see taizhang.model.RectificationPlan#getType()
	 * @see #getRectificationPlan()
	 * @generated
	 */
	EAttribute getRectificationPlan_Type();

	/**
	 * Returns the meta object for the containment reference list '{@link taizhang.model.RectificationPlan#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measures</em>'.
	 * @see taizhang.model.RectificationPlan#getMeasures()
	 * @see #getRectificationPlan()
	 * @generated
	 */
	EReference getRectificationPlan_Measures();

	/**
	 * Returns the meta object for the containment reference list '{@link taizhang.model.RectificationPlan#getStageGoals <em>Stage Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stage Goals</em>'.
	 * @see taizhang.model.RectificationPlan#getStageGoals()
	 * @see #getRectificationPlan()
	 * @generated
	 */
	EReference getRectificationPlan_StageGoals();

	/**
	 * Returns the meta object for class '{@link taizhang.model.Measure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measure</em>'.
	 * @see taizhang.model.Measure
	 * @generated
	 */
	EClass getMeasure();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Measure#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see taizhang.model.Measure#getDescription()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Description();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Measure#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see taizhang.model.Measure#getDueDate()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Measure#isDone <em>Done</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Done</em>'.
	 * @see taizhang.model.Measure#isDone()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Done();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Measure#getDoneDate <em>Done Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Done Date</em>'.
	 * @see taizhang.model.Measure#getDoneDate()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_DoneDate();

	/**
	 * Returns the meta object for the reference '{@link taizhang.model.Measure#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see taizhang.model.Measure#getUnit()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_Unit();

	/**
	 * Returns the meta object for class '{@link taizhang.model.StageGoal <em>Stage Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stage Goal</em>'.
	 * @see taizhang.model.StageGoal
	 * @generated
	 */
	EClass getStageGoal();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.StageGoal#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see taizhang.model.StageGoal#getDescription()
	 * @see #getStageGoal()
	 * @generated
	 */
	EAttribute getStageGoal_Description();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.StageGoal#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see taizhang.model.StageGoal#getDueDate()
	 * @see #getStageGoal()
	 * @generated
	 */
	EAttribute getStageGoal_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.StageGoal#isAchieved <em>Achieved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Achieved</em>'.
	 * @see taizhang.model.StageGoal#isAchieved()
	 * @see #getStageGoal()
	 * @generated
	 */
	EAttribute getStageGoal_Achieved();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.StageGoal#getAchievedDate <em>Achieved Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Achieved Date</em>'.
	 * @see taizhang.model.StageGoal#getAchievedDate()
	 * @see #getStageGoal()
	 * @generated
	 */
	EAttribute getStageGoal_AchievedDate();

	/**
	 * Returns the meta object for class '{@link taizhang.model.Evidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence</em>'.
	 * @see taizhang.model.Evidence
	 * @generated
	 */
	EClass getEvidence();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Evidence#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see taizhang.model.Evidence#getKind()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Kind();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Evidence#getFileName <em>File Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name</em>'.
	 * @see taizhang.model.Evidence#getFileName()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_FileName();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Evidence#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see taizhang.model.Evidence#getSize()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Size();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Evidence#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see taizhang.model.Evidence#getSha256()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Evidence#getCapturedAt <em>Captured At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Captured At</em>'.
	 * @see taizhang.model.Evidence#getCapturedAt()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_CapturedAt();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Evidence#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see taizhang.model.Evidence#getDescription()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Description();

	/**
	 * Returns the meta object for the reference list '{@link taizhang.model.Evidence#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Measures</em>'.
	 * @see taizhang.model.Evidence#getMeasures()
	 * @see #getEvidence()
	 * @generated
	 */
	EReference getEvidence_Measures();

	/**
	 * Returns the meta object for class '{@link taizhang.model.ProgressReport <em>Progress Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Progress Report</em>'.
	 * @see taizhang.model.ProgressReport
	 * @generated
	 */
	EClass getProgressReport();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.ProgressReport#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see taizhang.model.ProgressReport#getPeriod()
	 * @see #getProgressReport()
	 * @generated
	 */
	EAttribute getProgressReport_Period();

	/**
	 * Returns the meta object for the reference '{@link taizhang.model.ProgressReport#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see taizhang.model.ProgressReport#getUnit()
	 * @see #getProgressReport()
	 * @generated
	 */
	EReference getProgressReport_Unit();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.ProgressReport#getSubmittedOn <em>Submitted On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Submitted On</em>'.
	 * @see taizhang.model.ProgressReport#getSubmittedOn()
	 * @see #getProgressReport()
	 * @generated
	 */
	EAttribute getProgressReport_SubmittedOn();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.ProgressReport#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see taizhang.model.ProgressReport#getText()
	 * @see #getProgressReport()
	 * @generated
	 */
	EAttribute getProgressReport_Text();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.ProgressReport#getPercentComplete <em>Percent Complete</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Percent Complete</em>'.
	 * @see taizhang.model.ProgressReport#getPercentComplete()
	 * @see #getProgressReport()
	 * @generated
	 */
	EAttribute getProgressReport_PercentComplete();

	/**
	 * Returns the meta object for class '{@link taizhang.model.SignOffReview <em>Sign Off Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sign Off Review</em>'.
	 * @see taizhang.model.SignOffReview
	 * @generated
	 */
	EClass getSignOffReview();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.SignOffReview#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see taizhang.model.SignOffReview#getLevel()
	 * @see #getSignOffReview()
	 * @generated
	 */
	EAttribute getSignOffReview_Level();

	/**
	 * Returns the meta object for the reference '{@link taizhang.model.SignOffReview#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reviewer</em>'.
	 * @see taizhang.model.SignOffReview#getReviewer()
	 * @see #getSignOffReview()
	 * @generated
	 */
	EReference getSignOffReview_Reviewer();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.SignOffReview#getReviewerName <em>Reviewer Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer Name</em>'.
	 * @see taizhang.model.SignOffReview#getReviewerName()
	 * @see #getSignOffReview()
	 * @generated
	 */
	EAttribute getSignOffReview_ReviewerName();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.SignOffReview#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see taizhang.model.SignOffReview#getDate()
	 * @see #getSignOffReview()
	 * @generated
	 */
	EAttribute getSignOffReview_Date();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.SignOffReview#getDecision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision</em>'.
	 * @see taizhang.model.SignOffReview#getDecision()
	 * @see #getSignOffReview()
	 * @generated
	 */
	EAttribute getSignOffReview_Decision();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.SignOffReview#getReasons <em>Reasons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reasons</em>'.
	 * @see taizhang.model.SignOffReview#getReasons()
	 * @see #getSignOffReview()
	 * @generated
	 */
	EAttribute getSignOffReview_Reasons();

	/**
	 * Returns the meta object for the containment reference list '{@link taizhang.model.SignOffReview#getChecklist <em>Checklist</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Checklist</em>'.
	 * @see taizhang.model.SignOffReview#getChecklist()
	 * @see #getSignOffReview()
	 * @generated
	 */
	EReference getSignOffReview_Checklist();

	/**
	 * Returns the meta object for class '{@link taizhang.model.ReviewCheckItem <em>Review Check Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review Check Item</em>'.
	 * @see taizhang.model.ReviewCheckItem
	 * @generated
	 */
	EClass getReviewCheckItem();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.ReviewCheckItem#getCriterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criterion</em>'.
	 * @see taizhang.model.ReviewCheckItem#getCriterion()
	 * @see #getReviewCheckItem()
	 * @generated
	 */
	EAttribute getReviewCheckItem_Criterion();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.ReviewCheckItem#isPassed <em>Passed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Passed</em>'.
	 * @see taizhang.model.ReviewCheckItem#isPassed()
	 * @see #getReviewCheckItem()
	 * @generated
	 */
	EAttribute getReviewCheckItem_Passed();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.ReviewCheckItem#getRemark <em>Remark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remark</em>'.
	 * @see taizhang.model.ReviewCheckItem#getRemark()
	 * @see #getReviewCheckItem()
	 * @generated
	 */
	EAttribute getReviewCheckItem_Remark();

	/**
	 * Returns the meta object for class '{@link taizhang.model.Warning <em>Warning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Warning</em>'.
	 * @see taizhang.model.Warning
	 * @generated
	 */
	EClass getWarning();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Warning#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see taizhang.model.Warning#getLevel()
	 * @see #getWarning()
	 * @generated
	 */
	EAttribute getWarning_Level();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Warning#getRaisedOn <em>Raised On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Raised On</em>'.
	 * @see taizhang.model.Warning#getRaisedOn()
	 * @see #getWarning()
	 * @generated
	 */
	EAttribute getWarning_RaisedOn();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Warning#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see taizhang.model.Warning#getReason()
	 * @see #getWarning()
	 * @generated
	 */
	EAttribute getWarning_Reason();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Warning#isResolved <em>Resolved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolved</em>'.
	 * @see taizhang.model.Warning#isResolved()
	 * @see #getWarning()
	 * @generated
	 */
	EAttribute getWarning_Resolved();

	/**
	 * Returns the meta object for class '{@link taizhang.model.Escalation <em>Escalation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Escalation</em>'.
	 * @see taizhang.model.Escalation
	 * @generated
	 */
	EClass getEscalation();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Escalation#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see taizhang.model.Escalation#getState()
	 * @see #getEscalation()
	 * @generated
	 */
	EAttribute getEscalation_State();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Escalation#getProposedBy <em>Proposed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Proposed By</em>'.
	 * @see taizhang.model.Escalation#getProposedBy()
	 * @see #getEscalation()
	 * @generated
	 */
	EAttribute getEscalation_ProposedBy();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Escalation#getDecidedOn <em>Decided On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided On</em>'.
	 * @see taizhang.model.Escalation#getDecidedOn()
	 * @see #getEscalation()
	 * @generated
	 */
	EAttribute getEscalation_DecidedOn();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Escalation#getDecisionNote <em>Decision Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision Note</em>'.
	 * @see taizhang.model.Escalation#getDecisionNote()
	 * @see #getEscalation()
	 * @generated
	 */
	EAttribute getEscalation_DecisionNote();

	/**
	 * Returns the meta object for class '{@link taizhang.model.SupervisionNotice <em>Supervision Notice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Supervision Notice</em>'.
	 * @see taizhang.model.SupervisionNotice
	 * @generated
	 */
	EClass getSupervisionNotice();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.SupervisionNotice#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see taizhang.model.SupervisionNotice#getNumber()
	 * @see #getSupervisionNotice()
	 * @generated
	 */
	EAttribute getSupervisionNotice_Number();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.SupervisionNotice#getIssuedOn <em>Issued On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issued On</em>'.
	 * @see taizhang.model.SupervisionNotice#getIssuedOn()
	 * @see #getSupervisionNotice()
	 * @generated
	 */
	EAttribute getSupervisionNotice_IssuedOn();

	/**
	 * Returns the meta object for the reference '{@link taizhang.model.SupervisionNotice#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see taizhang.model.SupervisionNotice#getUnit()
	 * @see #getSupervisionNotice()
	 * @generated
	 */
	EReference getSupervisionNotice_Unit();

	/**
	 * Returns the meta object for the reference list '{@link taizhang.model.SupervisionNotice#getIssues <em>Issues</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Issues</em>'.
	 * @see taizhang.model.SupervisionNotice#getIssues()
	 * @see #getSupervisionNotice()
	 * @generated
	 */
	EReference getSupervisionNotice_Issues();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.SupervisionNotice#getNewDeadline <em>New Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Deadline</em>'.
	 * @see taizhang.model.SupervisionNotice#getNewDeadline()
	 * @see #getSupervisionNotice()
	 * @generated
	 */
	EAttribute getSupervisionNotice_NewDeadline();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.SupervisionNotice#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content</em>'.
	 * @see taizhang.model.SupervisionNotice#getContent()
	 * @see #getSupervisionNotice()
	 * @generated
	 */
	EAttribute getSupervisionNotice_Content();

	/**
	 * Returns the meta object for class '{@link taizhang.model.Interview <em>Interview</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interview</em>'.
	 * @see taizhang.model.Interview
	 * @generated
	 */
	EClass getInterview();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Interview#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see taizhang.model.Interview#getDate()
	 * @see #getInterview()
	 * @generated
	 */
	EAttribute getInterview_Date();

	/**
	 * Returns the meta object for the reference '{@link taizhang.model.Interview#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see taizhang.model.Interview#getUnit()
	 * @see #getInterview()
	 * @generated
	 */
	EReference getInterview_Unit();

	/**
	 * Returns the meta object for the reference '{@link taizhang.model.Interview#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see taizhang.model.Interview#getPerson()
	 * @see #getInterview()
	 * @generated
	 */
	EReference getInterview_Person();

	/**
	 * Returns the meta object for the reference list '{@link taizhang.model.Interview#getIssues <em>Issues</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Issues</em>'.
	 * @see taizhang.model.Interview#getIssues()
	 * @see #getInterview()
	 * @generated
	 */
	EReference getInterview_Issues();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Interview#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see taizhang.model.Interview#getOutcome()
	 * @see #getInterview()
	 * @generated
	 */
	EAttribute getInterview_Outcome();

	/**
	 * Returns the meta object for class '{@link taizhang.model.Accountability <em>Accountability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Accountability</em>'.
	 * @see taizhang.model.Accountability
	 * @generated
	 */
	EClass getAccountability();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Accountability#getDecidedOn <em>Decided On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided On</em>'.
	 * @see taizhang.model.Accountability#getDecidedOn()
	 * @see #getAccountability()
	 * @generated
	 */
	EAttribute getAccountability_DecidedOn();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Accountability#getDecidedBy <em>Decided By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided By</em>'.
	 * @see taizhang.model.Accountability#getDecidedBy()
	 * @see #getAccountability()
	 * @generated
	 */
	EAttribute getAccountability_DecidedBy();

	/**
	 * Returns the meta object for the reference list '{@link taizhang.model.Accountability#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Units</em>'.
	 * @see taizhang.model.Accountability#getUnits()
	 * @see #getAccountability()
	 * @generated
	 */
	EReference getAccountability_Units();

	/**
	 * Returns the meta object for the reference list '{@link taizhang.model.Accountability#getPersons <em>Persons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Persons</em>'.
	 * @see taizhang.model.Accountability#getPersons()
	 * @see #getAccountability()
	 * @generated
	 */
	EReference getAccountability_Persons();

	/**
	 * Returns the meta object for the reference list '{@link taizhang.model.Accountability#getIssues <em>Issues</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Issues</em>'.
	 * @see taizhang.model.Accountability#getIssues()
	 * @see #getAccountability()
	 * @generated
	 */
	EReference getAccountability_Issues();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Accountability#getMeasure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measure</em>'.
	 * @see taizhang.model.Accountability#getMeasure()
	 * @see #getAccountability()
	 * @generated
	 */
	EAttribute getAccountability_Measure();

	/**
	 * Returns the meta object for class '{@link taizhang.model.Deduction <em>Deduction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Deduction</em>'.
	 * @see taizhang.model.Deduction
	 * @generated
	 */
	EClass getDeduction();

	/**
	 * Returns the meta object for the reference '{@link taizhang.model.Deduction#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see taizhang.model.Deduction#getUnit()
	 * @see #getDeduction()
	 * @generated
	 */
	EReference getDeduction_Unit();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Deduction#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see taizhang.model.Deduction#getYear()
	 * @see #getDeduction()
	 * @generated
	 */
	EAttribute getDeduction_Year();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Deduction#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see taizhang.model.Deduction#getPoints()
	 * @see #getDeduction()
	 * @generated
	 */
	EAttribute getDeduction_Points();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Deduction#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see taizhang.model.Deduction#getReason()
	 * @see #getDeduction()
	 * @generated
	 */
	EAttribute getDeduction_Reason();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Deduction#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see taizhang.model.Deduction#getDate()
	 * @see #getDeduction()
	 * @generated
	 */
	EAttribute getDeduction_Date();

	/**
	 * Returns the meta object for the reference list '{@link taizhang.model.Deduction#getIssues <em>Issues</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Issues</em>'.
	 * @see taizhang.model.Deduction#getIssues()
	 * @see #getDeduction()
	 * @generated
	 */
	EReference getDeduction_Issues();

	/**
	 * Returns the meta object for class '{@link taizhang.model.LedgerSettings <em>Ledger Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ledger Settings</em>'.
	 * @see taizhang.model.LedgerSettings
	 * @generated
	 */
	EClass getLedgerSettings();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.LedgerSettings#getBlueDays <em>Blue Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Blue Days</em>'.
	 * @see taizhang.model.LedgerSettings#getBlueDays()
	 * @see #getLedgerSettings()
	 * @generated
	 */
	EAttribute getLedgerSettings_BlueDays();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.LedgerSettings#getProgressGap <em>Progress Gap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Progress Gap</em>'.
	 * @see taizhang.model.LedgerSettings#getProgressGap()
	 * @see #getLedgerSettings()
	 * @generated
	 */
	EAttribute getLedgerSettings_ProgressGap();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.LedgerSettings#getPublicNoticeDays <em>Public Notice Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Public Notice Days</em>'.
	 * @see taizhang.model.LedgerSettings#getPublicNoticeDays()
	 * @see #getLedgerSettings()
	 * @generated
	 */
	EAttribute getLedgerSettings_PublicNoticeDays();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.LedgerSettings#getReportCutoffDay <em>Report Cutoff Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Report Cutoff Day</em>'.
	 * @see taizhang.model.LedgerSettings#getReportCutoffDay()
	 * @see #getLedgerSettings()
	 * @generated
	 */
	EAttribute getLedgerSettings_ReportCutoffDay();

	/**
	 * Returns the meta object for the attribute list '{@link taizhang.model.LedgerSettings#getReviewLevels <em>Review Levels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Review Levels</em>'.
	 * @see taizhang.model.LedgerSettings#getReviewLevels()
	 * @see #getLedgerSettings()
	 * @generated
	 */
	EAttribute getLedgerSettings_ReviewLevels();

	/**
	 * Returns the meta object for the attribute list '{@link taizhang.model.LedgerSettings#getSignOffCriteria <em>Sign Off Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Sign Off Criteria</em>'.
	 * @see taizhang.model.LedgerSettings#getSignOffCriteria()
	 * @see #getLedgerSettings()
	 * @generated
	 */
	EAttribute getLedgerSettings_SignOffCriteria();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.LedgerSettings#getYellowCountForNotice <em>Yellow Count For Notice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Yellow Count For Notice</em>'.
	 * @see taizhang.model.LedgerSettings#getYellowCountForNotice()
	 * @see #getLedgerSettings()
	 * @generated
	 */
	EAttribute getLedgerSettings_YellowCountForNotice();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.LedgerSettings#getYellowDeductionPoints <em>Yellow Deduction Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Yellow Deduction Points</em>'.
	 * @see taizhang.model.LedgerSettings#getYellowDeductionPoints()
	 * @see #getLedgerSettings()
	 * @generated
	 */
	EAttribute getLedgerSettings_YellowDeductionPoints();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.LedgerSettings#getRedDeductionPoints <em>Red Deduction Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Red Deduction Points</em>'.
	 * @see taizhang.model.LedgerSettings#getRedDeductionPoints()
	 * @see #getLedgerSettings()
	 * @generated
	 */
	EAttribute getLedgerSettings_RedDeductionPoints();

	/**
	 * Returns the meta object for class '{@link taizhang.model.ReportingPeriod <em>Reporting Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reporting Period</em>'.
	 * @see taizhang.model.ReportingPeriod
	 * @generated
	 */
	EClass getReportingPeriod();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.ReportingPeriod#getMonth <em>Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Month</em>'.
	 * @see taizhang.model.ReportingPeriod#getMonth()
	 * @see #getReportingPeriod()
	 * @generated
	 */
	EAttribute getReportingPeriod_Month();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.ReportingPeriod#getCutoff <em>Cutoff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cutoff</em>'.
	 * @see taizhang.model.ReportingPeriod#getCutoff()
	 * @see #getReportingPeriod()
	 * @generated
	 */
	EAttribute getReportingPeriod_Cutoff();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.ReportingPeriod#getClosedOn <em>Closed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed On</em>'.
	 * @see taizhang.model.ReportingPeriod#getClosedOn()
	 * @see #getReportingPeriod()
	 * @generated
	 */
	EAttribute getReportingPeriod_ClosedOn();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.ReportingPeriod#getClosedBy <em>Closed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed By</em>'.
	 * @see taizhang.model.ReportingPeriod#getClosedBy()
	 * @see #getReportingPeriod()
	 * @generated
	 */
	EAttribute getReportingPeriod_ClosedBy();

	/**
	 * Returns the meta object for the containment reference list '{@link taizhang.model.ReportingPeriod#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see taizhang.model.ReportingPeriod#getEntries()
	 * @see #getReportingPeriod()
	 * @generated
	 */
	EReference getReportingPeriod_Entries();

	/**
	 * Returns the meta object for class '{@link taizhang.model.PeriodEntry <em>Period Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Period Entry</em>'.
	 * @see taizhang.model.PeriodEntry
	 * @generated
	 */
	EClass getPeriodEntry();

	/**
	 * Returns the meta object for the reference '{@link taizhang.model.PeriodEntry#getIssue <em>Issue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Issue</em>'.
	 * @see taizhang.model.PeriodEntry#getIssue()
	 * @see #getPeriodEntry()
	 * @generated
	 */
	EReference getPeriodEntry_Issue();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.PeriodEntry#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see taizhang.model.PeriodEntry#getStatus()
	 * @see #getPeriodEntry()
	 * @generated
	 */
	EAttribute getPeriodEntry_Status();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.PeriodEntry#isDone <em>Done</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Done</em>'.
	 * @see taizhang.model.PeriodEntry#isDone()
	 * @see #getPeriodEntry()
	 * @generated
	 */
	EAttribute getPeriodEntry_Done();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.PeriodEntry#isOverdue <em>Overdue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Overdue</em>'.
	 * @see taizhang.model.PeriodEntry#isOverdue()
	 * @see #getPeriodEntry()
	 * @generated
	 */
	EAttribute getPeriodEntry_Overdue();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.PeriodEntry#isLagging <em>Lagging</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lagging</em>'.
	 * @see taizhang.model.PeriodEntry#isLagging()
	 * @see #getPeriodEntry()
	 * @generated
	 */
	EAttribute getPeriodEntry_Lagging();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.PeriodEntry#getWarning <em>Warning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Warning</em>'.
	 * @see taizhang.model.PeriodEntry#getWarning()
	 * @see #getPeriodEntry()
	 * @generated
	 */
	EAttribute getPeriodEntry_Warning();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.PeriodEntry#getRejections <em>Rejections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rejections</em>'.
	 * @see taizhang.model.PeriodEntry#getRejections()
	 * @see #getPeriodEntry()
	 * @generated
	 */
	EAttribute getPeriodEntry_Rejections();

	/**
	 * Returns the meta object for the reference '{@link taizhang.model.PeriodEntry#getLeadUnit <em>Lead Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Lead Unit</em>'.
	 * @see taizhang.model.PeriodEntry#getLeadUnit()
	 * @see #getPeriodEntry()
	 * @generated
	 */
	EReference getPeriodEntry_LeadUnit();

	/**
	 * Returns the meta object for class '{@link taizhang.model.Organization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organization</em>'.
	 * @see taizhang.model.Organization
	 * @generated
	 */
	EClass getOrganization();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Organization#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see taizhang.model.Organization#getName()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Name();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Organization#getShortName <em>Short Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Name</em>'.
	 * @see taizhang.model.Organization#getShortName()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_ShortName();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Organization#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see taizhang.model.Organization#getCode()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Code();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Organization#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see taizhang.model.Organization#getKind()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Kind();

	/**
	 * Returns the meta object for the reference '{@link taizhang.model.Organization#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see taizhang.model.Organization#getParent()
	 * @see #getOrganization()
	 * @generated
	 */
	EReference getOrganization_Parent();

	/**
	 * Returns the meta object for the reference list '{@link taizhang.model.Organization#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Children</em>'.
	 * @see taizhang.model.Organization#getChildren()
	 * @see #getOrganization()
	 * @generated
	 */
	EReference getOrganization_Children();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Organization#isRetired <em>Retired</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retired</em>'.
	 * @see taizhang.model.Organization#isRetired()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Retired();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Organization#getRetiredOn <em>Retired On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retired On</em>'.
	 * @see taizhang.model.Organization#getRetiredOn()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_RetiredOn();

	/**
	 * Returns the meta object for the reference '{@link taizhang.model.Organization#getSuccessor <em>Successor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Successor</em>'.
	 * @see taizhang.model.Organization#getSuccessor()
	 * @see #getOrganization()
	 * @generated
	 */
	EReference getOrganization_Successor();

	/**
	 * Returns the meta object for class '{@link taizhang.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see taizhang.model.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Person#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see taizhang.model.Person#getName()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Name();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Person#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see taizhang.model.Person#getTitle()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Title();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Person#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see taizhang.model.Person#getPhone()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Phone();

	/**
	 * Returns the meta object for the reference '{@link taizhang.model.Person#getOrganization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organization</em>'.
	 * @see taizhang.model.Person#getOrganization()
	 * @see #getPerson()
	 * @generated
	 */
	EReference getPerson_Organization();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Person#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see taizhang.model.Person#getPosition()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Position();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Person#isLeadership <em>Leadership</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Leadership</em>'.
	 * @see taizhang.model.Person#isLeadership()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Leadership();

	/**
	 * Returns the meta object for class '{@link taizhang.model.Assignment <em>Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assignment</em>'.
	 * @see taizhang.model.Assignment
	 * @generated
	 */
	EClass getAssignment();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Assignment#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see taizhang.model.Assignment#getRole()
	 * @see #getAssignment()
	 * @generated
	 */
	EAttribute getAssignment_Role();

	/**
	 * Returns the meta object for the reference '{@link taizhang.model.Assignment#getOrganization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organization</em>'.
	 * @see taizhang.model.Assignment#getOrganization()
	 * @see #getAssignment()
	 * @generated
	 */
	EReference getAssignment_Organization();

	/**
	 * Returns the meta object for the reference '{@link taizhang.model.Assignment#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see taizhang.model.Assignment#getPerson()
	 * @see #getAssignment()
	 * @generated
	 */
	EReference getAssignment_Person();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.Assignment#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see taizhang.model.Assignment#getNote()
	 * @see #getAssignment()
	 * @generated
	 */
	EAttribute getAssignment_Note();

	/**
	 * Returns the meta object for class '{@link taizhang.model.StatusChange <em>Status Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Status Change</em>'.
	 * @see taizhang.model.StatusChange
	 * @generated
	 */
	EClass getStatusChange();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.StatusChange#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see taizhang.model.StatusChange#getAt()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_At();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.StatusChange#getActor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actor</em>'.
	 * @see taizhang.model.StatusChange#getActor()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_Actor();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.StatusChange#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see taizhang.model.StatusChange#getFrom()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_From();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.StatusChange#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see taizhang.model.StatusChange#getTo()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_To();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.StatusChange#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see taizhang.model.StatusChange#getReason()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_Reason();

	/**
	 * Returns the meta object for class '{@link taizhang.model.CustomFieldDefinition <em>Custom Field Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Custom Field Definition</em>'.
	 * @see taizhang.model.CustomFieldDefinition
	 * @generated
	 */
	EClass getCustomFieldDefinition();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.CustomFieldDefinition#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see taizhang.model.CustomFieldDefinition#getKey()
	 * @see #getCustomFieldDefinition()
	 * @generated
	 */
	EAttribute getCustomFieldDefinition_Key();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.CustomFieldDefinition#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see taizhang.model.CustomFieldDefinition#getLabel()
	 * @see #getCustomFieldDefinition()
	 * @generated
	 */
	EAttribute getCustomFieldDefinition_Label();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.CustomFieldDefinition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see taizhang.model.CustomFieldDefinition#getType()
	 * @see #getCustomFieldDefinition()
	 * @generated
	 */
	EAttribute getCustomFieldDefinition_Type();

	/**
	 * Returns the meta object for the attribute list '{@link taizhang.model.CustomFieldDefinition#getChoices <em>Choices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Choices</em>'.
	 * @see taizhang.model.CustomFieldDefinition#getChoices()
	 * @see #getCustomFieldDefinition()
	 * @generated
	 */
	EAttribute getCustomFieldDefinition_Choices();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.CustomFieldDefinition#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see taizhang.model.CustomFieldDefinition#isRequired()
	 * @see #getCustomFieldDefinition()
	 * @generated
	 */
	EAttribute getCustomFieldDefinition_Required();

	/**
	 * Returns the meta object for class '{@link taizhang.model.CustomFieldValue <em>Custom Field Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Custom Field Value</em>'.
	 * @see taizhang.model.CustomFieldValue
	 * @generated
	 */
	EClass getCustomFieldValue();

	/**
	 * Returns the meta object for the reference '{@link taizhang.model.CustomFieldValue#getField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Field</em>'.
	 * @see taizhang.model.CustomFieldValue#getField()
	 * @see #getCustomFieldValue()
	 * @generated
	 */
	EReference getCustomFieldValue_Field();

	/**
	 * Returns the meta object for the attribute '{@link taizhang.model.CustomFieldValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see taizhang.model.CustomFieldValue#getValue()
	 * @see #getCustomFieldValue()
	 * @generated
	 */
	EAttribute getCustomFieldValue_Value();

	/**
	 * Returns the meta object for enum '{@link taizhang.model.RoundKind <em>Round Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Round Kind</em>'.
	 * @see taizhang.model.RoundKind
	 * @generated
	 */
	EEnum getRoundKind();

	/**
	 * Returns the meta object for enum '{@link taizhang.model.IssueKind <em>Issue Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Issue Kind</em>'.
	 * @see taizhang.model.IssueKind
	 * @generated
	 */
	EEnum getIssueKind();

	/**
	 * Returns the meta object for enum '{@link taizhang.model.IssueCategory <em>Issue Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Issue Category</em>'.
	 * @see taizhang.model.IssueCategory
	 * @generated
	 */
	EEnum getIssueCategory();

	/**
	 * Returns the meta object for enum '{@link taizhang.model.IssueStatus <em>Issue Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Issue Status</em>'.
	 * @see taizhang.model.IssueStatus
	 * @generated
	 */
	EEnum getIssueStatus();

	/**
	 * Returns the meta object for enum '{@link taizhang.model.RectificationType <em>Rectification Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rectification Type</em>'.
	 * @see taizhang.model.RectificationType
	 * @generated
	 */
	EEnum getRectificationType();

	/**
	 * Returns the meta object for enum '{@link taizhang.model.EvidenceKind <em>Evidence Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evidence Kind</em>'.
	 * @see taizhang.model.EvidenceKind
	 * @generated
	 */
	EEnum getEvidenceKind();

	/**
	 * Returns the meta object for enum '{@link taizhang.model.ReviewLevel <em>Review Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Review Level</em>'.
	 * @see taizhang.model.ReviewLevel
	 * @generated
	 */
	EEnum getReviewLevel();

	/**
	 * Returns the meta object for enum '{@link taizhang.model.ReviewDecision <em>Review Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Review Decision</em>'.
	 * @see taizhang.model.ReviewDecision
	 * @generated
	 */
	EEnum getReviewDecision();

	/**
	 * Returns the meta object for enum '{@link taizhang.model.WarningLevel <em>Warning Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Warning Level</em>'.
	 * @see taizhang.model.WarningLevel
	 * @generated
	 */
	EEnum getWarningLevel();

	/**
	 * Returns the meta object for enum '{@link taizhang.model.ProposalState <em>Proposal State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Proposal State</em>'.
	 * @see taizhang.model.ProposalState
	 * @generated
	 */
	EEnum getProposalState();

	/**
	 * Returns the meta object for enum '{@link taizhang.model.OrganizationKind <em>Organization Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Organization Kind</em>'.
	 * @see taizhang.model.OrganizationKind
	 * @generated
	 */
	EEnum getOrganizationKind();

	/**
	 * Returns the meta object for enum '{@link taizhang.model.PositionKind <em>Position Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Position Kind</em>'.
	 * @see taizhang.model.PositionKind
	 * @generated
	 */
	EEnum getPositionKind();

	/**
	 * Returns the meta object for enum '{@link taizhang.model.AssignmentRole <em>Assignment Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Assignment Role</em>'.
	 * @see taizhang.model.AssignmentRole
	 * @generated
	 */
	EEnum getAssignmentRole();

	/**
	 * Returns the meta object for enum '{@link taizhang.model.CustomFieldType <em>Custom Field Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Custom Field Type</em>'.
	 * @see taizhang.model.CustomFieldType
	 * @generated
	 */
	EEnum getCustomFieldType();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ModelFactory getModelFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link taizhang.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.IdentifiedImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link taizhang.model.impl.LedgerImpl <em>Ledger</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.LedgerImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getLedger()
		 * @generated
		 */
		EClass LEDGER = eINSTANCE.getLedger();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEDGER__NAME = eINSTANCE.getLedger_Name();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEDGER__REGION = eINSTANCE.getLedger_Region();

		/**
		 * The meta object literal for the '<em><b>Rounds</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEDGER__ROUNDS = eINSTANCE.getLedger_Rounds();

		/**
		 * The meta object literal for the '<em><b>Issues</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEDGER__ISSUES = eINSTANCE.getLedger_Issues();

		/**
		 * The meta object literal for the '<em><b>Organizations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEDGER__ORGANIZATIONS = eINSTANCE.getLedger_Organizations();

		/**
		 * The meta object literal for the '<em><b>Persons</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEDGER__PERSONS = eINSTANCE.getLedger_Persons();

		/**
		 * The meta object literal for the '<em><b>Custom Fields</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEDGER__CUSTOM_FIELDS = eINSTANCE.getLedger_CustomFields();

		/**
		 * The meta object literal for the '<em><b>Supervision Notices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEDGER__SUPERVISION_NOTICES = eINSTANCE.getLedger_SupervisionNotices();

		/**
		 * The meta object literal for the '<em><b>Interviews</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEDGER__INTERVIEWS = eINSTANCE.getLedger_Interviews();

		/**
		 * The meta object literal for the '<em><b>Accountabilities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEDGER__ACCOUNTABILITIES = eINSTANCE.getLedger_Accountabilities();

		/**
		 * The meta object literal for the '<em><b>Deductions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEDGER__DEDUCTIONS = eINSTANCE.getLedger_Deductions();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEDGER__SETTINGS = eINSTANCE.getLedger_Settings();

		/**
		 * The meta object literal for the '<em><b>Periods</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEDGER__PERIODS = eINSTANCE.getLedger_Periods();

		/**
		 * The meta object literal for the '{@link taizhang.model.impl.InspectionRoundImpl <em>Inspection Round</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.InspectionRoundImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getInspectionRound()
		 * @generated
		 */
		EClass INSPECTION_ROUND = eINSTANCE.getInspectionRound();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_ROUND__NAME = eINSTANCE.getInspectionRound_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_ROUND__KIND = eINSTANCE.getInspectionRound_Kind();

		/**
		 * The meta object literal for the '<em><b>Batch Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_ROUND__BATCH_NUMBER = eINSTANCE.getInspectionRound_BatchNumber();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_ROUND__START_DATE = eINSTANCE.getInspectionRound_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_ROUND__END_DATE = eINSTANCE.getInspectionRound_EndDate();

		/**
		 * The meta object literal for the '<em><b>Inspection Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_ROUND__INSPECTION_GROUP = eINSTANCE.getInspectionRound_InspectionGroup();

		/**
		 * The meta object literal for the '{@link taizhang.model.impl.IssueImpl <em>Issue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.IssueImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getIssue()
		 * @generated
		 */
		EClass ISSUE = eINSTANCE.getIssue();

		/**
		 * The meta object literal for the '<em><b>Sequence Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE__SEQUENCE_NUMBER = eINSTANCE.getIssue_SequenceNumber();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE__KIND = eINSTANCE.getIssue_Kind();

		/**
		 * The meta object literal for the '<em><b>Case Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE__CASE_NUMBER = eINSTANCE.getIssue_CaseNumber();

		/**
		 * The meta object literal for the '<em><b>Round</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISSUE__ROUND = eINSTANCE.getIssue_Round();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISSUE__REGION = eINSTANCE.getIssue_Region();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE__CATEGORY = eINSTANCE.getIssue_Category();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE__DESCRIPTION = eINSTANCE.getIssue_Description();

		/**
		 * The meta object literal for the '<em><b>Received Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE__RECEIVED_DATE = eINSTANCE.getIssue_ReceivedDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE__STATUS = eINSTANCE.getIssue_Status();

		/**
		 * The meta object literal for the '<em><b>Progress Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE__PROGRESS_NOTE = eINSTANCE.getIssue_ProgressNote();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISSUE__PLAN = eINSTANCE.getIssue_Plan();

		/**
		 * The meta object literal for the '<em><b>Assignments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISSUE__ASSIGNMENTS = eINSTANCE.getIssue_Assignments();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISSUE__EVIDENCE = eINSTANCE.getIssue_Evidence();

		/**
		 * The meta object literal for the '<em><b>Progress Reports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISSUE__PROGRESS_REPORTS = eINSTANCE.getIssue_ProgressReports();

		/**
		 * The meta object literal for the '<em><b>Reviews</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISSUE__REVIEWS = eINSTANCE.getIssue_Reviews();

		/**
		 * The meta object literal for the '<em><b>Warnings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISSUE__WARNINGS = eINSTANCE.getIssue_Warnings();

		/**
		 * The meta object literal for the '<em><b>Status Changes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISSUE__STATUS_CHANGES = eINSTANCE.getIssue_StatusChanges();

		/**
		 * The meta object literal for the '<em><b>Custom Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISSUE__CUSTOM_VALUES = eINSTANCE.getIssue_CustomValues();

		/**
		 * The meta object literal for the '<em><b>Rebound Of</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISSUE__REBOUND_OF = eINSTANCE.getIssue_ReboundOf();

		/**
		 * The meta object literal for the '{@link taizhang.model.impl.RectificationPlanImpl <em>Rectification Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.RectificationPlanImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getRectificationPlan()
		 * @generated
		 */
		EClass RECTIFICATION_PLAN = eINSTANCE.getRectificationPlan();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECTIFICATION_PLAN__TARGET = eINSTANCE.getRectificationPlan_Target();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECTIFICATION_PLAN__DEADLINE = eINSTANCE.getRectificationPlan_Deadline();

		/**
		 * The meta object literal for the '<em><b>Deadline Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECTIFICATION_PLAN__DEADLINE_TEXT = eINSTANCE.getRectificationPlan_DeadlineText();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECTIFICATION_PLAN__TYPE = eINSTANCE.getRectificationPlan_Type();

		/**
		 * The meta object literal for the '<em><b>Measures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECTIFICATION_PLAN__MEASURES = eINSTANCE.getRectificationPlan_Measures();

		/**
		 * The meta object literal for the '<em><b>Stage Goals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECTIFICATION_PLAN__STAGE_GOALS = eINSTANCE.getRectificationPlan_StageGoals();

		/**
		 * The meta object literal for the '{@link taizhang.model.impl.MeasureImpl <em>Measure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.MeasureImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getMeasure()
		 * @generated
		 */
		EClass MEASURE = eINSTANCE.getMeasure();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__DESCRIPTION = eINSTANCE.getMeasure_Description();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__DUE_DATE = eINSTANCE.getMeasure_DueDate();

		/**
		 * The meta object literal for the '<em><b>Done</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__DONE = eINSTANCE.getMeasure_Done();

		/**
		 * The meta object literal for the '<em><b>Done Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__DONE_DATE = eINSTANCE.getMeasure_DoneDate();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__UNIT = eINSTANCE.getMeasure_Unit();

		/**
		 * The meta object literal for the '{@link taizhang.model.impl.StageGoalImpl <em>Stage Goal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.StageGoalImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getStageGoal()
		 * @generated
		 */
		EClass STAGE_GOAL = eINSTANCE.getStageGoal();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE_GOAL__DESCRIPTION = eINSTANCE.getStageGoal_Description();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE_GOAL__DUE_DATE = eINSTANCE.getStageGoal_DueDate();

		/**
		 * The meta object literal for the '<em><b>Achieved</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE_GOAL__ACHIEVED = eINSTANCE.getStageGoal_Achieved();

		/**
		 * The meta object literal for the '<em><b>Achieved Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE_GOAL__ACHIEVED_DATE = eINSTANCE.getStageGoal_AchievedDate();

		/**
		 * The meta object literal for the '{@link taizhang.model.impl.EvidenceImpl <em>Evidence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.EvidenceImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getEvidence()
		 * @generated
		 */
		EClass EVIDENCE = eINSTANCE.getEvidence();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__KIND = eINSTANCE.getEvidence_Kind();

		/**
		 * The meta object literal for the '<em><b>File Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__FILE_NAME = eINSTANCE.getEvidence_FileName();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__SIZE = eINSTANCE.getEvidence_Size();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__SHA256 = eINSTANCE.getEvidence_Sha256();

		/**
		 * The meta object literal for the '<em><b>Captured At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__CAPTURED_AT = eINSTANCE.getEvidence_CapturedAt();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__DESCRIPTION = eINSTANCE.getEvidence_Description();

		/**
		 * The meta object literal for the '<em><b>Measures</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE__MEASURES = eINSTANCE.getEvidence_Measures();

		/**
		 * The meta object literal for the '{@link taizhang.model.impl.ProgressReportImpl <em>Progress Report</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.ProgressReportImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getProgressReport()
		 * @generated
		 */
		EClass PROGRESS_REPORT = eINSTANCE.getProgressReport();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_REPORT__PERIOD = eINSTANCE.getProgressReport_Period();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRESS_REPORT__UNIT = eINSTANCE.getProgressReport_Unit();

		/**
		 * The meta object literal for the '<em><b>Submitted On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_REPORT__SUBMITTED_ON = eINSTANCE.getProgressReport_SubmittedOn();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_REPORT__TEXT = eINSTANCE.getProgressReport_Text();

		/**
		 * The meta object literal for the '<em><b>Percent Complete</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_REPORT__PERCENT_COMPLETE = eINSTANCE.getProgressReport_PercentComplete();

		/**
		 * The meta object literal for the '{@link taizhang.model.impl.SignOffReviewImpl <em>Sign Off Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.SignOffReviewImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getSignOffReview()
		 * @generated
		 */
		EClass SIGN_OFF_REVIEW = eINSTANCE.getSignOffReview();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGN_OFF_REVIEW__LEVEL = eINSTANCE.getSignOffReview_Level();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SIGN_OFF_REVIEW__REVIEWER = eINSTANCE.getSignOffReview_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Reviewer Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGN_OFF_REVIEW__REVIEWER_NAME = eINSTANCE.getSignOffReview_ReviewerName();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGN_OFF_REVIEW__DATE = eINSTANCE.getSignOffReview_Date();

		/**
		 * The meta object literal for the '<em><b>Decision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGN_OFF_REVIEW__DECISION = eINSTANCE.getSignOffReview_Decision();

		/**
		 * The meta object literal for the '<em><b>Reasons</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGN_OFF_REVIEW__REASONS = eINSTANCE.getSignOffReview_Reasons();

		/**
		 * The meta object literal for the '<em><b>Checklist</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SIGN_OFF_REVIEW__CHECKLIST = eINSTANCE.getSignOffReview_Checklist();

		/**
		 * The meta object literal for the '{@link taizhang.model.impl.ReviewCheckItemImpl <em>Review Check Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.ReviewCheckItemImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getReviewCheckItem()
		 * @generated
		 */
		EClass REVIEW_CHECK_ITEM = eINSTANCE.getReviewCheckItem();

		/**
		 * The meta object literal for the '<em><b>Criterion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_CHECK_ITEM__CRITERION = eINSTANCE.getReviewCheckItem_Criterion();

		/**
		 * The meta object literal for the '<em><b>Passed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_CHECK_ITEM__PASSED = eINSTANCE.getReviewCheckItem_Passed();

		/**
		 * The meta object literal for the '<em><b>Remark</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_CHECK_ITEM__REMARK = eINSTANCE.getReviewCheckItem_Remark();

		/**
		 * The meta object literal for the '{@link taizhang.model.impl.WarningImpl <em>Warning</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.WarningImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getWarning()
		 * @generated
		 */
		EClass WARNING = eINSTANCE.getWarning();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WARNING__LEVEL = eINSTANCE.getWarning_Level();

		/**
		 * The meta object literal for the '<em><b>Raised On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WARNING__RAISED_ON = eINSTANCE.getWarning_RaisedOn();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WARNING__REASON = eINSTANCE.getWarning_Reason();

		/**
		 * The meta object literal for the '<em><b>Resolved</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WARNING__RESOLVED = eINSTANCE.getWarning_Resolved();

		/**
		 * The meta object literal for the '{@link taizhang.model.impl.EscalationImpl <em>Escalation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.EscalationImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getEscalation()
		 * @generated
		 */
		EClass ESCALATION = eINSTANCE.getEscalation();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESCALATION__STATE = eINSTANCE.getEscalation_State();

		/**
		 * The meta object literal for the '<em><b>Proposed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESCALATION__PROPOSED_BY = eINSTANCE.getEscalation_ProposedBy();

		/**
		 * The meta object literal for the '<em><b>Decided On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESCALATION__DECIDED_ON = eINSTANCE.getEscalation_DecidedOn();

		/**
		 * The meta object literal for the '<em><b>Decision Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESCALATION__DECISION_NOTE = eINSTANCE.getEscalation_DecisionNote();

		/**
		 * The meta object literal for the '{@link taizhang.model.impl.SupervisionNoticeImpl <em>Supervision Notice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.SupervisionNoticeImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getSupervisionNotice()
		 * @generated
		 */
		EClass SUPERVISION_NOTICE = eINSTANCE.getSupervisionNotice();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_NOTICE__NUMBER = eINSTANCE.getSupervisionNotice_Number();

		/**
		 * The meta object literal for the '<em><b>Issued On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_NOTICE__ISSUED_ON = eINSTANCE.getSupervisionNotice_IssuedOn();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION_NOTICE__UNIT = eINSTANCE.getSupervisionNotice_Unit();

		/**
		 * The meta object literal for the '<em><b>Issues</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION_NOTICE__ISSUES = eINSTANCE.getSupervisionNotice_Issues();

		/**
		 * The meta object literal for the '<em><b>New Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_NOTICE__NEW_DEADLINE = eINSTANCE.getSupervisionNotice_NewDeadline();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_NOTICE__CONTENT = eINSTANCE.getSupervisionNotice_Content();

		/**
		 * The meta object literal for the '{@link taizhang.model.impl.InterviewImpl <em>Interview</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.InterviewImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getInterview()
		 * @generated
		 */
		EClass INTERVIEW = eINSTANCE.getInterview();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVIEW__DATE = eINSTANCE.getInterview_Date();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERVIEW__UNIT = eINSTANCE.getInterview_Unit();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERVIEW__PERSON = eINSTANCE.getInterview_Person();

		/**
		 * The meta object literal for the '<em><b>Issues</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERVIEW__ISSUES = eINSTANCE.getInterview_Issues();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVIEW__OUTCOME = eINSTANCE.getInterview_Outcome();

		/**
		 * The meta object literal for the '{@link taizhang.model.impl.AccountabilityImpl <em>Accountability</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.AccountabilityImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getAccountability()
		 * @generated
		 */
		EClass ACCOUNTABILITY = eINSTANCE.getAccountability();

		/**
		 * The meta object literal for the '<em><b>Decided On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNTABILITY__DECIDED_ON = eINSTANCE.getAccountability_DecidedOn();

		/**
		 * The meta object literal for the '<em><b>Decided By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNTABILITY__DECIDED_BY = eINSTANCE.getAccountability_DecidedBy();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTABILITY__UNITS = eINSTANCE.getAccountability_Units();

		/**
		 * The meta object literal for the '<em><b>Persons</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTABILITY__PERSONS = eINSTANCE.getAccountability_Persons();

		/**
		 * The meta object literal for the '<em><b>Issues</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTABILITY__ISSUES = eINSTANCE.getAccountability_Issues();

		/**
		 * The meta object literal for the '<em><b>Measure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNTABILITY__MEASURE = eINSTANCE.getAccountability_Measure();

		/**
		 * The meta object literal for the '{@link taizhang.model.impl.DeductionImpl <em>Deduction</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.DeductionImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getDeduction()
		 * @generated
		 */
		EClass DEDUCTION = eINSTANCE.getDeduction();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEDUCTION__UNIT = eINSTANCE.getDeduction_Unit();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEDUCTION__YEAR = eINSTANCE.getDeduction_Year();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEDUCTION__POINTS = eINSTANCE.getDeduction_Points();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEDUCTION__REASON = eINSTANCE.getDeduction_Reason();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEDUCTION__DATE = eINSTANCE.getDeduction_Date();

		/**
		 * The meta object literal for the '<em><b>Issues</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEDUCTION__ISSUES = eINSTANCE.getDeduction_Issues();

		/**
		 * The meta object literal for the '{@link taizhang.model.impl.LedgerSettingsImpl <em>Ledger Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.LedgerSettingsImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getLedgerSettings()
		 * @generated
		 */
		EClass LEDGER_SETTINGS = eINSTANCE.getLedgerSettings();

		/**
		 * The meta object literal for the '<em><b>Blue Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEDGER_SETTINGS__BLUE_DAYS = eINSTANCE.getLedgerSettings_BlueDays();

		/**
		 * The meta object literal for the '<em><b>Progress Gap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEDGER_SETTINGS__PROGRESS_GAP = eINSTANCE.getLedgerSettings_ProgressGap();

		/**
		 * The meta object literal for the '<em><b>Public Notice Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEDGER_SETTINGS__PUBLIC_NOTICE_DAYS = eINSTANCE.getLedgerSettings_PublicNoticeDays();

		/**
		 * The meta object literal for the '<em><b>Report Cutoff Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEDGER_SETTINGS__REPORT_CUTOFF_DAY = eINSTANCE.getLedgerSettings_ReportCutoffDay();

		/**
		 * The meta object literal for the '<em><b>Review Levels</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEDGER_SETTINGS__REVIEW_LEVELS = eINSTANCE.getLedgerSettings_ReviewLevels();

		/**
		 * The meta object literal for the '<em><b>Sign Off Criteria</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEDGER_SETTINGS__SIGN_OFF_CRITERIA = eINSTANCE.getLedgerSettings_SignOffCriteria();

		/**
		 * The meta object literal for the '<em><b>Yellow Count For Notice</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEDGER_SETTINGS__YELLOW_COUNT_FOR_NOTICE = eINSTANCE.getLedgerSettings_YellowCountForNotice();

		/**
		 * The meta object literal for the '<em><b>Yellow Deduction Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEDGER_SETTINGS__YELLOW_DEDUCTION_POINTS = eINSTANCE.getLedgerSettings_YellowDeductionPoints();

		/**
		 * The meta object literal for the '<em><b>Red Deduction Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEDGER_SETTINGS__RED_DEDUCTION_POINTS = eINSTANCE.getLedgerSettings_RedDeductionPoints();

		/**
		 * The meta object literal for the '{@link taizhang.model.impl.ReportingPeriodImpl <em>Reporting Period</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.ReportingPeriodImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getReportingPeriod()
		 * @generated
		 */
		EClass REPORTING_PERIOD = eINSTANCE.getReportingPeriod();

		/**
		 * The meta object literal for the '<em><b>Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_PERIOD__MONTH = eINSTANCE.getReportingPeriod_Month();

		/**
		 * The meta object literal for the '<em><b>Cutoff</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_PERIOD__CUTOFF = eINSTANCE.getReportingPeriod_Cutoff();

		/**
		 * The meta object literal for the '<em><b>Closed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_PERIOD__CLOSED_ON = eINSTANCE.getReportingPeriod_ClosedOn();

		/**
		 * The meta object literal for the '<em><b>Closed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_PERIOD__CLOSED_BY = eINSTANCE.getReportingPeriod_ClosedBy();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORTING_PERIOD__ENTRIES = eINSTANCE.getReportingPeriod_Entries();

		/**
		 * The meta object literal for the '{@link taizhang.model.impl.PeriodEntryImpl <em>Period Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.PeriodEntryImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getPeriodEntry()
		 * @generated
		 */
		EClass PERIOD_ENTRY = eINSTANCE.getPeriodEntry();

		/**
		 * The meta object literal for the '<em><b>Issue</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERIOD_ENTRY__ISSUE = eINSTANCE.getPeriodEntry_Issue();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD_ENTRY__STATUS = eINSTANCE.getPeriodEntry_Status();

		/**
		 * The meta object literal for the '<em><b>Done</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD_ENTRY__DONE = eINSTANCE.getPeriodEntry_Done();

		/**
		 * The meta object literal for the '<em><b>Overdue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD_ENTRY__OVERDUE = eINSTANCE.getPeriodEntry_Overdue();

		/**
		 * The meta object literal for the '<em><b>Lagging</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD_ENTRY__LAGGING = eINSTANCE.getPeriodEntry_Lagging();

		/**
		 * The meta object literal for the '<em><b>Warning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD_ENTRY__WARNING = eINSTANCE.getPeriodEntry_Warning();

		/**
		 * The meta object literal for the '<em><b>Rejections</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD_ENTRY__REJECTIONS = eINSTANCE.getPeriodEntry_Rejections();

		/**
		 * The meta object literal for the '<em><b>Lead Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERIOD_ENTRY__LEAD_UNIT = eINSTANCE.getPeriodEntry_LeadUnit();

		/**
		 * The meta object literal for the '{@link taizhang.model.impl.OrganizationImpl <em>Organization</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.OrganizationImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getOrganization()
		 * @generated
		 */
		EClass ORGANIZATION = eINSTANCE.getOrganization();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__NAME = eINSTANCE.getOrganization_Name();

		/**
		 * The meta object literal for the '<em><b>Short Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__SHORT_NAME = eINSTANCE.getOrganization_ShortName();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__CODE = eINSTANCE.getOrganization_Code();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__KIND = eINSTANCE.getOrganization_Kind();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANIZATION__PARENT = eINSTANCE.getOrganization_Parent();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANIZATION__CHILDREN = eINSTANCE.getOrganization_Children();

		/**
		 * The meta object literal for the '<em><b>Retired</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__RETIRED = eINSTANCE.getOrganization_Retired();

		/**
		 * The meta object literal for the '<em><b>Retired On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__RETIRED_ON = eINSTANCE.getOrganization_RetiredOn();

		/**
		 * The meta object literal for the '<em><b>Successor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANIZATION__SUCCESSOR = eINSTANCE.getOrganization_Successor();

		/**
		 * The meta object literal for the '{@link taizhang.model.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.PersonImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__NAME = eINSTANCE.getPerson_Name();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__TITLE = eINSTANCE.getPerson_Title();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__PHONE = eINSTANCE.getPerson_Phone();

		/**
		 * The meta object literal for the '<em><b>Organization</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSON__ORGANIZATION = eINSTANCE.getPerson_Organization();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__POSITION = eINSTANCE.getPerson_Position();

		/**
		 * The meta object literal for the '<em><b>Leadership</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__LEADERSHIP = eINSTANCE.getPerson_Leadership();

		/**
		 * The meta object literal for the '{@link taizhang.model.impl.AssignmentImpl <em>Assignment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.AssignmentImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getAssignment()
		 * @generated
		 */
		EClass ASSIGNMENT = eINSTANCE.getAssignment();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIGNMENT__ROLE = eINSTANCE.getAssignment_Role();

		/**
		 * The meta object literal for the '<em><b>Organization</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSIGNMENT__ORGANIZATION = eINSTANCE.getAssignment_Organization();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSIGNMENT__PERSON = eINSTANCE.getAssignment_Person();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSIGNMENT__NOTE = eINSTANCE.getAssignment_Note();

		/**
		 * The meta object literal for the '{@link taizhang.model.impl.StatusChangeImpl <em>Status Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.StatusChangeImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getStatusChange()
		 * @generated
		 */
		EClass STATUS_CHANGE = eINSTANCE.getStatusChange();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__AT = eINSTANCE.getStatusChange_At();

		/**
		 * The meta object literal for the '<em><b>Actor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__ACTOR = eINSTANCE.getStatusChange_Actor();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__FROM = eINSTANCE.getStatusChange_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__TO = eINSTANCE.getStatusChange_To();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__REASON = eINSTANCE.getStatusChange_Reason();

		/**
		 * The meta object literal for the '{@link taizhang.model.impl.CustomFieldDefinitionImpl <em>Custom Field Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.CustomFieldDefinitionImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getCustomFieldDefinition()
		 * @generated
		 */
		EClass CUSTOM_FIELD_DEFINITION = eINSTANCE.getCustomFieldDefinition();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_FIELD_DEFINITION__KEY = eINSTANCE.getCustomFieldDefinition_Key();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_FIELD_DEFINITION__LABEL = eINSTANCE.getCustomFieldDefinition_Label();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_FIELD_DEFINITION__TYPE = eINSTANCE.getCustomFieldDefinition_Type();

		/**
		 * The meta object literal for the '<em><b>Choices</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_FIELD_DEFINITION__CHOICES = eINSTANCE.getCustomFieldDefinition_Choices();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_FIELD_DEFINITION__REQUIRED = eINSTANCE.getCustomFieldDefinition_Required();

		/**
		 * The meta object literal for the '{@link taizhang.model.impl.CustomFieldValueImpl <em>Custom Field Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.impl.CustomFieldValueImpl
		 * @see taizhang.model.impl.ModelPackageImpl#getCustomFieldValue()
		 * @generated
		 */
		EClass CUSTOM_FIELD_VALUE = eINSTANCE.getCustomFieldValue();

		/**
		 * The meta object literal for the '<em><b>Field</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOM_FIELD_VALUE__FIELD = eINSTANCE.getCustomFieldValue_Field();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOM_FIELD_VALUE__VALUE = eINSTANCE.getCustomFieldValue_Value();

		/**
		 * The meta object literal for the '{@link taizhang.model.RoundKind <em>Round Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.RoundKind
		 * @see taizhang.model.impl.ModelPackageImpl#getRoundKind()
		 * @generated
		 */
		EEnum ROUND_KIND = eINSTANCE.getRoundKind();

		/**
		 * The meta object literal for the '{@link taizhang.model.IssueKind <em>Issue Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.IssueKind
		 * @see taizhang.model.impl.ModelPackageImpl#getIssueKind()
		 * @generated
		 */
		EEnum ISSUE_KIND = eINSTANCE.getIssueKind();

		/**
		 * The meta object literal for the '{@link taizhang.model.IssueCategory <em>Issue Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.IssueCategory
		 * @see taizhang.model.impl.ModelPackageImpl#getIssueCategory()
		 * @generated
		 */
		EEnum ISSUE_CATEGORY = eINSTANCE.getIssueCategory();

		/**
		 * The meta object literal for the '{@link taizhang.model.IssueStatus <em>Issue Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.IssueStatus
		 * @see taizhang.model.impl.ModelPackageImpl#getIssueStatus()
		 * @generated
		 */
		EEnum ISSUE_STATUS = eINSTANCE.getIssueStatus();

		/**
		 * The meta object literal for the '{@link taizhang.model.RectificationType <em>Rectification Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.RectificationType
		 * @see taizhang.model.impl.ModelPackageImpl#getRectificationType()
		 * @generated
		 */
		EEnum RECTIFICATION_TYPE = eINSTANCE.getRectificationType();

		/**
		 * The meta object literal for the '{@link taizhang.model.EvidenceKind <em>Evidence Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.EvidenceKind
		 * @see taizhang.model.impl.ModelPackageImpl#getEvidenceKind()
		 * @generated
		 */
		EEnum EVIDENCE_KIND = eINSTANCE.getEvidenceKind();

		/**
		 * The meta object literal for the '{@link taizhang.model.ReviewLevel <em>Review Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.ReviewLevel
		 * @see taizhang.model.impl.ModelPackageImpl#getReviewLevel()
		 * @generated
		 */
		EEnum REVIEW_LEVEL = eINSTANCE.getReviewLevel();

		/**
		 * The meta object literal for the '{@link taizhang.model.ReviewDecision <em>Review Decision</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.ReviewDecision
		 * @see taizhang.model.impl.ModelPackageImpl#getReviewDecision()
		 * @generated
		 */
		EEnum REVIEW_DECISION = eINSTANCE.getReviewDecision();

		/**
		 * The meta object literal for the '{@link taizhang.model.WarningLevel <em>Warning Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.WarningLevel
		 * @see taizhang.model.impl.ModelPackageImpl#getWarningLevel()
		 * @generated
		 */
		EEnum WARNING_LEVEL = eINSTANCE.getWarningLevel();

		/**
		 * The meta object literal for the '{@link taizhang.model.ProposalState <em>Proposal State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.ProposalState
		 * @see taizhang.model.impl.ModelPackageImpl#getProposalState()
		 * @generated
		 */
		EEnum PROPOSAL_STATE = eINSTANCE.getProposalState();

		/**
		 * The meta object literal for the '{@link taizhang.model.OrganizationKind <em>Organization Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.OrganizationKind
		 * @see taizhang.model.impl.ModelPackageImpl#getOrganizationKind()
		 * @generated
		 */
		EEnum ORGANIZATION_KIND = eINSTANCE.getOrganizationKind();

		/**
		 * The meta object literal for the '{@link taizhang.model.PositionKind <em>Position Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.PositionKind
		 * @see taizhang.model.impl.ModelPackageImpl#getPositionKind()
		 * @generated
		 */
		EEnum POSITION_KIND = eINSTANCE.getPositionKind();

		/**
		 * The meta object literal for the '{@link taizhang.model.AssignmentRole <em>Assignment Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.AssignmentRole
		 * @see taizhang.model.impl.ModelPackageImpl#getAssignmentRole()
		 * @generated
		 */
		EEnum ASSIGNMENT_ROLE = eINSTANCE.getAssignmentRole();

		/**
		 * The meta object literal for the '{@link taizhang.model.CustomFieldType <em>Custom Field Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see taizhang.model.CustomFieldType
		 * @see taizhang.model.impl.ModelPackageImpl#getCustomFieldType()
		 * @generated
		 */
		EEnum CUSTOM_FIELD_TYPE = eINSTANCE.getCustomFieldType();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see taizhang.model.impl.ModelPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see taizhang.model.impl.ModelPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //ModelPackage
