package taizhang.core;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a ledger file's header says, read without loading the model.
 *
 * @param schemaVersion the file's schema version
 * @param ledgerName    the ledger's name
 * @param counts        number of objects per model class name (e.g. "Issue" → 100000), in a
 *                      stable order
 */
public record LedgerFileInfo(Path file, int schemaVersion, String ledgerName, Map<String, Long> counts) {
}
