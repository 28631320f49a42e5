package dev.keyaccount.receivables.credit;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * An account's credit position: its credit limit (信用额度), open receivables (应收未收) and open orders
 * (已下单未开票), all in one currency. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CreditPosition {

  CreditPosition() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The credit limit.
   *
   * @return the limit, not negative
   */
  public abstract MonetaryAmount creditLimit();

  /**
   * The receivables not yet paid.
   *
   * @return the open receivables, not negative
   */
  public abstract MonetaryAmount openReceivables();

  /**
   * The orders accepted but not yet invoiced.
   *
   * @return the open orders, not negative
   */
  public abstract MonetaryAmount openOrders();

  /**
   * The exposure: open receivables + open orders.
   *
   * @return the exposure
   */
  public MonetaryAmount exposure() {
    return Monies.add(openReceivables(), openOrders());
  }

  /** Holds every amount as a bounded {@code Money} (equal amounts, equal values), then checks them. */
  @Value.Check
  CreditPosition check() {
    Money creditLimit = Monies.of(creditLimit(), "creditLimit");
    Money openReceivables = Monies.of(openReceivables(), "openReceivables");
    Money openOrders = Monies.of(openOrders(), "openOrders");
    if (creditLimit != creditLimit() || openReceivables != openReceivables() || openOrders != openOrders()) {
      return builder().from(this)
          .creditLimit(creditLimit).openReceivables(openReceivables).openOrders(openOrders)
          .build();
    }
    Args.notNegative(creditLimit(), "creditLimit");
    Args.notNegative(openReceivables(), "openReceivables");
    Args.notNegative(openOrders(), "openOrders");
    Monies.requireSameCurrency(creditLimit(), openReceivables(), "openReceivables");
    Monies.requireSameCurrency(creditLimit(), openOrders(), "openOrders");
    return this;
  }

  /** Builds a {@link CreditPosition}; every attribute is required. */
  public static final class Builder extends ImmutableCreditPosition.Builder {}
}
