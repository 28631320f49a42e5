package dev.keyaccount.kpi.profit;

import dev.keyaccount.core.result.FailureItem;
import java.util.List;
import org.immutables.value.Value;

/**
 * An account's profit store by store (为每一卖场设置经营毛利分析) and in total. The total's every line is
 * the exact sum of the stores' lines. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AccountProfit {

  AccountProfit() {}

  static AccountProfit of(List<ProfitAndLoss> stores, ProfitAndLoss total, List<FailureItem> failures) {
    return ImmutableAccountProfit.builder().stores(stores).total(total).failures(failures).build();
  }

  /**
   * The P&amp;L of each store, in input order.
   *
   * @return the stores' statements
   */
  public abstract List<ProfitAndLoss> stores();

  /**
   * The account's P&amp;L: the sum of the stores'.
   *
   * @return the total statement
   */
  public abstract ProfitAndLoss total();

  /**
   * The stores left out of the total, in input order: null, a repeated id, or another currency.
   *
   * @return the failure items
   */
  public abstract List<FailureItem> failures();
}
