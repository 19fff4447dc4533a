package taizhang.model.validation;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;

import taizhang.model.Assignment;
import taizhang.model.CustomFieldDefinition;
import taizhang.model.CustomFieldValue;
import taizhang.model.Identified;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.model.RectificationPlan;
import taizhang.model.RectificationType;
import taizhang.model.internal.Bundles;
import taizhang.model.labels.EnumLabels;
import taizhang.model.labels.ModelLabels;

/**
 * Checks a ledger against the rules of the rectification offices, on top of EMF's structural checks
 * (multiplicities, references, unique IDs).
 * <p>
 * Use it through {@link LedgerDiagnostician} ({@code new LedgerDiagnostician(locale).validate(ledger)}),
 * or call {@link #register()} once so that EMF's own {@code Diagnostician.INSTANCE} uses it too.
 * Messages are Chinese when the context's {@link Locale} (key {@code Locale.class}) is Chinese,
 * English otherwise; they name the issue by its case number and sequence number, and the field.
 * <p>
 * Every diagnostic's data holds the offending object first and the offending feature second (some
 * add a third element, e.g. the other issue with the same case number); {@link #issueOf(Diagnostic)}
 * finds the issue a diagnostic is about.
 * <p>
 * Ledger-wide checks (case numbers unique per round, unique IDs) build their index once per
 * validation run in the context map, so a ledger of 100,000 issues validates in linear time.
 */
public class LedgerValidator extends EObjectValidator {

	public static final LedgerValidator INSTANCE = new LedgerValidator();

	public static final String DIAGNOSTIC_SOURCE = "taizhang.model"; //$NON-NLS-1$

	/** An issue has no lead unit or more than one. */
	public static final int LEAD_UNIT_COUNT = 1;
	/** An issue has no responsible person or more than one. */
	public static final int RESPONSIBLE_PERSON_COUNT = 2;
	/** A unit role names no unit, or a person role names no person. */
	public static final int ASSIGNMENT_INCOMPLETE = 3;
	/** The responsible person belongs neither to the lead unit nor to one of its parents. */
	public static final int RESPONSIBLE_PERSON_OUTSIDE_LEAD_UNIT = 4;
	/** A cooperating unit is also the lead unit. */
	public static final int COOPERATING_UNIT_IS_LEAD_UNIT = 5;
	/** The plan's deadline is before the issue's received date. */
	public static final int DEADLINE_BEFORE_RECEIVED = 6;
	/** A long-term plan has no stage goal. */
	public static final int LONG_TERM_WITHOUT_STAGE_GOAL = 7;
	/** Two issues of one round share a case number. */
	public static final int DUPLICATE_CASE_NUMBER = 8;
	/** Two objects of one ledger share an ID. */
	public static final int DUPLICATE_ID = 9;
	/** A custom value has no field, is missing though required, or does not match its field's type. */
	public static final int CUSTOM_VALUE = 10;

	/**
	 * Context key: with {@link Boolean#TRUE} the validator checks each object on its own and leaves out
	 * the ledger-wide checks (IDs unique, case numbers unique per round), which need an index over the
	 * whole ledger. For validating a few objects at a time, as live validation does.
	 */
	public static final String LOCAL_ONLY = "taizhang.model.validation.localOnly"; //$NON-NLS-1$

	private static final String MESSAGES = "taizhang.model.validation.messages"; //$NON-NLS-1$
	private static final String CASE_NUMBER_INDEX = "taizhang.model.validation.caseNumbers"; //$NON-NLS-1$
	private static final String ID_INDEX = "taizhang.model.validation.ids"; //$NON-NLS-1$
	private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?"); //$NON-NLS-1$

	/** Makes {@code Diagnostician.INSTANCE} and every other default-registry user apply these rules. */
	public static void register() {
		EValidator.Registry.INSTANCE.put(ModelPackage.eINSTANCE, INSTANCE);
	}

	/** The issue a diagnostic is about: its first data element or that element's containing issue. */
	public static Issue issueOf(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		EObject object = !data.isEmpty() && data.get(0) instanceof EObject first ? first : null;
		while (object != null && !(object instanceof Issue)) {
			object = object.eContainer();
		}
		return (Issue) object;
	}

