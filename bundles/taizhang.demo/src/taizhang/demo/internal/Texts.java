package taizhang.demo.internal;

/** Fixed wording used across issues; one instance each, so that a large ledger shares them. */
final class Texts {

	private Texts() {
	}

	static final String[] CASE_PREFIXES = { "群众来电反映：", "群众来信反映：", "网络举报：", "信访人反映：", "" };
	static final double[] CASE_PREFIX_WEIGHTS = { 40, 15, 20, 10, 15 };
	static final String SELF_FOUND_PREFIX = "自查发现：";

	static final String IMMEDIATE = "立行立改";
	static final String LONG_TERM = "长期坚持";

	static final String TO_PLANNED = "制定整改方案，明确责任单位、责任人和整改时限";
	static final String TO_RECTIFYING = "整改方案经审核通过，启动整改";
	static final String TO_RECTIFYING_IMMEDIATE = "立行立改，即知即改";
	static final String TO_REPORTED_DONE = "整改措施已全部完成，申请验收销号";
	static final String TO_UNDER_REVIEW = "受理销号申请，组织现场核查";
	static final String TO_SIGNED_OFF = "验收合格，经公示无异议，同意销号";
	static final String TO_STAGE_DONE = "阶段性目标已完成，转入长效管理，逐月对账";
	static final String TO_REBOUND = "群众再次举报，问题出现反弹，重新交办整改";

	static final String[] REJECTION_REASONS = { "现场核查发现整改措施未全部落实，否定办结结论",
			"佐证材料与其他案件雷同，整改真实性存疑", "周边群众反映问题依然存在，整改不到位",
			"污染治理设施未正常运行，排放仍不达标", "仅做表面整改，未建立长效管理机制" };
	static final String SUPPLEMENT_REASON = "佐证材料不全，请补充整改前后对比照片及监测报告";

	/** The five sign-off criteria (销号标准) and what a reviewer notes when one fails. */
	static final String[] CRITERIA = { "整改措施全部落实到位", "违法违规行为依法查处到位", "整改效果达到目标要求",
			"举一反三排查同类问题", "建立长效管理机制" };
	static final String[] CRITERIA_FAILURES = { "部分整改措施未落实", "未见行政处罚决定书",
			"现场仍有污染痕迹，效果未达标", "未开展同类问题排查", "未建立日常巡查制度" };

	static final String NOTE_RECEIVED = "已交办，正在制定整改方案";
	static final String NOTE_PLANNED = "整改方案已制定，正在组织实施";
	static final String NOTE_RECTIFYING = "正在按整改方案推进";
	static final String NOTE_LAGGING = "部分整改措施逾期未完成，进度滞后";
	static final String NOTE_OVERDUE = "已超过整改时限，仍在整改";
	static final String NOTE_REJECTED = "验收未通过，正在重新整改";
	static final String NOTE_REPORTED_DONE = "整改已完成，已上报销号申请";
	static final String NOTE_UNDER_REVIEW = "正在组织验收销号";
	static final String NOTE_SIGNED_OFF = "已完成整改并销号";
	static final String NOTE_STAGE_DONE = "已达到阶段性目标，持续巩固提升";
	static final String NOTE_REBOUND = "问题出现反弹，已重新交办";

	static final String REPORT_STARTING = "整改方案已制定，正在开展前期工作";
	static final String REPORT_ON_SCHEDULE = "按序时进度推进，部分整改措施已完成";
	static final String REPORT_BEHIND = "整改进度滞后，正在协调资金和施工力量";
	static final String REPORT_MOSTLY_DONE = "主要整改措施已完成，正在收尾";
	static final String REPORT_DONE = "整改措施已全部完成，正在准备销号材料";

	static final String WARNING_BLUE = "距整改时限不足15天";
	static final String WARNING_YELLOW = "有整改措施或阶段性目标逾期未完成，进度滞后";
	static final String WARNING_RED = "已超过整改时限，仍未完成整改";

	static final String COOPERATION_NOTE = "配合开展联合执法检查";
	static final String INDUSTRY_NOTE = "履行行业监管责任";

	static final String PHOTO_AFTER = "整改后现场照片";
	static final String PHOTO_BEFORE = "整改前现场照片";
	static final String DOCUMENT = "整改情况报告及销号申请表";
	static final String VIDEO = "现场核查视频";
	static final String AUDIO = "现场核查录音";
	static final String OTHER = "第三方监测数据";

	static final String[] PHOTO_AFTER_FILES = { "整改后照片_001.jpg", "整改后照片_002.jpg" };
	static final String PHOTO_BEFORE_FILE = "整改前照片_001.jpg";
	static final String[] DOCUMENT_FILES = { "整改情况报告.docx", "销号申请表.pdf", "验收意见.pdf" };
	static final String VIDEO_FILE = "现场核查视频_001.mp4";
	static final String AUDIO_FILE = "现场核查录音_001.m4a";
	static final String OTHER_FILE = "监测数据_001.xlsx";

	static final String[] SATISFACTION = { "满意", "基本满意", "不满意" };
	static final double[] SATISFACTION_WEIGHTS = { 82, 15, 3 };
}
