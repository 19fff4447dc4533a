package taizhang.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import taizhang.demo.internal.OrgChart.County;
import taizhang.demo.internal.OrgChart.Unit;
import taizhang.demo.internal.RoundLayout.Round;
import taizhang.model.Assignment;
import taizhang.model.AssignmentRole;
import taizhang.model.CustomFieldDefinition;
import taizhang.model.CustomFieldValue;
import taizhang.model.Evidence;
import taizhang.model.EvidenceKind;
import taizhang.model.Issue;
import taizhang.model.IssueCategory;
import taizhang.model.IssueKind;
import taizhang.model.IssueStatus;
import taizhang.model.Measure;
import taizhang.model.ModelFactory;
import taizhang.model.Organization;
import taizhang.model.OrganizationKind;
import taizhang.model.Person;
import taizhang.model.ProgressReport;
import taizhang.model.RectificationPlan;
import taizhang.model.RectificationType;
import taizhang.model.ReviewCheckItem;
import taizhang.model.ReviewDecision;
import taizhang.model.ReviewLevel;
import taizhang.model.RoundKind;
import taizhang.model.SignOffReview;
import taizhang.model.StageGoal;
import taizhang.model.StatusChange;
import taizhang.model.Warning;
import taizhang.model.WarningLevel;

/**
 * Writes one issue at a time: its text, responsibility, plan, and a history that is consistent with
 * its final status and ends before the as-of day.
 * <p>
 * The history is laid out as day offsets from the received date (plan, start of work, last measure
 * done, report, review, decision, and for a rejected claim the second report, review and sign-off).
 * When the steps a status needs do not fit before the as-of day (recent rounds), they are squeezed
 * proportionally into the time available.
 */
final class IssueWriter {

	private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

	/** Day offsets of the history steps, indices into {@link Draft#days}. */
	private static final int PLAN = 0, RECTIFY = 1, FINISH = 2, REPORT = 3, REVIEW = 4, DECIDE = 5, REPORT2 = 6,
			REVIEW2 = 7, SIGN2 = 8;

	private static final double[] CASE_CATEGORIES = { 16, 18, 3, 6, 12, 9, 11, 10, 10, 5 };
	private static final double[] FEEDBACK_CATEGORIES = { 18, 30, 8, 18, 2, 12, 2, 5, 2, 3 };
	private static final double[] SELF_FOUND_CATEGORIES = { 14, 20, 4, 8, 8, 14, 8, 12, 6, 6 };

	private static final Dates.Spelling[] SPELLINGS = Dates.Spelling.values();
	private static final double[] SPELLING_WEIGHTS = { 30, 15, 15, 15, 10, 10, 5 };

	/** Share of recent petition cases that turn out to be an old, signed-off problem come back. */
	private static final double REBOUND_SHARE = 0.012;
	/** Share of evidence that reuses another case's file (佐证材料照搬照抄), for checks to find. */
	private static final double COPIED_EVIDENCE_SHARE = 0.003;

	/** An issue that is overdue or lagging on the as-of day, for supervision notices and the like. */
	record Problem(Issue issue, Unit lead, LocalDate since, boolean overdue) {
	}

	/** A signed-off petition case that a later complaint may reopen. */
	private record Signed(Issue issue, LocalDate signedOff, Unit township) {
	}

	/** The working state of the issue being written. */
	private static final class Draft {
		Round round;
		IssueKind kind;
		LocalDate received;
		int limitDay;
		County county;
		Unit township;
		IssueCategory category;
		Unit lead;
		RectificationType type;
		IssueStatus status;
		boolean rejected;
		LocalDate deadline;
		int horizon;
		final int[] days = new int[9];
		Measure[] measures;
		int[] doneDays;
		boolean lagging;
		/** Who rejected the first claimed completion, and who signed off. */
		Person rejectedBy;
		Person signedBy;
	}

	private final OrgChart orgs;
	private final Rng rng;
	private final Ids ids;
	private final Dates dates;
	private final LocalDate asOf;
	private final LocalDate limit;
	private final Round citySpecial;
	private final CustomFieldDefinition investment;
	private final CustomFieldDefinition satisfaction;
	private final Map<String, String> pool = new HashMap<>();
	private final Map<Person, String> actors = new IdentityHashMap<>();
	private final Map<String, String> periods = new HashMap<>();
	private final List<List<Signed>> signedByCounty = new ArrayList<>();
	private final String[] recentHashes = new String[64];
	private final long[] recentSizes = new long[64];
	private int hashCount;
	private int sequence;

	final List<Problem> problems = new ArrayList<>();

	IssueWriter(OrgChart orgs, Rng rng, Ids ids, Dates dates, LocalDate asOf, List<Round> rounds,
			CustomFieldDefinition investment, CustomFieldDefinition satisfaction) {
		this.orgs = orgs;
		this.rng = rng;
		this.ids = ids;
		this.dates = dates;
		this.asOf = asOf;
		this.limit = dates.plus(asOf, -1);
		this.citySpecial = rounds.stream().filter(r -> r.spec.kind() == RoundKind.CITY_SPECIAL).findFirst()
				.orElseThrow();
		this.investment = investment;
		this.satisfaction = satisfaction;
		for (int i = 0; i < orgs.counties.size(); i++) {
			signedByCounty.add(new ArrayList<>());
		}
	}

