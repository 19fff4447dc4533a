package taizhang.ledger.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The ledger grid's texts: messages.properties (English), messages_zh.properties (Chinese). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "taizhang.ledger.ui.internal.messages"; //$NON-NLS-1$

	public static String Grid_title;
	public static String Grid_noLedger;
	public static String Grid_opening;
	public static String Grid_searchHint;
	public static String Grid_searchTip;
	public static String Grid_groupBy;
	public static String Grid_groupNone;
	public static String Grid_asOf;
	public static String Grid_asOfTip;
	public static String Grid_showAll;
	public static String Grid_summary;
	public static String Grid_summaryScoped;
	public static String Grid_summaryOf;
	public static String Grid_readOnly;
	public static String Grid_refused;
	public static String Grid_refusedCell;
	public static String Grid_saveFailed;
	public static String Grid_copied;
	public static String Grid_problems;
	public static String Group_expanded;
	public static String Group_collapsed;
	public static String Filter_hint;
	public static String Paste_title;
	public static String Paste_refused;
	public static String Paste_done;
	public static String FillDown_title;
	public static String FillDown_refused;
	public static String FillDown_needRows;
	public static String Problems_row;
	public static String Problems_column;
	public static String Problems_message;
	public static String Delete_title;
	public static String Delete_one;
	public static String Delete_many;
	public static String Delete_done;
	public static String Columns_title;
	public static String Columns_message;
	public static String Columns_up;
	public static String Columns_down;
	public static String Columns_showAll;
	public static String Columns_defaults;
	public static String Tool_add;
	public static String Tool_delete;
	public static String Tool_columns;
	public static String Tool_freeze;
	public static String Tool_clearFilters;
	public static String Menu_copy;
	public static String Menu_paste;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
