package taizhang.core.audit;

/** What an audit entry records. */
public enum AuditAction {

	/** The ledger file was created; the entry lists no changes. */
	CREATE,

	/** The file was upgraded to a newer schema; the entry's command names the versions. */
	MIGRATE,

	/** A command was executed. */
	EXECUTE,

	/** A command was undone. */
	UNDO,

	/** An undone command was redone. */
	REDO
}
