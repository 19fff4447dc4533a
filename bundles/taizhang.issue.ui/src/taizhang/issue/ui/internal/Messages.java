package taizhang.issue.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The issue editor's texts: messages.properties (English), messages_zh.properties (Chinese). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "taizhang.issue.ui.internal.messages"; //$NON-NLS-1$

	public static String Editor_title;
	public static String Editor_formTitle;
	public static String Editor_nameWithoutCaseNumber;
	public static String Editor_tooltip;
	public static String Editor_savedAtOnce;
	public static String Editor_readOnlyNote;
	public static String Editor_wrongInput;
	public static String Editor_noSuchIssue;
	public static String Edit_undo;
	public static String Edit_redo;
	public static String Edit_readOnly;
	public static String Edit_refused;
	public static String Edit_saveFailed;
	public static String Section_issue;
	public static String Section_plan;
	public static String Section_workflow;
	public static String Section_escalation;
	public static String Field_problem;
	public static String Parse_noSuchDay;
	public static String Parse_notADate;
	public static String Parse_notADay;
	public static String Parse_unknownUnit;
	public static String Parse_ambiguousUnit;
	public static String Parse_retiredUnit;
	public static String Parse_retiredUnitWithSuccessor;
	public static String Parse_unknownPerson;
	public static String Parse_ambiguousPerson;
	public static String Parse_unknownIssue;
	public static String Parse_notANumber;
	public static String Check_duplicateCaseNumber;
	public static String Check_receivedAfterDeadline;
	public static String Check_deadlineBeforeReceived;
	public static String Check_reboundOfItself;
	public static String Check_required;
	public static String Check_flagDateAfterToday;
	public static String Plan_deadlineHint;
	public static String Plan_parsedDate;
	public static String Plan_parsedNoDate;
	public static String Rows_add;
	public static String Rows_unitHint;
	public static String Rows_remove;
	public static String Schedule_overdue;
	public static String Schedule_lagging;
	public static String Schedule_done;
	public static String Schedule_onSchedule;
	public static String Warnings_none;
	public static String Warnings_today;
	public static String Workflow_status;
	public static String Workflow_whyNot;
	public static String Workflow_reason;
	public static String Workflow_reasonRequired;
	public static String Step_plan;
	public static String Step_start;
	public static String Step_reportDone;
	public static String Step_stageDone;
	public static String Step_requestSignOff;
	public static String Step_recordReview;
	public static String Step_reject;
	public static String Step_signOff;
	public static String Step_rebound;
	public static String Step_description;
	public static String Step_recordReviewDescription;
	public static String Step_reviewOnlyUnderReview;
	public static String Step_startUnderReview;
	public static String Step_rejectOnlyUnderReview;
	public static String Review_title;
	public static String Review_message;
	public static String Review_noReviewer;
	public static String Review_noDate;
	public static String Review_dateAfterToday;
	public static String Review_noReasons;
	public static String Review_allPassed;
	public static String Review_failed;
	public static String Rebound_title;
	public static String Rebound_message;
	public static String Rebound_revealedBy;
	public static String Rebound_noRevealing;
	public static String Escalation_kind;
	public static String Escalation_details;
	public static String Escalation_confirm;
	public static String Escalation_dismiss;
	public static String Escalation_dismissNote;
	public static String Escalation_none;
	public static String Escalation_select;
	public static String Escalation_alreadyDecided;
	public static String Escalation_noticeDetails;
	public static String Escalation_deductionDetails;
	public static String Texts_listSeparator;
	public static String Texts_reasonSeparator;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