	Issue write(Round round, IssueKind kind, LocalDate received) {
		Draft d = new Draft();
		d.round = round;
		d.kind = kind;
		d.received = received;
		d.limitDay = Dates.daysBetween(received, limit);

		Issue issue = FACTORY.createIssue();
		issue.setId(ids.next('I'));
		issue.setSequenceNumber(++sequence);
		issue.setKind(kind);
		issue.setCaseNumber(round.nextCaseNumber(kind, received));
		issue.setRound(round.round);
		issue.setReceivedDate(received);

		d.county = orgs.counties.get(rng.weighted(Names.COUNTY_WEIGHTS));
		Signed old = kind == IssueKind.ASSIGNED_CASE && !round.isEarly() && rng.chance(REBOUND_SHARE)
				? reopen(d.county, received)
				: null;
		Unit township = rng.pick(d.county.townships);
		d.township = old != null ? old.township() : township;
		d.category = old != null ? old.issue().getCategory() : pickCategory(kind);
		issue.setRegion(d.county.unit.organization);
		issue.setCategory(d.category);
		issue.setDescription(old != null ? reboundDescription(old.issue()) : describe(d));
		if (old != null) {
			issue.setReboundOf(old.issue());
			markRebound(old.issue(), received);
		}

		assign(issue, d);
		d.type = pickType(kind);
		d.status = pickStatus(d);
		// "claimed done, rejected": some signed-off issues failed a review first, some still rectify
		d.rejected = d.status == IssueStatus.SIGNED_OFF && rng.chance(round.spec.rejections())
				|| d.status == IssueStatus.RECTIFYING && rng.chance(3 * round.spec.rejections());
		issue.setStatus(d.status);

		if (d.status != IssueStatus.RECEIVED) {
			issue.setPlan(plan(d));
		}
		layOut(d);
		history(issue, d);
		if (issue.getPlan() != null) {
			measures(issue.getPlan(), d);
			if (d.type == RectificationType.LONG_TERM) {
				stageGoals(issue.getPlan(), d);
			}
			evidence(issue, d);
		}
		reviews(issue, d);
		progressReports(issue, d);
		warnings(issue, d);
		customValues(issue, d);
		issue.setProgressNote(note(d));

		if (d.status == IssueStatus.SIGNED_OFF && round.isEarly() && kind == IssueKind.ASSIGNED_CASE) {
			signedByCounty.get(d.county.index).add(new Signed(issue, day(d, d.rejected ? SIGN2 : DECIDE), d.township));
		}
		return issue;
	}

	// --- what the issue is about

	private IssueCategory pickCategory(IssueKind kind) {
		double[] weights = switch (kind) {
			case FEEDBACK -> FEEDBACK_CATEGORIES;
			case ASSIGNED_CASE -> CASE_CATEGORIES;
			default -> SELF_FOUND_CATEGORIES;
		};
		return IssueCategory.get(rng.weighted(weights));
	}

	private String describe(Draft d) {
		CategoryTexts texts = CategoryTexts.of(d.category);
		String county = d.county.name();
		if (d.kind == IssueKind.FEEDBACK) {
			String problem = rng.pick(texts.feedbackProblems()).replace("{river}", rng.pick(Names.RIVERS));
			return share(Names.CITY + county + problem + "。");
		}
		String prefix = d.kind == IssueKind.SELF_FOUND ? Texts.SELF_FOUND_PREFIX
				: Texts.CASE_PREFIXES[rng.weighted(Texts.CASE_PREFIX_WEIGHTS)];
		String village = rng.chance(0.7) ? rng.pick(Names.PLACE_ROOTS) + (d.county.isDistrict() ? "社区" : "村") : "";
		String near = village.isEmpty() || rng.chance(0.6) ? "" : "附近";
		return prefix + Names.CITY + county + d.township.organization.getShortName() + village + near
				+ rng.pick(texts.cases()) + "。";
	}

	private static String reboundDescription(Issue old) {
		String text = old.getDescription();
		int colon = text.indexOf('：');
		return "群众再次反映（原交办编号" + old.getCaseNumber() + "）："
				+ (colon >= 0 ? text.substring(colon + 1) : text);
	}

	// --- who answers for it

