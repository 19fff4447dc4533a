package taizhang.responsibility.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.ui.PlatformUI;

import taizhang.core.LedgerSession;
import taizhang.core.LedgerStoreException;
import taizhang.model.Issue;
import taizhang.model.IssueCategory;
import taizhang.model.IssueStatus;
import taizhang.model.Ledger;
import taizhang.model.Measure;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.model.PositionKind;
import taizhang.model.RectificationType;
import taizhang.model.RoundKind;
import taizhang.testing.IssueBuilder;
import taizhang.testing.LedgerBuilder;
import taizhang.ui.LedgerSessionService;

/**
 * A small city, valid against every constraint, opened in the workbench as a new ledger file: two
 * counties, a street under the first, a department, their heads and deputies with positions, and
 * three issues with lead and cooperating units, each cooperating unit carrying out a measure.
 */
final class Fixture {

	final LedgerBuilder builder = new LedgerBuilder();
	final Ledger ledger = builder.build();

	final Organization city = builder.city();
	final Organization east = builder.county("东湖区"); //$NON-NLS-1$
	final Organization west = builder.county("西山县"); //$NON-NLS-1$
	final Organization street = builder.township("湖滨街道", east); //$NON-NLS-1$
	final Organization bureau = builder.department("生态环境局"); //$NON-NLS-1$

	final Person mayor = person("王市长", "市长", city, PositionKind.FIRST_RESPONSIBLE_PERSON); //$NON-NLS-1$ //$NON-NLS-2$
	final Person eastHead = person("赵区长", "区长", east, PositionKind.FIRST_RESPONSIBLE_PERSON); //$NON-NLS-1$ //$NON-NLS-2$
	final Person eastDeputy = person("钱副区长", "副区长", east, PositionKind.LEADER_IN_CHARGE); //$NON-NLS-1$ //$NON-NLS-2$
	final Person eastLiaison = person("孙联络员", "联络员", east, PositionKind.LIAISON); //$NON-NLS-1$ //$NON-NLS-2$
	final Person westHead = person("周县长", "县长", west, PositionKind.FIRST_RESPONSIBLE_PERSON); //$NON-NLS-1$ //$NON-NLS-2$
	final Person westDeputy = person("吴副县长", "副县长", west, PositionKind.LEADER_IN_CHARGE); //$NON-NLS-1$ //$NON-NLS-2$
	final Person streetHead = person("郑主任", "街道办事处主任", street, PositionKind.FIRST_RESPONSIBLE_PERSON); //$NON-NLS-1$ //$NON-NLS-2$
	final Person bureauHead = person("冯局长", "局长", bureau, PositionKind.FIRST_RESPONSIBLE_PERSON); //$NON-NLS-1$ //$NON-NLS-2$

	/** Led by the east county, with the bureau and the street cooperating. */
	final Issue lake;
	/** Led by the west county, the bureau cooperating. */
	final Issue river;
	/** Led by the street, the east county cooperating. */
	final Issue dust;

	final LedgerSession session;

	Fixture() throws Exception {
		builder.round(RoundKind.CENTRAL, "2020年中央生态环境保护督察", LocalDate.of(2020, 9, 1)); //$NON-NLS-1$
		lake = issue("ZY2020-01", IssueCategory.WATER, east, eastDeputy, eastHead, bureau, street) //$NON-NLS-1$
				.description("东湖水质不达标").status(IssueStatus.RECTIFYING).get(); //$NON-NLS-1$
		river = issue("ZY2020-02", IssueCategory.WATER, west, westDeputy, westHead, bureau) //$NON-NLS-1$
				.description("西河沿岸垃圾堆放").status(IssueStatus.RECTIFYING).get(); //$NON-NLS-1$
		dust = issue("ZY2020-03", IssueCategory.DUST, street, streetHead, eastDeputy, east) //$NON-NLS-1$
				.description("湖滨工地扬尘").status(IssueStatus.RECTIFYING).get(); //$NON-NLS-1$
		session = open(ledger);
	}

	/** Opens {@code ledger} in the workbench as a new file under target/ledgers. */
	static LedgerSession open(Ledger ledger) throws LedgerStoreException, java.io.IOException {
		LedgerSessionService sessions = PlatformUI.getWorkbench().getService(LedgerSessionService.class);
		Path folder = Workbench.outputFolder().resolve("ledgers");
		Files.createDirectories(folder);
		Path file = folder.resolve("responsibility-" + System.nanoTime() + ".taizhang"); //$NON-NLS-1$ //$NON-NLS-2$
		return sessions.create(file, ledger);
	}

	/**
	 * An issue led by {@code lead} with its responsible person and leader in charge, the cooperating
	 * units each carrying out one measure, in a time-limited plan due at the end of 2099.
	 */
	private IssueBuilder issue(String caseNumber, IssueCategory category, Organization lead, Person responsible,
			Person leader, Organization... cooperating) {
		IssueBuilder issue = builder.issue(caseNumber).category(category).lead(lead, responsible).leaderInCharge(leader)
				.cooperating(cooperating).plan(RectificationType.TIME_LIMITED, LocalDate.of(2099, 12, 31))
				.target("整改到位") //$NON-NLS-1$
				.measure("牵头整改", LocalDate.of(2099, 6, 1)); //$NON-NLS-1$
		for (Organization unit : cooperating) {
			issue.measure("配合整改", LocalDate.of(2099, 5, 1)); //$NON-NLS-1$
			Measure measure = issue.get().getPlan().getMeasures().get(issue.get().getPlan().getMeasures().size() - 1);
			measure.setUnit(unit);
		}
		return issue;
	}

	private Person person(String name, String title, Organization unit, PositionKind position) {
		Person person = builder.person(name, title, unit);
		person.setPosition(position);
		return person;
	}
}
