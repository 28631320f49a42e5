package dev.keyaccount.planning.leadtime;

import org.immutables.value.Value;

/**
 * One promotion's lead time (提前期) and whether it is late under the policy.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LeadTime {

  LeadTime() {}

  /**
   * The promotion's id.
   *
   * @return the id
   */
  public abstract String promotionId();

  /**
   * The promotion's account.
   *
   * @return the account id
   */
  public abstract String accountId();

  /**
   * Days from submission to start.
   *
   * @return the days, not negative
   */
  public abstract long days();

  /**
   * Whether the lead time is under the policy minimum.
   *
   * @return true if late
   */
  public abstract boolean late();
}
