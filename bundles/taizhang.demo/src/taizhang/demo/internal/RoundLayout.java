package taizhang.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import taizhang.model.InspectionRound;
import taizhang.model.IssueKind;
import taizhang.model.IssueStatus;
import taizhang.model.Ledger;
import taizhang.model.ModelFactory;
import taizhang.model.RoundKind;

/**
 * The inspection rounds of the demo ledger, dated back from the as-of day: with an as-of day in late
 * 2021 the central inspection falls in 2017, its look-back in 2018, the provincial inspection in 2019
 * and its look-back in 2020, as in the speeches this project starts from. Older rounds are mostly
 * signed off, the latest ones are still being worked on.
 */
final class RoundLayout {

	/** The first four rounds are the early ones, whose signed-off cases later complaints may reopen. */
	private static final int EARLY_ROUNDS = 4;

	/** The final statuses a round's weights refer to, in order. */
	static final IssueStatus[] STATUSES = { IssueStatus.RECEIVED, IssueStatus.PLANNED, IssueStatus.RECTIFYING,
			IssueStatus.REPORTED_DONE, IssueStatus.UNDER_REVIEW, IssueStatus.SIGNED_OFF };

	/**
	 * One round's shape.
	 *
	 * @param daysBefore  start of the visit, in days before the as-of day
	 * @param share       share of all issues
	 * @param kinds       weights of FEEDBACK, ASSIGNED_CASE, SELF_FOUND
	 * @param statuses    weights of the final status, see {@link RoundLayout#STATUSES}
	 * @param feedbackLag days from the end of the visit to the written feedback (反馈意见)
	 * @param rejections  share of completions the reviewers rejected at least once
	 * @param code        case-number prefix: ZY 中央, ZYHT 中央回头看, SJ 省级, SJHT 省级回头看, SZX 市专项, ZC 自查
	 * @param batch       the batch (批次), or null for the quarter of a self-check
	 * @param group       the inspection group, or who runs a self-check
	 */
	record Spec(RoundKind kind, int daysBefore, int days, double share, double[] kinds, double[] statuses,
			int feedbackLag, double rejections, String code, String batch, String group) {
	}

	static final Spec[] SPECS = { //
			new Spec(RoundKind.CENTRAL, 1700, 30, 0.17, new double[] { 8, 92, 0 },
					new double[] { 0, 0, 4, 0.5, 1, 94.5 }, 60, 0.05, "ZY", "第三批", "中央第五环境保护督察组"),
			new Spec(RoundKind.CENTRAL_LOOKBACK, 1290, 30, 0.13, new double[] { 10, 90, 0 },
					new double[] { 0, 0, 7, 1, 2, 90 }, 60, 0.08, "ZYHT", "第一批", "中央第二生态环境保护督察组"),
			new Spec(RoundKind.PROVINCIAL, 1000, 30, 0.14, new double[] { 10, 90, 0 },
					new double[] { 0, 0, 11, 1, 3, 85 }, 50, 0.08, "SJ", "第二批", "省委第三环境保护督察组"),
			new Spec(RoundKind.PROVINCIAL_LOOKBACK, 620, 25, 0.11, new double[] { 12, 88, 0 },
					new double[] { 0, 0.5, 16, 2, 4, 77.5 }, 45, 0.08, "SJHT", "第一批", "省第二生态环境保护督察组"),
			new Spec(RoundKind.CENTRAL, 330, 30, 0.15, new double[] { 7, 93, 0 },
					new double[] { 0, 2, 38, 5, 7, 48 }, 60, 0.06, "ZY", "第二轮第三批", "中央第七生态环境保护督察组"),
			new Spec(RoundKind.CITY_SPECIAL, 190, 20, 0.10, new double[] { 45, 55, 0 },
					new double[] { 1, 5, 48, 7, 8, 31 }, 15, 0.06, "SZX", "第1期", Names.CITY + "生态环境保护督察组"),
			new Spec(RoundKind.SELF_CHECK, 120, 45, 0.12, new double[] { 0, 0, 1 },
					new double[] { 2, 8, 50, 7, 6, 27 }, 0, 0.04, "ZC", null, "市督察整改办"),
			new Spec(RoundKind.SELF_CHECK, 35, 28, 0.08, new double[] { 0, 0, 1 },
					new double[] { 15, 30, 40, 5, 3, 7 }, 0, 0.02, "ZC", null, "市督察整改办"), //
	};

