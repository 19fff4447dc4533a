package taizhang.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.Evidence;
import taizhang.model.EvidenceKind;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.IssueCategory;
import taizhang.model.IssueKind;
import taizhang.model.IssueStatus;
import taizhang.model.Ledger;
import taizhang.model.Measure;
import taizhang.model.Organization;
import taizhang.model.OrganizationKind;
import taizhang.model.ProgressReport;
import taizhang.model.RectificationPlan;
import taizhang.model.RectificationType;
import taizhang.model.ReviewDecision;
import taizhang.model.ReviewLevel;
import taizhang.model.RoundKind;
import taizhang.model.SignOffReview;
import taizhang.model.StatusChange;
import taizhang.model.Warning;
import taizhang.model.WarningLevel;

/** What a 2,000-issue demo ledger contains, and that its histories hang together. */
class GeneratedContentTest {

	private static final LocalDate AS_OF = LocalDate.of(2021, 11, 24);
	private static final Instant AS_OF_START = AS_OF.atStartOfDay().toInstant(ZoneOffset.ofHours(8));
	private static final Set<IssueStatus> DONE = EnumSet.of(IssueStatus.REPORTED_DONE, IssueStatus.UNDER_REVIEW,
			IssueStatus.SIGNED_OFF, IssueStatus.STAGE_DONE);

	private static Ledger ledger;

	@BeforeAll
	static void generate() {
		ledger = new DemoLedgerGenerator(11, AS_OF).generate(2000);
	}

	@Test
	void everyRoundKindIssueKindCategoryAndStatusOccurs() {
		assertAllOccur(RoundKind.class, ledger.getRounds().stream().map(InspectionRound::getKind).toList());
		List<Issue> issues = ledger.getIssues();
		assertAllOccur(IssueKind.class, issues.stream().map(Issue::getKind).toList());
		assertAllOccur(IssueCategory.class, issues.stream().map(Issue::getCategory).toList());
		assertAllOccur(IssueStatus.class, issues.stream().map(Issue::getStatus).toList());
	}

	@Test
	void everyPlanTypeRoleReviewWarningEvidenceAndUnitKindOccurs() {
		List<Issue> issues = ledger.getIssues();
		assertAllOccur(RectificationType.class,
				issues.stream().filter(i -> i.getPlan() != null).map(i -> i.getPlan().getType()).toList());
		assertAllOccur(AssignmentRole.class, all(Issue::getAssignments).stream().map(Assignment::getRole).toList());
		assertAllOccur(ReviewLevel.class, all(Issue::getReviews).stream().map(SignOffReview::getLevel).toList());
		assertAllOccur(ReviewDecision.class, all(Issue::getReviews).stream().map(SignOffReview::getDecision).toList());
		assertAllOccur(WarningLevel.class, all(Issue::getWarnings).stream().map(Warning::getLevel).toList());
		assertAllOccur(EvidenceKind.class, all(Issue::getEvidence).stream().map(Evidence::getKind).toList());
		assertAllOccur(OrganizationKind.class, ledger.getOrganizations().stream().map(Organization::getKind).toList());
	}

	@Test
	void deadlinesComeInEverySpelling() {
		List<String> texts = ledger.getIssues().stream().map(Issue::getPlan).filter(p -> p != null)
				.map(RectificationPlan::getDeadlineText).toList();
		for (String pattern : List.of("\\d{4}年\\d{1,2}月\\d{1,2}日", "\\d{4}\\.\\d{1,2}\\.\\d{1,2}",
				"\\d{4}-\\d{2}-\\d{2}", "\\d{4}年\\d{1,2}月底", "\\d{4}年底", "\\d{4}年[上下]半年", "\\d{5}", "立行立改", "长期坚持")) {
			Pattern regex = Pattern.compile(pattern);
			assertTrue(texts.stream().anyMatch(text -> regex.matcher(text).matches()), pattern);
		}
	}

	@Test
	void cityHasTenCountiesAndAboutThirtyDepartmentsWithPeople() {
		long counties = ledger.getOrganizations().stream().filter(o -> o.getKind() == OrganizationKind.COUNTY_DISTRICT)
				.count();
		long departments = ledger.getOrganizations().stream()
				.filter(o -> o.getKind() == OrganizationKind.DEPARTMENT && o.getParent().getParent() == null).count();
		assertEquals(10, counties);
		assertEquals(30, departments);
		Set<Organization> staffed = new HashSet<>();
		ledger.getPersons().forEach(person -> staffed.add(person.getOrganization()));
		assertTrue(staffed.containsAll(ledger.getOrganizations()), "every unit has someone to answer for it");
		assertTrue(ledger.getPersons().stream().allMatch(p -> p.getPhone().matches("1\\d{10}")));
	}

