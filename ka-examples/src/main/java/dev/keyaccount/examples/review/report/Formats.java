package dev.keyaccount.examples.review.report;

import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.MonetaryAmount;

/**
 * Number formats of the review. Amounts print with their currency, grouped, rounded half-even to the
 * currency's minor unit ({@code CNY 1,234,567.89}); rates print as percentages with one decimal
 * rounded half-up ({@code 22.0%}); points print with one decimal rounded half-up.
 */
public final class Formats {

  private Formats() {}

  /**
   * Formats an amount with its currency code.
   *
   * @param amount the amount
   * @return such as {@code CNY 1,234.50}
   */
  public static String money(MonetaryAmount amount) {
    BigDecimal value = Monies.decimal(amount)
        .setScale(Monies.minorDigits(amount.getCurrency()), RoundingMode.HALF_EVEN);
    return amount.getCurrency().getCurrencyCode() + " " + grouped(value);
  }

  /**
   * Formats an amount without its currency, for CSV output.
   *
   * @param amount the amount
   * @return a plain decimal such as {@code 1234.50}
   */
  public static String plain(MonetaryAmount amount) {
    int digits = Monies.minorDigits(amount.getCurrency());
    if (amount.isZero()) {
      return zero(digits);
    }
    String exact = exactPlain(amount, digits);
    return exact != null ? exact
        : Monies.decimal(amount).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
  }

  /**
   * An amount with exactly {@code digits} decimals, written from its unscaled digits without the
   * intermediate decimals of {@code stripTrailingZeros().setScale(digits).toPlainString()} (the same
   * text; a million amounts a file); null when the amount has more decimals than that or would need
   * more than 18 digits, for the caller's general path.
   *
   * @param amount the amount
   * @param digits the decimals to write, 0 to 4
   * @return such as {@code 1234.50}, or null
   */
  public static String exactPlain(MonetaryAmount amount, int digits) {
    BigDecimal value = amount.getNumber().numberValue(BigDecimal.class);
    int scale = value.scale();
    if (digits < 0 || digits > 4 || scale < 0 || scale > digits || value.precision() - scale + digits > 18) {
      return null;
    }
    long unscaled = value.unscaledValue().longValue();
    for (int i = scale; i < digits; i++) {
      unscaled *= 10;
    }
    boolean negative = unscaled < 0;
    long magnitude = Math.abs(unscaled);
    char[] text = new char[24];
    int at = text.length;
    for (int i = 0; i < digits; i++) {
      text[--at] = (char) ('0' + magnitude % 10);
      magnitude /= 10;
    }
    if (digits > 0) {
      text[--at] = '.';
    }
    do {
      text[--at] = (char) ('0' + magnitude % 10);
      magnitude /= 10;
    } while (magnitude > 0);
    if (negative) {
      text[--at] = '-';
    }
    return new String(text, at, text.length - at);
  }

  /** Zero with the currency's decimals, {@code 0.00}: most parts of most deductions are zero. */
  private static final String[] ZEROS = {"0", "0.0", "0.00", "0.000", "0.0000"};

  /**
   * Zero written with a number of decimals, as {@code BigDecimal.ZERO.setScale(decimals).toPlainString()}.
   *
   * @param decimals the decimals, not negative
   * @return such as {@code 0.00}
   */
  public static String zero(int decimals) {
    return decimals < ZEROS.length ? ZEROS[decimals] : java.math.BigDecimal.ZERO.setScale(decimals).toPlainString();
  }

  /**
   * Formats a rate as a percentage with one decimal.
   *
   * @param rate the rate
   * @return such as {@code 22.0%}
   */
  public static String rate(Rate rate) {
    return rate.toString();
  }

  /**
   * Formats a decimal with the given decimals, rounded half-up.
   *
   * @param value the value
   * @param decimals the number of decimals
   * @return the value, grouped
   */
  public static String number(BigDecimal value, int decimals) {
    return grouped(value.setScale(decimals, RoundingMode.HALF_UP));
  }

  /**
   * Formats points with one decimal, rounded half-up.
   *
   * @param points the points
   * @return such as {@code 72.0}
   */
  public static String points(BigDecimal points) {
    return points.setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * The plain decimal with its whole part grouped by threes ({@code -1,234,567.89}): the text of a
   * {@code DecimalFormat("#,##0")} in {@code Locale.ROOT} with the value's own decimals, built without
   * one (the review formats thousands of amounts for its tables, and a format made per amount cost more
   * than the rest of the table).
   */
  static String grouped(BigDecimal value) {
    String plain = value.toPlainString();
    int start = plain.charAt(0) == '-' ? 1 : 0;
    int dot = plain.indexOf('.');
    int end = dot < 0 ? plain.length() : dot;
    StringBuilder text = new StringBuilder(plain.length() + (end - start) / 3);
    text.append(plain, 0, start);
    for (int i = start; i < end; i++) {
      if (i > start && (end - i) % 3 == 0) {
        text.append(',');
      }
      text.append(plain.charAt(i));
    }
    return text.append(plain, end, plain.length()).toString();
  }
}
