package dev.keyaccount.planning.budget;

import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * What one store receives from the budget, against its cap.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StoreAllocation {

  StoreAllocation() {}

  /**
   * The store's forecast, ratio and cap.
   *
   * @return the store
   */
  public abstract StoreForecast store();

  /**
   * The amount funded.
   *
   * @return the funding, between zero and the store's cap
   */
  public abstract MonetaryAmount funded();

  /**
   * Whether the store got its whole cap.
   *
   * @return true if fully funded
   */
  public boolean fullyFunded() {
    return funded().isEqualTo(store().effectiveCap());
  }
}