	private void assign(Issue issue, Draft d) {
		double draw = rng.nextDouble();
		Unit lead = switch (d.kind) {
			case FEEDBACK -> draw < 0.65 ? orgs.departmentFor(d.category, rng) : d.county.unit;
			case ASSIGNED_CASE -> draw < 0.55 ? d.county.unit
					: draw < 0.8 ? d.township : orgs.local(orgs.departmentFor(d.category, rng), d.county);
			default -> draw < 0.5 ? d.township
					: draw < 0.8 ? d.county.unit : orgs.local(orgs.departmentFor(d.category, rng), d.county);
		};
		d.lead = lead;
		assignment(issue, AssignmentRole.LEAD_UNIT, lead.organization, null, null);
		Person responsible = rng.chance(0.45) ? lead.head : lead.deputy(rng);
		assignment(issue, AssignmentRole.RESPONSIBLE_PERSON, null, responsible, null);

		Person leader = leaderInCharge(d, lead, responsible);
		if (leader != null && (d.kind == IssueKind.FEEDBACK || rng.chance(0.35))) {
			assignment(issue, AssignmentRole.LEADER_IN_CHARGE, null, leader, null);
		}
		if (d.kind == IssueKind.FEEDBACK || rng.chance(0.06)) {
			assignment(issue, AssignmentRole.CITY_CONTACT_LEADER, null, orgs.contactLeaderFor(d.category), null);
		}

		List<Organization> cooperating = new ArrayList<>(2);
		OrganizationKind leadKind = lead.organization.getKind();
		switch (leadKind) {
			case COUNTY_DISTRICT -> {
				if (rng.chance(0.35)) {
					cooperating.add(d.township.organization);
				}
				if (rng.chance(0.25)) {
					cooperating.add(orgs.local(orgs.departmentFor(d.category, rng), d.county).organization);
				}
			}
			case TOWNSHIP_STREET -> {
				if (rng.chance(0.3)) {
					cooperating.add(orgs.local(orgs.departmentFor(d.category, rng), d.county).organization);
				}
				if (rng.chance(0.08)) {
					cooperating.add(rng.pick(d.county.enterprises).organization);
				}
			}
			default -> {
				if (rng.chance(0.5)) {
					cooperating.add(d.county.unit.organization);
				}
				if (rng.chance(0.2)) {
					cooperating.add(orgs.departmentFor(d.category, rng).organization);
				}
			}
		}
		List<Organization> added = new ArrayList<>(2);
		for (Organization unit : cooperating) {
			if (unit != lead.organization && unit != lead.organization.getParent() && !added.contains(unit)) {
				added.add(unit);
				assignment(issue, AssignmentRole.COOPERATING_UNIT, unit, null,
						rng.chance(0.2) ? Texts.COOPERATION_NOTE : null);
			}
		}
		if ((leadKind == OrganizationKind.COUNTY_DISTRICT || leadKind == OrganizationKind.TOWNSHIP_STREET)
				&& rng.chance(0.15)) {
			Organization supervisor = orgs.departmentFor(d.category, rng).organization;
			if (!added.contains(supervisor)) {
				assignment(issue, AssignmentRole.INDUSTRY_SUPERVISOR, supervisor, null, Texts.INDUSTRY_NOTE);
			}
		}
	}

	/** The 分管领导: a deputy of the lead unit, or of the county or department above it. */
	private Person leaderInCharge(Draft d, Unit lead, Person responsible) {
		Unit above = switch (lead.organization.getKind()) {
			case TOWNSHIP_STREET -> d.county.unit;
			case DEPARTMENT -> lead.organization.getParent().getKind() == OrganizationKind.DEPARTMENT
					? orgs.unitOf(lead.organization.getParent())
					: lead;
			default -> lead;
		};
		Person leader = above.deputy(rng);
		if (leader == responsible) {
			leader = above.head != responsible ? above.head : null;
		}
		return leader;
	}

	private static void assignment(Issue issue, AssignmentRole role, Organization organization, Person person,
			String note) {
		Assignment assignment = FACTORY.createAssignment();
		assignment.setRole(role);
		assignment.setOrganization(organization);
		assignment.setPerson(person);
		assignment.setNote(note);
		issue.getAssignments().add(assignment);
	}

	// --- the plan and how it went

	private RectificationType pickType(IssueKind kind) {
		double[] weights = switch (kind) {
			case FEEDBACK -> new double[] { 5, 50, 45 };
			case ASSIGNED_CASE -> new double[] { 40, 52, 8 };
			default -> new double[] { 35, 55, 10 };
		};
		return RectificationType.get(rng.weighted(weights));
	}

	private IssueStatus pickStatus(Draft d) {
		double[] weights = d.round.spec.statuses().clone();
		if (d.type == RectificationType.IMMEDIATE) {
			weights[0] *= 0.3;
			weights[1] *= 0.3;
			weights[2] *= 0.4;
			weights[5] *= 1.5;
		}
		if (d.kind == IssueKind.FEEDBACK) {
			weights[5] *= 0.85;
		}
		IssueStatus status = RoundLayout.STATUSES[rng.weighted(weights)];
		if (d.type == RectificationType.LONG_TERM && status.getValue() >= IssueStatus.REPORTED_DONE_VALUE) {
			// long-term issues are never simply done: they reach a stage and stay under watch
			status = rng.chance(0.8) ? IssueStatus.STAGE_DONE : IssueStatus.RECTIFYING;
		}
		return status;
	}

	private RectificationPlan plan(Draft d) {
		RectificationPlan plan = FACTORY.createRectificationPlan();
		plan.setType(d.type);
		plan.setTarget(rng.pick(CategoryTexts.of(d.category).targets()));
		switch (d.type) {
			case IMMEDIATE -> {
				// an immediate item is expected to be finished within the month it was received
				d.deadline = dates.plus(d.received, 30);
				plan.setDeadlineText(Texts.IMMEDIATE);
			}
			case TIME_LIMITED -> {
				// the problems still open are mostly the hard ones, which were given more time
				boolean open = d.status.getValue() < IssueStatus.REPORTED_DONE_VALUE;
				int months = d.kind == IssueKind.FEEDBACK ? rng.between(6, 30)
						: open ? rng.between(4, 20) : rng.between(1, 8);
				LocalDate raw = d.received.plusMonths(months).plusDays(rng.between(-10, 10));
				Dates.Spelling spelling = SPELLINGS[rng.weighted(SPELLING_WEIGHTS)];
				LocalDate deadline = spelling.snap(raw);
				if (spelling.isExactDay() && rng.chance(0.5)) {
					deadline = Dates.Spelling.MONTH_END.snap(raw); // offices like month ends
				}
				d.deadline = dates.share(deadline);
				plan.setDeadlineText(dates.spell(spelling, d.deadline));
			}
			case LONG_TERM -> {
				if (rng.chance(0.5)) {
					plan.setDeadlineText(Texts.LONG_TERM);
				} else {
					LocalDate raw = d.received.plusMonths(rng.between(12, 36));
					Dates.Spelling spelling = rng.chance(0.6) ? Dates.Spelling.HALF_YEAR : Dates.Spelling.YEAR_END;
					d.deadline = dates.share(spelling.snap(raw));
					plan.setDeadlineText(dates.spell(spelling, d.deadline));
				}
			}
		}
		plan.setDeadline(d.deadline);
		return plan;
	}

