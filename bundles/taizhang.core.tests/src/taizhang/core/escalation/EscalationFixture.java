package taizhang.core.escalation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

import taizhang.core.escalation.internal.RedWarningRule;
import taizhang.core.escalation.internal.YellowWarningsRule;
import taizhang.model.Issue;
import taizhang.model.IssueStatus;
import taizhang.model.Organization;
import taizhang.model.Person;
import taizhang.model.RectificationType;
import taizhang.testing.IssueBuilder;
import taizhang.testing.LedgerBuilder;

/**
 * A small ledger with two counties, and issues that are YELLOW (a measure due 1 March not done) or
 * RED (deadline 1 May passed) as of {@link #AS_OF}.
 */
class EscalationFixture {

	static final LocalDate RECEIVED = LocalDate.of(2020, 1, 1);
	static final LocalDate AS_OF = LocalDate.of(2020, 6, 1);

	final LedgerBuilder builder = new LedgerBuilder();
	final Organization minghu = builder.county("明湖区");
	final Person minghuDeputy = builder.person("张伟", "副区长", minghu);
	final Organization qingshan = builder.county("青山县");
	final Person qingshanDeputy = builder.person("李娜", "副县长", qingshan);
	final BasicCommandStack stack = new BasicCommandStack();
	final EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
	final EscalationService service = new EscalationService(List.of(new YellowWarningsRule(), new RedWarningRule()));
	private int cases;

	private IssueBuilder rectifying(Organization unit, LocalDate deadline) {
		Person person = unit == minghu ? minghuDeputy : qingshanDeputy;
		return builder.issue("JZ-" + ++cases).received(RECEIVED).lead(unit, person)
				.plan(RectificationType.TIME_LIMITED, deadline).status(IssueStatus.RECTIFYING);
	}

	/** An issue of {@code unit} that lags on {@link #AS_OF}: a measure was due on 1 March. */
	Issue yellow(Organization unit) {
		return rectifying(unit, LocalDate.of(2020, 12, 31)).measure("截污纳管", LocalDate.of(2020, 3, 1)).get();
	}

	/** An issue of {@code unit} overdue on {@link #AS_OF}: its deadline was 1 May. */
	Issue red(Organization unit) {
		return rectifying(unit, LocalDate.of(2020, 5, 1)).get();
	}

	/** An issue of {@code unit} on schedule on {@link #AS_OF}. */
	Issue onSchedule(Organization unit) {
		return rectifying(unit, LocalDate.of(2020, 12, 31)).get();
	}

	List<Proposal> propose() {
		return service.propose(builder.build(), AS_OF, Locale.CHINESE);
	}

	/** Runs the rules and adds what they propose through the command stack. */
	ProposeCommand proposeAndAdd() {
		ProposeCommand command = service.proposeCommand(domain, builder.build(), AS_OF, Locale.CHINESE);
		stack.execute(command);
		return command;
	}
}
