package taizhang.responsibility.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

import taizhang.model.AssignmentRole;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.Measure;
import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.OrganizationKind;
import taizhang.model.Person;
import taizhang.model.PositionKind;
import taizhang.responsibility.AssignCommand;
import taizhang.responsibility.CreateUnitCommand;
import taizhang.responsibility.MovePersonCommand;
import taizhang.responsibility.MoveUnitCommand;
import taizhang.responsibility.RenameUnitCommand;
import taizhang.responsibility.RetireUnitCommand;
import taizhang.responsibility.SplitUnitCommand;
import taizhang.responsibility.validation.Constraints;
import taizhang.responsibility.validation.LiveValidation;
import taizhang.responsibility.validation.Problem;
import taizhang.responsibility.validation.ProblemFinder;
import taizhang.testing.SampleLedgers;

/**
 * After every one of many random edits of a generated ledger (the responsibility commands, raw
 * EMF.Edit commands that bypass their checks, cycles, removals that leave references dangling, undo
 * and redo), the problems live validation keeps are exactly those a full validation finds.
 */
class IncrementalEqualsFullTest {

	private static final int EDITS = 300;

	private final Ledger ledger = SampleLedgers.fresh(120);
	private final BasicCommandStack stack = new BasicCommandStack();
	private final EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
	private final Random random = new Random(20170406L);
	private final Map<EObject, Integer> numbers = new IdentityHashMap<>();

	/** Problems as comparable text: constraint, code, severity, the objects by number, the feature, the message. */
	private List<String> keys(List<Problem> problems) {
		List<String> keys = new ArrayList<>();
		for (Problem p : problems) {
			keys.add(p.constraintId() + '|' + p.code() + '|' + p.severity() + '|' + number(p.target()) + '|'
					+ number(p.object()) + '|' + (p.feature() == null ? "" : p.feature().getName()) + '|' //$NON-NLS-1$
					+ p.message(Locale.CHINESE));
		}
		keys.sort(null);
		return keys;
	}

	private static List<String> minus(List<String> from, List<String> without) {
		List<String> rest = new ArrayList<>(from);
		without.forEach(rest::remove);
		return rest;
	}

	private int number(EObject object) {
		return numbers.computeIfAbsent(object, o -> numbers.size());
	}

	@Test
	void incrementalResultsEqualAFullValidationAfterRandomEdits() {
		// in a resource, so that EMF's check of dangling references applies
		new ResourceImpl(URI.createURI("memory:/ledger")).getContents().add(ledger); //$NON-NLS-1$
		LiveValidation live = new LiveValidation(ledger, Constraints.builtIn(), Locale.CHINESE);
		live.attach(stack);
		int executed = 0;
		int incremental = 0;
		for (int step = 0; step < EDITS; step++) {
			int kind = random.nextInt(22);
			if (kind == 20 && stack.canUndo()) {
				stack.undo();
			} else if (kind == 21 && stack.canRedo()) {
				stack.redo();
			} else {
				Command command = edit(kind);
				if (command == null || !command.canExecute()) {
					continue;
				}
				stack.execute(command);
				executed++;
			}
			if (!live.lastRun().full()) {
				incremental++;
			}
			List<String> full = keys(new ProblemFinder(ledger, Constraints.builtIn(), Locale.CHINESE).checkAll());
			List<String> kept = keys(live.problems());
			if (!full.equals(kept)) {
				// only the difference: the lists run to hundreds of problems
				assertEquals(minus(full, kept), minus(kept, full), "missed (expected) and stale (actual) after step " //$NON-NLS-1$
						+ step + ", kind " + kind); //$NON-NLS-1$
			}
		}
		assertTrue(executed > EDITS / 2, "executed " + executed); //$NON-NLS-1$
		assertTrue(incremental > EDITS / 2, "incremental " + incremental); //$NON-NLS-1$
		live.close();
	}