	private void layOut(Draft d) {
		int[] days = d.days;
		boolean immediate = d.type == RectificationType.IMMEDIATE;
		days[PLAN] = immediate ? rng.between(0, 2) : rng.between(3, 20);
		days[RECTIFY] = days[PLAN] + (immediate ? 0 : rng.between(0, 7));
		int horizon = d.deadline != null ? Dates.daysBetween(d.received, d.deadline)
				: days[RECTIFY] + rng.between(360, 900);
		d.horizon = Math.max(horizon, days[RECTIFY] + 1);
		double share = rng.chance(0.1) ? 1.0 + rng.nextDouble() * 0.3 : 0.3 + rng.nextDouble() * 0.7;
		days[FINISH] = days[RECTIFY] + Math.max(1, (int) ((d.horizon - days[RECTIFY]) * share));
		days[REPORT] = days[FINISH] + rng.between(0, 5);
		days[REVIEW] = days[REPORT] + rng.between(2, 15);
		days[DECIDE] = days[REVIEW] + rng.between(3, 25);
		days[REPORT2] = days[DECIDE] + rng.between(15, 90);
		days[REVIEW2] = days[REPORT2] + rng.between(2, 10);
		days[SIGN2] = days[REVIEW2] + rng.between(3, 20);

		int last = switch (d.status) {
			case RECEIVED -> -1;
			case PLANNED -> PLAN;
			case RECTIFYING -> d.rejected ? DECIDE : RECTIFY;
			case REPORTED_DONE -> REPORT;
			case UNDER_REVIEW -> REVIEW;
			case SIGNED_OFF -> d.rejected ? SIGN2 : DECIDE;
			default -> FINISH; // STAGE_DONE
		};
		if (last >= 0 && days[last] > d.limitDay) {
			double factor = (double) d.limitDay / days[last];
			for (int i = 0; i < days.length; i++) {
				days[i] = (int) (days[i] * factor);
			}
		}
	}

	private LocalDate day(Draft d, int step) {
		return dates.plus(d.received, d.days[step]);
	}

	private void history(Issue issue, Draft d) {
		Person clerk = d.lead.clerk(rng);
		Person office = orgs.office.clerk(rng);
		int step = 0;
		IssueStatus now = IssueStatus.RECEIVED;
		switch (d.status) {
			case RECEIVED -> {
				return;
			}
			case PLANNED -> {
				change(issue, d, PLAN, step, now, IssueStatus.PLANNED, clerk, Texts.TO_PLANNED);
				return;
			}
			default -> {
				if (d.type == RectificationType.IMMEDIATE) {
					change(issue, d, RECTIFY, step++, now, IssueStatus.RECTIFYING, clerk,
							Texts.TO_RECTIFYING_IMMEDIATE);
				} else {
					change(issue, d, PLAN, step++, now, IssueStatus.PLANNED, clerk, Texts.TO_PLANNED);
					change(issue, d, RECTIFY, step++, IssueStatus.PLANNED, IssueStatus.RECTIFYING, clerk,
							Texts.TO_RECTIFYING);
				}
				now = IssueStatus.RECTIFYING;
			}
		}
		if (d.status == IssueStatus.STAGE_DONE) {
			change(issue, d, FINISH, step, now, IssueStatus.STAGE_DONE, office, Texts.TO_STAGE_DONE);
			return;
		}
		if (d.status == IssueStatus.RECTIFYING && !d.rejected) {
			return;
		}
		change(issue, d, REPORT, step++, now, IssueStatus.REPORTED_DONE, clerk, Texts.TO_REPORTED_DONE);
		if (d.status == IssueStatus.REPORTED_DONE) {
			return;
		}
		change(issue, d, REVIEW, step++, IssueStatus.REPORTED_DONE, IssueStatus.UNDER_REVIEW, office,
				Texts.TO_UNDER_REVIEW);
		if (d.status == IssueStatus.UNDER_REVIEW) {
			return;
		}
		if (d.rejected) {
			d.rejectedBy = cityReviewer(day(d, DECIDE));
			String reason = share("验收不通过：" + rng.pick(Texts.REJECTION_REASONS));
			change(issue, d, DECIDE, step++, IssueStatus.UNDER_REVIEW, IssueStatus.RECTIFYING, d.rejectedBy, reason);
			if (d.status == IssueStatus.RECTIFYING) {
				return;
			}
			change(issue, d, REPORT2, step++, IssueStatus.RECTIFYING, IssueStatus.REPORTED_DONE, clerk,
					Texts.TO_REPORTED_DONE);
			change(issue, d, REVIEW2, step++, IssueStatus.REPORTED_DONE, IssueStatus.UNDER_REVIEW, office,
					Texts.TO_UNDER_REVIEW);
			d.signedBy = signOffReviewer(d, SIGN2);
			change(issue, d, SIGN2, step, IssueStatus.UNDER_REVIEW, IssueStatus.SIGNED_OFF, d.signedBy,
					Texts.TO_SIGNED_OFF);
		} else {
			d.signedBy = signOffReviewer(d, DECIDE);
			change(issue, d, DECIDE, step, IssueStatus.UNDER_REVIEW, IssueStatus.SIGNED_OFF, d.signedBy,
					Texts.TO_SIGNED_OFF);
		}
	}

