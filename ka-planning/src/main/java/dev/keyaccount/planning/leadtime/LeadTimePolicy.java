package dev.keyaccount.planning.leadtime;

import dev.keyaccount.core.Args;
import org.immutables.value.Value;

/**
 * The lead-time rule (提前期): a promotion must be submitted to the retailer at least
 * {@link #minimumDays()} days before it starts.
 *
 * <p>Seed 003 case 3: 80% of promotions were requested 7–14 days ahead, which left only deep price
 * cuts; the rolling plan moves submission to 45–60 days ahead. {@link #standard()} is 45 days. This
 * class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LeadTimePolicy {

  LeadTimePolicy() {}

  /**
   * The standard policy: at least 45 days.
   *
   * @return the policy
   */
  public static LeadTimePolicy standard() {
    return ofMinimumDays(45);
  }

  /**
   * A policy with another minimum.
   *
   * @param minimumDays the minimum lead time in days, not negative
   * @return the policy
   * @throws IllegalArgumentException if the minimum is negative
   */
  public static LeadTimePolicy ofMinimumDays(int minimumDays) {
    return ImmutableLeadTimePolicy.builder().minimumDays(minimumDays).build();
  }

  /**
   * The minimum days between submission and start.
   *
   * @return the minimum, not negative
   */
  public abstract int minimumDays();

  /**
   * Whether a lead time is below the minimum.
   *
   * @param leadTimeDays the days from submission to start
   * @return true if late
   */
  public boolean isLate(long leadTimeDays) {
    return leadTimeDays < minimumDays();
  }

  @Value.Check
  void check() {
    Args.notNegative(minimumDays(), "minimumDays");
  }
}
