package dev.keyaccount.core;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Thrown when an amount is not in the currency it must be in; the one message for a currency mismatch
 * in the SDK, in the form
 * {@code "Argument 'amount' must be in currency CNY but is in USD (value USD 5.00)"}.
 *
 * <p>Mixing currencies is always an error, never a conversion. A batch calculator reports it per item as
 * {@link dev.keyaccount.core.result.FailureReason#CURRENCY_MISMATCH}.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient CurrencyUnit expected;
  private final transient CurrencyUnit actual;

  /**
   * Creates the exception for an amount in the wrong currency.
   *
   * @param name the argument name of the amount
   * @param expected the currency the amount must be in
   * @param amount the amount, in another currency
   */
  public CurrencyMismatchException(String name, CurrencyUnit expected, MonetaryAmount amount) {
    super(message(name, expected, amount));
    this.expected = expected;
    this.actual = amount.getCurrency();
  }

  /**
   * Builds the message, naming the argument, both currencies and the amount.
   *
   * @param name the argument name of the amount
   * @param expected the currency the amount must be in
   * @param amount the amount
   * @return the message
   */
  public static String message(String name, CurrencyUnit expected, MonetaryAmount amount) {
    return "Argument '" + name + "' must be in currency " + expected.getCurrencyCode() + " but is in "
        + amount.getCurrency().getCurrencyCode() + " (value " + Args.shown(amount) + ")";
  }

  /**
   * The currency the amount had to be in.
   *
   * @return the expected currency
   */
  public CurrencyUnit expected() {
    return expected;
  }

  /**
   * The currency the amount was in.
   *
   * @return the actual currency
   */
  public CurrencyUnit actual() {
    return actual;
  }
}
