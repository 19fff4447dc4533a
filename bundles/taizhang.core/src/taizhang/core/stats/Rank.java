package taizhang.core.stats;

/**
 * One place in a ranking of units ({@link LedgerStatistics#ranking(Dimension)}).
 *
 * @param position 1 for the first place; every unit has its own position (ties are broken, see
 *                 {@link LedgerStatistics#RANKING_ORDER})
 * @param key      the unit
 * @param figures  the unit's figures
 */
public record Rank<K>(int position, K key, Figures figures) {
}
