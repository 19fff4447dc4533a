package taizhang.cli.internal;

import java.nio.file.Path;

import taizhang.core.LedgerStoreException;
import taizhang.core.xmi.LedgerXmi;
import taizhang.model.Ledger;

/** {@code taizhang import-xmi IN.xmi FILE [--force]}: creates a ledger file from plain XMI. */
public final class ImportXmiCommand extends CliCommand {

	public ImportXmiCommand() {
		super("import-xmi", Option.flag("force", "option.force")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	protected int execute(CommandContext context, Arguments args) throws CliException {
		args.expectPositionals("IN.xmi", "FILE"); //$NON-NLS-1$ //$NON-NLS-2$
		Path in = existingFile(context, args.positional(0));
		NewLedgerFile target = NewLedgerFile.prepare(context, args.positional(1), args.has("force")); //$NON-NLS-1$
		Path file = target.file();
		long start = System.nanoTime();
		Ledger ledger;
		try {
			ledger = LedgerXmi.importFrom(in);
		} catch (LedgerStoreException e) {
			throw storeError(e);
		}
		target.write(ledger);
		context.out().println(context.messages().get("import-xmi.done", String.valueOf(ledger.getIssues().size()), //$NON-NLS-1$
				in, file, Format.seconds(System.nanoTime() - start)));
		return ExitCodes.OK;
	}
}
