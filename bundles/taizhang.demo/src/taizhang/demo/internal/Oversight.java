package taizhang.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import taizhang.demo.internal.IssueWriter.Problem;
import taizhang.demo.internal.OrgChart.Unit;
import taizhang.model.Accountability;
import taizhang.model.Deduction;
import taizhang.model.Interview;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.ModelFactory;
import taizhang.model.SupervisionNotice;

/**
 * The office's reaction to overdue and lagging issues, following the rules in DOMAIN.md: supervision
 * notices to the units with the most problems, interviews with the heads of the worst, a few
 * accountability decisions, and points deducted in the annual assessment (2 per overdue issue, 1 per
 * two lagging ones).
 */
final class Oversight {

	private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

	private static final String[] INTERVIEW_OUTCOMES = { "被约谈单位作表态发言，承诺一个月内完成整改",
			"责令制定整改提升方案，限期报送整改情况", "约谈后纳入市级重点督办，每周报送整改进展" };
	private static final String[] ACCOUNTABILITY_MEASURES = { "对分管负责人进行诫勉谈话",
			"给予相关责任人政务警告处分", "对责任单位予以通报批评", "对主要负责人进行约谈提醒" };
	private static final int ISSUES_PER_NOTICE = 10;

	private final Ledger ledger;
	private final Rng rng;
	private final Ids ids;
	private final Dates dates;
	private final LocalDate asOf;
	private final LocalDate limit;

	Oversight(Ledger ledger, Rng rng, Ids ids, Dates dates, LocalDate asOf) {
		this.ledger = ledger;
		this.rng = rng;
		this.ids = ids;
		this.dates = dates;
		this.asOf = asOf;
		this.limit = dates.plus(asOf, -1);
	}

	private static final class Account {
		final Unit unit;
		final List<Problem> problems = new ArrayList<>();
		int overdue;
		LocalDate firstNotice;
		List<Issue> noticed = List.of();

		Account(Unit unit) {
			this.unit = unit;
		}
	}

	void write(List<Problem> problems, int issueCount) {
		Map<Unit, Account> byUnit = new LinkedHashMap<>();
		for (Problem problem : problems) {
			if (problem.since().isAfter(limit.minusDays(3))) {
				continue; // too fresh for the office to have acted on
			}
			Account account = byUnit.computeIfAbsent(problem.lead(), Account::new);
			account.problems.add(problem);
			if (problem.overdue()) {
				account.overdue++;
			}
		}
		List<Account> ranked = new ArrayList<>(byUnit.values());
		ranked.sort(Comparator.comparingInt((Account a) -> a.overdue).thenComparingInt(a -> a.problems.size())
				.reversed());
		for (Account account : ranked) {
			account.problems.sort(Comparator.comparing(Problem::since));
		}
		notices(ranked.subList(0, Math.min(ranked.size(), Math.min(60, 10 + issueCount / 2000))));
		List<Account> interviewed = interviews(
				ranked.subList(0, Math.min(ranked.size(), Math.min(10, 3 + issueCount / 20000))));
		accountabilities(interviewed.subList(0, Math.min(interviewed.size(), 2 + issueCount / 50000)));
		deductions(ranked.subList(0, Math.min(ranked.size(), Math.min(40, 10 + issueCount / 4000))));
	}

