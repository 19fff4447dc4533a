package taizhang.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TsvTest {

	@Test
	void formatsRowsWithTabsAndCrlfIncludingTheLast() {
		assertEquals("a\tb\r\n中文\t\r\n", Tsv.format(List.of(List.of("a", "b"), List.of("中文", ""))));
	}

	@Test
	void quotesCellsHoldingTabsLineBreaksOrQuotes() {
		assertEquals("\"a\tb\"\t\"第一行\n第二行\"\t\"说\"\"好\"\"\"\tplain\r\n",
				Tsv.format(List.of(List.of("a\tb", "第一行\n第二行", "说\"好\"", "plain"))));
	}

	@Test
	void parsesWhatExcelPutsOnTheClipboard() {
		String excel = "序号\t问题描述\r\n1\t\"多行\r\n描述\"\r\n2\t\"带\"\"引号\"\"\"\r\n";
		assertEquals(List.of(List.of("序号", "问题描述"), List.of("1", "多行\r\n描述"), List.of("2", "带\"引号\"")),
				Tsv.parse(excel));
	}

	@Test
	void acceptsLfAndCrLineEndsAndAMissingLastLineEnd() {
		assertEquals(List.of(List.of("a", "b"), List.of("c")), Tsv.parse("a\tb\nc"));
		assertEquals(List.of(List.of("a"), List.of("b")), Tsv.parse("a\rb\r"));
		assertEquals(List.of(List.of("", "x", "")), Tsv.parse("\tx\t\r\n"));
		assertEquals(List.of(), Tsv.parse(""));
	}

	@Test
	void takesQuotesInsideACellLiterally() {
		assertEquals(List.of(List.of("5\" 屏幕", "\"半引号")), Tsv.parse("5\" 屏幕\t\"半引号"));
		assertEquals(List.of(List.of("\"a\"b")), Tsv.parse("\"a\"b"));
	}

	@Test
	void roundTripsAnyCells() {
		List<List<String>> cells = List.of(List.of("", "\"", "\t", "\r\n", "\n\n"), List.of("一\"二\"三", " 空格 ", "x"));
		assertEquals(cells, Tsv.parse(Tsv.format(cells)));
	}
}
