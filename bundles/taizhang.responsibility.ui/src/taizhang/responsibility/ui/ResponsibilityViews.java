package taizhang.responsibility.ui;

/**
 * The ids of the responsibility views and commands, for perspectives, menus and other bundles that
 * open them or execute them.
 */
public final class ResponsibilityViews {

	/** The organization tree with the people of each unit (责任体系). */
	public static final String ORGANIZATIONS = "taizhang.responsibility.ui.organizations"; //$NON-NLS-1$

	/** Units × issues by role (责任矩阵). */
	public static final String MATRIX = "taizhang.responsibility.ui.matrix"; //$NON-NLS-1$

	/** Everything the selected person answers for (个人责任清单). */
	public static final String PERSON_DOSSIER = "taizhang.responsibility.ui.personDossier"; //$NON-NLS-1$

	/** Everything about the selected unit (单位档案). */
	public static final String UNIT_DOSSIER = "taizhang.responsibility.ui.unitDossier"; //$NON-NLS-1$

	/** The problems live validation finds in the open ledger (校验结果). */
	public static final String PROBLEMS = "taizhang.responsibility.ui.problems"; //$NON-NLS-1$

	/** Bulk assignment of a role on the selected issues. */
	public static final String ASSIGN_COMMAND = "taizhang.responsibility.ui.assign"; //$NON-NLS-1$

	/** The issue editor's open command (taizhang.issue.ui), used when it is installed. */
	public static final String OPEN_ISSUE_COMMAND = "taizhang.issue.ui.open"; //$NON-NLS-1$

	/** The parameter of {@link #OPEN_ISSUE_COMMAND} naming the issue by id. */
	public static final String OPEN_ISSUE_PARAMETER = "taizhang.issue.ui.open.issueId"; //$NON-NLS-1$

	private ResponsibilityViews() {
	}
}
