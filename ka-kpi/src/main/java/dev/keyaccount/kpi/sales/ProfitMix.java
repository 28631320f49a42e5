package dev.keyaccount.kpi.sales;

import dev.keyaccount.core.money.Rate;
import org.immutables.value.Value;

/**
 * The high-margin mix of an account's sales: the share of profit products (利润产品) against the required
 * proportion. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProfitMix {

  ProfitMix() {}

  static ProfitMix of(Rate share, Rate required) {
    return ImmutableProfitMix.builder().share(share).required(required).build();
  }

  /**
   * The share of profit products in total sales.
   *
   * @return a rate in {@code [0, 1]}
   */
  public abstract Rate share();

  /**
   * The required proportion.
   *
   * @return a rate in {@code [0, 1]}
   */
  public abstract Rate required();

  /**
   * Returns whether the share reaches the required proportion.
   *
   * @return true if {@code share ≥ required}
   */
  public boolean meetsRequirement() {
    return share().compareTo(required()) >= 0;
  }

  /**
   * The share minus the requirement: positive above it, negative short of it.
   *
   * @return the difference, in rate points
   */
  public Rate gap() {
    return share().minus(required());
  }
}
