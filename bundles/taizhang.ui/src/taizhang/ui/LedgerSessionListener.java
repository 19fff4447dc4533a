package taizhang.ui;

import taizhang.core.LedgerSession;

/** Told when the workbench's open ledger changes. */
@FunctionalInterface
public interface LedgerSessionListener {

	/**
	 * The current session changed.
	 *
	 * @param session the new current session, or {@code null} when the ledger was closed
	 */
	void sessionChanged(LedgerSession session);
}
