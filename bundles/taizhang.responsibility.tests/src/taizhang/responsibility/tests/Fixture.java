package taizhang.responsibility.tests;

import java.time.LocalDate;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

import taizhang.model.Accountability;
import taizhang.model.Deduction;
import taizhang.model.Interview;
import taizhang.model.Issue;
import taizhang.model.IssueCategory;
import taizhang.model.IssueStatus;
import taizhang.model.Ledger;
import taizhang.model.Measure;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.model.PositionKind;
import taizhang.model.RectificationType;
import taizhang.model.ReviewDecision;
import taizhang.model.ReviewLevel;
import taizhang.model.RoundKind;
import taizhang.model.SupervisionNotice;
import taizhang.testing.IssueBuilder;
import taizhang.testing.LedgerBuilder;

/**
 * A small city with every kind of record that refers to a unit: two counties, a street under the
 * first, a department, their people with positions, three issues with lead and cooperating units and
 * measures carried out by the cooperating units, a rejected completion, and a notice, an interview,
 * a deduction and an accountability decision concerning the first county. Valid against every
 * built-in constraint.
 */
final class Fixture {

	static final LocalDate AS_OF = LocalDate.of(2021, 6, 30);

	final BasicCommandStack stack = new BasicCommandStack();
	final EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
	final LedgerBuilder builder = new LedgerBuilder();
	final Ledger ledger = builder.build();

	final Organization city = builder.city();
	final Organization east = builder.county("东湖区"); //$NON-NLS-1$
	final Organization west = builder.county("西山县"); //$NON-NLS-1$
	final Organization street = builder.township("湖滨街道", east); //$NON-NLS-1$
	final Organization bureau = builder.department("生态环境局"); //$NON-NLS-1$

	final Person mayor = person("王市长", "市长", city, PositionKind.FIRST_RESPONSIBLE_PERSON, "13900000001"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	final Person viceMayor = person("李副市长", "副市长", city, PositionKind.CONTACT_LEADER, "13900000002"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	final Person eastHead = person("赵区长", "区长", east, PositionKind.FIRST_RESPONSIBLE_PERSON, "13900000003"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	final Person eastDeputy = person("钱副区长", "副区长", east, PositionKind.LEADER_IN_CHARGE, "13900000004"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	final Person eastLiaison = person("孙联络员", "联络员", east, PositionKind.LIAISON, "13900000005"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	final Person westHead = person("周县长", "县长", west, PositionKind.FIRST_RESPONSIBLE_PERSON, "13900000006"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	final Person westDeputy = person("吴副县长", "副县长", west, PositionKind.LEADER_IN_CHARGE, "13900000007"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	final Person streetHead = person("郑主任", "街道办事处主任", street, PositionKind.FIRST_RESPONSIBLE_PERSON, "13900000008"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	final Person bureauHead = person("冯局长", "局长", bureau, PositionKind.FIRST_RESPONSIBLE_PERSON, "13900000009"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** Led by the east county, with the bureau and the street cooperating; rejected once; overdue. */
	final Issue lake;
	/** Led by the west county, the bureau cooperating; done. */
	final Issue river;
	/** Led by the street, the east county cooperating; open. */
	final Issue dust;

	final SupervisionNotice notice;
	final Interview interview;
	final Deduction deduction;
	final Accountability accountability;

	Fixture() {
		builder.round(RoundKind.CENTRAL, "2020年中央生态环境保护督察", LocalDate.of(2020, 9, 1)); //$NON-NLS-1$
		lake = issue("ZY2020-01", IssueCategory.WATER, east, eastDeputy, eastHead, bureau, street) //$NON-NLS-1$
				.moveTo(IssueStatus.PLANNED, LocalDate.of(2020, 9, 20))
				.moveTo(IssueStatus.RECTIFYING, LocalDate.of(2020, 10, 1))
				.moveTo(IssueStatus.REPORTED_DONE, LocalDate.of(2021, 3, 1))
				.moveTo(IssueStatus.UNDER_REVIEW, LocalDate.of(2021, 3, 5))
				.review(ReviewLevel.CITY_ACCEPTANCE, ReviewDecision.REJECTED, LocalDate.of(2021, 3, 20), mayor, "水质未达标") //$NON-NLS-1$
				.moveTo(IssueStatus.RECTIFYING, LocalDate.of(2021, 3, 21))
				.progressReport("2021-05", LocalDate.of(2021, 5, 20), 80) //$NON-NLS-1$
				.get();
		river = issue("ZY2020-02", IssueCategory.WATER, west, westDeputy, westHead, bureau) //$NON-NLS-1$
				.status(IssueStatus.SIGNED_OFF).get();
		dust = issue("ZY2020-03", IssueCategory.DUST, street, streetHead, eastDeputy, east) //$NON-NLS-1$
				.status(IssueStatus.RECTIFYING).get();
		dust.getPlan().setDeadline(LocalDate.of(2021, 12, 31));

		notice = builder.supervisionNotice("督办〔2021〕1号", LocalDate.of(2021, 4, 1), east, LocalDate.of(2021, 6, 1), lake); //$NON-NLS-1$
		interview = builder.interview(LocalDate.of(2021, 5, 1), east, eastHead, lake);
		deduction = builder.deduction(east, LocalDate.of(2021, 5, 1), 2.0, lake);
		accountability = builder.accountability(LocalDate.of(2021, 6, 1), "诫勉谈话", east, eastDeputy, lake); //$NON-NLS-1$
		accountability.getUnits().add(bureau);
	}

	/**
	 * An issue led by {@code lead} with its responsible person and leader in charge, the cooperating
	 * units each carrying out one measure, in a time-limited plan due 2021-03-31.
	 */
	private IssueBuilder issue(String caseNumber, IssueCategory category, Organization lead, Person responsible,
			Person leader, Organization... cooperating) {
		IssueBuilder issue = builder.issue(caseNumber).category(category).lead(lead, responsible).leaderInCharge(leader)
				.cooperating(cooperating).plan(RectificationType.TIME_LIMITED, LocalDate.of(2021, 3, 31))
				.target("整改到位") //$NON-NLS-1$
				.measure("牵头整改", LocalDate.of(2021, 3, 1)); //$NON-NLS-1$
		for (Organization unit : cooperating) {
			issue.measure("配合整改", LocalDate.of(2021, 2, 1)); //$NON-NLS-1$
			Measure measure = issue.get().getPlan().getMeasures().get(issue.get().getPlan().getMeasures().size() - 1);
			measure.setUnit(unit);
		}
		return issue;
	}

	private Person person(String name, String title, Organization unit, PositionKind position, String phone) {
		Person person = builder.person(name, title, unit);
		person.setPosition(position);
		person.setPhone(phone);
		return person;
	}

	/** Executes {@code command} on the stack, failing if it cannot execute. */
	void execute(Command command) {
		if (!command.canExecute()) {
			throw new AssertionError("cannot execute " + command.getLabel()); //$NON-NLS-1$
		}
		stack.execute(command);
	}
}
