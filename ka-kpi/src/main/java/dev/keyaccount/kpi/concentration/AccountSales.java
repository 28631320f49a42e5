package dev.keyaccount.kpi.concentration;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * One account's sales over a period.
 *
 * <p>Bounds: the id not blank and at most {@value #MAX_ID_LENGTH} characters; sales not negative, in
 * whole minor units of the currency and at most {@link #MAX_SALES} (ten trillion). This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class AccountSales {

  /** The longest account id accepted. */
  public static final int MAX_ID_LENGTH = 64;
  /** The largest sales accepted, in units of the currency: 10^13. */
  public static final BigDecimal MAX_SALES = BigDecimal.TEN.pow(13);

  AccountSales() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns one account's sales.
   *
   * @param accountId the account's id
   * @param sales the sales, held as a {@link Money} of the same value
   * @return the account's sales
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument is out of its bounds
   */
  public static AccountSales of(String accountId, MonetaryAmount sales) {
    return builder().accountId(accountId).sales(Monies.of(Args.notNull(sales, "sales"))).build();
  }

  /**
   * The account's id.
   *
   * @return the id
   */
  public abstract String accountId();

  /**
   * The sales.
   *
   * @return the sales, not negative
   */
  public abstract Money sales();

  @Value.Check
  void check() {
    Args.notBlank(accountId(), "accountId");
    if (accountId().length() > MAX_ID_LENGTH) {
      throw Args.invalid("accountId", "have at most " + MAX_ID_LENGTH + " characters",
          accountId().length() + " characters");
    }
    Args.notNegative(sales(), "sales");
    Args.check(Monies.decimal(sales()).compareTo(MAX_SALES) <= 0, "sales", "not exceed 10^13", sales());
    Args.check(Monies.isWholeMinorUnits(sales()), "sales", "be a whole number of minor units", sales());
  }

  /** Builds {@link AccountSales} values. */
  public static final class Builder extends ImmutableAccountSales.Builder {}
}
