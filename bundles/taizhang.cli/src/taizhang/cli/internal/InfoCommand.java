package taizhang.cli.internal;

import java.nio.file.Path;
import java.util.Map;

import taizhang.core.LedgerFileInfo;
import taizhang.core.LedgerStoreException;

/** {@code taizhang info FILE}: the file's schema version and the count of each object type. */
public final class InfoCommand extends CliCommand {

	public InfoCommand() {
		super("info"); //$NON-NLS-1$
	}

	@Override
	protected int execute(CommandContext context, Arguments args) throws CliException {
		Messages messages = context.messages();
		Path file = fileArgument(context, args);
		LedgerFileInfo info;
		try {
			info = context.store().inspect(file);
		} catch (LedgerStoreException e) {
			throw storeError(e);
		}
		context.out().println(messages.get("info.file", info.file())); //$NON-NLS-1$
		context.out().println(messages.get("info.ledger", info.ledgerName() == null ? "" : info.ledgerName())); //$NON-NLS-1$ //$NON-NLS-2$
		context.out().println(messages.get("info.schema", String.valueOf(info.schemaVersion()))); //$NON-NLS-1$
		context.out().println();
		TextTable table = new TextTable(TextTable.Align.LEFT, TextTable.Align.LEFT, TextTable.Align.RIGHT);
		table.header(messages.get("info.column.type"), messages.get("info.column.class"), //$NON-NLS-1$ //$NON-NLS-2$
				messages.get("info.column.count")); //$NON-NLS-1$
		for (Map.Entry<String, Long> entry : info.counts().entrySet()) {
			table.row(ModelTexts.className(entry.getKey(), messages.locale()), entry.getKey(),
					String.valueOf(entry.getValue()));
		}
		table.print(context.out());
		return ExitCodes.OK;
	}
}
