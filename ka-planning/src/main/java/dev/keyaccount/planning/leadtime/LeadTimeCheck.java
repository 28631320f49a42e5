package dev.keyaccount.planning.leadtime;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.promotion.Promotion;
import dev.keyaccount.core.result.Failures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reports each promotion's lead time (submission to start, ka-core's {@link Promotion#leadTimeDays()})
 * and flags those under the policy minimum, with their share.
 *
 * <p>This class is stateless and thread-safe; {@link #DEFAULT} applies {@link LeadTimePolicy#standard()}.
 */
public final class LeadTimeCheck {

  /** The check with the standard 45-day policy. */
  public static final LeadTimeCheck DEFAULT = new LeadTimeCheck(LeadTimePolicy.standard());

  private final LeadTimePolicy policy;

  /**
   * Creates a check with a policy.
   *
   * @param policy the lead-time policy
   * @throws NullPointerException if the policy is null
   */
  public LeadTimeCheck(LeadTimePolicy policy) {
    this.policy = Args.notNull(policy, "policy");
  }

  /**
   * Reports the lead times of promotions.
   *
   * @param promotions the promotions, in any order
   * @return the report, sorted by account and promotion id, with a failure item for each null entry
   * @throws NullPointerException if the list is null
   */
  public LeadTimeReport check(List<Promotion> promotions) {
    Args.notNull(promotions, "promotions");
    List<LeadTime> times = new ArrayList<>(promotions.size());
    Failures failures = new Failures("promotions");
    for (int i = 0; i < promotions.size(); i++) {
      Promotion p = promotions.get(i);
      if (failures.isNull(p, i)) {
        continue;
      }
      long days = p.leadTimeDays();
      times.add(ImmutableLeadTime.builder().promotionId(p.id()).accountId(p.accountId()).days(days)
          .late(policy.isLate(days)).build());
    }
    times.sort(Comparator.comparing(LeadTime::accountId).thenComparing(LeadTime::promotionId));
    return ImmutableLeadTimeReport.builder().policy(policy).leadTimes(times).failures(failures.items()).build();
  }
}