	private Command edit(int kind) {
		List<Issue> issues = ledger.getIssues();
		if (issues.isEmpty()) {
			return null;
		}
		return switch (kind) {
			case 0 -> AssignCommand.assign(domain, some(issues), AssignmentRole.RESPONSIBLE_PERSON, person());
			case 1 -> AssignCommand.assign(domain, some(issues), AssignmentRole.LEAD_UNIT, unit());
			case 2 -> AssignCommand.assign(domain, some(issues), AssignmentRole.COOPERATING_UNIT, unit());
			case 3 -> AssignCommand.assign(domain, some(issues), AssignmentRole.LEADER_IN_CHARGE, person());
			case 4 -> AssignCommand.setUnitRole(domain, pick(issues), unit(),
					random.nextBoolean() ? null : AssignmentRole.COOPERATING_UNIT);
			case 5 -> SetCommand.create(domain, person(), ModelPackage.Literals.PERSON__POSITION,
					PositionKind.values()[random.nextInt(PositionKind.values().length)]);
			case 6 -> SetCommand.create(domain, person(), ModelPackage.Literals.PERSON__ORGANIZATION, unit());
			case 7 -> new MoveUnitCommand(domain, unit(), unit());
			case 8 -> SetCommand.create(domain, unit(), ModelPackage.Literals.ORGANIZATION__PARENT, unit()); // cycles too
			case 9 -> new RenameUnitCommand(domain, unit(), "单位" + random.nextInt(1000), null); //$NON-NLS-1$
			case 10 -> measureUnit(pick(issues));
			case 11 -> RetireUnitCommand.merge(domain, ledger, unit(), unit(), LocalDate.of(2021, 6, 1));
			case 12 -> split();
			case 13 -> new CreateUnitCommand(domain, ledger, "新单位" + random.nextInt(1000), OrganizationKind.COUNTY_DISTRICT, //$NON-NLS-1$
					random.nextBoolean() ? null : unit());
			case 14 -> RemoveCommand.create(domain, ledger, ModelPackage.Literals.LEDGER__ISSUES, pick(issues));
			case 15 -> RemoveCommand.create(domain, ledger, ModelPackage.Literals.LEDGER__PERSONS, person());
			case 16 -> SetCommand.create(domain, unit(), ModelPackage.Literals.ORGANIZATION__KIND,
					random.nextBoolean() ? OrganizationKind.COUNTY_DISTRICT : OrganizationKind.DEPARTMENT);
			case 17 -> SetCommand.create(domain, unit(), ModelPackage.Literals.ORGANIZATION__RETIRED, Boolean.TRUE);
			case 18 -> new MovePersonCommand(domain, ledger, person(), unit(),
					MovePersonCommand.Handling.values()[random.nextInt(3)], person());
			default -> SetCommand.create(domain, pick(issues).getAssignments().isEmpty() ? null : pick(issues),
					ModelPackage.Literals.ISSUE__REGION, unit());
		};
	}

	private Command measureUnit(Issue issue) {
		if (issue.getPlan() == null || issue.getPlan().getMeasures().isEmpty()) {
			return null;
		}
		Measure measure = pick(issue.getPlan().getMeasures());
		return SetCommand.create(domain, measure, ModelPackage.Literals.MEASURE__UNIT, random.nextBoolean() ? null : unit());
	}

	private Command split() {
		Organization source = unit();
		List<Person> people = ledger.getPersons().stream().filter(p -> p.getOrganization() == source).limit(1).toList();
		List<Issue> issues = ledger.getIssues().stream()
				.filter(i -> i.getAssignments().stream().anyMatch(a -> a.getOrganization() == source)).limit(3).toList();
		return new SplitUnitCommand(domain, ledger, source, "拆分单位", people, issues, List.of()); //$NON-NLS-1$
	}

	private List<Issue> some(List<Issue> issues) {
		List<Issue> chosen = new ArrayList<>();
		for (int i = 1 + random.nextInt(5); i > 0; i--) {
			Issue issue = pick(issues);
			if (!chosen.contains(issue)) {
				chosen.add(issue);
			}
		}
		return chosen;
	}

	private Organization unit() {
		return pick(ledger.getOrganizations());
	}

	private Person person() {
		return pick(ledger.getPersons());
	}

	private <T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}
}