	@Test
	void historyLeadsFromReceivedToTheCurrentStatus() {
		for (Issue issue : ledger.getIssues()) {
			IssueStatus status = IssueStatus.RECEIVED;
			Instant previous = Instant.MIN;
			for (StatusChange change : issue.getStatusChanges()) {
				assertEquals(status, change.getFrom(), issue.getCaseNumber());
				assertTrue(change.getAt().isAfter(previous), issue.getCaseNumber());
				assertNotNull(change.getActor());
				status = change.getTo();
				previous = change.getAt();
			}
			assertEquals(issue.getStatus(), status, issue.getCaseNumber());
		}
	}

	@Test
	void measuresAreDistinctAndDoneAsTheStatusSays() {
		for (Issue issue : ledger.getIssues()) {
			RectificationPlan plan = issue.getPlan();
			if (issue.getStatus() == IssueStatus.RECEIVED) {
				assertNull(plan, issue.getCaseNumber());
				continue;
			}
			assertNotNull(plan, issue.getCaseNumber());
			assertTrue(plan.getMeasures().size() >= 2, issue.getCaseNumber());
			assertEquals(plan.getMeasures().size(),
					plan.getMeasures().stream().map(Measure::getDescription).distinct().count(), issue.getCaseNumber());
			for (Measure measure : plan.getMeasures()) {
				if (DONE.contains(issue.getStatus()) || issue.getStatus() == IssueStatus.REBOUND) {
					assertTrue(measure.isDone(), issue.getCaseNumber());
				}
				if (issue.getStatus() == IssueStatus.PLANNED) {
					assertFalse(measure.isDone(), issue.getCaseNumber());
				}
				assertEquals(measure.isDone(), measure.getDoneDate() != null, issue.getCaseNumber());
			}
		}
	}

	@Test
	void nothingHappensOnOrAfterTheAsOfDay() {
		for (Iterator<EObject> it = ledger.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			switch (object) {
				case Issue issue -> assertTrue(issue.getReceivedDate().isBefore(AS_OF));
				case StatusChange change -> assertTrue(change.getAt().isBefore(AS_OF_START));
				case Measure measure -> assertTrue(measure.getDoneDate() == null || measure.getDoneDate().isBefore(AS_OF));
				case Evidence evidence -> assertTrue(evidence.getCapturedAt().isBefore(AS_OF_START));
				case SignOffReview review -> assertTrue(review.getDate().isBefore(AS_OF));
				case ProgressReport report -> assertTrue(report.getSubmittedOn().isBefore(AS_OF));
				case Warning warning -> assertTrue(warning.getRaisedOn().isBefore(AS_OF));
				default -> {
					// no dates of things done
				}
			}
		}
		ledger.getSupervisionNotices().forEach(notice -> assertTrue(notice.getIssuedOn().isBefore(AS_OF)));
		ledger.getInterviews().forEach(interview -> assertTrue(interview.getDate().isBefore(AS_OF)));
		ledger.getDeductions().forEach(deduction -> assertTrue(deduction.getDate().isBefore(AS_OF)));
	}

	@Test
	void evidenceBacksOnlyDoneMeasuresOfItsOwnIssue() {
		for (Issue issue : ledger.getIssues()) {
			for (Evidence evidence : issue.getEvidence()) {
				assertTrue(evidence.getSha256().matches("[0-9a-f]{64}"));
				for (Measure measure : evidence.getMeasures()) {
					assertSame(issue.getPlan(), measure.eContainer(), issue.getCaseNumber());
				}
			}
		}
	}

	@Test
	void reboundIssuesPointToAnEarlierIssueThatRebounded() {
		List<Issue> newComplaints = ledger.getIssues().stream().filter(i -> i.getReboundOf() != null).toList();

		assertFalse(newComplaints.isEmpty());
		for (Issue issue : newComplaints) {
			Issue old = issue.getReboundOf();
			assertEquals(IssueStatus.REBOUND, old.getStatus());
			assertTrue(old.getReceivedDate().isBefore(issue.getReceivedDate()));
			assertEquals(old.getCategory(), issue.getCategory());
		}
	}

