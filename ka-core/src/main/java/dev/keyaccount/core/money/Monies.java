package dev.keyaccount.core.money;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.CurrencyMismatchException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Money operations the whole SDK shares: sums that reject mixed currencies, conversions to and from
 * minor units, and explicit rounding at outputs.
 *
 * <p>Sums are exact: they are computed on {@link BigDecimal} values extracted once per amount and
 * wrapped in a {@link Money} once at the end, which is several times faster than chaining
 * {@code Money.add} and loses nothing. Mixing currencies is an error naming both currencies, never a
 * conversion. This class is stateless and thread-safe.
 */
public final class Monies {

  private Monies() {}

  /**
   * Returns zero in a currency, the identity of a sum.
   *
   * @param currency the currency
   * @return zero in that currency
   */
  public static Money zero(CurrencyUnit currency) {
    return Money.zero(Args.notNull(currency, "currency"));
  }

  /**
   * Converts any monetary amount to a {@link Money}, keeping its exact value.
   *
   * @param amount the amount
   * @return the same value as a {@code Money}
   * @throws IllegalArgumentException if the amount is beyond the decimal bound ({@link Args#DECIMAL_DIGITS})
   */
  public static Money of(MonetaryAmount amount) {
    return of(amount, "amount");
  }

  /**
   * Converts an amount a value holds to a {@link Money}, keeping its exact value: how every value of the
   * SDK normalises its amounts, so that a value built with a {@code FastMoney} equals the same value
   * built with a {@code Money}.
   *
   * @param amount the amount
   * @param name the attribute's name, used in the message
   * @return the same value as a {@code Money}; the amount itself when it is one already
   * @throws NullPointerException naming the attribute if the amount is null
   * @throws IllegalArgumentException naming the attribute if the amount is beyond the decimal bound
   *     ({@link Args#DECIMAL_DIGITS})
   */
  public static Money of(MonetaryAmount amount, String name) {
    Args.notNull(amount, name);
    if (amount instanceof Money) {
      Args.bounded(amount.getNumber().numberValue(BigDecimal.class), name);
      return (Money) amount;
    }
    // Through Money.of, as a Money built from the same decimal is: equal values print alike.
    return Money.of(Args.bounded(amount.getNumber().numberValueExact(BigDecimal.class), name), amount.getCurrency());
  }

  /**
   * Returns an amount from a decimal and a currency.
   *
   * @param value the value, kept exactly
   * @param currency the currency
   * @return the amount
   * @throws IllegalArgumentException if the value is beyond the decimal bound ({@link Args#DECIMAL_DIGITS}),
   *     which Moneta would otherwise round silently to its 256-digit context
   */
  public static Money of(BigDecimal value, CurrencyUnit currency) {
    return Money.of(Args.bounded(value, "value"), Args.notNull(currency, "currency"));
  }

  /**
   * Returns the exact decimal value of an amount.
   *
   * @param amount the amount
   * @return its value as a {@code BigDecimal}
   */
  public static BigDecimal decimal(MonetaryAmount amount) {
    Args.notNull(amount, "amount");
    if (amount instanceof Money) {
      return ((Money) amount).getNumberStripped();
    }
    return amount.getNumber().numberValueExact(BigDecimal.class);
  }

  /**
   * Sums amounts that must all be in the given currency; an empty input sums to zero.
   *
   * @param amounts the amounts
   * @param currency the currency every amount must be in
   * @return the exact sum
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException naming both currencies if an element is in another currency
   */
  public static Money sum(Iterable<? extends MonetaryAmount> amounts, CurrencyUnit currency) {
    Args.notNull(amounts, "amounts");
    Args.notNull(currency, "currency");
    return sum(amounts.iterator(), 0, currency);
  }

  /**
   * Sums a non-empty series of amounts in one currency, taken from the first.
   *
   * @param amounts the amounts, at least one
   * @return the exact sum
   * @throws IllegalArgumentException if the input is empty or mixes currencies (naming both)
   */
  public static Money sum(Iterable<? extends MonetaryAmount> amounts) {
    Args.notNull(amounts, "amounts");
    Iterator<? extends MonetaryAmount> it = amounts.iterator();
    Args.check(it.hasNext(), "amounts", "not be empty (a sum needs a currency)", "[]");
    MonetaryAmount first = Args.notNull(it.next(), "amounts[0]");
    // Goes on with the same iterator, so a one-shot Iterable (stream::iterator) is read once.
    return add(first, sum(it, 1, first.getCurrency()));
  }

  private static Money sum(Iterator<? extends MonetaryAmount> it, int firstIndex, CurrencyUnit currency) {
    BigDecimal total = BigDecimal.ZERO;
    int index = firstIndex;
    while (it.hasNext()) {
      MonetaryAmount amount = it.next();
      Args.notNull(amount, "amounts", index);
      if (!amount.getCurrency().equals(currency)) {
        throw mixedCurrencies("amounts[" + index + "]", currency, amount);
      }
      total = total.add(decimal(amount));
      index++;
    }
    return Money.of(total, currency);
  }

