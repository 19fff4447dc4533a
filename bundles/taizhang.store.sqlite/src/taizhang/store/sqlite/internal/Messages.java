package taizhang.store.sqlite.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the ledger store (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "taizhang.store.sqlite.internal.messages"; //$NON-NLS-1$

	public static String fileMissing;
	public static String fileExists;
	public static String notSqlite;
	public static String notLedger;
	public static String truncated;
	public static String damaged;
	public static String damagedRecord;
	public static String newerSchema;
	public static String newerModel;
	public static String incompatibleModel;
	public static String cannotRead;
	public static String cannotCreate;
	public static String alreadyContained;
	public static String locked;
	public static String lockedUnknownHolder;
	public static String lockFailed;
	public static String readOnlySession;
	public static String sessionClosed;
	public static String sessionBroken;
	public static String writeFailed;
	public static String rollbackFailed;
	public static String actionExecute;
	public static String actionUndo;
	public static String actionRedo;
	public static String migrationFailed;
	public static String auditUnreadable;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