	@Test
	void someClaimedCompletionsWereRejected() {
		List<SignOffReview> rejected = all(Issue::getReviews).stream()
				.filter(r -> r.getDecision() == ReviewDecision.REJECTED).toList();

		assertTrue(rejected.size() > 10, "rejections: " + rejected.size());
		assertTrue(rejected.stream().allMatch(r -> r.getReasons() != null && !r.getChecklist().isEmpty()));
		assertTrue(ledger.getIssues().stream().anyMatch(i -> i.getStatus() == IssueStatus.RECTIFYING
				&& i.getReviews().stream().anyMatch(r -> r.getDecision() == ReviewDecision.REJECTED)));
	}

	@Test
	void reviewersAreTheOnesNamedInTheHistory() {
		for (Issue issue : ledger.getIssues()) {
			for (SignOffReview review : issue.getReviews()) {
				IssueStatus to = switch (review.getDecision()) {
					case REJECTED -> IssueStatus.RECTIFYING;
					case ACCEPTED -> review.getLevel() == ReviewLevel.PROVINCIAL_RECORD ? null : IssueStatus.SIGNED_OFF;
					default -> null;
				};
				if (to == null || issue.getStatus() == IssueStatus.UNDER_REVIEW) {
					continue;
				}
				assertTrue(issue.getStatusChanges().stream().anyMatch(change -> change.getFrom() == IssueStatus.UNDER_REVIEW
						&& change.getTo() == to && change.getActor().startsWith(review.getReviewerName())),
						issue.getCaseNumber());
			}
		}
	}

	@Test
	void completionRatesFallFromOldRoundsToRecentOnes() {
		List<InspectionRound> rounds = ledger.getRounds();
		double oldest = doneShare(rounds.get(0));
		double latest = doneShare(rounds.get(rounds.size() - 1));

		assertTrue(oldest >= 0.9, "oldest round " + oldest);
		assertTrue(latest <= 0.4, "latest round " + latest);
		double overall = ledger.getIssues().stream().filter(i -> DONE.contains(i.getStatus())).count()
				/ (double) ledger.getIssues().size();
		assertTrue(overall > 0.6 && overall < 0.8, "overall " + overall);
	}

	@Test
	void someButNotManyIssuesAreOverdue() {
		long overdue = ledger.getIssues().stream()
				.filter(i -> !DONE.contains(i.getStatus()) && i.getPlan() != null && i.getPlan().getDeadline() != null
						&& i.getPlan().getDeadline().isBefore(AS_OF))
				.count();

		double share = overdue / (double) ledger.getIssues().size();
		assertTrue(share > 0.02 && share < 0.12, "overdue " + share);
	}

	@Test
	void officeActedOnOverdueUnits() {
		assertFalse(ledger.getSupervisionNotices().isEmpty());
		assertFalse(ledger.getInterviews().isEmpty());
		assertFalse(ledger.getAccountabilities().isEmpty());
		assertFalse(ledger.getDeductions().isEmpty());
		assertTrue(ledger.getSupervisionNotices().stream().allMatch(n -> !n.getIssues().isEmpty()
				&& n.getNewDeadline().isAfter(n.getIssuedOn()) && n.getNumber().startsWith("江督改督〔")));
	}

	@Test
	void customFieldsHaveValuesOnPartOfTheIssues() {
		long withValues = ledger.getIssues().stream().filter(i -> !i.getCustomValues().isEmpty()).count();

		assertTrue(withValues > 200 && withValues < 1500, "issues with custom values: " + withValues);
	}

	@Test
	void ledgerHoldsAboutFifteenObjectsPerIssue() {
		int objects = 0;
		for (Iterator<EObject> it = ledger.eAllContents(); it.hasNext(); it.next()) {
			objects++;
		}

		double perIssue = objects / (double) ledger.getIssues().size();
		assertTrue(perIssue > 12 && perIssue < 16.5, "objects per issue: " + perIssue);
	}

	private static double doneShare(InspectionRound round) {
		List<Issue> issues = ledger.getIssues().stream().filter(i -> i.getRound() == round).toList();
		return issues.stream().filter(i -> DONE.contains(i.getStatus())).count() / (double) issues.size();
	}

	private static <T> List<T> all(Function<Issue, List<T>> part) {
		return ledger.getIssues().stream().flatMap(issue -> part.apply(issue).stream()).toList();
	}

	private static <E extends Enum<E>> void assertAllOccur(Class<E> type, List<?> values) {
		Set<Object> seen = new HashSet<>(values);
		for (E literal : type.getEnumConstants()) {
			assertTrue(seen.contains(literal), type.getSimpleName() + "." + literal + " missing");
		}
	}
}
