package taizhang.ledger.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TextOrderTest {

	/** Characters of every kind the collator treats differently, Chinese above all. */
	private static final String[] PIECES = { "阿", "啊", "安", "城关镇", "扬尘", "污水", "整改", "群众来电反映：", "江州市", "凤栖区", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"重", "长", "行", "乐", "䶵", "𠀀", "，", "。", "；", "、", "（", "）", "1", "２", "10", "a", "A", "ａ", "B", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$ //$NON-NLS-18$ //$NON-NLS-19$
			"æ", "ß", "e\u0301", "é", " ", "\u00A0", "-", "\u200B", "เก", "ไข", "ā", "ǎ", "\uE000", "☆", "Ω" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$

	@Test
	void weightsAreHowTheCollationKeyBegins() {
		Collator collator = Order.collator();
		for (String text : texts(3000, new Random(11))) {
			TextOrder.Weigher weigher = new TextOrder.Weigher();
			weigher.add(text);
			String prefix = Order.prefix(text);
			assertEquals(primaryPart(collator.getCollationKey(prefix).toByteArray()),
					new String(weigher.weights, 0, weigher.count), prefix);
		}
	}

	@Test
	void sortsManyTextsAsCompareTextDoes() {
		List<String> texts = texts(15_000, new Random(7)); // above the threshold for sharing among processors
		assertSortedAsCompareText(texts);
	}

	@Test
	void sortsTextsSharingTheirFirstCharactersOrDifferingOnlyInCaseWidthOrSpacesAsCompareTextDoes() {
		String common = "群众来电反映：江州市凤栖区团结街道王坪社区附近某小吃街餐饮油烟扰民，群众反映强烈，要求尽快整改到位。"; //$NON-NLS-1$
		List<String> texts = new ArrayList<>(List.of(common, common + "甲", common + "乙", common + "a", common + "A", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				common + " a", common + "ａ", "ab", "AB", "a b", "ａｂ", "a-b", "", " ", "a", "A")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
		for (int i = 0; i < 40; i++) {
			texts.add(common.repeat(2) + i);
			texts.add(common + i);
		}
		assertSortedAsCompareText(texts);
	}

	@Test
	void sortsTextsWithTheLastCharacterOfTheBasicPlaneAsCompareTextDoes() {
		assertSortedAsCompareText(List.of("a\uFFFF", "a", "ab", "\uFFFF", "阿\uFFFFb", "阿", "阿b")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		String common = "县级自验通过（2021-03-02）；市级验收不通过（2021-04-01）；县级自验通过（2021-05-02）；市级验收通过"; //$NON-NLS-1$
		assertSortedAsCompareText(List.of(common + "\uFFFF", common + "\uFFFFa", common + "a", common + "\uFFFF\uFFFF", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				common + "b", common)); //$NON-NLS-1$
	}

	@Test
	void contractionsAreTheEntriesOfSeveralCharactersThatAreNoReset() {
		BitSet characters = TextOrder.contractions("& a < ch , b & ll < x ; '<'y / z = q"); //$NON-NLS-1$
		assertTrue(characters.get('c') && characters.get('h'), characters.toString());
		assertTrue(characters.get('<') && characters.get('y'), characters.toString());
		assertEquals(4, characters.cardinality(), characters.toString()); // not l (a reset), nor z (an expansion)
	}

	private static void assertSortedAsCompareText(List<String> texts) {
		String[] distinct = new LinkedHashSet<>(texts).toArray(String[]::new);
		String[] expected = distinct.clone();
		Arrays.sort(expected, Order::compareText);
		int[] positions = TextOrder.sort(distinct);
		String[] sorted = new String[positions.length];
		for (int i = 0; i < positions.length; i++) {
			sorted[i] = distinct[positions[i]];
		}
		assertArrayEquals(expected, sorted);
	}

	/** Distinct texts of random pieces, some longer than the collator's prefix. */
	private static List<String> texts(int count, Random random) {
		Set<String> texts = new LinkedHashSet<>();
		while (texts.size() < count) {
			StringBuilder text = new StringBuilder();
			int pieces = random.nextInt(10) == 0 ? 40 + random.nextInt(20) : 1 + random.nextInt(8);
			for (int i = 0; i < pieces; i++) {
				text.append(PIECES[random.nextInt(PIECES.length)]);
			}
			texts.add(text.toString());
		}
		return new ArrayList<>(texts);
	}

	/** The primary weights of a collation key: its characters up to the first 0. */
	private static String primaryPart(byte[] key) {
		StringBuilder weights = new StringBuilder();
		for (int i = 0; i + 1 < key.length; i += 2) {
			char weight = (char) ((key[i] & 0xFF) << 8 | key[i + 1] & 0xFF);
			if (weight == 0) {
				break;
			}
			weights.append(weight);
		}
		return weights.toString();
	}
}
