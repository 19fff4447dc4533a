package taizhang.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

import taizhang.core.LedgerStoreException;
import taizhang.core.audit.AuditBreak;
import taizhang.core.audit.AuditChange;
import taizhang.core.audit.AuditEntry;
import taizhang.core.audit.AuditTrail;
import taizhang.core.audit.AuditVerification;
import taizhang.model.ModelPackage;
import taizhang.model.labels.ModelLabels;

/**
 * {@code taizhang audit verify|log …}: the ledger's audit trail, read without loading the model
 * and without the writer's lock.
 * <ul>
 * <li>{@code verify FILE} checks the chain: exit 0 when intact, 1 naming the first broken entry.</li>
 * <li>{@code log FILE [--issue CASE_NUMBER] [--json]} prints the entries, oldest first.</li>
 * </ul>
 */
public final class AuditCommand extends CliCommand {

	private static final String VERIFY = "verify"; //$NON-NLS-1$
	private static final String LOG = "log"; //$NON-NLS-1$
	private static final String ISSUE = "issue"; //$NON-NLS-1$

	/** Times as the office reads them: the local time of this machine. */
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	public AuditCommand() {
		super("audit", //$NON-NLS-1$
				Option.value(ISSUE, "CASE_NUMBER", "audit.option.issue"), //$NON-NLS-1$ //$NON-NLS-2$
				Option.flag("json", "audit.option.json")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	protected int execute(CommandContext context, Arguments args) throws CliException {
		Messages messages = context.messages();
		List<String> positionals = args.positionals();
		if (positionals.isEmpty()) {
			throw CliException.usage(messages.get("error.missingArgument", messages.get("arg.AUDIT_SUBCOMMAND"))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String subcommand = positionals.get(0);
		switch (subcommand) {
		case VERIFY:
			args.expectPositionals("AUDIT_SUBCOMMAND", "FILE"); //$NON-NLS-1$ //$NON-NLS-2$
			for (String option : List.of(ISSUE, "json")) { //$NON-NLS-1$
				if (args.has(option)) {
					throw CliException.usage(messages.get("audit.error.option", "--" + option, VERIFY)); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			return verify(context, existingFile(context, args.positional(1)));
		case LOG:
			args.expectPositionals("AUDIT_SUBCOMMAND", "FILE"); //$NON-NLS-1$ //$NON-NLS-2$
			return log(context, existingFile(context, args.positional(1)), args.value(ISSUE), args.has("json")); //$NON-NLS-1$
		default:
			throw CliException.usage(messages.get("audit.unknownSubcommand", subcommand)); //$NON-NLS-1$
		}
	}

	private static AuditTrail trail(CommandContext context, Path file) throws CliException {
		try {
			return context.store().auditTrail(file);
		} catch (LedgerStoreException e) {
			throw storeError(e);
		}
	}

	// --- verify

	private static int verify(CommandContext context, Path file) throws CliException {
		Messages messages = context.messages();
		AuditVerification result;
		try {
			result = trail(context, file).verify();
		} catch (LedgerStoreException e) {
			throw storeError(e);
		}
		PrintStream out = context.out();
		AuditBreak broken = result.firstBreak();
		if (broken == null) {
			out.println(messages.get("audit.intact", file, String.valueOf(result.entries()))); //$NON-NLS-1$
			out.println(messages.get("audit.head", String.valueOf(result.entries()), result.headHash())); //$NON-NLS-1$
			return ExitCodes.OK;
		}
		if (broken.problem() == AuditBreak.Problem.NO_TRAIL) {
			out.println(messages.get("audit.noTrail", file, broken.describe(messages.locale()))); //$NON-NLS-1$
			return ExitCodes.PROBLEMS;
		}
		out.println(messages.get("audit.broken", file, broken.describe(messages.locale(), TIME.getZone()))); //$NON-NLS-1$
		out.println(messages.get("audit.brokenCount", String.valueOf(result.entries()), //$NON-NLS-1$
				String.valueOf(broken.sequence())));
		return ExitCodes.PROBLEMS;
	}

	// --- log

	private static int log(CommandContext context, Path file, String caseNumber, boolean json) throws CliException {
		Messages messages = context.messages();
		List<AuditEntry> entries;
		try {
			AuditTrail trail = trail(context, file);
			entries = caseNumber == null ? trail.entries() : trail.entries(caseNumber);
		} catch (LedgerStoreException e) {
			throw storeError(e);
		}
		if (json) {
			context.out().println(json(file, caseNumber, entries));
			return ExitCodes.OK;
		}
		PrintStream out = context.out();
		out.println(caseNumber == null ? messages.get("audit.log", file, String.valueOf(entries.size())) //$NON-NLS-1$
				: messages.get("audit.logIssue", file, caseNumber.trim(), String.valueOf(entries.size()))); //$NON-NLS-1$
		for (AuditEntry entry : entries) {
			out.println();
			out.println(messages.get("audit.entry", String.valueOf(entry.sequence()), time(entry.time()), entry.actor(), //$NON-NLS-1$
					messages.get("audit.action." + entry.action().name()), entry.command())); //$NON-NLS-1$
			if (!entry.caseNumbers().isEmpty()) {
				out.println(messages.get("audit.cases", String.join(messages.get("escalate.separator"), entry.caseNumbers()))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (!entry.objects().isEmpty()) {
				out.println(messages.get("audit.objects", String.join(messages.get("escalate.separator"), entry.objects()))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			for (AuditChange change : entry.changes()) {
				out.println(messages.get("audit.change", subject(change, messages), featureName(change, messages), //$NON-NLS-1$
						value(change.before(), messages), value(change.after(), messages)));
			}
		}
		return ExitCodes.OK;
	}

	private static String time(Instant time) {
		return TIME.format(time);
	}

	/** {@code Issue [id] (case number)}, the class in the user's language. */
	private static String subject(AuditChange change, Messages messages) {
		StringBuilder b = new StringBuilder(ModelTexts.className(change.type(), messages.locale()));
		if (!change.object().isEmpty()) {
			b.append(" [").append(change.object()).append(']'); //$NON-NLS-1$
		}
		if (change.caseNumber() != null) {
			b.append(messages.get("audit.ofCase", change.caseNumber())); //$NON-NLS-1$
		}
		return b.toString();
	}

	private static String featureName(AuditChange change, Messages messages) {
		if (ModelPackage.eINSTANCE.getEClassifier(change.type()) instanceof EClass eClass) {
			EStructuralFeature feature = eClass.getEStructuralFeature(change.feature());
			if (feature != null) {
				return ModelLabels.featureLabel(feature, messages.locale());
			}
		}
		return change.feature();
	}

	private static String value(String value, Messages messages) {
		return value == null ? messages.get("audit.none") : value; //$NON-NLS-1$
	}

	static String json(Path file, String caseNumber, List<AuditEntry> entries) {
		JsonWriter json = new JsonWriter().beginObject();
		json.name("file").value(file.toString()); //$NON-NLS-1$
		json.name("issue").value(caseNumber == null ? null : caseNumber.trim()); //$NON-NLS-1$
		json.name("entries").beginArray(); //$NON-NLS-1$
		for (AuditEntry entry : entries) {
			json.beginObject();
			json.name("seq").value(entry.sequence()); //$NON-NLS-1$
			json.name("time").value(entry.time().toString()); //$NON-NLS-1$
			json.name("actor").value(entry.actor()); //$NON-NLS-1$
			json.name("action").value(entry.action().name()); //$NON-NLS-1$
			json.name("command").value(entry.command()); //$NON-NLS-1$
			json.name("commandType").value(entry.commandType()); //$NON-NLS-1$
			strings(json.name("objects"), entry.objects()); //$NON-NLS-1$
			strings(json.name("cases"), entry.caseNumbers()); //$NON-NLS-1$
			json.name("changes").beginArray(); //$NON-NLS-1$
			for (AuditChange change : entry.changes()) {
				json.beginObject();
				json.name("object").value(change.object()); //$NON-NLS-1$
				json.name("type").value(change.type()); //$NON-NLS-1$
				json.name("case").value(change.caseNumber()); //$NON-NLS-1$
				json.name("feature").value(change.feature()); //$NON-NLS-1$
				json.name("before").value(change.before()); //$NON-NLS-1$
				json.name("after").value(change.after()); //$NON-NLS-1$
				json.endObject();
			}
			json.endArray();
			json.name("hash").value(entry.hash()); //$NON-NLS-1$
			json.endObject();
		}
		json.endArray();
		return json.endObject().toString();
	}

	private static void strings(JsonWriter json, List<String> values) {
		json.beginArray();
		for (String v : values) {
			json.value(v);
		}
		json.endArray();
	}
}
