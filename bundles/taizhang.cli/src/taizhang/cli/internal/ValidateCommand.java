package taizhang.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import taizhang.core.LedgerSession;
import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.model.validation.LedgerValidator;

/**
 * {@code taizhang validate FILE}: every problem the model's validator finds, one per line
 * ({@code file: case number: field: message}); exit code 1 if there is any.
 */
public final class ValidateCommand extends CliCommand {

	public ValidateCommand() {
		super("validate"); //$NON-NLS-1$
	}

	@Override
	protected int execute(CommandContext context, Arguments args) throws CliException {
		Messages messages = context.messages();
		Path file = fileArgument(context, args);
		List<Diagnostic> problems = new ArrayList<>();
		int issues;
		try (LedgerSession session = openReadOnly(context, file)) {
			Ledger ledger = session.ledger();
			issues = ledger.getIssues().size();
			collectProblems(ModelTexts.validate(ledger, messages.locale()), problems);
			for (Diagnostic problem : problems) {
				context.out().println(line(file, problem, messages));
			}
		}
		if (problems.isEmpty()) {
			context.out().println(messages.get("validate.ok", file, String.valueOf(issues))); //$NON-NLS-1$
			return ExitCodes.OK;
		}
		context.err().println(messages.get("validate.problems", file, String.valueOf(problems.size()))); //$NON-NLS-1$
		return ExitCodes.PROBLEMS;
	}

	/** The leaves of the diagnostic tree that are warnings or errors. */
	private static void collectProblems(Diagnostic diagnostic, List<Diagnostic> problems) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
				problems.add(diagnostic);
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collectProblems(child, problems);
		}
	}

	/** {@code file: case number: field: message}; {@code -} where there is no issue or field. */
	static String line(Path file, Diagnostic problem, Messages messages) {
		List<?> data = problem.getData();
		EObject object = !data.isEmpty() && data.get(0) instanceof EObject first ? first : null;
		EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature second ? second
				: null;
		String field = feature == null ? "-" : ModelTexts.featureName(feature, messages.locale()); //$NON-NLS-1$
		String message = problem.getMessage();
		if (problem.getSeverity() == Diagnostic.WARNING) {
			message = messages.get("validate.warning", message); //$NON-NLS-1$
		}
		return file + ": " + subject(problem, object, messages) + ": " + field + ": " + message; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The case number of the issue concerned, or what the object is when it belongs to no issue. */
	private static String subject(Diagnostic problem, EObject object, Messages messages) {
		Issue issue = LedgerValidator.issueOf(problem);
		if (issue != null) {
			String caseNumber = issue.getCaseNumber();
			return caseNumber == null || caseNumber.isBlank()
					? messages.get("validate.issueWithoutCase", String.valueOf(issue.getSequenceNumber())) //$NON-NLS-1$
					: caseNumber.trim();
		}
		return object == null ? "-" : LedgerValidator.objectLabel(object, messages.locale()); //$NON-NLS-1$
	}
}
