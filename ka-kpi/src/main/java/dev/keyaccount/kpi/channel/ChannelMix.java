package dev.keyaccount.kpi.channel;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Channel mix (渠道结构) and brand/pack mix against planned proportions: modern trade / traditional trade
 * / distributors, or the brands and packs of a portfolio.
 *
 * <p>This class is stateless and thread-safe; use {@link #DEFAULT}.
 */
public final class ChannelMix {

  /** The calculator. */
  public static final ChannelMix DEFAULT = new ChannelMix();

  /** The most parts (channels, SKUs or categories) one comparison takes. */
  public static final int MAX_PARTS = 10_000;

  private ChannelMix() {}

  /**
   * Compares actual volumes or sales with planned shares. A part planned but not sold has actual zero; a
   * part sold but not planned has planned share zero.
   *
   * @param actual volumes or sales by part, none negative or beyond the decimal bound, not all zero, at most
   *     {@link #MAX_PARTS} parts
   * @param planned planned shares by part, each in {@code [0, 1]}, totalling exactly 100%
   * @return one line per part, sorted by key
   * @throws NullPointerException if a map, key or value is null
   * @throws IllegalArgumentException if a value is negative or beyond the decimal bound, a map has more than
   *     {@link #MAX_PARTS} parts, the actual total is zero, or the plan does not total 100%
   */
  public List<MixLine> compare(Map<String, BigDecimal> actual, Map<String, Rate> planned) {
    Args.notNull(actual, "actual");
    Args.notNull(planned, "planned");
    Args.check(actual.size() <= MAX_PARTS, "actual", "have at most " + MAX_PARTS + " parts", actual.size() + " parts");
    Args.check(planned.size() <= MAX_PARTS, "planned", "have at most " + MAX_PARTS + " parts",
        planned.size() + " parts");
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> e : actual.entrySet()) {
      BigDecimal value = e.getValue();
      if (value == null || value.signum() < 0) {
        Args.notNegative(value, "actual[" + e.getKey() + "]");
      }
      Args.bounded(value, "actual[" + e.getKey() + "]");
      total = total.add(value);
    }
    Args.check(total.signum() > 0, "actual", "not total zero", actual);
    Rate plannedTotal = Rate.ZERO;
    for (Map.Entry<String, Rate> e : planned.entrySet()) {
      Rate share = e.getValue();
      if (share == null) {
        Args.notNull(share, "planned[" + e.getKey() + "]");
      }
      if (!share.isBetweenZeroAndOne()) {
        throw Args.invalid("planned[" + e.getKey() + "]", "be between 0% and 100%", share);
      }
      plannedTotal = plannedTotal.plus(share);
    }
    if (!plannedTotal.equals(Rate.ONE)) {
      throw Args.invalid("planned", "total 100%", plannedTotal + " " + planned);
    }
    TreeSet<String> keys = new TreeSet<>(actual.keySet());
    keys.addAll(planned.keySet());
    List<MixLine> lines = new ArrayList<>(keys.size());
    for (String key : keys) {
      BigDecimal value = actual.getOrDefault(key, BigDecimal.ZERO);
      lines.add(MixLine.of(key, value, Rate.ratio(value, total), planned.getOrDefault(key, Rate.ZERO)));
    }
    return List.copyOf(lines);
  }
}
