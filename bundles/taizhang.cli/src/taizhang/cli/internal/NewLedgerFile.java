package taizhang.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import taizhang.core.LedgerLockedException;
import taizhang.core.LedgerStoreException;
import taizhang.model.Ledger;

/**
 * Where a new ledger is written. With {@code --force} an existing file is replaced only once the
 * new ledger has been written completely beside it, so a failure leaves the old file as it was.
 */
final class NewLedgerFile {
	private final CommandContext context;
	private final Path file;
	private final boolean replace;

	private NewLedgerFile(CommandContext context, Path file, boolean replace) {
		this.context = context;
		this.file = file;
		this.replace = replace;
	}

	/** Checks {@code argument} as the new ledger's path (see {@link CliCommand#outputFile}). */
	static NewLedgerFile prepare(CommandContext context, String argument, boolean force) throws CliException {
		Path file = CliCommand.outputFile(context, argument, force);
		boolean exists = Files.exists(file);
		if (exists) {
			refuseIfOpenElsewhere(context, file);
		}
		return new NewLedgerFile(context, file, exists);
	}

	Path file() {
		return file;
	}

	/** Replacing a ledger that someone is editing would lose their work. */
	private static void refuseIfOpenElsewhere(CommandContext context, Path file) throws CliException {
		try {
			context.store().open(file, false).close();
		} catch (LedgerLockedException e) {
			throw CliCommand.storeError(e);
		} catch (LedgerStoreException e) {
			// Not a (readable) ledger: replacing it is what --force asks for.
		}
	}

	void write(Ledger ledger) throws CliException {
		try {
			if (!replace) {
				context.store().create(file, ledger).close();
				return;
			}
			try (ScratchDirectory scratch = ScratchDirectory.beside(file, ".taizhang-new-")) { //$NON-NLS-1$
				Path temporary = scratch.resolve(file.getFileName().toString());
				context.store().create(temporary, ledger).close();
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
		} catch (LedgerStoreException e) {
			throw CliCommand.storeError(e);
		} catch (IOException e) {
			throw CliException.file(context.messages().get("error.write", file, e.getMessage()), e); //$NON-NLS-1$
		}
	}
}
