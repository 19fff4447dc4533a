package taizhang.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import taizhang.core.LedgerSession;
import taizhang.core.LedgerStoreException;
import taizhang.core.issues.IssueFacts;
import taizhang.model.AssignmentRole;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.ModelPackage;
import taizhang.model.Organization;
import taizhang.model.OrganizationKind;
import taizhang.model.Person;
import taizhang.model.PositionKind;
import taizhang.model.RectificationPlan;
import taizhang.responsibility.AssignCommand;
import taizhang.responsibility.MoveUnitCommand;
import taizhang.responsibility.RenameUnitCommand;
import taizhang.responsibility.validation.Constraints;
import taizhang.responsibility.validation.LiveValidation;
import taizhang.responsibility.validation.Problem;
import taizhang.responsibility.validation.ProblemFinder;

/**
 * {@code taizhang bench validate FILE [--edits N]}: how long validating the whole ledger against
 * every constraint takes, and how long live validation takes to bring its problems up to date after
 * one edit. Edits a copy beside the file, through the session's command stack as the workbench does,
 * in turn: an issue's responsible person, its lead unit, the unit of a measure, a progress note, a
 * person's position, a unit's name and a township's parent. Prints figures against the target; it
 * asserts nothing.
 */
final class ValidateBenchmark {

	static final long INCREMENTAL_TARGET_NANOS = 50_000_000L;

	/** The kinds of edit, in the order they take turns. */
	private static final String[] KINDS = { "responsible", "lead", "measure", "note", "position", "name", "parent" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	private final CommandContext context;
	private final Messages messages;
	private final PrintStream out;
	private final Random random = new Random(20170406L);

	ValidateBenchmark(CommandContext context) {
		this.context = context;
		this.messages = context.messages();
		this.out = context.out();
	}

	void run(Path file, int edits) throws CliException {
		out.println(messages.get("bench.header", file, Runtime.version().toString(), //$NON-NLS-1$
				String.valueOf(Runtime.getRuntime().availableProcessors()),
				Format.megabytes(Runtime.getRuntime().maxMemory())));
		// Edits go to a copy beside the file (same disk), so the user's ledger is never touched.
		try (ScratchDirectory scratch = ScratchDirectory.beside(file, ".taizhang-bench-"); //$NON-NLS-1$
				Constraints constraints = constraints()) {
			Path copy = scratch.resolve(file.getFileName().toString());
			Files.copy(file, copy);
			try (LedgerSession session = context.store().open(copy, false)) {
				bench(session, constraints, edits);
			}
		} catch (IOException e) {
			throw CliException.file(messages.get("bench.error.copy", file, e.getMessage()), e); //$NON-NLS-1$
		} catch (LedgerStoreException e) {
			throw CliCommand.storeError(e);
		}
	}

	/** The constraints contributed under OSGi, the built-in ones elsewhere. */
	private static Constraints constraints() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		return registry != null ? Constraints.fromRegistry(registry) : Constraints.builtIn();
	}

	private void bench(LedgerSession session, Constraints constraints, int edits) {
		Ledger ledger = session.ledger();
		EditingDomain domain = session.editingDomain();
		CommandStack stack = domain.getCommandStack();
		Locale locale = messages.locale();
		LiveValidation live = new LiveValidation(ledger, constraints, locale);
		live.attach(stack);
		long firstFull = live.lastRun().nanos();
		int objects = live.lastRun().checked();
		live.validateAll();
		long secondFull = live.lastRun().nanos();
		int problemsBefore = live.problems().size();

		Map<String, List<Long>> times = new LinkedHashMap<>();
		List<Long> all = new ArrayList<>();
		int executed = 0;
		try {
			for (int i = 0; executed < edits && i < edits * 4; i++) {
				String kind = KINDS[i % KINDS.length];
				Command edit = edit(kind, ledger, domain, i);
				if (edit == null || !edit.canExecute()) {
					continue;
				}
				stack.execute(edit);
				executed++;
				if (!live.lastRun().full()) {
					times.computeIfAbsent(kind, k -> new ArrayList<>()).add(live.lastRun().nanos());
					all.add(live.lastRun().nanos());
				}
			}
			boolean consistent = sameProblems(live, new ProblemFinder(ledger, constraints, locale).checkAll());
			report(ledger, objects, firstFull, secondFull, problemsBefore, live, times, all, consistent);
		} finally {
			live.close();
			for (int i = 0; i < executed && stack.canUndo(); i++) {
				stack.undo();
			}
		}
	}