  /**
   * Adds two amounts of the same currency.
   *
   * @param a the first amount
   * @param b the second amount
   * @return the exact sum
   * @throws IllegalArgumentException naming both currencies if they differ
   */
  public static Money add(MonetaryAmount a, MonetaryAmount b) {
    Args.notNull(a, "a");
    Args.notNull(b, "b");
    requireSameCurrency(a, b, "b");
    return Money.of(decimal(a).add(decimal(b)), a.getCurrency());
  }

  /**
   * Subtracts one amount from another of the same currency.
   *
   * @param a the amount to subtract from
   * @param b the amount to subtract
   * @return the exact difference {@code a - b}
   * @throws IllegalArgumentException naming both currencies if they differ
   */
  public static Money subtract(MonetaryAmount a, MonetaryAmount b) {
    Args.notNull(a, "a");
    Args.notNull(b, "b");
    requireSameCurrency(a, b, "b");
    return Money.of(decimal(a).subtract(decimal(b)), a.getCurrency());
  }

  /**
   * Checks that two amounts share a currency.
   *
   * @param reference the amount whose currency is expected
   * @param other the amount to check
   * @param name the argument name of {@code other}, used in the message
   * @throws IllegalArgumentException naming both currencies if they differ
   */
  public static void requireSameCurrency(MonetaryAmount reference, MonetaryAmount other, String name) {
    Args.notNull(reference, "reference");
    Args.notNull(other, name);
    if (!reference.getCurrency().equals(other.getCurrency())) {
      throw mixedCurrencies(name, reference.getCurrency(), other);
    }
  }

  /**
   * Returns the number of minor-unit digits of a currency (2 for CNY, 0 for JPY).
   *
   * @param currency the currency
   * @return its default fraction digits, never negative
   */
  public static int minorDigits(CurrencyUnit currency) {
    return Math.max(0, Args.notNull(currency, "currency").getDefaultFractionDigits());
  }

  /**
   * Converts an amount to whole minor units, refusing to round.
   *
   * @param amount the amount, with no more decimals than its currency's minor unit
   * @return the amount in minor units (fen for CNY)
   * @throws IllegalArgumentException if the amount has digits below the minor unit or does not fit a long
   */
  public static long toMinorUnits(MonetaryAmount amount) {
    Args.notNull(amount, "amount");
    BigDecimal scaled = decimal(amount).movePointRight(minorDigits(amount.getCurrency()));
    try {
      return scaled.longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          Args.message("amount", "be a whole number of minor units that fits a long", amount), e);
    }
  }

  /**
   * Converts an amount to whole minor units with an explicit rounding mode.
   *
   * @param amount the amount
   * @param mode how digits below the minor unit are rounded
   * @return the amount in minor units
   * @throws IllegalArgumentException if the rounded amount does not fit a long, or {@code mode} is
   *     {@link RoundingMode#UNNECESSARY} and the amount has digits below the minor unit
   */
  public static long toMinorUnits(MonetaryAmount amount, RoundingMode mode) {
    Args.notNull(amount, "amount");
    Args.notNull(mode, "mode");
    BigDecimal scaled = decimal(amount).movePointRight(minorDigits(amount.getCurrency()));
    try {
      return scaled.setScale(0, mode).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          Args.message("amount", "fit a long in minor units when rounded " + mode, amount), e);
    }
  }

  /**
   * Returns an amount from whole minor units.
   *
   * @param minorUnits the amount in minor units (fen for CNY)
   * @param currency the currency
   * @return the amount
   */
  public static Money ofMinorUnits(long minorUnits, CurrencyUnit currency) {
    Args.notNull(currency, "currency");
    return Money.of(BigDecimal.valueOf(minorUnits, minorDigits(currency)), currency);
  }

  /**
   * Rounds an amount to its currency's minor unit. Use at outputs only.
   *
   * @param amount the amount
   * @param mode the rounding mode, stated by the caller
   * @return the rounded amount
   */
  public static Money round(MonetaryAmount amount, RoundingMode mode) {
    Args.notNull(amount, "amount");
    Args.notNull(mode, "mode");
    return Money.of(decimal(amount).setScale(minorDigits(amount.getCurrency()), mode), amount.getCurrency());
  }

  /**
   * Returns whether an amount is a whole number of its currency's minor units.
   *
   * @param amount the amount
   * @return true if no digit lies below the minor unit
   */
  public static boolean isWholeMinorUnits(MonetaryAmount amount) {
    Args.notNull(amount, "amount");
    return decimal(amount).stripTrailingZeros().scale() <= minorDigits(amount.getCurrency());
  }

  private static IllegalArgumentException mixedCurrencies(String name, CurrencyUnit expected, MonetaryAmount actual) {
    return new CurrencyMismatchException(name, expected, actual);
  }
}
