package taizhang.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import taizhang.model.Issue;

class ColumnFiltersTest {

	private final Office office = new Office();

	/** The case numbers of the issues a filter keeps, in ledger order, space-separated. */
	private String kept(String columnId, String expression) {
		FilterResult filter = ColumnFilters.parse(office.column(columnId), expression);
		assertTrue(filter.ok(), filter.error());
		assertNull(filter.error());
		return String.join(" ", office.ledger.getIssues().stream().filter(filter.predicate()).map(Issue::getCaseNumber).toList());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"received | 2024 | SJ2024-001 SJ2024-002 SJ2024-003",
			"received | 2023-11 | ZY2023-001 ZY2023-002",
			"received | 2023年11月 | ZY2023-001 ZY2023-002",
			"received | 2023-11-20 | ZY2023-001",
			"received | >=2024-02-01 | SJ2024-002 SJ2024-003",
			"received | >2024-01 | SJ2024-002 SJ2024-003",
			"received | <2024-01 | ZY2023-001 ZY2023-002",
			"received | <=2024-01 | ZY2023-001 ZY2023-002 SJ2024-001",
			"received | 2023-11-21..2024-01 | ZY2023-002 SJ2024-001",
			"received | ..2023-11-20 | ZY2023-001",
			"received | 2024-02~ | SJ2024-002 SJ2024-003",
			"deadline | 2024-06 | ZY2023-001 SJ2024-002",
			"deadline | 立行立改 | SJ2024-001",
			"deadline | 空 | SJ2024-001 SJ2024-003",
			"custom:checkedOn | 2024-05 | ZY2023-001" })
	void dateFiltersUnderstandYearsMonthsDaysComparisonsAndRanges(String column, String expression, String expected) {
		assertEquals(expected, kept(column, expression));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"category | 水 | ZY2023-002", "category | water | ZY2023-002", "category | 扬尘,噪声 | ZY2023-001 SJ2024-001",
			"status | 整改中 | ZY2023-001 ZY2023-002 SJ2024-002", "status | signed | SJ2024-001",
			"warning | 红 | ZY2023-002", "warning | yellow | ZY2023-001", "warning | 空 | SJ2024-001 SJ2024-003",
			"type | 限时 | ZY2023-001 ZY2023-002 SJ2024-002", "round | 省级 | SJ2024-001 SJ2024-002 SJ2024-003",
			"custom:satisfaction | 基本 | ZY2023-001" })
	void choiceFiltersMatchLabelsInEitherLanguage(String column, String expression, String expected) {
		assertEquals(expected, kept(column, expression));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"description | 偷排 | ZY2023-002", "description | NIGHT | SJ2024-001", "description | ｎｉｇｈｔ | SJ2024-001",
			"leadUnit | 生态环境 | ZY2023-001", "county | 新港 | ZY2023-001 SJ2024-001",
			"cooperatingUnits | 水务 | ZY2023-001", "responsiblePerson | 张伟 | ZY2023-002 SJ2024-001",
			"measures | 喷淋 | ZY2023-001", "target | empty | SJ2024-001 SJ2024-002 SJ2024-003",
			"target | 非空 | ZY2023-001 ZY2023-002", "caseNumber | sj2024 | SJ2024-001 SJ2024-002 SJ2024-003" })
	void textFiltersFindPartsIgnoringCase(String column, String expression, String expected) {
		assertEquals(expected, kept(column, expression));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"sequence | 3 | SJ2024-001", "sequence | >3 | SJ2024-002 SJ2024-003", "sequence | <=2 | ZY2023-001 ZY2023-002",
			"sequence | 2..4 | ZY2023-002 SJ2024-001 SJ2024-002", "custom:investment | >=35.5 | ZY2023-001",
			"custom:investment | >35.5 | ''", "custom:investment | 空 | ZY2023-002 SJ2024-001 SJ2024-002 SJ2024-003" })
	void numberFiltersCompare(String column, String expression, String expected) {
		assertEquals(expected, kept(column, expression));
	}

	@Test
	void anEmptyExpressionKeepsEverything() {
		assertEquals(5, office.ledger.getIssues().stream().filter(ColumnFilters.parse(office.column("received"), " ").predicate())
				.count());
	}

	@Test
	void expressionsThatAreNoConditionAreRefusedWithTheReason() {
		for (List<String> refused : List.of(List.of("received", "上周"), List.of("received", "2024-13"),
				List.of("received", "2024-06..2024-01"), List.of("sequence", "三"), List.of("custom:investment", ">很多"))) {
			FilterResult filter = ColumnFilters.parse(office.column(refused.get(0)), refused.get(1));
			assertFalse(filter.ok(), refused.toString());
			assertNull(filter.predicate());
			assertTrue(filter.error().contains(refused.get(1)), filter.error());
		}
	}
}
