package taizhang.store.sqlite;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;

import taizhang.core.LedgerFileInfo;
import taizhang.core.LedgerSession;
import taizhang.core.LedgerStore;
import taizhang.core.LedgerStoreException;
import taizhang.core.audit.AuditTrail;
import taizhang.model.Ledger;
import taizhang.store.sqlite.internal.LedgerFiles;
import taizhang.store.sqlite.internal.Schema;

/**
 * Ledger files as SQLite databases: one row per record (an issue with all it holds, an
 * organization, a person …), each command written in its own transaction together with its audit
 * entry, write-ahead logging with a sync on every commit. Usable as a DS component or with {@code new}.
 */
@Component(service = LedgerStore.class)
public class SqliteLedgerStore implements LedgerStore {

	private final LedgerFiles files = new LedgerFiles(Schema.CURRENT);

	@Override
	public LedgerSession create(Path file, Ledger ledger) throws LedgerStoreException {
		return files.create(file, ledger);
	}

	@Override
	public LedgerSession open(Path file, boolean readOnly) throws LedgerStoreException {
		return files.open(file, readOnly);
	}

	@Override
	public LedgerFileInfo inspect(Path file) throws LedgerStoreException {
		return files.inspect(file);
	}

	@Override
	public AuditTrail auditTrail(Path file) throws LedgerStoreException {
		return files.auditTrail(file);
	}
}