	private void change(Issue issue, Draft d, int dayIndex, int step, IssueStatus from, IssueStatus to, Person actor,
			String reason) {
		StatusChange change = FACTORY.createStatusChange();
		// steps on the same day keep their order: each later step starts 45 minutes later
		change.setAt(Dates.at(day(d, dayIndex), 9 * 60 + step * 45 + rng.nextInt(35)));
		change.setActor(actor(actor));
		change.setFrom(from);
		change.setTo(to);
		change.setReason(reason);
		issue.getStatusChanges().add(change);
	}

	private void markRebound(Issue old, LocalDate reopened) {
		StatusChange change = FACTORY.createStatusChange();
		change.setAt(Dates.at(reopened, 8 * 60 + rng.nextInt(60)));
		change.setActor(actor(orgs.office.clerk(rng)));
		change.setFrom(IssueStatus.SIGNED_OFF);
		change.setTo(IssueStatus.REBOUND);
		change.setReason(Texts.TO_REBOUND);
		old.getStatusChanges().add(change);
		old.setStatus(IssueStatus.REBOUND);
		old.setProgressNote(Texts.NOTE_REBOUND);
	}

	private Signed reopen(County county, LocalDate received) {
		List<Signed> candidates = signedByCounty.get(county.index);
		for (int attempt = 0; attempt < 4 && !candidates.isEmpty(); attempt++) {
			int index = rng.nextInt(candidates.size());
			Signed candidate = candidates.get(index);
			if (candidate.signedOff().isBefore(received.minusDays(30))) {
				candidates.set(index, candidates.get(candidates.size() - 1));
				candidates.remove(candidates.size() - 1);
				return candidate;
			}
		}
		return null;
	}

	private String actor(Person person) {
		return actors.computeIfAbsent(person,
				p -> p.getName() + "（" + p.getOrganization().getShortName() + "）");
	}

	/** Who decides on a claimed completion: a city inspection group during its visit, else the office. */
	private Person cityReviewer(LocalDate date) {
		if (!date.isBefore(citySpecial.start) && !date.isAfter(citySpecial.end.plusDays(30))) {
			Unit group = rng.pick(orgs.inspectionGroups);
			return rng.chance(0.5) ? group.head : group.clerk(rng);
		}
		return orgs.office.deputy(rng);
	}

	private Person signOffReviewer(Draft d, int step) {
		return countyLevel(d) ? d.county.office.head : cityReviewer(day(d, step));
	}

	/** Self-found problems and immediate petition cases are accepted by the county. */
	private static boolean countyLevel(Draft d) {
		return d.kind == IssueKind.SELF_FOUND
				|| d.kind == IssueKind.ASSIGNED_CASE && d.type == RectificationType.IMMEDIATE;
	}

	private boolean claimed(Draft d) {
		return d.rejected || d.status.getValue() >= IssueStatus.REPORTED_DONE_VALUE;
	}

	private void measures(RectificationPlan plan, Draft d) {
		CategoryTexts texts = CategoryTexts.of(d.category);
		int count = 2 + rng.weighted(new double[] { 3, 4, 3 });
		String[] pool = texts.measures();
		int[] order = firstOfShuffle(pool.length, count);
		d.measures = new Measure[count];
		d.doneDays = new int[count];
		int rect = d.days[RECTIFY];
		int finish = d.days[FINISH];
		boolean claimed = claimed(d);
		int reopened = d.rejected ? rng.nextInt(count) : -1;
		for (int i = 0; i < count; i++) {
			Measure measure = FACTORY.createMeasure();
			measure.setId(ids.next('M'));
			// the category's measures, the last one often a general one
			boolean general = i == count - 1 && count > 2 && rng.chance(0.3);
			measure.setDescription(general ? rng.pick(CategoryTexts.GENERAL_MEASURES) : pool[order[i]]);
			int dueDay = rect + (int) ((long) (d.horizon - rect) * (i + 1) / count);
			measure.setDueDate(dates.plus(d.received, dueDay));
			int doneDay = -1;
			if (claimed) {
				doneDay = rect + (int) ((long) (finish - rect) * (i + 1) / count);
				if (i == reopened) {
					// the reviewers found this one not done: redone later, or still open
					doneDay = d.status == IssueStatus.SIGNED_OFF ? d.days[REPORT2] : -1;
				}
			} else if (d.status == IssueStatus.RECTIFYING) {
				if (dueDay <= d.limitDay) {
					if (rng.chance(0.75)) {
						doneDay = Math.max(rect, Math.min(dueDay, d.limitDay) - rng.nextInt(10));
					} else {
						d.lagging = true;
					}
				} else if (rng.chance(0.2)) {
					doneDay = rng.between(rect, d.limitDay);
				}
			}
			if (doneDay >= 0) {
				measure.setDone(true);
				measure.setDoneDate(dates.plus(d.received, doneDay));
			}
			d.measures[i] = measure;
			d.doneDays[i] = doneDay;
			plan.getMeasures().add(measure);
		}
		// each cooperating unit carries out one of the last measures (措施分工); the lead unit the rest
		int last = count - 1;
		for (Assignment assignment : ((Issue) plan.eContainer()).getAssignments()) {
			if (assignment.getRole() == AssignmentRole.COOPERATING_UNIT && last > 0) {
				d.measures[last--].setUnit(assignment.getOrganization());
			}
		}
	}

