package dev.keyaccount.examples.review.csv;

import java.math.BigDecimal;

/**
 * A plain decimal cell as {@link CsvRow#decimal(String, DecimalCell)} read it: up to 18 digits as an
 * unscaled {@code long} and a scale, without a {@code BigDecimal}; longer ones as the decimal. Reused from
 * row to row by one reader (a million cells a file); not thread-safe.
 */
public final class DecimalCell {

  private long unscaled;
  private int scale;
  private BigDecimal large;

  /** An empty cell, to be filled by {@link CsvRow#decimal(String, DecimalCell)}. */
  public DecimalCell() {}

  void small(long unscaledValue, int decimals) {
    unscaled = unscaledValue;
    scale = decimals;
    large = null;
  }

  void large(BigDecimal value) {
    large = value;
  }

  /**
   * Whether the decimal has at most 18 digits, so that {@link #unscaled} and {@link #scale} hold it.
   *
   * @return true for a small decimal
   */
  public boolean isSmall() {
    return large == null;
  }

  /**
   * The unscaled value of a small decimal ({@code -12345} for {@code -123.45}).
   *
   * @return the unscaled value
   */
  public long unscaled() {
    return unscaled;
  }

  /**
   * The scale of a small decimal (its digits after the point).
   *
   * @return the scale
   */
  public int scale() {
    return scale;
  }

  /**
   * The decimal, the same {@code BigDecimal} as {@code new BigDecimal(cell)}.
   *
   * @return the value
   */
  public BigDecimal value() {
    return large != null ? large : BigDecimal.valueOf(unscaled, scale);
  }
}
