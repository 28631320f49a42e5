package dev.keyaccount.kpi.evaluation;

import dev.keyaccount.core.Args;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The five rating levels of a scorecard criterion; a criterion scores its weight times the level's
 * fraction (growth rated {@link #ABOVE_AVERAGE} with weight 40 scores 32 points).
 */
public enum Level {
  /** Outstanding (杰出): 100% of the weight. */
  OUTSTANDING(100, "杰出"),
  /** Above average (中上): 80% of the weight. */
  ABOVE_AVERAGE(80, "中上"),
  /** Average (中等): 60% of the weight. */
  AVERAGE(60, "中等"),
  /** Below average (中下): 40% of the weight. */
  BELOW_AVERAGE(40, "中下"),
  /** Poor (差劣): 20% of the weight. */
  POOR(20, "差劣");

  private final int percent;
  private final BigDecimal fraction;
  private final String chinese;

  Level(int percent, String chinese) {
    this.percent = percent;
    this.fraction = BigDecimal.valueOf(percent, 2);
    this.chinese = chinese;
  }

  /**
   * Parses a level as written in a file: the constant's name in any case, with spaces or hyphens for
   * underscores ({@code "above average"}), or the Chinese term ({@code "中上"}).
   *
   * @param text the text
   * @return the level
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text names no level
   */
  public static Level parse(String text) {
    Args.notNull(text, "text");
    String key = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (Level level : values()) {
      if (level.name().equals(key) || level.chinese.equals(text.trim())) {
        return level;
      }
    }
    throw new IllegalArgumentException(Args.message("text",
        "name a level (OUTSTANDING, ABOVE_AVERAGE, AVERAGE, BELOW_AVERAGE, POOR or 杰出, 中上, 中等, 中下, 差劣)",
        "'" + text + "'"));
  }

  /**
   * Returns the Chinese term of the level.
   *
   * @return such as {@code "中上"}
   */
  public String chinese() {
    return chinese;
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
