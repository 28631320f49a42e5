package dev.keyaccount.planning.baseline;

import dev.keyaccount.core.Args;
import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;
import org.threeten.extra.YearWeek;

/**
 * Seasonal indices by ISO week of the year (季节指数), taken from last year as data: the index of a week
 * is its expected volume relative to the baseline level (last year's week ÷ last year's baseline),
 * so a week's baseline is the median level × its index. A week without an index has index 1.
 *
 * <p>Bounds: weeks of the year in {@code [1, 53]}; indices in {@code [0, }{@value #MAX_INDEX}{@code ]} with
 * at most {@value #MAX_SCALE} decimals, so every seasonal baseline stays exact. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class SeasonalIndex {

  /** The largest index accepted. */
  public static final int MAX_INDEX = 10;
  /** The most decimals an index may have. */
  public static final int MAX_SCALE = 6;

  private static final SeasonalIndex NONE = ImmutableSeasonalIndex.builder().build();

  SeasonalIndex() {}

  /**
   * Returns the indices of the given weeks of the year.
   *
   * @param byWeekOfYear the index per ISO week of the year
   * @return the seasonal index
   * @throws NullPointerException if the map, a key or a value is null
   * @throws IllegalArgumentException if a week or an index is out of its bounds
   */
  public static SeasonalIndex of(Map<Integer, BigDecimal> byWeekOfYear) {
    return ImmutableSeasonalIndex.builder().putAllByWeekOfYear(Args.notNull(byWeekOfYear, "byWeekOfYear")).build();
  }

  /**
   * Returns no seasonality: every week has index 1.
   *
   * @return the flat index
   */
  public static SeasonalIndex none() {
    return NONE;
  }

  /**
   * The indices given, by ISO week of the year.
   *
   * @return the indices
   */
  public abstract Map<Integer, BigDecimal> byWeekOfYear();

  /**
   * The index of a week: the one given for its week of the year, or 1.
   *
   * @param week the week
   * @return the index
   */
  public BigDecimal of(YearWeek week) {
    return byWeekOfYear().getOrDefault(Args.notNull(week, "week").getWeek(), BigDecimal.ONE);
  }

  @Value.Check
  void check() {
    for (Map.Entry<Integer, BigDecimal> e : byWeekOfYear().entrySet()) {
      int w = e.getKey();
      Args.check(w >= 1 && w <= 53, "byWeekOfYear", "have weeks of the year between 1 and 53", w);
      BigDecimal index = e.getValue();
      String name = "byWeekOfYear[" + w + "]";
      if (!(index.signum() >= 0 && index.compareTo(BigDecimal.valueOf(MAX_INDEX)) <= 0)) {
        throw Args.invalid(name, "be between 0 and " + MAX_INDEX, index.toPlainString());
      }
      if (index.stripTrailingZeros().scale() > MAX_SCALE) {
        throw Args.invalid(name, "have at most " + MAX_SCALE + " decimals", index.toPlainString());
      }
    }
  }
}
