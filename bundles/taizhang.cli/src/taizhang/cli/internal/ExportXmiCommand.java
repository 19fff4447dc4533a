package taizhang.cli.internal;

import java.nio.file.Path;

import taizhang.core.LedgerSession;
import taizhang.core.LedgerStoreException;
import taizhang.core.xmi.LedgerXmi;

/** {@code taizhang export-xmi FILE OUT.xmi [--force]}: writes a whole ledger as plain XMI. */
public final class ExportXmiCommand extends CliCommand {

	public ExportXmiCommand() {
		super("export-xmi", Option.flag("force", "option.force")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	protected int execute(CommandContext context, Arguments args) throws CliException {
		Messages messages = context.messages();
		args.expectPositionals("FILE", "OUT.xmi"); //$NON-NLS-1$ //$NON-NLS-2$
		Path file = existingFile(context, args.positional(0));
		Path out = outputFile(context, args.positional(1), args.has("force")); //$NON-NLS-1$
		long start = System.nanoTime();
		int issues;
		try (LedgerSession session = openReadOnly(context, file)) {
			issues = session.ledger().getIssues().size();
			LedgerXmi.exportTo(session.ledger(), out);
		} catch (LedgerStoreException e) {
			throw storeError(e);
		}
		context.out().println(messages.get("export-xmi.done", String.valueOf(issues), file, out, //$NON-NLS-1$
				Format.seconds(System.nanoTime() - start)));
		return ExitCodes.OK;
	}
}