	/** The first {@code count} of a random permutation of {@code 0 .. size-1}: distinct indices. */
	private int[] firstOfShuffle(int size, int count) {
		int[] indices = new int[size];
		for (int i = 0; i < size; i++) {
			indices[i] = i;
		}
		for (int i = 0; i < count; i++) {
			int j = i + rng.nextInt(size - i);
			int swap = indices[i];
			indices[i] = indices[j];
			indices[j] = swap;
		}
		return indices;
	}

	private void stageGoals(RectificationPlan plan, Draft d) {
		int count = 2 + rng.nextInt(2);
		int first = rng.nextInt(CategoryTexts.LONG_TERM_GOALS.length - count + 1);
		int rect = d.days[RECTIFY];
		int finish = d.days[FINISH];
		for (int i = 0; i < count; i++) {
			StageGoal goal = FACTORY.createStageGoal();
			goal.setId(ids.next('G'));
			goal.setDescription(CategoryTexts.LONG_TERM_GOALS[first + i]);
			int dueDay = rect + 90 + (int) ((long) Math.max(0, d.horizon - rect - 90) * i / count);
			if (i == 0 && d.status == IssueStatus.STAGE_DONE) {
				dueDay = Math.min(dueDay, finish); // a stage reached means its goal was due by then
			}
			goal.setDueDate(dates.plus(d.received, dueDay));
			int achievedDay = -1;
			if (d.status == IssueStatus.STAGE_DONE) {
				if (dueDay <= finish) {
					achievedDay = Math.max(rect, dueDay - rng.nextInt(10));
				}
			} else if (d.status == IssueStatus.RECTIFYING && dueDay <= d.limitDay) {
				if (rng.chance(0.7)) {
					achievedDay = Math.max(rect, dueDay - rng.nextInt(10));
				} else {
					d.lagging = true;
				}
			}
			if (achievedDay >= 0) {
				goal.setAchieved(true);
				goal.setAchievedDate(dates.plus(d.received, Math.min(achievedDay, d.limitDay)));
			}
			plan.getStageGoals().add(goal);
		}
	}

	private void evidence(Issue issue, Draft d) {
		List<Measure> done = new ArrayList<>(d.measures.length);
		int lastDone = -1;
		for (int i = 0; i < d.measures.length; i++) {
			if (d.doneDays[i] >= 0) {
				done.add(d.measures[i]);
				lastDone = Math.max(lastDone, d.doneDays[i]);
			}
		}
		if (done.isEmpty() || !claimed(d) && rng.chance(0.8)) {
			return;
		}
		Evidence after = file(issue, d, EvidenceKind.PHOTO_AFTER, Texts.PHOTO_AFTER_FILES[0], Texts.PHOTO_AFTER,
				lastDone, 800_000, 6_000_000);
		after.getMeasures().addAll(done);
		if (rng.chance(0.08)) {
			Evidence before = file(issue, d, EvidenceKind.PHOTO_BEFORE, Texts.PHOTO_BEFORE_FILE, Texts.PHOTO_BEFORE,
					d.days[RECTIFY], 800_000, 6_000_000);
			before.getMeasures().add(d.measures[0]);
		}
		if (done.size() >= 3 && rng.chance(0.1)) {
			Evidence second = file(issue, d, EvidenceKind.PHOTO_AFTER, Texts.PHOTO_AFTER_FILES[1], Texts.PHOTO_AFTER,
					lastDone, 800_000, 6_000_000);
			second.getMeasures().add(done.get(done.size() - 1));
		}
		if (!claimed(d)) {
			return;
		}
		if (rng.chance(0.15)) {
			Evidence document = file(issue, d, EvidenceKind.DOCUMENT, rng.pick(Texts.DOCUMENT_FILES), Texts.DOCUMENT,
					Math.min(d.days[REPORT], d.limitDay), 60_000, 5_000_000);
			document.getMeasures().addAll(done);
		}
		double draw = rng.nextDouble();
		if (draw < 0.03) {
			file(issue, d, EvidenceKind.VIDEO, Texts.VIDEO_FILE, Texts.VIDEO, lastDone, 10_000_000, 300_000_000);
		} else if (draw < 0.04) {
			file(issue, d, EvidenceKind.AUDIO, Texts.AUDIO_FILE, Texts.AUDIO, lastDone, 500_000, 20_000_000);
		} else if (draw < 0.06) {
			file(issue, d, EvidenceKind.OTHER, Texts.OTHER_FILE, Texts.OTHER, lastDone, 20_000, 2_000_000);
		}
	}

	private Evidence file(Issue issue, Draft d, EvidenceKind kind, String fileName, String description, int day,
			long minSize, long maxSize) {
		Evidence evidence = FACTORY.createEvidence();
		evidence.setId(ids.next('E'));
		evidence.setKind(kind);
		evidence.setFileName(fileName);
		evidence.setDescription(description);
		evidence.setCapturedAt(Dates.at(dates.plus(d.received, Math.min(day, d.limitDay)), 8 * 60 + rng.nextInt(600)));
		String sha256;
		long size;
		if (hashCount > recentHashes.length && kind == EvidenceKind.PHOTO_AFTER && rng.chance(COPIED_EVIDENCE_SHARE)) {
			int copied = rng.nextInt(recentHashes.length);
			sha256 = recentHashes[copied];
			size = recentSizes[copied];
		} else {
			sha256 = sha256();
			size = minSize + (long) (rng.nextDouble() * (maxSize - minSize));
			recentHashes[hashCount % recentHashes.length] = sha256;
			recentSizes[hashCount % recentSizes.length] = size;
			hashCount++;
		}
		evidence.setSha256(sha256);
		evidence.setSize(size);
		issue.getEvidence().add(evidence);
		return evidence;
	}

