package taizhang.cli.internal;

import java.io.PrintStream;

import taizhang.core.LedgerStore;

/**
 * What a command works with: the ledger store, where to print, and the user's language.
 *
 * @param store    the ledger store
 * @param out      results
 * @param err      errors and progress notes
 * @param messages texts in the user's language
 */
public record CommandContext(LedgerStore store, PrintStream out, PrintStream err, Messages messages) {
}
