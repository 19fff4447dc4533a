package taizhang.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import taizhang.core.time.ExcelDates;
import taizhang.model.Issue;
import taizhang.model.IssueCategory;
import taizhang.model.IssueStatus;
import taizhang.model.Ledger;
import taizhang.model.Measure;
import taizhang.model.RectificationType;
import taizhang.model.WarningLevel;
import taizhang.model.labels.EnumLabels;
import taizhang.testing.SampleLedgers;

class LedgerColumnsTest {

	private final Office office = new Office();

	@Test
	void columnsFollowThePrintedLedgerThenTheCustomFields() {
		List<String> ids = office.columns.stream().map(LedgerColumn::id).toList();
		assertEquals(List.of("sequence", "round", "caseNumber", "county", "category", "description", "target", "measures",
				"leader", "leadUnit", "cooperatingUnits", "responsiblePerson", "received", "deadline", "type", "progress",
				"status", "signOff", "warning", "custom:investment", "custom:satisfaction", "custom:checkedOn",
				"custom:remark"), ids);
		assertEquals("投资金额(万元)", office.column("custom:investment").header());
	}

	@Test
	void cellsShowTheFullTextsOfAPrintedLedger() {
		Issue dust = office.dust;
		assertEquals("1", office.column("sequence").text(dust));
		assertEquals("2023年中央生态环境保护督察", office.column("round").text(dust));
		assertEquals("新港区", office.column("county").text(dust));
		assertEquals("1.安装喷淋设施；2.硬化场区道路", office.column("measures").text(dust));
		assertEquals("张伟", office.column("leader").text(dust));
		assertEquals("江州市生态环境局", office.column("leadUnit").text(dust));
		assertEquals("新港区城关镇、江州市水务局", office.column("cooperatingUnits").text(dust));
		assertEquals("李娜", office.column("responsiblePerson").text(dust));
		assertEquals("2023-11-20", office.column("received").text(dust));
		assertEquals("2024年6月底", office.column("deadline").text(dust));
		assertEquals(EnumLabels.label(WarningLevel.YELLOW), office.column("warning").text(dust));
		assertEquals("35.5", office.column("custom:investment").text(dust));
		assertEquals(new BigDecimal("35.5"), office.column("custom:investment").value(dust));
		assertEquals(LocalDate.of(2024, 5, 20), office.column("custom:checkedOn").value(dust));
		String signOff = office.column("signOff").text(office.sewage);
		assertTrue(signOff.contains("2024-03-20") && signOff.contains("2024-04-02"), signOff);
		assertEquals("", office.column("signOff").text(dust));
		assertNull(office.column("warning").value(office.noise));
	}

	/** text → parse → command → text gives the same text, for every editable column of every issue. */
	@Test
	void everyEditableColumnRoundTripsItsText() {
		for (Issue issue : office.issues()) {
			for (LedgerColumn column : office.columns) {
				String text = column.text(issue);
				if (!column.isEditable() || text.isEmpty()) {
					continue;
				}
				CellValue value = column.parse(office.ledger, issue, text);
				assertTrue(value.ok(), column.id() + ": " + value.error());
				office.execute(column.setCommand(office.domain, issue, value.value()));
				assertEquals(text, column.text(issue), column.id());
			}
		}
	}

