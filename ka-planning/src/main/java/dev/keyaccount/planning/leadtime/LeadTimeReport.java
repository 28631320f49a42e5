package dev.keyaccount.planning.leadtime;

import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.result.FailureItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The lead time of each promotion of a plan, the late ones and their share.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LeadTimeReport {

  LeadTimeReport() {}

  /**
   * The policy applied.
   *
   * @return the policy
   */
  public abstract LeadTimePolicy policy();

  /**
   * Every promotion's lead time, sorted by account and promotion id.
   *
   * @return the lead times
   */
  public abstract List<LeadTime> leadTimes();

  /**
   * The promotions submitted later than the policy allows.
   *
   * @return the late ones, sorted by account and promotion id
   */
  public List<LeadTime> late() {
    return leadTimes().stream().filter(LeadTime::late).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The share of late promotions: late / all.
   *
   * @return the share, zero for an empty plan
   */
  public Rate lateShare() {
    if (leadTimes().isEmpty()) {
      return Rate.ZERO;
    }
    return Rate.ratio(BigDecimal.valueOf(late().size()), BigDecimal.valueOf(leadTimes().size()));
  }

  /**
   * The promotions left out, in input order: null entries.
   *
   * @return the failure items
   */
  public abstract List<FailureItem> failures();
}
