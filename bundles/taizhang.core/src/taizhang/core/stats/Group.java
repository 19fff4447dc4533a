package taizhang.core.stats;

/**
 * One row of statistics: the issues sharing one key in a {@link Dimension}.
 *
 * @param key     the key; {@code null} for the issues that have none in this dimension (e.g. no
 *                county)
 * @param figures the counts
 */
public record Group<K>(K key, Figures figures) {
}
