package dev.keyaccount.kpi.evaluation;

import java.math.BigDecimal;

/**
 * The five rating levels of a scorecard criterion; a criterion scores its weight times the level's
 * fraction (growth rated {@link #ABOVE_AVERAGE} with weight 40 scores 32 points).
 */
public enum Level {
  /** Outstanding (杰出): 100% of the weight. */
  OUTSTANDING(100),
  /** Above average (中上): 80% of the weight. */
  ABOVE_AVERAGE(80),
  /** Average (中等): 60% of the weight. */
  AVERAGE(60),
  /** Below average (中下): 40% of the weight. */
  BELOW_AVERAGE(40),
  /** Poor (差劣): 20% of the weight. */
  POOR(20);

  private final int percent;
  private final BigDecimal fraction;

  Level(int percent) {
    this.percent = percent;
    this.fraction = BigDecimal.valueOf(percent, 2);
  }

  /**
   * Returns the share of the criterion's weight this level scores, as a percentage.
   *
   * @return 100, 80, 60, 40 or 20
   */
  public int percent() {
    return percent;
  }

  /**
   * Returns the share of the criterion's weight this level scores, as a fraction.
   *
   * @return 1.00, 0.80, 0.60, 0.40 or 0.20
   */
  public BigDecimal fraction() {
    return fraction;
  }

  /**
   * Returns whether this level is strictly better than another.
   *
   * @param other the other level
   * @return true if this level scores a larger share of the weight
   */
  public boolean isBetterThan(Level other) {
    return percent > other.percent;
  }
}
