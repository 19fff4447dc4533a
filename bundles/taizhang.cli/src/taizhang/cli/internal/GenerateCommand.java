package taizhang.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import taizhang.demo.DemoLedgerGenerator;
import taizhang.model.Ledger;

/**
 * {@code taizhang generate --issues N --seed S [--as-of DATE] [--force] FILE}: writes a
 * deterministic demo ledger.
 */
public final class GenerateCommand extends CliCommand {

	public GenerateCommand() {
		super("generate", //$NON-NLS-1$
				Option.value("issues", "N", "generate.option.issues"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Option.value("seed", "S", "generate.option.seed"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Option.value("as-of", "YYYY-MM-DD", "generate.option.asOf"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Option.flag("force", "option.force")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	protected int execute(CommandContext context, Arguments args) throws CliException {
		Messages messages = context.messages();
		args.expectPositionals("FILE"); //$NON-NLS-1$
		int issues = args.requiredInt("issues", 1); //$NON-NLS-1$
		long seed = args.requiredLong("seed"); //$NON-NLS-1$
		LocalDate asOf = args.date("as-of", LocalDate.now()); //$NON-NLS-1$
		NewLedgerFile target = NewLedgerFile.prepare(context, args.positional(0), args.has("force")); //$NON-NLS-1$
		Path file = target.file();

		long start = System.nanoTime();
		Ledger ledger = new DemoLedgerGenerator(seed, asOf).generate(issues);
		long generated = System.nanoTime();
		target.write(ledger);
		long written = System.nanoTime();

		context.out().println(messages.get("generate.done", String.valueOf(ledger.getIssues().size()), file, //$NON-NLS-1$
				String.valueOf(seed), asOf.toString(), Format.seconds(written - start),
				Format.seconds(generated - start), Format.seconds(written - generated),
				Format.megabytes(size(file))));
		return ExitCodes.OK;
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			return 0;
		}
	}
}
