/**
 * The audit trail of a ledger (逐个环节留痕): one entry for every persisted change, chained by
 * SHA-256 so that changing, deleting, inserting or reordering a past entry is detected. Obtain it
 * from {@link taizhang.core.LedgerSession#auditTrail()} or, without loading the model and without
 * the writer's lock, from {@link taizhang.core.LedgerStore#auditTrail(java.nio.file.Path)}. The
 * entry format and the chain are defined in {@code doc/audit.md} of this bundle.
 */
package taizhang.core.audit;
