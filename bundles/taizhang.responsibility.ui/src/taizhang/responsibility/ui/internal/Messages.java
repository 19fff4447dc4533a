package taizhang.responsibility.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the responsibility views: messages.properties (English), messages_zh.properties (Chinese). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "taizhang.responsibility.ui.internal.messages"; //$NON-NLS-1$

	public static String Error_title;
	public static String Error_notSaved;
	public static String Organizations_columnName;
	public static String Organizations_columnKind;
	public static String Organizations_columnPosition;
	public static String Organizations_columnRoles;
	public static String Organizations_filter;
	public static String Organizations_people;
	public static String Organizations_retired;
	public static String Organizations_withoutUnit;
	public static String Organizations_retiredOn;
	public static String Organizations_retiredInto;
	public static String Organizations_roleCount;
	public static String Organizations_separator;
	public static String Chooser_top;
	public static String Chooser_filterPeople;
	public static String Chooser_unit;
	public static String Field_name;
	public static String Field_shortName;
	public static String Field_kind;
	public static String Field_parent;
	public static String Field_title;
	public static String Field_position;
	public static String Field_phone;
	public static String Field_role;
	public static String Field_removeRole;
	public static String Field_mergeInto;
	public static String Field_successor;
	public static String Field_withoutSuccessor;
	public static String Field_day;
	public static String Field_targetUnit;
	public static String Problem_noName;
	public static String Problem_noParent;
	public static String Problem_unchanged;
	public static String Problem_badDay;
	public static String Problem_noMergeTarget;
	public static String Problem_noSuccessor;
	public static String Problem_noTargetUnit;
	public static String Problem_noSuccessorPerson;
	public static String Problem_noIssues;
	public static String Problem_noHolderUnit;
	public static String Problem_noHolderPerson;
	public static String NewUnit_title;
	public static String NewUnit_message;
	public static String RenameUnit_title;
	public static String RenameUnit_message;
	public static String MoveUnit_title;
	public static String MoveUnit_message;
	public static String MergeUnit_title;
	public static String MergeUnit_message;
	public static String RetireUnit_title;
	public static String RetireUnit_message;
	public static String Retire_nothingRefers;
	public static String Retire_reassigned;
	public static String SplitUnit_title;
	public static String SplitUnit_message;
	public static String Split_people;
	public static String Split_children;
	public static String Split_issues;
	public static String NewPerson_title;
	public static String NewPerson_message;
	public static String MovePerson_title;
	public static String MovePerson_message;
	public static String MovePerson_effect;
	public static String Handling_keep;
	public static String Handling_handOver;
	public static String Handling_handOverConflicts;
	public static String Assign_title;
	public static String Assign_message;
	public static String Assign_more;
	public static String Assign_noIssues;
	public static String Assign_skipped;
	public static String Dossier_issue;
	public static String Dossier_role;
	public static String Dossier_status;
	public static String Dossier_warning;
	public static String Dossier_overdue;
	public static String Dossier_done;
	public static String Dossier_yes;
	public static String PersonDossier_empty;
	public static String PersonDossier_header;
	public static String UnitDossier_empty;
	public static String UnitDossier_header;
	public static String UnitDossier_retired;
	public static String UnitDossier_tab;
	public static String UnitDossier_people;
	public static String UnitDossier_children;
	public static String UnitDossier_asLead;
	public static String UnitDossier_asCooperating;
	public static String UnitDossier_rejections;
	public static String UnitDossier_notices;
	public static String UnitDossier_interviews;
	public static String UnitDossier_deductions;
	public static String UnitDossier_accountabilities;
	public static String UnitDossier_problems;
	public static String UnitDossier_rejectionCount;
	public static String UnitDossier_number;
	public static String UnitDossier_date;
	public static String UnitDossier_newDeadline;
	public static String UnitDossier_issues;
	public static String UnitDossier_person;
	public static String UnitDossier_outcome;
	public static String UnitDossier_points;
	public static String UnitDossier_reason;
	public static String UnitDossier_measure;
	public static String Matrix_unit;
	public static String Matrix_kind;
	public static String Matrix_lead;
	public static String Matrix_cooperating;
	public static String Matrix_open;
	public static String Matrix_overdue;
	public static String Matrix_rejected;
	public static String Matrix_rejections;
	public static String Matrix_caseNumber;
	public static String Matrix_issue;
	public static String Matrix_status;
	public static String Matrix_hint;
	public static String Matrix_issueStatus;
	public static String Matrix_noLedger;
	public static String Matrix_noRole;
	public static String Matrix_selectedIssues;
	public static String Problems_columnSeverity;
	public static String Problems_columnMessage;
	public static String Problems_columnObject;
	public static String Problems_columnLocation;
	public static String Problems_counts;
	public static String Problems_figures;
	public static String Problems_job;
	public static String Problems_noLedger;
	public static String Problems_validating;
	public static String Texts_colon;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
