package dev.keyaccount.kpi.concentration;

import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.result.FailureItem;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * The sales concentration of a portfolio: its accounts ranked by sales with the cumulative share curve
 * and ABC classes, and how few accounts make the policy's share of sales. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Concentration {

  Concentration() {}

  /**
   * The policy applied.
   *
   * @return the policy
   */
  public abstract ConcentrationPolicy policy();

  /**
   * The total sales.
   *
   * @return the exact sum, positive
   */
  public abstract Money total();

  /**
   * The accounts by sales, descending, ties by id ascending.
   *
   * @return the ranking, the cumulative share curve
   */
  public abstract List<RankedAccount> ranking();

  /**
   * The fewest top accounts whose sales reach the policy's sales share.
   *
   * @return the count, at least 1
   */
  public abstract int accountsForSalesShare();

  /**
   * Those accounts as a share of all accounts (with the standard policy: the share of accounts that
   * make 80% of sales).
   *
   * @return {@link #accountsForSalesShare()} / number of accounts, to {@link Rate#PRECISION}
   */
  public Rate shareOfAccounts() {
    return Rate.ratio(BigDecimal.valueOf(accountsForSalesShare()), BigDecimal.valueOf(ranking().size()));
  }

  /**
   * The number of accounts in a class.
   *
   * @param abcClass the class
   * @return the count
   */
  public int count(AbcClass abcClass) {
    return (int) ranking().stream().filter(r -> r.abcClass() == abcClass).count();
  }

  /**
   * The accounts left out of the ranking, in input order: null, a repeated id, or another currency.
   *
   * @return the failure items
   */
  public abstract List<FailureItem> failures();
}
