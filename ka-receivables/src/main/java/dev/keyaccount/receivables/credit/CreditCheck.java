package dev.keyaccount.receivables.credit;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import javax.money.MonetaryAmount;

/**
 * The credit check (信用审核): exposure = open receivables + open orders; an order that would take the
 * exposure above the account's credit limit (信用额度) is held, and the decision says by how much. An
 * order that brings the exposure exactly to the limit is released. Stateless and thread-safe.
 */
public final class CreditCheck {

  /** The credit check; it has no settings. */
  public static final CreditCheck DEFAULT = new CreditCheck();

  private CreditCheck() {}

  /**
   * Decides whether a new order can be released.
   *
   * @param position the account's limit, open receivables and open orders
   * @param order the new order's amount, not negative, in the position's currency
   * @return the decision
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the order is negative, beyond the decimal bound, or in another currency
   *     (naming both)
   */
  public CreditDecision check(CreditPosition position, MonetaryAmount order) {
    Args.notNull(position, "position");
    Args.notNegative(order, "order");
    Args.bounded(Monies.decimal(order), "order");
    Monies.requireSameCurrency(position.creditLimit(), order, "order");
    MonetaryAmount exposure = position.exposure();
    MonetaryAmount after = Monies.add(exposure, order);
    MonetaryAmount over = Monies.subtract(after, position.creditLimit());
    boolean held = over.isPositive();
    return CreditDecision.builder()
        .exposure(exposure)
        .exposureWithOrder(after)
        .available(Monies.subtract(position.creditLimit(), exposure))
        .held(held)
        .amountOver(held ? over : Monies.zero(order.getCurrency()))
        .build();
  }
}