	private void notices(List<Account> accounts) {
		List<SupervisionNotice> notices = new ArrayList<>();
		for (Account account : accounts) {
			int count = account.problems.size() >= 2 * ISSUES_PER_NOTICE ? 2 : 1;
			for (int n = 0; n < count; n++) {
				List<Problem> chunk = account.problems.subList(n * ISSUES_PER_NOTICE,
						Math.min(account.problems.size(), (n + 1) * ISSUES_PER_NOTICE));
				LocalDate latest = chunk.get(chunk.size() - 1).since();
				LocalDate issued = Dates.min(dates.plus(latest, rng.between(3, 20)), limit);
				SupervisionNotice notice = FACTORY.createSupervisionNotice();
				notice.setId(ids.next('N'));
				notice.setIssuedOn(issued);
				notice.setUnit(account.unit.organization);
				List<Issue> issues = new ArrayList<>(chunk.size());
				boolean overdue = false;
				for (Problem problem : chunk) {
					issues.add(problem.issue());
					overdue |= problem.overdue();
				}
				notice.getIssues().addAll(issues);
				LocalDate newDeadline = dates.plus(issued, 15 * (2 + rng.nextInt(3)));
				notice.setNewDeadline(newDeadline);
				notice.setContent("你单位牵头整改的" + issues.size() + "个问题" + (overdue ? "已超过整改时限仍未完成" : "整改进度滞后")
						+ "，请于" + newDeadline.getYear() + "年" + newDeadline.getMonthValue() + "月"
						+ newDeadline.getDayOfMonth() + "日前完成整改，并将整改情况书面报送市督察整改办。");
				if (account.firstNotice == null) {
					account.firstNotice = issued;
					account.noticed = issues;
				}
				notices.add(notice);
			}
		}
		// numbered per year in the order issued: 江督改督〔2021〕7号
		notices.sort(Comparator.comparing(SupervisionNotice::getIssuedOn));
		Map<Integer, Integer> numbers = new TreeMap<>();
		for (SupervisionNotice notice : notices) {
			int year = notice.getIssuedOn().getYear();
			int number = numbers.merge(year, 1, Integer::sum);
			notice.setNumber("江督改督〔" + year + "〕" + number + "号");
			ledger.getSupervisionNotices().add(notice);
		}
	}

	private List<Account> interviews(List<Account> accounts) {
		List<Account> interviewed = new ArrayList<>();
		for (Account account : accounts) {
			if (account.overdue < 2 || account.firstNotice == null) {
				continue;
			}
			Interview interview = FACTORY.createInterview();
			interview.setId(ids.next('T'));
			interview.setDate(Dates.min(dates.plus(account.firstNotice, rng.between(15, 45)), limit));
			interview.setUnit(account.unit.organization);
			interview.setPerson(account.unit.head);
			interview.getIssues().addAll(account.noticed);
			interview.setOutcome(rng.pick(INTERVIEW_OUTCOMES));
			ledger.getInterviews().add(interview);
			interviewed.add(account);
			account.firstNotice = interview.getDate(); // accountability follows the interview
		}
		return interviewed;
	}

	private void accountabilities(List<Account> accounts) {
		for (Account account : accounts) {
			Accountability accountability = FACTORY.createAccountability();
			accountability.setId(ids.next('A'));
			accountability.setDecidedOn(Dates.min(dates.plus(account.firstNotice, rng.between(20, 60)), limit));
			accountability.setDecidedBy(Names.CITY + "纪委监委");
			accountability.getUnits().add(account.unit.organization);
			accountability.getPersons().add(account.unit.deputy(rng));
			accountability.getIssues().addAll(account.noticed);
			accountability.setMeasure(rng.pick(ACCOUNTABILITY_MEASURES));
			ledger.getAccountabilities().add(accountability);
		}
	}

	private static String deductionReason(int overdue, int lagging) {
		StringBuilder reason = new StringBuilder("年度目标考核：牵头整改问题");
		if (overdue > 0) {
			reason.append(overdue).append("个到期未完成");
		}
		if (lagging > 0) {
			reason.append(overdue > 0 ? "，" : "").append(lagging).append("个进度滞后");
		}
		return reason.toString();
	}

	private void deductions(List<Account> accounts) {
		for (Account account : accounts) {
			Map<Integer, List<Problem>> byYear = new TreeMap<>();
			for (Problem problem : account.problems) {
				byYear.computeIfAbsent(problem.since().getYear(), y -> new ArrayList<>()).add(problem);
			}
			for (Map.Entry<Integer, List<Problem>> entry : byYear.entrySet()) {
				// the annual assessment closes in late December
				LocalDate assessed = dates.share(LocalDate.of(entry.getKey(), 12, 25));
				if (!assessed.isBefore(asOf)) {
					continue;
				}
				int overdue = 0;
				int lagging = 0;
				Deduction deduction = FACTORY.createDeduction();
				for (Problem problem : entry.getValue()) {
					if (problem.overdue()) {
						overdue++;
					} else {
						lagging++;
					}
					deduction.getIssues().add(problem.issue());
				}
				double points = Math.min(10, 2 * overdue + lagging / 2);
				if (points == 0) {
					continue;
				}
				deduction.setId(ids.next('D'));
				deduction.setUnit(account.unit.organization);
				deduction.setYear(entry.getKey());
				deduction.setPoints(points);
				deduction.setDate(assessed);
				deduction.setReason(deductionReason(overdue, lagging));
				ledger.getDeductions().add(deduction);
			}
		}
	}
}
