package dev.keyaccount.receivables.credit;

import dev.keyaccount.core.money.Monies;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * The outcome of a credit check: whether the order is held and by how much it breaches the limit.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CreditDecision {

  CreditDecision() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The exposure before the order: open receivables + open orders.
   *
   * @return the exposure
   */
  public abstract MonetaryAmount exposure();

  /**
   * The exposure if the order were released.
   *
   * @return exposure + order
   */
  public abstract MonetaryAmount exposureWithOrder();

  /**
   * The credit still available before the order: limit − exposure (negative if already over).
   *
   * @return the available credit
   */
  public abstract MonetaryAmount available();

  /**
   * Whether the order is held (冻结): the exposure with it would exceed the limit.
   *
   * @return true if held
   */
  public abstract boolean held();

  /**
   * By how much the exposure with the order exceeds the limit.
   *
   * @return the amount over, zero if released
   */
  public abstract MonetaryAmount amountOver();

  /** Holds every amount as a bounded {@code Money}: equal amounts, equal decisions. */
  @Value.Check
  CreditDecision check() {
    Money exposure = Monies.of(exposure(), "exposure");
    Money exposureWithOrder = Monies.of(exposureWithOrder(), "exposureWithOrder");
    Money available = Monies.of(available(), "available");
    Money amountOver = Monies.of(amountOver(), "amountOver");
    if (exposure != exposure()
        || exposureWithOrder != exposureWithOrder()
        || available != available()
        || amountOver != amountOver()) {
      return builder().from(this)
          .exposure(exposure).exposureWithOrder(exposureWithOrder).available(available).amountOver(amountOver)
          .build();
    }
    return this;
  }

  /** Builds a {@link CreditDecision}; every attribute is required. */
  public static final class Builder extends ImmutableCreditDecision.Builder {}
}
