package taizhang.core.escalation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

import taizhang.core.Ids;
import taizhang.model.Deduction;
import taizhang.model.Escalation;
import taizhang.model.Interview;
import taizhang.model.Issue;
import taizhang.model.ModelFactory;
import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.model.ProposalState;
import taizhang.model.SupervisionNotice;

/**
 * A record an {@link EscalationRule} proposes: a supervision notice, a deduction or an interview for
 * one unit about some of its issues. {@link #toRecord(LocalDate)} makes the PROPOSED model object.
 *
 * @param kind   what to create
 * @param ruleId the id of the proposing rule
 * @param unit   the unit concerned (never null)
 * @param person the person to talk to, for an interview; may be null (the office fills it in)
 * @param issues the issues that brought the proposal, in ledger order
 * @param points the points to deduct, for a deduction; 0 otherwise
 * @param reason why, in the language of the run; becomes the notice's content, the deduction's reason
 *               or the interview's outcome field until the office overwrites it
 */
public record Proposal(Kind kind, String ruleId, Organization unit, Person person, List<Issue> issues, double points,
		String reason) {

	/** What a proposal creates, and where the ledger keeps it. */
	public enum Kind {
		SUPERVISION_NOTICE(ModelPackage.Literals.SUPERVISION_NOTICE, ModelPackage.Literals.LEDGER__SUPERVISION_NOTICES),
		DEDUCTION(ModelPackage.Literals.DEDUCTION, ModelPackage.Literals.LEDGER__DEDUCTIONS),
		INTERVIEW(ModelPackage.Literals.INTERVIEW, ModelPackage.Literals.LEDGER__INTERVIEWS);

		private final EClass eClass;
		private final EReference containment;

		Kind(EClass eClass, EReference containment) {
			this.eClass = eClass;
			this.containment = containment;
		}

		public EClass eClass() {
			return eClass;
		}

		/** The ledger's list of records of this kind. */
		public EReference containment() {
			return containment;
		}

		/** The kind of {@code record}. */
		public static Kind of(Escalation record) {
			for (Kind kind : values()) {
				if (kind.eClass == record.eClass()) {
					return kind;
				}
			}
			throw new IllegalArgumentException("not an escalation record: " + record.eClass().getName()); //$NON-NLS-1$
		}
	}

	public Proposal {
		Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
		Objects.requireNonNull(ruleId, "ruleId"); //$NON-NLS-1$
		Objects.requireNonNull(unit, "unit"); //$NON-NLS-1$
		issues = List.copyOf(issues);
		if (points < 0) {
			throw new IllegalArgumentException("points must not be negative: " + points); //$NON-NLS-1$
		}
	}

	public static Proposal notice(String ruleId, Organization unit, List<Issue> issues, String reason) {
		return new Proposal(Kind.SUPERVISION_NOTICE, ruleId, unit, null, issues, 0, reason);
	}

	public static Proposal deduction(String ruleId, Organization unit, List<Issue> issues, double points,
			String reason) {
		return new Proposal(Kind.DEDUCTION, ruleId, unit, null, issues, points, reason);
	}

	public static Proposal interview(String ruleId, Organization unit, Person person, List<Issue> issues,
			String reason) {
		return new Proposal(Kind.INTERVIEW, ruleId, unit, person, issues, 0, reason);
	}

	/**
	 * A new PROPOSED record with a fresh id, not yet in any ledger. A notice is dated (issuedOn) and a
	 * deduction dated and counted in the year of {@code asOf}; an interview gets no date until it
	 * takes place.
	 */
	public Escalation toRecord(LocalDate asOf) {
		ModelFactory factory = ModelFactory.eINSTANCE;
		Escalation record = switch (kind) {
			case SUPERVISION_NOTICE -> {
				SupervisionNotice notice = factory.createSupervisionNotice();
				notice.setUnit(unit);
				notice.setIssuedOn(asOf);
				notice.setContent(reason);
				notice.getIssues().addAll(issues);
				yield notice;
			}
			case DEDUCTION -> {
				Deduction deduction = factory.createDeduction();
				deduction.setUnit(unit);
				deduction.setYear(asOf.getYear());
				deduction.setDate(asOf);
				deduction.setPoints(points);
				deduction.setReason(reason);
				deduction.getIssues().addAll(issues);
				yield deduction;
			}
			case INTERVIEW -> {
				Interview interview = factory.createInterview();
				interview.setUnit(unit);
				interview.setPerson(person);
				interview.setOutcome(reason);
				interview.getIssues().addAll(issues);
				yield interview;
			}
		};
		record.setId(Ids.newId());
		record.setState(ProposalState.PROPOSED);
		record.setProposedBy(ruleId);
		return record;
	}
}
