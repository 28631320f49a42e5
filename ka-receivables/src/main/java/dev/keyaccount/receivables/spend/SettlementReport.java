package dev.keyaccount.receivables.spend;

import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.core.spend.FundingMethod;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Accrual to settlement over a set of accruals: each accrual's position, the totals per account, per
 * funding method and overall, and the payments naming no known accrual (left out of every total). This
 * class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SettlementReport {

  SettlementReport() {}

  /**
   * One position per accrual, in the accruals' order.
   *
   * @return the positions
   */
  public abstract List<AccrualPosition> positions();

  /**
   * The totals per account, by account id.
   *
   * @return the totals
   */
  @Value.NaturalOrder
  public abstract java.util.SortedMap<String, SpendTotals> byAccount();

  /**
   * The totals per funding method, for the methods present.
   *
   * @return the totals
   */
  public abstract Map<FundingMethod, SpendTotals> byMethod();

  /**
   * The totals over all accruals.
   *
   * @return the totals
   */
  public abstract SpendTotals total();

  /**
   * Payments whose accrual id is not among the accruals.
   *
   * @return the payments, in their order
   */
  public abstract List<SpendPayment> unknownPayments();

  /**
   * The positions with an over-claim, in order.
   *
   * @return the over-claimed positions
   */
  public List<AccrualPosition> overClaimed() {
    return positions().stream().filter(p -> p.overClaim().isPositive()).collect(java.util.stream.Collectors.toList());
  }

  /**
   * The accruals and payments left out, accruals first, each in input order: null, another currency, or
   * a repeated accrual id.
   *
   * @return the failure items
   */
  public abstract List<FailureItem> failures();
}
