package dev.keyaccount.core.account;

import org.immutables.value.Value;

/**
 * How a retailer operates (seed 001, Carrefour vs Walmart): where it settles, how goods are delivered,
 * where store decisions are taken, and whether it earns mainly on front margin (前台毛利, the buy/sell
 * spread) or back margin (后台毛利, fees taken from suppliers).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OperatingModel {

  OperatingModel() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Where the retailer settles with suppliers.
   *
   * @return the settlement point
   */
  public abstract SettlementPoint settlement();

  /**
   * How goods reach the stores.
   *
   * @return the delivery mode
   */
  public abstract DeliveryMode delivery();

  /**
   * Where pricing, promotion, ordering and display are decided.
   *
   * @return the decision level
   */
  public abstract DecisionLevel storeAuthority();

  /**
   * Whether the retailer's profit comes mainly from back margin (fees charged to suppliers).
   *
   * @return true for a back-margin model
   */
  @Value.Default
  public boolean backMarginModel() {
    return false;
  }

  /** Builds an {@link OperatingModel}; every attribute but {@code backMarginModel} is required. */
  public static final class Builder extends ImmutableOperatingModel.Builder {}
}
