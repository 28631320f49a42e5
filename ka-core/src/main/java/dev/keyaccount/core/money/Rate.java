package dev.keyaccount.core.money;

import dev.keyaccount.core.Args;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A rate or percentage held as an exact fraction: {@code 0.22} is 22%.
 *
 * <p>Display rates, growth rates, expense ratios (费用比) and tolerances are all rates. A rate may be
 * negative (a decline) or above one (growth of 150%); calculators that need a rate in {@code [0, 1]}
 * check it themselves. {@link #toString()} shows a percentage with one decimal ({@code "22.0%"},
 * rounded half-up); the value itself is never rounded. Equality is numerical: {@code 0.2} equals
 * {@code 0.20}. This class is immutable and thread-safe.
 */
public final class Rate implements Comparable<Rate> {

  /** The precision of quotients computed by {@link #ratio}: 34 significant digits (IEEE decimal128). */
  public static final MathContext PRECISION = MathContext.DECIMAL128;

  /** Zero percent. */
  public static final Rate ZERO = new Rate(BigDecimal.ZERO);
  /** One hundred percent. */
  public static final Rate ONE = new Rate(BigDecimal.ONE);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal fraction;

  private Rate(BigDecimal fraction) {
    this.fraction = fraction;
  }

  /**
   * Returns a rate from a fraction, {@code 0.22} being 22%.
   *
   * @param fraction the fraction
   * @return the rate
   */
  public static Rate of(BigDecimal fraction) {
    return new Rate(Args.bounded(fraction, "fraction"));
  }

  /**
   * Returns a rate from a fraction written as text, such as {@code "0.22"}.
   *
   * @param fraction the fraction as a decimal string
   * @return the rate
   * @throws IllegalArgumentException if the text is not a decimal number
   */
  public static Rate of(String fraction) {
    return new Rate(Args.decimal(fraction, "fraction"));
  }

  /**
   * Returns a rate from a percentage, {@code 22} being 22%.
   *
   * @param percent the percentage
   * @return the rate
   */
  public static Rate ofPercent(double percent) {
    Args.check(Double.isFinite(percent), "percent", "be finite", percent);
    return new Rate(Args.bounded(BigDecimal.valueOf(percent), "percent").movePointLeft(2));
  }

  /**
   * Returns a rate from a percentage, {@code 22} being 22%.
   *
   * @param percent the percentage
   * @return the rate
   */
  public static Rate ofPercent(BigDecimal percent) {
    return new Rate(Args.bounded(percent, "percent").movePointLeft(2));
  }

  /**
   * Parses {@code "18%"} (a percentage) or {@code "0.18"} (a fraction). A bare number above 1, such as
   * {@code "18"}, is rejected as ambiguous.
   *
   * @param text the text
   * @return the rate
   * @throws IllegalArgumentException if the text is not a rate or is ambiguous
   */
  public static Rate parse(String text) {
    Args.notNull(text, "text");
    String t = text.trim();
    if (t.length() > 4 * Args.DECIMAL_DIGITS) {
      throw Args.invalid("text", "be at most " + 4 * Args.DECIMAL_DIGITS + " characters (the decimal bound)",
          "'" + t.substring(0, 24) + "…' (" + t.length() + " characters)");
    }
    try {
      if (t.endsWith("%")) {
        return ofPercent(Args.bounded(new BigDecimal(t.substring(0, t.length() - 1).trim()), "text"));
      }
      BigDecimal value = Args.bounded(new BigDecimal(t), "text");
      if (value.abs().compareTo(BigDecimal.ONE) > 0) {
        throw Args.invalid("text", "be a percentage such as '18%' or a fraction such as '0.18' (a bare number above 1 is ambiguous)",
            "'" + text + "'");
      }
      return new Rate(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          Args.message("text", "be a percentage such as '18%' or a fraction such as '0.18'", "'" + text + "'"), e);
    }
  }

  /**
   * Returns {@code numerator / denominator} as a rate, to {@link #PRECISION}.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the ratio
   * @throws IllegalArgumentException if the denominator is zero, or either is beyond the decimal bound
   */
  public static Rate ratio(BigDecimal numerator, BigDecimal denominator) {
    Args.bounded(numerator, "numerator");
    Args.bounded(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw Args.invalid("denominator", "not be zero", denominator.toPlainString());
    }
    return new Rate(numerator.divide(denominator, PRECISION));
  }

  /**
   * Returns {@code numerator / denominator} for two amounts of one currency.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the ratio
   * @throws IllegalArgumentException if the currencies differ (naming both) or the denominator is zero
   */
  public static Rate ratio(javax.money.MonetaryAmount numerator, javax.money.MonetaryAmount denominator) {
    Args.notNull(numerator, "numerator");
    Args.notNull(denominator, "denominator");
    Monies.requireSameCurrency(numerator, denominator, "denominator");
    return ratio(Monies.decimal(numerator), Monies.decimal(denominator));
  }

  /**
   * Returns the rate as a fraction ({@code 0.22} for 22%).
   *
   * @return the exact fraction
   */
  public BigDecimal fraction() {
    return fraction;
  }

  /**
   * Returns the rate as a percentage ({@code 22} for 22%).
   *
   * @return the exact percentage
   */
  public BigDecimal percent() {
    return fraction.movePointRight(2);
  }

  /**
   * Returns the percentage rounded for display.
   *
   * @param decimals the number of decimals
   * @param mode the rounding mode
   * @return the rounded percentage
   */
  public BigDecimal percent(int decimals, RoundingMode mode) {
    Args.notNull(mode, "mode");
    return percent().setScale(decimals, mode);
  }

  /**
   * Returns whether the rate lies in {@code [0, 1]}.
   *
   * @return true for 0% to 100% inclusive
   */
  public boolean isBetweenZeroAndOne() {
    return fraction.signum() >= 0 && fraction.compareTo(BigDecimal.ONE) <= 0;
  }

  /**
   * Returns whether the rate is negative.
   *
   * @return true below 0%
   */
  public boolean isNegative() {
    return fraction.signum() < 0;
  }

  /**
   * Returns {@code this + other}.
   *
   * @param other the rate to add
   * @return the sum
   */
  public Rate plus(Rate other) {
    return new Rate(fraction.add(Args.notNull(other, "other").fraction));
  }

  /**
   * Returns {@code this - other}, such as the change in points between two rates.
   *
   * @param other the rate to subtract
   * @return the difference
   */
  public Rate minus(Rate other) {
    return new Rate(fraction.subtract(Args.notNull(other, "other").fraction));
  }

  /**
   * Applies the rate to an amount, exactly (no rounding).
   *
   * @param amount the amount
   * @return {@code amount × fraction}
   */
  public org.javamoney.moneta.Money of(javax.money.MonetaryAmount amount) {
    Args.notNull(amount, "amount");
    return Monies.of(Monies.decimal(amount).multiply(fraction), amount.getCurrency());
  }

  @Override
  public int compareTo(Rate other) {
    return fraction.compareTo(other.fraction);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Rate && fraction.compareTo(((Rate) obj).fraction) == 0;
  }

  @Override
  public int hashCode() {
    // Since Java 8 every zero strips to BigDecimal.ZERO, so equal rates always strip to one value.
    return fraction.stripTrailingZeros().hashCode();
  }

  /**
   * Returns the percentage with one decimal, rounded half-up, such as {@code "22.0%"}.
   *
   * @return the rate for display
   */
  @Override
  public String toString() {
    return percent(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