	private String sha256() {
		char[] hex = new char[64];
		for (int word = 0; word < 4; word++) {
			long bits = rng.nextLong();
			for (int i = 0; i < 16; i++) {
				hex[word * 16 + i] = Character.forDigit((int) (bits >>> (60 - 4 * i)) & 0xF, 16);
			}
		}
		return new String(hex);
	}

	private void reviews(Issue issue, Draft d) {
		switch (d.status) {
			case UNDER_REVIEW -> {
				double draw = rng.nextDouble();
				if (draw < 0.5) {
					review(issue, ReviewLevel.COUNTY_SELF_CHECK, d.county.office.head, day(d, REVIEW),
							ReviewDecision.ACCEPTED, null, false);
				} else if (draw < 0.65) {
					review(issue, ReviewLevel.CITY_ACCEPTANCE, orgs.office.clerk(rng), day(d, REVIEW),
							ReviewDecision.SUPPLEMENT_REQUESTED, Texts.SUPPLEMENT_REASON, false);
				}
			}
			case SIGNED_OFF, RECTIFYING -> {
				if (d.rejected) {
					LocalDate decided = day(d, DECIDE);
					String reason = lastReason(issue);
					review(issue, ReviewLevel.CITY_ACCEPTANCE, d.rejectedBy, decided, ReviewDecision.REJECTED,
							reason.substring(reason.indexOf('：') + 1), true);
				}
				if (d.status == IssueStatus.SIGNED_OFF) {
					int step = d.rejected ? SIGN2 : DECIDE;
					LocalDate signed = day(d, step);
					boolean county = countyLevel(d);
					review(issue, county ? ReviewLevel.COUNTY_SELF_CHECK : ReviewLevel.CITY_ACCEPTANCE,
							d.signedBy, signed, ReviewDecision.ACCEPTED, null,
							d.kind == IssueKind.FEEDBACK && rng.chance(0.3));
					RoundKind kind = d.round.spec.kind();
					if (d.kind == IssueKind.FEEDBACK && kind != RoundKind.CITY_SPECIAL) {
						LocalDate recorded = dates.plus(signed, rng.between(10, 40));
						if (!recorded.isAfter(limit)) {
							review(issue, ReviewLevel.PROVINCIAL_RECORD, orgs.office.head, recorded,
									ReviewDecision.ACCEPTED, null, false);
						}
					}
				}
			}
			default -> {
				// no decision yet
			}
		}
	}

	private static String lastReason(Issue issue) {
		for (int i = issue.getStatusChanges().size() - 1; i >= 0; i--) {
			StatusChange change = issue.getStatusChanges().get(i);
			if (change.getFrom() == IssueStatus.UNDER_REVIEW && change.getTo() == IssueStatus.RECTIFYING) {
				return change.getReason();
			}
		}
		throw new IllegalStateException(issue.getCaseNumber());
	}

	private void review(Issue issue, ReviewLevel level, Person reviewer, LocalDate date, ReviewDecision decision,
			String reasons, boolean checklist) {
		SignOffReview review = FACTORY.createSignOffReview();
		review.setId(ids.next('V'));
		review.setLevel(level);
		review.setReviewer(reviewer);
		review.setReviewerName(reviewer.getName());
		review.setDate(date);
		review.setDecision(decision);
		review.setReasons(reasons);
		if (checklist) {
			int failed = decision == ReviewDecision.REJECTED ? rng.nextInt(Texts.CRITERIA.length) : -1;
			for (int i = 0; i < Texts.CRITERIA.length; i++) {
				ReviewCheckItem item = FACTORY.createReviewCheckItem();
				item.setCriterion(Texts.CRITERIA[i]);
				boolean passed = i != failed && (failed < 0 || rng.chance(0.85));
				item.setPassed(passed);
				item.setRemark(passed ? null : Texts.CRITERIA_FAILURES[i]);
				review.getChecklist().add(item);
			}
		}
		issue.getReviews().add(review);
	}

	private void progressReports(Issue issue, Draft d) {
		if (d.status != IssueStatus.PLANNED && d.status != IssueStatus.RECTIFYING
				&& d.status != IssueStatus.REPORTED_DONE) {
			return;
		}
		int total = d.measures.length;
		int done = 0;
		for (int doneDay : d.doneDays) {
			if (doneDay >= 0) {
				done++;
			}
		}
		LocalDate started = day(d, PLAN);
		int reports = rng.nextInt(2);
		for (int back = reports; back >= 0; back--) {
			LocalDate month = asOf.minusMonths(back).withDayOfMonth(1);
			// monthly reports are due before the 25th; about one in seven arrives late
			int dayOfMonth = rng.chance(0.85) ? rng.between(15, 24) : rng.between(26, 28);
			LocalDate submitted = month.withDayOfMonth(dayOfMonth);
			if (submitted.isBefore(started) || submitted.isAfter(limit)) {
				continue;
			}
			int percent = Math.max(0, 100 * done / total - 15 * back);
			ProgressReport report = FACTORY.createProgressReport();
			report.setPeriod(periods.computeIfAbsent(month.toString().substring(0, 7), p -> p));
			report.setUnit(d.lead.organization);
			report.setSubmittedOn(dates.share(submitted));
			report.setPercentComplete(percent);
			report.setText(reportText(percent, d.lagging));
			issue.getProgressReports().add(report);
		}
	}

