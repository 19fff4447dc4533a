package taizhang.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

import taizhang.model.CustomFieldDefinition;
import taizhang.model.CustomFieldType;
import taizhang.model.InspectionRound;
import taizhang.model.Issue;
import taizhang.model.IssueCategory;
import taizhang.model.IssueStatus;
import taizhang.model.Ledger;
import taizhang.model.Organization;
import taizhang.model.OrganizationKind;
import taizhang.model.Person;
import taizhang.model.RectificationType;
import taizhang.model.ReviewDecision;
import taizhang.model.ReviewLevel;
import taizhang.model.RoundKind;
import taizhang.testing.LedgerBuilder;

/**
 * A small hand-built office ledger with every column filled, people and townships that share names,
 * and an editing domain to edit it through.
 */
final class Office {

	static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);

	final LedgerBuilder builder = new LedgerBuilder("江州市督察整改台账");
	final BasicCommandStack stack = new BasicCommandStack();
	final EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);

	final InspectionRound central = builder.round(RoundKind.CENTRAL, "2023年中央生态环境保护督察", LocalDate.of(2023, 11, 1));
	final InspectionRound provincial = builder.round(RoundKind.PROVINCIAL, "2024年省级生态环境保护督察",
			LocalDate.of(2024, 1, 10));
	final Organization xingang = builder.county("新港区");
	final Organization qinglan = builder.county("青岚县");
	final Organization xingangTown = town("新港区城关镇", "城关镇", xingang);
	final Organization qinglanTown = town("青岚县城关镇", "城关镇", qinglan);
	final Organization environment = builder.department("江州市生态环境局");
	final Organization water = builder.department("江州市水务局");
	final Person zhangXingang = builder.person("张伟", "副区长", xingang);
	final Person zhangQinglan = builder.person("张伟", "副县长", qinglan);
	final Person liNa = builder.person("李娜", "科长", environment);
	final Person wangQiang = builder.person("王强", "局长", water);
	final CustomFieldDefinition investment = builder.customField("investment", "投资金额(万元)", CustomFieldType.NUMBER);
	final CustomFieldDefinition satisfaction = builder.customField("satisfaction", "是否群众满意", CustomFieldType.CHOICE,
			"满意", "基本满意", "不满意");
	final CustomFieldDefinition checkedOn = builder.customField("checkedOn", "回访日期", CustomFieldType.DATE);
	final CustomFieldDefinition remark = builder.customField("remark", "备注", CustomFieldType.TEXT);

	/** Fully described: a time-limited air issue of 新港区, led by the environment bureau. */
	final Issue dust = builder.issue("ZY2023-001").round(central).category(IssueCategory.DUST)
			.description("新港区城关镇某搅拌站扬尘污染，周边群众反映强烈").received(LocalDate.of(2023, 11, 20))
			.region(xingangTown).status(IssueStatus.RECTIFYING).lead(environment, liNa).cooperating(xingangTown, water)
			.leaderInCharge(zhangXingang).plan(RectificationType.TIME_LIMITED, LocalDate.of(2024, 6, 30), "2024年6月底")
			.target("扬尘排放达标，群众满意").measure("安装喷淋设施", LocalDate.of(2024, 1, 31), LocalDate.of(2024, 1, 20))
			.measure("硬化场区道路", LocalDate.of(2024, 5, 31)).customValue(investment, "35.5")
			.customValue(satisfaction, "基本满意").customValue(checkedOn, "2024-05-20").customValue(remark, "重点督办")
			.get();
	/** Overdue, signed off at county level and rejected by the city. */
	final Issue sewage = builder.issue("ZY2023-002").round(central).category(IssueCategory.WATER)
			.description("青岚县污水处理厂超标排放\"COD\"，夜间偷排").received(LocalDate.of(2023, 11, 25))
			.status(IssueStatus.RECTIFYING).lead(qinglan, zhangQinglan).leaderInCharge(wangQiang)
			.plan(RectificationType.TIME_LIMITED, LocalDate.of(2024, 3, 31), "2024年一季度").target("稳定达标排放")
			.measure("提标改造", LocalDate.of(2024, 3, 31))
			.review(ReviewLevel.COUNTY_SELF_CHECK, ReviewDecision.ACCEPTED, LocalDate.of(2024, 3, 20), null, null)
			.review(ReviewLevel.CITY_ACCEPTANCE, ReviewDecision.REJECTED, LocalDate.of(2024, 4, 2), null, "仍有偷排")
			.get();
	/** Signed off. */
	final Issue noise = builder.issue("SJ2024-001").round(provincial).category(IssueCategory.NOISE)
			.description("Night construction noise 夜间施工噪声扰民").received(LocalDate.of(2024, 1, 15))
			.status(IssueStatus.SIGNED_OFF).lead(xingang, zhangXingang)
			.plan(RectificationType.IMMEDIATE, null, "立行立改").get();
	/** Due within the blue-warning days, no plan measures. */
	final Issue fumes = builder.issue("SJ2024-002").round(provincial).category(IssueCategory.CATERING_FUMES)
			.description("餐饮油烟直排").received(LocalDate.of(2024, 2, 1)).status(IssueStatus.RECTIFYING)
			.lead(water, wangQiang).plan(RectificationType.TIME_LIMITED, LocalDate.of(2024, 6, 10)).get();
	/** Received, nothing planned yet. */
	final Issue fresh = builder.issue("SJ2024-003").round(provincial).category(IssueCategory.OTHER)
			.description("河道垃圾").received(LocalDate.of(2024, 5, 20)).status(IssueStatus.RECEIVED).get();

	final Ledger ledger = builder.build();
	final List<LedgerColumn> columns = LedgerColumns.of(ledger, AS_OF);

	private Organization town(String name, String shortName, Organization county) {
		Organization town = builder.organization(OrganizationKind.TOWNSHIP_STREET, name, county);
		town.setShortName(shortName);
		return town;
	}

	LedgerColumn column(String id) {
		return LedgerColumns.byId(columns, id).orElseThrow();
	}

	List<Issue> issues() {
		return new ArrayList<>(ledger.getIssues());
	}

	/** Every cell's text, row by row: what a refused edit must leave as it was. */
	List<List<String>> cells() {
		List<List<String>> cells = new ArrayList<>();
		for (Issue issue : ledger.getIssues()) {
			List<String> row = new ArrayList<>();
			for (LedgerColumn column : columns) {
				row.add(column.text(issue));
			}
			cells.add(row);
		}
		return cells;
	}

	/** Executes a command on the command stack, as the workbench does. */
	void execute(Command command) {
		stack.execute(command);
	}

	/** Sets a cell from typed text and executes the command; fails when the text is refused. */
	void set(Issue issue, String columnId, String text) {
		EditResult result = CellEdits.set(domain, ledger, issue, column(columnId), text);
		if (!result.ok()) {
			throw new AssertionError(result.problems().toString());
		}
		execute(result.command());
	}
}
