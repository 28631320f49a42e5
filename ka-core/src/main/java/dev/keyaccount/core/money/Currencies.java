package dev.keyaccount.core.money;

import dev.keyaccount.core.Args;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.UnknownCurrencyException;

/**
 * Currency lookup that validates ISO 4217 codes before asking Moneta, and the units the SDK uses
 * most, cached once.
 *
 * <p>Moneta treats an unknown code as a regular expression ({@code "E.R"} would return EUR), so a code
 * is checked against {@code [A-Z]{3}} first. Look a currency up once and keep the unit; lookups are
 * not free. This class is stateless and thread-safe.
 */
public final class Currencies {

  /** Chinese yuan renminbi (人民币), the currency of the seed examples. */
  public static final CurrencyUnit CNY = Monetary.getCurrency("CNY");
  /** US dollar. */
  public static final CurrencyUnit USD = Monetary.getCurrency("USD");
  /** Euro. */
  public static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

  private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{3}");

  private Currencies() {}

  /**
   * Returns the currency for an ISO 4217 code such as {@code "CNY"}.
   *
   * @param code three upper-case letters
   * @return the currency unit
   * @throws NullPointerException if the code is null
   * @throws IllegalArgumentException if the code is not three upper-case letters or is unknown
   */
  public static CurrencyUnit of(String code) {
    Args.notNull(code, "code");
    if (!ISO_CODE.matcher(code).matches()) {
      throw Args.invalid("code", "be three upper-case letters (ISO 4217)", "'" + code + "'");
    }
    switch (code) {
      case "CNY":
        return CNY;
      case "USD":
        return USD;
      case "EUR":
        return EUR;
      default:
        try {
          return Monetary.getCurrency(code);
        } catch (UnknownCurrencyException e) {
          throw new IllegalArgumentException(Args.message("code", "be a known ISO 4217 currency", "'" + code + "'"), e);
        }
    }
  }
}
