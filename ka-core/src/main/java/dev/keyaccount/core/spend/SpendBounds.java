package dev.keyaccount.core.spend;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import org.javamoney.moneta.Money;
import org.threeten.extra.LocalDateRange;

/**
 * The documented bounds on trade spend inputs, checked before any arithmetic. This class is stateless
 * and thread-safe.
 */
public final class SpendBounds {

  /** The longest id or reference: 64 characters. */
  public static final int MAX_ID_LENGTH = 64;
  /** The longest period of a spend line or accrual: 3,660 days (ten years). */
  public static final int MAX_PERIOD_DAYS = 3_660;
  /** Amounts (lump sums, sales) stay below 10^12 major units (a trillion yuan). */
  public static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(12);
  /** A rate per case stays below 10^6 major units and has at most {@value #MAX_RATE_DECIMALS} decimals. */
  public static final BigDecimal MAX_PER_CASE = BigDecimal.TEN.pow(6);
  /** Rates per case and rates of sales have at most 6 decimals (0.000001 yuan, 0.0001%). */
  public static final int MAX_RATE_DECIMALS = 6;
  /** Cases per sales record stay at or below 10^9. */
  public static final long MAX_CASES = 1_000_000_000L;
  /** The most sales records one accrual call reads: 1,000,000. */
  public static final int MAX_RECORDS = 1_000_000;

  private SpendBounds() {}

  static String id(String value, String name) {
    Args.notBlank(value, name);
    if (value.length() > MAX_ID_LENGTH) {
      throw Args.invalid(name, "have at most " + MAX_ID_LENGTH + " characters", value.length() + " characters");
    }
    return value;
  }

  static void period(LocalDateRange period, String name) {
    Args.notNull(period, name);
    Args.check(!period.isEmpty() && !period.isUnboundedStart() && !period.isUnboundedEnd(), name,
        "be a bounded, non-empty range", period);
    Args.check(period.lengthInDays() <= MAX_PERIOD_DAYS, name, "last at most " + MAX_PERIOD_DAYS + " days", period);
  }

  /** A non-negative amount in the currency, whole minor units, below {@link #MAX_AMOUNT}. */
  static Money amount(Money value, CurrencyUnit currency, String name) {
    Args.notNegative(value, name);
    Args.sameCurrency(value, currency, name);
    Args.check(Monies.isWholeMinorUnits(value), name, "be a whole number of minor units", value);
    if (Monies.decimal(value).compareTo(MAX_AMOUNT) >= 0) {
      throw Args.invalid(name, "be below " + MAX_AMOUNT.toPlainString(), value);
    }
    return value;
  }

  static void cases(long value, String name) {
    Args.notNegative(value, name);
    Args.check(value <= MAX_CASES, name, "be at most " + MAX_CASES, value);
  }
}
