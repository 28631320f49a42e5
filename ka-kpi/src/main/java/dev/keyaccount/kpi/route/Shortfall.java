package dev.keyaccount.kpi.route;

import org.immutables.value.Value;

/**
 * A store whose weekly frequency its rep's capacity could not meet, and the visits left out. This class
 * is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Shortfall {

  Shortfall() {}

  static Shortfall of(String storeId, String repId, int frequency, int planned) {
    return ImmutableShortfall.builder().storeId(storeId).repId(repId).frequency(frequency).planned(planned).build();
  }

  /**
   * The store.
   *
   * @return the store's id
   */
  public abstract String storeId();

  /**
   * The store's rep.
   *
   * @return the rep's id
   */
  public abstract String repId();

  /**
   * The visits a week the store should have.
   *
   * @return the frequency
   */
  public abstract int frequency();

  /**
   * The visits the plan gives it.
   *
   * @return the planned visits, below the frequency
   */
  public abstract int planned();

  /**
   * The visits left out.
   *
   * @return frequency − planned, positive
   */
  public int missing() {
    return frequency() - planned();
  }
}