	/** The issue's name in messages: 问题 X（序号 n）/ Issue X (No. n). */
	public static String issueLabel(Issue issue, Locale locale) {
		String caseNumber = issue.getCaseNumber();
		if (caseNumber == null || caseNumber.isBlank()) {
			return message(locale, "issueWithoutCaseNumber", Integer.toString(issue.getSequenceNumber())); //$NON-NLS-1$
		}
		return message(locale, "issue", caseNumber.trim(), Integer.toString(issue.getSequenceNumber())); //$NON-NLS-1$
	}

	/** An object's name in messages: the issue it belongs to, its kind, and its name where it has one. */
	public static String objectLabel(EObject object, Locale locale) {
		if (object instanceof Issue issue) {
			return issueLabel(issue, locale);
		}
		String kind = ModelLabels.classLabel(object.eClass(), locale);
		String name = switch (object) {
			case Organization organization -> organization.getName();
			case Person person -> person.getName();
			case Ledger ledger -> ledger.getName();
			case InspectionRound round -> round.getName();
			case CustomFieldDefinition field -> field.getLabel();
			case Identified identified -> identified.getId();
			default -> null;
		};
		String label = name == null || name.isBlank() ? kind : kind + ' ' + name;
		for (EObject container = object.eContainer(); container != null; container = container.eContainer()) {
			if (container instanceof Issue issue) {
				return message(locale, "objectOfIssue", issueLabel(issue, locale), label); //$NON-NLS-1$
			}
		}
		return label;
	}

