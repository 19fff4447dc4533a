package taizhang.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import taizhang.core.time.DeadlineFormatException.Problem;
import taizhang.model.Issue;
import taizhang.model.RectificationPlan;
import taizhang.model.RectificationType;
import taizhang.testing.SampleLedgers;

class DeadlineParserTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = {
			"2018年12月31日 | 2018-12-31",
			"2018年6月3日 | 2018-06-03",
			"2018年6月3号 | 2018-06-03",
			"2018年12月底 | 2018-12-31",
			"2019年6月底 | 2019-06-30",
			"2019年2月底 | 2019-02-28",
			"2020年2月底 | 2020-02-29",
			"2019年6月末 | 2019-06-30",
			"2019年6月 | 2019-06-30",
			"2018年底 | 2018-12-31",
			"2018年年底 | 2018-12-31",
			"2018年末 | 2018-12-31",
			"2018年 | 2018-12-31",
			"2018.12.31 | 2018-12-31",
			"2018.6.30 | 2018-06-30",
			"2018-12-31 | 2018-12-31",
			"2018-6-5 | 2018-06-05",
			"2018/12/31 | 2018-12-31",
			"20181231 | 2018-12-31",
			"2020年上半年 | 2020-06-30",
			"2020年下半年 | 2020-12-31",
			"2020年第一季度 | 2020-03-31",
			"2020年第二季度 | 2020-06-30",
			"2020年第三季度 | 2020-09-30",
			"2020年第四季度 | 2020-12-31",
			"2020年三季度 | 2020-09-30",
			"2020年第3季度 | 2020-09-30",
			"2020Q3 | 2020-09-30",
			"43465 | 2018-12-31",
			"43465.0 | 2018-12-31",
			"43465.75 | 2018-12-31",
			"43281 | 2018-06-30",
			"2018年12月底前 | 2018-12-31",
			"2018年底前完成 | 2018-12-31",
			"2018年12月31日之前 | 2018-12-31",
	})
	void datedSpellingsAreTimeLimited(String text, LocalDate expected) throws DeadlineFormatException {
		ParsedDeadline parsed = DeadlineParser.parse(text);
		assertEquals(expected, parsed.date());
		assertEquals(RectificationType.TIME_LIMITED, parsed.type());
	}

	@ParameterizedTest
	@ValueSource(strings = { "立行立改", "立即整改", "即知即改", " 立行立改 " })
	void immediateSpellingsHaveNoDate(String text) throws DeadlineFormatException {
		ParsedDeadline parsed = DeadlineParser.parse(text);
		assertEquals(RectificationType.IMMEDIATE, parsed.type());
		assertNull(parsed.date());
		assertFalse(parsed.hasDate());
	}

	@ParameterizedTest
	@ValueSource(strings = { "长期坚持", "长期整改", "长期", "立行立改、长期坚持", "立行立改，长期坚持", "立行立改,长期坚持" })
	void longTermSpellingsHaveNoDate(String text) throws DeadlineFormatException {
		ParsedDeadline parsed = DeadlineParser.parse(text);
		assertEquals(RectificationType.LONG_TERM, parsed.type());
		assertNull(parsed.date());
	}

	@Test
	void aDateFollowedByLongTermIsLongTermWithThatDate() throws DeadlineFormatException {
		assertEquals(new ParsedDeadline(LocalDate.of(2018, 12, 31), RectificationType.LONG_TERM),
				DeadlineParser.parse("2018年底前完成，长期坚持"));
		assertEquals(new ParsedDeadline(LocalDate.of(2019, 6, 30), RectificationType.LONG_TERM),
				DeadlineParser.parse("2019年6月底；长期坚持"));
	}

	@Test
	void fullWidthDigitsAndSpacesAreTolerated() throws DeadlineFormatException {
		LocalDate expected = LocalDate.of(2018, 12, 31);
		assertEquals(expected, DeadlineParser.parse("２０１８年１２月３１日").date());
		assertEquals(expected, DeadlineParser.parse("  2018.12.31\t").date());
		assertEquals(expected, DeadlineParser.parse("\u3000２０１８．１２．３１\u3000").date());
		assertEquals(expected, DeadlineParser.parse("２０１８－１２－３１").date());
		assertEquals(expected, DeadlineParser.parse("2018 年 12 月 31 日").date());
		assertEquals(expected, DeadlineParser.parse("４３４６５").date());
		assertEquals(LocalDate.of(2020, 12, 31), DeadlineParser.parse(" ２０２０年下半年 ").date());
	}

	@ParameterizedTest
	@ValueSource(strings = { "尽快", "2018年中", "12月底", "2018-12", "2018年12月中旬", "31.12.2018",
			"2018年12月31日以后", "长期坚持、立行立改", "下半年", "abc", "2018年第五季度", "18.12.31" })
	void unknownSpellingsAreRefusedNotGuessed(String text) {
		DeadlineFormatException e = assertThrows(DeadlineFormatException.class, () -> DeadlineParser.parse(text));
		assertEquals(Problem.UNKNOWN_SPELLING, e.problem());
		assertEquals(text, e.text());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2018年2月30日", "2018.2.29", "2018-13-01", "2018年13月底", "2018/0/10", "20181340" })
	void daysTheCalendarLacksAreRefused(String text) {
		DeadlineFormatException e = assertThrows(DeadlineFormatException.class, () -> DeadlineParser.parse(text));
		assertEquals(Problem.NO_SUCH_DAY, e.problem());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2018", "2018.12", "60", "0", "100000", "1234567" })
	void numbersOutsideExcelsPlausibleRangeAreRefused(String text) {
		DeadlineFormatException e = assertThrows(DeadlineFormatException.class, () -> DeadlineParser.parse(text));
		assertEquals(Problem.IMPLAUSIBLE_SERIAL, e.problem());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\u3000" })
	void emptyTextIsRefused(String text) {
		DeadlineFormatException e = assertThrows(DeadlineFormatException.class, () -> DeadlineParser.parse(text));
		assertEquals(Problem.EMPTY, e.problem());
	}

	@Test
	void nullIsRefusedAsEmpty() {
		assertEquals(Problem.EMPTY,
				assertThrows(DeadlineFormatException.class, () -> DeadlineParser.parse(null)).problem());
	}

	@Test
	void errorMessagesQuoteTheTextInChineseAndEnglish() {
		DeadlineFormatException e = assertThrows(DeadlineFormatException.class, () -> DeadlineParser.parse("尽快"));
		assertEquals("无法识别整改时限“尽快”；请按 2018年12月31日、2018-12-31、2019年6月底、2020年下半年、2020年第三季度、立行立改 或 长期坚持 等格式填写",
				e.getMessage(Locale.CHINA));
		assertTrue(e.getMessage(Locale.ENGLISH).startsWith("The deadline \"尽快\" could not be understood"),
				e.getMessage(Locale.ENGLISH));
		assertEquals(e.getMessage(Locale.ENGLISH), e.getMessage());
		DeadlineFormatException noDay = assertThrows(DeadlineFormatException.class,
				() -> DeadlineParser.parse("2018年2月30日"));
		assertEquals("整改时限“2018年2月30日”中的 2018年2月30日 不存在", noDay.getMessage(Locale.CHINESE));
		assertEquals("The deadline \"2018年2月30日\" names year 2018, month 2, day 30, which is not a day of the calendar",
				noDay.getMessage(Locale.ENGLISH));
	}

	/** The demo generator writes every spelling it knows; each must parse back to the plan's data. */
	@Test
	void everyDeadlineOfTheDemoLedgerParsesToItsPlan() throws DeadlineFormatException {
		int dated = 0;
		for (Issue issue : SampleLedgers.generated(3000).getIssues()) {
			RectificationPlan plan = issue.getPlan();
			if (plan == null || plan.getDeadlineText() == null) {
				continue;
			}
			ParsedDeadline parsed = DeadlineParser.parse(plan.getDeadlineText());
			if (parsed.hasDate()) {
				assertEquals(plan.getDeadline(), parsed.date(), plan.getDeadlineText());
				dated++;
			}
			if (parsed.type() != RectificationType.TIME_LIMITED) {
				assertEquals(plan.getType(), parsed.type(), plan.getDeadlineText());
			} else {
				// dated spellings also serve long-term plans with a horizon (2020年下半年)
				assertTrue(plan.getType() != RectificationType.IMMEDIATE, plan.getDeadlineText());
			}
		}
		assertTrue(dated > 1000, "dated deadlines: " + dated);
	}
}