	@Test
	void generatedLedgerCellsRoundTripThroughTheirText() {
		Ledger ledger = SampleLedgers.fresh(300);
		EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
		List<LedgerColumn> columns = LedgerColumns.of(ledger, SampleLedgers.AS_OF);
		for (Issue issue : ledger.getIssues().subList(0, 300)) {
			for (LedgerColumn column : columns) {
				String text = column.text(issue);
				if (!column.isEditable() || text.isEmpty()) {
					continue;
				}
				CellValue value = column.parse(ledger, text);
				assertTrue(value.ok(), column.id() + " of " + issue.getCaseNumber() + ": " + value.error());
				domain.getCommandStack().execute(column.setCommand(domain, issue, value.value()));
				assertEquals(text, column.text(issue), column.id() + " of " + issue.getCaseNumber());
			}
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"received | 2024-02-30", "received | 上个月", "deadline | 明年再说", "deadline | 2018", "leadUnit | 不存在的局",
			"county | 江州市生态环境局", "county | 城关镇", "responsiblePerson | 无名氏", "leader | 张伟（江州市水务局）",
			"sequence | abc", "sequence | -3", "sequence | 2.5", "category | 火星", "type | 慢慢改", "round | 2099年督察",
			"status | 已销号", "signOff | 通过", "warning | 红色预警", "custom:investment | 很多", "custom:satisfaction | 很好",
			"custom:checkedOn | 下周", "leadUnit | ", "responsiblePerson | ", "category | ",
			"cooperatingUnits | 江州市水务局、江州市生态环境局", "cooperatingUnits | 江州市水务局、江州市水务局",
			"caseNumber | ZY2023-002", "received | 2024-07-01", "deadline | 2023-01-01" })
	void refusedValueChangesNothingAndSaysWhy(String columnId, String text) {
		String typed = text == null ? "" : text;
		List<List<String>> before = office.cells();
		EditResult result = CellEdits.set(office.domain, office.ledger, office.dust, office.column(columnId), typed);
		assertFalse(result.ok());
		assertNull(result.command());
		assertEquals(1, result.problems().size());
		CellProblem problem = result.problems().get(0);
		assertEquals(office.column(columnId).header(), problem.columnHeader());
		assertEquals(1, problem.row());
		assertEquals(1, problem.column());
		assertFalse(problem.message().isBlank());
		if (!typed.isBlank() && office.column(columnId).isEditable() && !columnId.equals("caseNumber")
				&& !columnId.equals("cooperatingUnits") && !columnId.equals("received") && !columnId.equals("deadline")) {
			assertTrue(problem.message().contains(typed.split("（")[0]), problem.message());
		}
		assertEquals(before, office.cells());
		assertFalse(office.stack.canUndo());
	}

	@Test
	void refusalsNameTheirReason() {
		assertTrue(error("leadUnit", "不存在的局").contains("不存在的局"));
		assertTrue(error("county", "城关镇").contains("新港区城关镇") || error("county", "城关镇").contains("青岚县城关镇"));
		assertTrue(error("caseNumber", "ZY2023-002").contains("ZY2023-002"));
		assertTrue(error("deadline", "2023-01-01").contains("2023-11-20"));
		assertTrue(error("cooperatingUnits", "江州市生态环境局").contains("江州市生态环境局"));
		String ambiguous = error("leader", "张伟", office.fumes);
		assertTrue(ambiguous.contains("新港区") && ambiguous.contains("青岚县"), ambiguous);
	}

	private String error(String columnId, String text) {
		return error(columnId, text, office.dust);
	}