	/** One single edit of the given kind, of objects spread over the ledger. */
	private Command edit(String kind, Ledger ledger, EditingDomain domain, int i) {
		List<Issue> issues = ledger.getIssues();
		List<Person> people = ledger.getPersons();
		List<Organization> units = ledger.getOrganizations();
		if (issues.isEmpty() || people.isEmpty() || units.isEmpty()) {
			return null;
		}
		Issue issue = issues.get(random.nextInt(issues.size()));
		return switch (kind) {
			case "responsible" -> AssignCommand.assign(domain, List.of(issue), AssignmentRole.RESPONSIBLE_PERSON, //$NON-NLS-1$
					people.get(random.nextInt(people.size())));
			case "lead" -> AssignCommand.assign(domain, List.of(issue), AssignmentRole.LEAD_UNIT, //$NON-NLS-1$
					units.get(random.nextInt(units.size())));
			case "measure" -> { //$NON-NLS-1$
				RectificationPlan plan = issue.getPlan();
				yield plan == null || plan.getMeasures().isEmpty() ? null
						: SetCommand.create(domain, plan.getMeasures().get(random.nextInt(plan.getMeasures().size())),
								ModelPackage.Literals.MEASURE__UNIT, IssueFacts.cooperatingUnits(issue).isEmpty() ? null
										: IssueFacts.cooperatingUnits(issue).get(0));
			}
			case "note" -> SetCommand.create(domain, issue, ModelPackage.Literals.ISSUE__PROGRESS_NOTE, "bench " + i); //$NON-NLS-1$ //$NON-NLS-2$
			case "position" -> SetCommand.create(domain, people.get(random.nextInt(people.size())), //$NON-NLS-1$
					ModelPackage.Literals.PERSON__POSITION,
					PositionKind.values()[random.nextInt(PositionKind.values().length)]);
			case "name" -> { //$NON-NLS-1$
				Organization unit = units.get(random.nextInt(units.size()));
				yield new RenameUnitCommand(domain, unit, unit.getName() + "·", null); //$NON-NLS-1$
			}
			default -> moveTownship(units, domain);
		};
	}

	/** A township or street put under another county or district. */
	private Command moveTownship(List<Organization> units, EditingDomain domain) {
		List<Organization> townships = units.stream().filter(u -> u.getKind() == OrganizationKind.TOWNSHIP_STREET).toList();
		List<Organization> counties = units.stream().filter(u -> u.getKind() == OrganizationKind.COUNTY_DISTRICT).toList();
		if (townships.isEmpty() || counties.isEmpty()) {
			return null;
		}
		return new MoveUnitCommand(domain, townships.get(random.nextInt(townships.size())),
				counties.get(random.nextInt(counties.size())));
	}

	/** Whether the live problems are those of a full validation (compared by what and where). */
	private static boolean sameProblems(LiveValidation live, List<Problem> full) {
		List<Problem> kept = live.problems();
		if (kept.size() != full.size()) {
			return false;
		}
		List<Problem> unmatched = new ArrayList<>(full);
		for (Problem problem : kept) {
			if (!unmatched.removeIf(other -> other.sameAs(problem))) {
				return false;
			}
		}
		return unmatched.isEmpty();
	}

	private void report(Ledger ledger, int objects, long firstFull, long secondFull, int problemsBefore,
			LiveValidation live, Map<String, List<Long>> times, List<Long> all, boolean consistent) {
		out.println(messages.get("bench.validateLoaded", String.valueOf(ledger.getIssues().size()), //$NON-NLS-1$
				String.valueOf(objects), String.valueOf(problemsBefore)));
		out.println();
		TextTable table = new TextTable(TextTable.Align.LEFT, TextTable.Align.RIGHT, TextTable.Align.RIGHT,
				TextTable.Align.RIGHT, TextTable.Align.LEFT, TextTable.Align.LEFT);
		table.header(messages.get("bench.column.figure"), messages.get("bench.column.median"), //$NON-NLS-1$ //$NON-NLS-2$
				messages.get("bench.column.p90"), messages.get("bench.column.max"), //$NON-NLS-1$ //$NON-NLS-2$
				messages.get("bench.column.target"), messages.get("bench.column.verdict")); //$NON-NLS-1$ //$NON-NLS-2$
		table.row(messages.get("bench.validateFullFirst"), Format.millis(firstFull), "", "", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		table.row(messages.get("bench.validateFullAgain"), Format.millis(secondFull), "", "", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		long[] overall = array(all);
		long median = BenchCommand.median(overall);
		table.row(messages.get("bench.validateIncremental", String.valueOf(overall.length)), Format.millis(median), //$NON-NLS-1$
				Format.millis(percentile(overall, 90)), Format.millis(max(overall)), "< 50 ms", //$NON-NLS-1$
				messages.get(median < INCREMENTAL_TARGET_NANOS ? "bench.met" : "bench.missed")); //$NON-NLS-1$ //$NON-NLS-2$
		times.forEach((kind, list) -> {
			long[] values = array(list);
			table.row(messages.get("bench.validateKind." + kind, String.valueOf(values.length)), //$NON-NLS-1$
					Format.millis(BenchCommand.median(values)), Format.millis(percentile(values, 90)),
					Format.millis(max(values)), "", ""); //$NON-NLS-1$ //$NON-NLS-2$
		});
		table.print(out);
		out.println();
		out.println(messages.get(consistent ? "bench.validateConsistent" : "bench.validateInconsistent", //$NON-NLS-1$ //$NON-NLS-2$
				String.valueOf(live.problems().size())));
	}

	private static long[] array(List<Long> values) {
		return values.stream().mapToLong(Long::longValue).toArray();
	}

	private static long max(long[] values) {
		return Arrays.stream(values).max().orElse(0);
	}

	/** The value below which {@code percent} per cent of the values lie (nearest rank). */
	private static long percentile(long[] values, int percent) {
		if (values.length == 0) {
			return 0;
		}
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}
}
