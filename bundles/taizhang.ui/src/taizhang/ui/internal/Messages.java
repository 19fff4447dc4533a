package taizhang.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The workbench's texts: messages.properties (English), messages_zh.properties (Chinese). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "taizhang.ui.internal.messages"; //$NON-NLS-1$

	public static String App_title;
	public static String App_titleWithLedger;
	public static String App_noStore;
	public static String Error_title;
	public static String Error_noSuchFile;
	public static String Status_noLedger;
	public static String Status_counts;
	public static String Status_readOnly;
	public static String Job_open;
	public static String Job_createDemo;
	public static String Job_createEmpty;
	public static String Job_generating;
	public static String Job_writing;
	public static String Open_dialogTitle;
	public static String Open_failed;
	public static String Open_lockedTitle;
	public static String Open_locked;
	public static String Open_lockedHolder;
	public static String Open_lockedUnknownHolder;
	public static String Create_failed;
	public static String File_filterLedgers;
	public static String File_filterAll;
	public static String Menu_recentEmpty;
	public static String Menu_recentEntry;
	public static String New_dialogTitle;
	public static String New_title;
	public static String New_message;
	public static String New_empty;
	public static String New_name;
	public static String New_defaultName;
	public static String New_defaultFileName;
	public static String New_demo;
	public static String New_issues;
	public static String New_file;
	public static String New_browse;
	public static String New_errorNoFile;
	public static String New_errorBadPath;
	public static String New_errorExists;
	public static String New_errorNoName;
	public static String Navigator_rounds;
	public static String Navigator_organizations;
	public static String Detail_empty;
	public static String Detail_title;
	public static String Detail_labelSeparator;
	public static String Detail_noPlan;
	public static String Detail_dueOn;
	public static String Detail_doneOn;
	public static String Detail_achievedOn;
	public static String Detail_resolved;
	public static String Property_yes;
	public static String Property_no;
	public static String Property_empty;
	public static String Property_notANumber;
	public static String Property_notADate;
	public static String Property_saveFailed;

	public static String Settings_dialogTitle;
	public static String Settings_title;
	public static String Settings_message;
	public static String Settings_readOnly;
	public static String Settings_warnings;
	public static String Settings_blueDays;
	public static String Settings_progressGap;
	public static String Settings_signOff;
	public static String Settings_reviewLevels;
	public static String Settings_publicNoticeDays;
	public static String Settings_criteria;
	public static String Settings_criteriaHint;
	public static String Settings_reporting;
	public static String Settings_cutoffDay;
	public static String Settings_escalation;
	public static String Settings_yellowCount;
	public static String Settings_yellowPoints;
	public static String Settings_redPoints;
	public static String Settings_noLevel;
	public static String Settings_noCriteria;
	public static String Settings_badPoints;
	public static String Settings_noLedger;

	public static String Edit_undo;
	public static String Edit_undoNamed;
	public static String Edit_redo;
	public static String Edit_redoNamed;
	public static String Edit_saveFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