	@Override
	protected EPackage getEPackage() {
		return ModelPackage.eINSTANCE;
	}

	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(value instanceof EObject object)) {
			return true; // data type values (LocalDate, Instant) have no constraints
		}
		boolean result = validate_EveryDefaultConstraint(object, diagnostics, context);
		if (!result && diagnostics == null) {
			return false;
		}
		result &= switch (classifierID) {
			case ModelPackage.ISSUE -> validateIssue((Issue) object, diagnostics, context);
			case ModelPackage.RECTIFICATION_PLAN -> validatePlan((RectificationPlan) object, diagnostics, context);
			case ModelPackage.CUSTOM_FIELD_VALUE -> validateCustomValue((CustomFieldValue) object, diagnostics, context);
			default -> true;
		};
		return result;
	}

	/**
	 * Unique IDs through an index built during the run. EMF's own check asks the resource for each ID,
	 * which without an ID map searches the whole resource: quadratic on a large ledger.
	 */
	@Override
	public boolean validate_UniqueID(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (context == null) {
			return super.validate_UniqueID(eObject, diagnostics, context);
		}
		if (isLocalOnly(context)) {
			return true;
		}
		String id = EcoreUtil.getID(eObject);
		if (id == null) {
			return true;
		}
		@SuppressWarnings("unchecked")
		Map<String, EObject> ids = (Map<String, EObject>) context.computeIfAbsent(ID_INDEX, key -> new HashMap<>());
		EObject other = ids.putIfAbsent(id, eObject);
		if (other == null || other == eObject || EcoreUtil.getRootContainer(other) != EcoreUtil.getRootContainer(eObject)) {
			return true;
		}
		if (diagnostics != null) {
			Locale locale = locale(context);
			EAttribute idAttribute = eObject.eClass().getEIDAttribute();
			report(diagnostics, DUPLICATE_ID, message(locale, "duplicateId", objectLabel(eObject, locale), //$NON-NLS-1$
					ModelLabels.featureLabel(idAttribute, locale), id, objectLabel(other, locale)), eObject, idAttribute, other);
		}
		return false;
	}

	/**
	 * The model's attribute types (strings, numbers, booleans, Java enums, LocalDate, Instant) carry no
	 * constraints and typed setters admit no other values (see LedgerValidatorTest), so EMF's check of
	 * every attribute value, a fifth of the validation time of a large ledger, cannot fail: skip it.
	 */
	@Override
	public boolean validate_EveryDataValueConforms(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/** The model declares no keys (see LedgerValidatorTest): skip EMF's per-object scan for them. */
	@Override
	public boolean validate_EveryKeyUnique(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/** The model has no map entries (see LedgerValidatorTest): skip EMF's per-object scan for them. */
	@Override
	public boolean validate_EveryMapEntryUnique(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	protected boolean validateIssue(Issue issue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Problems problems = new Problems(diagnostics, locale(context), issue);
		validateAssignments(issue, problems);
		if (!isLocalOnly(context)) {
			checkCaseNumberUnique(issue, problems, context);
		}
		checkRequiredCustomValues(issue, problems);
		return problems.none();
	}

	/**
	 * The responsibility rules of {@link AssignmentCheck} for one issue, as diagnostics of this
	 * validator (codes {@link #LEAD_UNIT_COUNT} to {@link #COOPERATING_UNIT_IS_LEAD_UNIT}); messages in
	 * the context's locale.
	 *
	 * @return whether the issue keeps every rule
	 */
	public boolean validateAssignments(Issue issue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Problems problems = new Problems(diagnostics, locale(context), issue);
		validateAssignments(issue, problems);
		return problems.none();
	}

	private static void validateAssignments(Issue issue, Problems problems) {
		Locale locale = problems.locale;
		EStructuralFeature assignments = ModelPackage.Literals.ISSUE__ASSIGNMENTS;
		EStructuralFeature unitFeature = ModelPackage.Literals.ASSIGNMENT__ORGANIZATION;
		EStructuralFeature personFeature = ModelPackage.Literals.ASSIGNMENT__PERSON;
		for (AssignmentCheck.Finding finding : AssignmentCheck.check(issue)) {
			int code = finding.kind().code();
			Assignment assignment = finding.assignment();
			switch (finding.kind()) {
				case ASSIGNMENT_WITHOUT_UNIT -> problems.add(code, "assignmentWithoutUnit", assignment, unitFeature, //$NON-NLS-1$
						assignments, EnumLabels.label(assignment.getRole(), locale));
				case ASSIGNMENT_WITHOUT_PERSON -> problems.add(code, "assignmentWithoutPerson", assignment, //$NON-NLS-1$
						personFeature, assignments, EnumLabels.label(assignment.getRole(), locale));
				case LEAD_UNIT_MISSING -> problems.add(code, "leadUnitMissing", issue, assignments, assignments, //$NON-NLS-1$
						"0"); //$NON-NLS-1$
				case LEAD_UNIT_MULTIPLE -> problems.add(code, "leadUnitMultiple", issue, assignments, assignments, //$NON-NLS-1$
						Integer.toString(finding.count()));
				case RESPONSIBLE_PERSON_MISSING -> problems.add(code, "responsiblePersonMissing", issue, assignments, //$NON-NLS-1$
						assignments, "0"); //$NON-NLS-1$
				case RESPONSIBLE_PERSON_MULTIPLE -> problems.add(code, "responsiblePersonMultiple", issue, assignments, //$NON-NLS-1$
						assignments, Integer.toString(finding.count()));
				case RESPONSIBLE_PERSON_WITHOUT_UNIT -> problems.add(code, "responsiblePersonWithoutUnit", assignment, //$NON-NLS-1$
						personFeature, assignments, finding.person().getName());
				case RESPONSIBLE_PERSON_OUTSIDE_LEAD_UNIT -> problems.add(code, "responsiblePersonOutsideLeadUnit", //$NON-NLS-1$
						assignment, personFeature, assignments, finding.person().getName(),
						finding.person().getOrganization().getName(), finding.leadUnit().getName());
				case COOPERATING_UNIT_IS_LEAD_UNIT -> problems.add(code, "cooperatingUnitIsLeadUnit", assignment, //$NON-NLS-1$
						unitFeature, assignments, finding.unit().getName());
			}
		}
	}

	private static void checkCaseNumberUnique(Issue issue, Problems problems, Map<Object, Object> context) {
		RoundCase key = RoundCase.of(issue);
		if (key == null) {
			return;
		}
		List<Issue> sameCase = caseNumberIndex(issue, context).get(key);
		if (sameCase == null) {
			return;
		}
		Issue other = sameCase.get(0) != issue ? sameCase.get(0) : sameCase.get(1);
		String roundName = key.round().getName() != null ? key.round().getName() : key.round().getId();
		problems.add(DUPLICATE_CASE_NUMBER, "duplicateCaseNumber", issue, ModelPackage.Literals.ISSUE__CASE_NUMBER, //$NON-NLS-1$
				ModelPackage.Literals.ISSUE__CASE_NUMBER, other, key.caseNumber(), Integer.toString(other.getSequenceNumber()), roundName);
	}

	/**
	 * Issues sharing a case number within a round, keyed by round and case number, for all issues of
	 * the issue's container; built once per validation run. Case numbers used once are not kept.
	 */
	private static Map<RoundCase, List<Issue>> caseNumberIndex(Issue issue, Map<Object, Object> context) {
		EObject container = issue.eContainer();
		if (container == null) {
			return Map.of();
		}
		@SuppressWarnings("unchecked")
		Map<EObject, Map<RoundCase, List<Issue>>> indexes = context == null ? new HashMap<>()
				: (Map<EObject, Map<RoundCase, List<Issue>>>) context.computeIfAbsent(CASE_NUMBER_INDEX, k -> new HashMap<>());
		return indexes.computeIfAbsent(container, LedgerValidator::indexCaseNumbers);
	}

	private static Map<RoundCase, List<Issue>> indexCaseNumbers(EObject container) {
		Map<RoundCase, Issue> first = new HashMap<>();
		Map<RoundCase, List<Issue>> duplicates = new HashMap<>();
		for (EObject sibling : container.eContents()) {
			if (sibling instanceof Issue issue) {
				RoundCase key = RoundCase.of(issue);
				if (key != null) {
					Issue earlier = first.putIfAbsent(key, issue);
					if (earlier != null) {
						duplicates.computeIfAbsent(key, k -> new ArrayList<>(List.of(earlier))).add(issue);
					}
				}
			}
		}
		return duplicates;
	}

	private static void checkRequiredCustomValues(Issue issue, Problems problems) {
		if (!(issue.eContainer() instanceof Ledger ledger)) {
			return;
		}
		for (CustomFieldDefinition field : ledger.getCustomFields()) {
			if (field.isRequired() && !hasValue(issue, field)) {
				problems.add(CUSTOM_VALUE, "customValueRequired", issue, ModelPackage.Literals.ISSUE__CUSTOM_VALUES, //$NON-NLS-1$
						null, fieldName(field));
			}
		}
	}

	private static boolean hasValue(Issue issue, CustomFieldDefinition field) {
		for (CustomFieldValue value : issue.getCustomValues()) {
			if (value.getField() == field && value.getValue() != null && !value.getValue().isBlank()) {
				return true;
			}
		}
		return false;
	}

	protected boolean validatePlan(RectificationPlan plan, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(plan.eContainer() instanceof Issue issue)) {
			return true;
		}
		Locale locale = locale(context);
		Problems problems = new Problems(diagnostics, locale, issue);
		LocalDate deadline = plan.getDeadline();
		LocalDate received = issue.getReceivedDate();
		if (deadline != null && received != null && deadline.isBefore(received)) {
			problems.add(DEADLINE_BEFORE_RECEIVED, "deadlineBeforeReceived", plan, //$NON-NLS-1$
					ModelPackage.Literals.RECTIFICATION_PLAN__DEADLINE, ModelPackage.Literals.RECTIFICATION_PLAN__DEADLINE,
					deadline.toString(), received.toString());
		}
		if (plan.getType() == RectificationType.LONG_TERM && plan.getStageGoals().isEmpty()) {
			problems.add(LONG_TERM_WITHOUT_STAGE_GOAL, "longTermWithoutStageGoal", plan, //$NON-NLS-1$
					ModelPackage.Literals.RECTIFICATION_PLAN__STAGE_GOALS, ModelPackage.Literals.RECTIFICATION_PLAN__STAGE_GOALS);
		}
		return problems.none();
	}

	protected boolean validateCustomValue(CustomFieldValue value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Locale locale = locale(context);
		EObject container = value.eContainer();
		Problems problems = new Problems(diagnostics, locale, container instanceof Issue issue ? issue : value);
		CustomFieldDefinition field = value.getField();
		String text = value.getValue();
		EStructuralFeature valueFeature = ModelPackage.Literals.CUSTOM_FIELD_VALUE__VALUE;
		if (field == null) {
			problems.add(CUSTOM_VALUE, "customValueWithoutField", value, ModelPackage.Literals.CUSTOM_FIELD_VALUE__FIELD, //$NON-NLS-1$
					ModelPackage.Literals.CUSTOM_FIELD_VALUE__FIELD, text == null ? "" : text); //$NON-NLS-1$
			return false;
		}
		if (text == null || text.isBlank()) {
			return true; // a missing required value is reported on the issue
		}
		switch (field.getType()) {
			case NUMBER -> {
				if (!PLAIN_DECIMAL.matcher(text).matches()) {
					problems.add(CUSTOM_VALUE, "customValueNotNumber", value, valueFeature, null, fieldName(field), text); //$NON-NLS-1$
				}
			}
			case DATE -> {
				try {
					LocalDate.parse(text);
				} catch (DateTimeParseException e) {
					problems.add(CUSTOM_VALUE, "customValueNotDate", value, valueFeature, null, fieldName(field), text); //$NON-NLS-1$
				}
			}
			case CHOICE -> {
				if (!field.getChoices().contains(text)) {
					problems.add(CUSTOM_VALUE, "customValueNotChoice", value, valueFeature, null, fieldName(field), text, //$NON-NLS-1$
							String.join(" / ", field.getChoices())); //$NON-NLS-1$
				}
			}
			case TEXT -> {
				// any text
			}
		}
		return problems.none();
	}

	private static String fieldName(CustomFieldDefinition field) {
		return field.getLabel() != null && !field.getLabel().isBlank() ? field.getLabel() : field.getKey();
	}

	private static boolean isLocalOnly(Map<Object, Object> context) {
		return context != null && Boolean.TRUE.equals(context.get(LOCAL_ONLY));
	}

	static Locale locale(Map<Object, Object> context) {
		Object locale = context == null ? null : context.get(Locale.class);
		return locale instanceof Locale l ? l : Locale.getDefault();
	}

	static String message(Locale locale, String key, Object... arguments) {
		String pattern = Bundles.get(MESSAGES, locale).getString(key);
		return new MessageFormat(pattern, locale).format(arguments);
	}

	private static void report(DiagnosticChain diagnostics, int code, String message, Object... data) {
		diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, code, message, data));
	}

	/** A case number within a round; issues without either are not checked for uniqueness. */
	private record RoundCase(InspectionRound round, String caseNumber) {
		static RoundCase of(Issue issue) {
			String caseNumber = issue.getCaseNumber();
			if (issue.getRound() == null || caseNumber == null || caseNumber.isBlank()) {
				return null;
			}
			return new RoundCase(issue.getRound(), caseNumber.trim());
		}
	}

	/** Collects one object's problems; messages start with the issue's name and the field's. */
	private static final class Problems {
		private final DiagnosticChain diagnostics;
		private final Locale locale;
		/** Named only when there is a problem: naming costs more than most checks. */
		private final EObject subject;
		private boolean found;

		Problems(DiagnosticChain diagnostics, Locale locale, EObject subject) {
			this.diagnostics = diagnostics;
			this.locale = locale;
			this.subject = subject;
		}

		/**
		 * @param object       the offending object (first data element)
		 * @param feature      the offending feature (second data element)
		 * @param namedFeature the feature named in the message as {1}, or {@code null} if the message
		 *                     names no feature there
		 * @param other        for {@link #DUPLICATE_CASE_NUMBER} the other issue (third data element)
		 *                     followed by the message's further arguments; otherwise just those
		 */
		void add(int code, String key, EObject object, EStructuralFeature feature, EStructuralFeature namedFeature,
				Object... other) {
			found = true;
			if (diagnostics == null) {
				return;
			}
			List<Object> arguments = new ArrayList<>();
			arguments.add(objectLabel(subject, locale));
			if (namedFeature != null) {
				arguments.add(ModelLabels.featureLabel(namedFeature, locale));
			}
			List<Object> data = new ArrayList<>(List.of(object, feature));
			for (Object argument : other) {
				if (argument instanceof EObject related) {
					data.add(related);
				} else {
					arguments.add(argument);
				}
			}
			report(diagnostics, code, message(locale, key, arguments.toArray()), data.toArray());
		}

		boolean none() {
			return !found;
		}
	}
}
