package taizhang.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import taizhang.model.Issue;
import taizhang.model.Ledger;
import taizhang.testing.SampleLedgers;

class LedgerSortTest {

	private final Ledger ledger = SampleLedgers.generated(2000);
	private final List<LedgerColumn> columns = LedgerColumns.of(ledger, SampleLedgers.AS_OF);

	private LedgerSort.Key key(String id, boolean descending) {
		return new LedgerSort.Key(LedgerColumns.byId(columns, id).orElseThrow(), descending);
	}

	private static Comparator<Issue> chained(List<LedgerSort.Key> keys) {
		Comparator<Issue> chained = null;
		for (LedgerSort.Key key : keys) {
			Comparator<Issue> byColumn = key.descending() ? key.column().comparator().reversed() : key.column().comparator();
			chained = chained == null ? byColumn : chained.thenComparing(byColumn);
		}
		return chained;
	}

	@Test
	void sortsAsTheChainedComparatorsWouldStably() {
		List<List<LedgerSort.Key>> cases = List.of(List.of(key("county", false), key("deadline", false)),
				List.of(key("leadUnit", true), key("received", false)), List.of(key("warning", true), key("sequence", true)),
				List.of(key("status", false), key("responsiblePerson", false), key("round", true)),
				List.of(key("cooperatingUnits", false)), List.of(key("description", false)),
				List.of(key("custom:investment", true)), List.of(key("measures", false), key("type", false)));
		for (List<LedgerSort.Key> keys : cases) {
			List<Issue> expected = new ArrayList<>(ledger.getIssues());
			expected.sort(chained(keys));
			List<Issue> sorted = new ArrayList<>(ledger.getIssues());
			LedgerSort.sort(sorted, keys);
			assertEquals(expected, sorted, keys.toString());
		}
	}

	@Test
	void noKeysLeaveTheOrderAlone() {
		List<Issue> rows = new ArrayList<>(ledger.getIssues());
		LedgerSort.sort(rows, List.of());
		assertEquals(ledger.getIssues(), rows);
	}
}
