package taizhang.demo.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

import taizhang.demo.internal.RoundLayout.Round;
import taizhang.model.CustomFieldDefinition;
import taizhang.model.CustomFieldType;
import taizhang.model.Issue;
import taizhang.model.IssueKind;
import taizhang.model.Ledger;
import taizhang.model.ModelFactory;

/** Puts a demo ledger together; one instance per generated ledger. */
public final class LedgerAssembly {

	private static final int PROGRESS_STEP = 1000;

	private final Rng rng;
	private final Ids ids;
	private final Dates dates;
	private final LocalDate asOf;

	public LedgerAssembly(long seed, LocalDate asOf) {
		this.rng = new Rng(seed);
		this.ids = new Ids(seed);
		this.dates = new Dates(asOf);
		this.asOf = dates.share(asOf);
	}

	public Ledger build(int issueCount, IntConsumer progress) {
		Ledger ledger = ModelFactory.eINSTANCE.createLedger();
		ledger.setId(ids.next('L'));
		ledger.setName(Names.CITY + "生态环境保护督察整改台账");
		ledger.setRegion(Names.CITY);

		OrgChart orgs = new OrgChart(ledger, ids, rng.fork());
		List<Round> rounds = RoundLayout.create(ledger, asOf, ids, dates);
		CustomFieldDefinition investment = field(ledger, "investment", "投资金额(万元)", CustomFieldType.NUMBER);
		CustomFieldDefinition satisfaction = field(ledger, "satisfaction", "是否群众满意", CustomFieldType.CHOICE);
		satisfaction.getChoices().addAll(List.of(Texts.SATISFACTION));

		IssueWriter writer = new IssueWriter(orgs, rng.fork(), ids, dates, asOf, rounds, investment, satisfaction);
		Rng arrivals = rng.fork();
		int[] counts = apportion(issueCount);
		int written = 0;
		for (Round round : rounds) {
			for (long arrival : arrivals(round, counts[round.index], arrivals)) {
				IssueKind kind = IssueKind.get((int) (arrival & 3));
				LocalDate received = dates.share(LocalDate.ofEpochDay(arrival >> 2));
				Issue issue = writer.write(round, kind, received);
				ledger.getIssues().add(issue);
				if (++written % PROGRESS_STEP == 0) {
					progress.accept(written);
				}
			}
		}
		new Oversight(ledger, rng.fork(), ids, dates, asOf).write(writer.problems, issueCount);
		orgs.addPartyCommittee();
		progress.accept(written);
		return ledger;
	}

	/**
	 * When the round's issues arrived, sorted, each as epoch day and kind packed in a long: petition
	 * cases are handed over during the visit, the written feedback comes some weeks after it.
	 */
	private long[] arrivals(Round round, int count, Rng random) {
		LocalDate limit = asOf.minusDays(1);
		long[] arrivals = new long[count];
		for (int i = 0; i < count; i++) {
			IssueKind kind = IssueKind.get(random.weighted(round.spec.kinds()));
			LocalDate received = switch (kind) {
				case FEEDBACK -> round.feedbackDate;
				case ASSIGNED_CASE -> round.start.plusDays(random.between(1, round.spec.days() + 3));
				default -> round.start.plusDays(random.nextInt(round.spec.days()));
			};
			received = Dates.min(received, limit);
			arrivals[i] = received.toEpochDay() << 2 | kind.getValue();
		}
		Arrays.sort(arrivals);
		return arrivals;
	}

	/** Splits {@code total} by the rounds' shares (largest remainder). */
	private static int[] apportion(int total) {
		RoundLayout.Spec[] specs = RoundLayout.SPECS;
		int[] counts = new int[specs.length];
		double[] remainders = new double[specs.length];
		int assigned = 0;
		for (int i = 0; i < specs.length; i++) {
			double exact = total * specs[i].share();
			counts[i] = (int) exact;
			remainders[i] = exact - counts[i];
			assigned += counts[i];
		}
		while (assigned < total) {
			int best = 0;
			for (int i = 1; i < specs.length; i++) {
				if (remainders[i] > remainders[best]) {
					best = i;
				}
			}
			counts[best]++;
			remainders[best] = -1;
			assigned++;
		}
		return counts;
	}

	private CustomFieldDefinition field(Ledger ledger, String key, String label, CustomFieldType type) {
		CustomFieldDefinition field = ModelFactory.eINSTANCE.createCustomFieldDefinition();
		field.setId(ids.next('F'));
		field.setKey(key);
		field.setLabel(label);
		field.setType(type);
		ledger.getCustomFields().add(field);
		return field;
	}
}
