package taizhang.ledger.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the ledger grid's model (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "taizhang.ledger.internal.messages"; //$NON-NLS-1$

	public static String Column_sequence;
	public static String Column_round;
	public static String Column_caseNumber;
	public static String Column_county;
	public static String Column_category;
	public static String Column_description;
	public static String Column_target;
	public static String Column_measures;
	public static String Column_leader;
	public static String Column_leadUnit;
	public static String Column_cooperatingUnits;
	public static String Column_responsiblePerson;
	public static String Column_received;
	public static String Column_deadline;
	public static String Column_type;
	public static String Column_progress;
	public static String Column_status;
	public static String Column_signOff;
	public static String Column_warning;

	public static String Grouping_round;
	public static String Grouping_county;
	public static String Grouping_leadUnit;
	public static String Grouping_status;
	public static String Grouping_warning;
	public static String Grouping_none;

	public static String Command_edit;
	public static String Command_paste;
	public static String Command_fillDown;
	public static String Command_add;
	public static String Command_delete;

	public static String Error_notEditable;
	public static String Error_required;
	public static String Error_notDate;
	public static String Error_noSuchDay;
	public static String Error_notWholeNumber;
	public static String Error_notPositive;
	public static String Error_notNumber;
	public static String Error_unknownChoice;
	public static String Error_unknownRound;
	public static String Error_ambiguousRound;
	public static String Error_unknownUnit;
	public static String Error_ambiguousUnit;
	public static String Error_notCounty;
	public static String Error_unknownPerson;
	public static String Error_ambiguousPerson;
	public static String Error_duplicateUnit;
	public static String Error_cooperatingIsLead;
	public static String Error_leadIsCooperating;
	public static String Error_duplicateCaseNumber;
	public static String Error_deadlineBeforeReceived;
	public static String Error_receivedAfterDeadline;
	public static String Error_blockTooTall;
	public static String Error_blockTooWide;
	public static String Error_emptyBlock;
	public static String Error_selectionOutside;

	public static String Filter_notDate;
	public static String Filter_notNumber;
	public static String Filter_emptyRange;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