	/** A round as laid out for one as-of day, with its case-number counters. */
	static final class Round {
		final int index;
		final Spec spec;
		final InspectionRound round;
		final LocalDate start;
		final LocalDate end;
		final LocalDate feedbackDate;
		final String prefix;
		private int cases;
		private int feedback;

		Round(int index, Spec spec, InspectionRound round, LocalDate start, LocalDate end, LocalDate feedbackDate) {
			this.index = index;
			this.spec = spec;
			this.round = round;
			this.start = start;
			this.end = end;
			this.feedbackDate = feedbackDate;
			this.prefix = spec.code() + start.getYear();
		}

		/** The next 交办编号 of this round: ZY2017-03-0125 (batch 3, case 125), ZY2017-FK-012, ZC2021Q3-0042. */
		String nextCaseNumber(IssueKind kind, LocalDate received) {
			return switch (kind) {
				case FEEDBACK -> prefix + "-FK-" + digits(++feedback, 3);
				case ASSIGNED_CASE -> prefix + '-' + digits(Dates.daysBetween(start, received) / 2 + 1, 2) + '-'
						+ digits(++cases, 4);
				default -> prefix + 'Q' + (start.getMonthValue() + 2) / 3 + '-' + digits(++cases, 4);
			};
		}

		/** {@code value} with leading zeros to {@code width} digits (String.format is slow for 100,000 calls). */
		private static String digits(int value, int width) {
			String text = Integer.toString(value);
			return text.length() >= width ? text : "0000".substring(0, width - text.length()) + text;
		}

		/** One of the four early rounds (central, its look-back, provincial, its look-back). */
		boolean isEarly() {
			return index < EARLY_ROUNDS;
		}
	}

	static List<Round> create(Ledger ledger, LocalDate asOf, Ids ids, Dates dates) {
		List<Round> rounds = new ArrayList<>(SPECS.length);
		for (int i = 0; i < SPECS.length; i++) {
			Spec spec = SPECS[i];
			LocalDate start = dates.plus(asOf, -spec.daysBefore());
			LocalDate end = dates.plus(start, spec.days() - 1);
			InspectionRound round = ModelFactory.eINSTANCE.createInspectionRound();
			round.setId(ids.next('R'));
			round.setKind(spec.kind());
			round.setName(name(spec, start));
			round.setBatchNumber(spec.batch() != null ? spec.batch()
					: start.getYear() + "-Q" + ((start.getMonthValue() + 2) / 3));
			round.setStartDate(start);
			round.setEndDate(end);
			round.setInspectionGroup(spec.group());
			ledger.getRounds().add(round);
			rounds.add(new Round(i, spec, round, start, end, dates.plus(end, spec.feedbackLag())));
		}
		return rounds;
	}

	private static String name(Spec spec, LocalDate start) {
		int year = start.getYear();
		return switch (spec.kind()) {
			case CENTRAL -> spec.batch().startsWith("第二轮") ? "第二轮中央生态环境保护督察（" + year + "年）"
					: year + "年中央环境保护督察";
			case CENTRAL_LOOKBACK -> year + "年中央环境保护督察“回头看”";
			case PROVINCIAL -> year + "年省级环境保护督察";
			case PROVINCIAL_LOOKBACK -> year + "年省级环境保护督察“回头看”";
			case CITY_SPECIAL -> year + "年" + Names.CITY + "生态环境保护专项督察";
			case SELF_CHECK -> year + "年第" + "一二三四".charAt((start.getMonthValue() - 1) / 3)
					+ "季度环境问题自检自查";
		};
	}
}