	private String error(String columnId, String text, Issue issue) {
		EditResult result = CellEdits.set(office.domain, office.ledger, issue, office.column(columnId), text);
		assertFalse(result.ok());
		return result.problems().get(0).message();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-03-05", "2024/3/5", "2024.3.5", "2024年3月5日", "2024年3月5号", "20240305", "45356",
			"45356.0", "２０２４－０３－０５", "2024-03-05 00:00:00", " 2024-3-5 " })
	void datesParseInEveryDomainSpelling(String text) {
		assertEquals(45356, ExcelDates.toSerial(LocalDate.of(2024, 3, 5)));
		CellValue value = office.column("received").parse(office.ledger, text);
		assertTrue(value.ok(), value.error());
		assertEquals(LocalDate.of(2024, 3, 5), value.value());
		CellValue custom = office.column("custom:checkedOn").parse(office.ledger, text);
		assertEquals(LocalDate.of(2024, 3, 5), custom.value());
	}

	@Test
	void deadlineKeepsTheSpellingAndSetsTheTypeItImplies() {
		Issue fresh = office.fresh;
		office.set(fresh, "deadline", "2024年下半年");
		assertEquals(LocalDate.of(2024, 12, 31), fresh.getPlan().getDeadline());
		assertEquals("2024年下半年", fresh.getPlan().getDeadlineText());
		assertEquals(RectificationType.TIME_LIMITED, fresh.getPlan().getType());
		assertEquals("2024年下半年", office.column("deadline").text(fresh));

		office.set(fresh, "deadline", "立行立改");
		assertNull(fresh.getPlan().getDeadline());
		assertEquals(RectificationType.IMMEDIATE, fresh.getPlan().getType());

		office.set(fresh, "deadline", String.valueOf(ExcelDates.toSerial(LocalDate.of(2024, 9, 30))));
		assertEquals("2024-09-30", office.column("deadline").text(fresh));
		assertEquals(RectificationType.TIME_LIMITED, fresh.getPlan().getType());

		office.set(fresh, "type", "长期坚持");
		office.set(fresh, "deadline", "2024年底");
		assertEquals(RectificationType.LONG_TERM, fresh.getPlan().getType(), "a dated first stage keeps a long-term plan");
	}

	@Test
	void planCellsCreateThePlanOnceAndUndoRemovesIt() {
		Issue fresh = office.fresh;
		assertNull(fresh.getPlan());
		EditResult result = CellEdits.paste(office.domain, office.ledger, office.issues(), office.columns, 4, 6,
				"清理河道垃圾\t1.打捞漂浮物；2.建立保洁制度");
		assertTrue(result.ok(), result.problems().toString());
		office.execute(result.command());
		assertEquals("清理河道垃圾", fresh.getPlan().getTarget());
		assertEquals(2, fresh.getPlan().getMeasures().size());
		office.stack.undo();
		assertNull(fresh.getPlan());
		office.stack.redo();
		assertEquals("清理河道垃圾", fresh.getPlan().getTarget());
	}

	@Test
	void editingMeasuresKeepsUnchangedOnesWithTheirDoneFlags() {
		Measure sprinklers = office.dust.getPlan().getMeasures().get(0);
		office.set(office.dust, "measures", "1.安装喷淋设施；2.建设围挡\n3.硬化场区道路");
		List<Measure> measures = office.dust.getPlan().getMeasures();
		assertEquals(3, measures.size());
		assertSame(sprinklers, measures.get(0));
		assertTrue(measures.get(0).isDone());
		assertEquals("建设围挡", measures.get(1).getDescription());
		assertFalse(measures.get(1).isDone());
		assertEquals(LocalDate.of(2024, 5, 31), measures.get(2).getDueDate());
		office.stack.undo();
		assertEquals("1.安装喷淋设施；2.硬化场区道路", office.column("measures").text(office.dust));
	}

	@Test
	void unitsAreFoundByNameShortNameOrCode() {
		office.water.setCode("JZ-D05");
		office.set(office.fresh, "leadUnit", "jz-d05");
		assertSame(office.water, office.column("leadUnit").value(office.fresh));
		office.set(office.fresh, "cooperatingUnits", "新港区城关镇，江州市生态环境局;青岚县");
		assertEquals(List.of(office.xingangTown, office.environment, office.qinglan),
				office.column("cooperatingUnits").value(office.fresh));
		office.set(office.fresh, "county", "青岚县");
		assertSame(office.qinglan, office.fresh.getRegion());
		office.set(office.fresh, "cooperatingUnits", "");
		assertNull(office.column("cooperatingUnits").value(office.fresh));
	}

	@Test
	void countyOfATownshipRegionStaysWhenTheSameCountyIsTyped() {
		office.set(office.dust, "county", "新港区");
		assertSame(office.xingangTown, office.dust.getRegion());
		office.set(office.dust, "county", "青岚县");
		assertSame(office.qinglan, office.dust.getRegion());
	}

	@Test
	void peopleSharingANameAreToldApartByUnitOrByTheLeadUnit() {
		office.set(office.fumes, "leader", "张伟（青岚县）");
		assertSame(office.zhangQinglan, office.column("leader").value(office.fumes));
		// the issue is led by 新港区: its 张伟 is meant
		office.set(office.noise, "leader", "张伟");
		assertSame(office.zhangXingang, office.column("leader").value(office.noise));
		office.set(office.noise, "leader", "");
		assertNull(office.column("leader").value(office.noise));
		office.set(office.fresh, "responsiblePerson", "王强");
		assertSame(office.wangQiang, office.column("responsiblePerson").value(office.fresh));
	}

	@Test
	void choicesAreReadInChineseOrEnglish() {
		office.set(office.fresh, "category", "大气");
		assertEquals(IssueCategory.AIR, office.fresh.getCategory());
		office.set(office.fresh, "category", "water");
		assertEquals(IssueCategory.WATER, office.fresh.getCategory());
		office.set(office.fresh, "round", "2023年中央生态环境保护督察");
		assertSame(office.central, office.fresh.getRound());
		assertEquals(IssueCategory.VALUES.size(), office.column("category").choices(office.ledger).size());
		assertEquals(2, office.column("round").choices(office.ledger).size());
		assertEquals(office.ledger.getPersons().size(), office.column("leader").choices(office.ledger).size());
		assertTrue(office.column("description").choices(office.ledger).isEmpty());
	}

	@Test
	void customFieldsAreStoredAsCanonicalTextAndClearedByEmptyText() {
		office.set(office.fresh, "custom:investment", "1,234.50");
		assertEquals("1234.50", office.column("custom:investment").text(office.fresh));
		office.set(office.fresh, "custom:checkedOn", "2024年6月3日");
		assertEquals("2024-06-03", office.column("custom:checkedOn").text(office.fresh));
		office.set(office.fresh, "custom:satisfaction", "满意");
		office.set(office.fresh, "custom:remark", "需回访");
		assertEquals(4, office.fresh.getCustomValues().size());
		office.set(office.fresh, "custom:remark", "");
		assertEquals(3, office.fresh.getCustomValues().size());
		office.stack.undo();
		assertEquals("需回访", office.column("custom:remark").text(office.fresh));
	}

	@Test
	void readOnlyColumnsGiveNoCommand() {
		for (String id : List.of("status", "signOff", "warning")) {
			LedgerColumn column = office.column(id);
			assertFalse(column.isEditable());
			assertSame(UnexecutableCommand.INSTANCE, column.setCommand(office.domain, office.dust, IssueStatus.SIGNED_OFF));
		}
	}

	@Test
	void sortingPutsEmptyCellsLastAndOrdersChineseByPinyin() {
		List<Issue> issues = office.issues();
		issues.sort(office.column("deadline").comparator());
		assertEquals(List.of(office.sewage, office.fumes, office.dust), issues.subList(0, 3));
		assertTrue(issues.subList(3, 5).containsAll(List.of(office.noise, office.fresh)));

		issues.sort(office.column("leadUnit").comparator());
		// by pinyin: 江州市生态环境局 (jiang…sheng) < 江州市水务局 (jiang…shui) < 青岚县 (qing) < 新港区 (xin)
		assertEquals(List.of(office.dust, office.fumes, office.sewage, office.noise, office.fresh), issues);

		List<Issue> byWarning = office.issues();
		byWarning.sort(office.column("warning").comparator());
		assertEquals(List.of(office.fumes, office.dust, office.sewage), byWarning.subList(0, 3));
		Comparator<Issue> twoColumns = office.column("round").comparator().thenComparing(office.column("received").comparator());
		List<Issue> byRound = office.issues();
		byRound.sort(twoColumns.reversed());
		assertEquals(List.of(office.fresh, office.fumes, office.noise, office.sewage, office.dust), byRound);
	}
}
