package taizhang.ledger.ui.internal;

/**
 * The header row of a group of issues (all issues of one county, one status …).
 *
 * @param key       the group's key from {@link taizhang.ledger.Grouping#key}; {@code null} for the
 *                  issues that have none
 * @param label     the text shown across the row, with the count
 * @param count     how many issues the group holds (after the filters)
 * @param collapsed whether the group's issues are hidden
 */
record GroupRow(Object key, String label, int count, boolean collapsed) {
}