	private static String reportText(int percent, boolean lagging) {
		if (percent == 100) {
			return Texts.REPORT_DONE;
		}
		if (percent >= 60) {
			return Texts.REPORT_MOSTLY_DONE;
		}
		if (lagging) {
			return Texts.REPORT_BEHIND;
		}
		return percent > 0 ? Texts.REPORT_ON_SCHEDULE : Texts.REPORT_STARTING;
	}

	private void warnings(Issue issue, Draft d) {
		if (d.deadline == null && !d.lagging) {
			return;
		}
		boolean open = switch (d.status) {
			case PLANNED, RECTIFYING -> true;
			default -> false;
		};
		if (open) {
			if (d.deadline != null && d.deadline.isBefore(asOf)) {
				LocalDate raised = dates.plus(d.deadline, 1);
				warning(issue, WarningLevel.RED, Dates.min(raised, limit), Texts.WARNING_RED, false);
				problems.add(new Problem(issue, d.lead, raised, true));
			} else if (d.lagging) {
				LocalDate raised = firstMissed(issue, d);
				warning(issue, WarningLevel.YELLOW, raised, Texts.WARNING_YELLOW, false);
				problems.add(new Problem(issue, d.lead, raised, false));
			} else if (d.deadline != null && !d.deadline.isAfter(asOf.plusDays(15))) {
				LocalDate raised = Dates.max(d.received, dates.plus(d.deadline, -15));
				warning(issue, WarningLevel.BLUE, Dates.min(raised, limit), Texts.WARNING_BLUE, false);
			}
		} else if (claimed(d) && d.deadline != null && d.days[FINISH] > Dates.daysBetween(d.received, d.deadline)) {
			// finished, but late: the red warning it once had is resolved
			warning(issue, WarningLevel.RED, dates.plus(d.deadline, 1), Texts.WARNING_RED, true);
		}
	}

	/** The day after the first measure or stage goal that fell due unmet. */
	private LocalDate firstMissed(Issue issue, Draft d) {
		LocalDate first = limit;
		for (Measure measure : issue.getPlan().getMeasures()) {
			if (!measure.isDone() && measure.getDueDate().isBefore(first)) {
				first = measure.getDueDate();
			}
		}
		for (StageGoal goal : issue.getPlan().getStageGoals()) {
			if (!goal.isAchieved() && goal.getDueDate().isBefore(first)) {
				first = goal.getDueDate();
			}
		}
		return Dates.min(dates.plus(first, 1 + rng.nextInt(5)), limit);
	}

	private void warning(Issue issue, WarningLevel level, LocalDate raised, String reason, boolean resolved) {
		Warning warning = FACTORY.createWarning();
		warning.setLevel(level);
		warning.setRaisedOn(raised);
		warning.setReason(reason);
		warning.setResolved(resolved);
		issue.getWarnings().add(warning);
	}

	private void customValues(Issue issue, Draft d) {
		if (issue.getPlan() != null) {
			boolean costly = switch (d.category) {
				case WATER, AIR, SOIL, ECOLOGY, SOLID_WASTE -> true;
				default -> false;
			};
			if (rng.chance(costly ? 0.3 : 0.05)) {
				// 万元; feedback problems are city-scale projects, petition cases small fixes
				double amount = d.kind == IssueKind.FEEDBACK ? 50 + Math.pow(rng.nextDouble(), 3) * 5000
						: 0.5 + Math.pow(rng.nextDouble(), 3) * 200;
				String text = amount >= 100 ? Long.toString(Math.round(amount))
						: BigDecimal.valueOf(Math.round(amount * 10), 1).stripTrailingZeros().toPlainString();
				customValue(issue, investment, share(text));
			}
		}
		if (d.kind == IssueKind.ASSIGNED_CASE && d.status == IssueStatus.SIGNED_OFF && rng.chance(0.3)) {
			String choice = satisfaction.getChoices().get(rng.weighted(Texts.SATISFACTION_WEIGHTS));
			customValue(issue, satisfaction, choice);
		}
	}

	private static void customValue(Issue issue, CustomFieldDefinition field, String value) {
		CustomFieldValue customValue = FACTORY.createCustomFieldValue();
		customValue.setField(field);
		customValue.setValue(value);
		issue.getCustomValues().add(customValue);
	}

	private String note(Draft d) {
		return switch (d.status) {
			case RECEIVED -> Texts.NOTE_RECEIVED;
			case PLANNED -> Texts.NOTE_PLANNED;
			case RECTIFYING -> d.deadline != null && d.deadline.isBefore(asOf) ? Texts.NOTE_OVERDUE
					: d.rejected ? Texts.NOTE_REJECTED : d.lagging ? Texts.NOTE_LAGGING : Texts.NOTE_RECTIFYING;
			case REPORTED_DONE -> Texts.NOTE_REPORTED_DONE;
			case UNDER_REVIEW -> Texts.NOTE_UNDER_REVIEW;
			case SIGNED_OFF -> Texts.NOTE_SIGNED_OFF;
			case STAGE_DONE -> Texts.NOTE_STAGE_DONE;
			case REBOUND -> Texts.NOTE_REBOUND;
		};
	}

	private String share(String text) {
		return pool.computeIfAbsent(text, t -> t);
	}
}
