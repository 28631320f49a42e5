package dev.keyaccount.planning.budget;

import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * The result of the expense-first allocation: fixed fees reserved, each store's funding, the
 * remainder put into fixed investment, and any shortfall.
 *
 * <p>{@code fixedFeesReserved + Σ store funding + fixedInvestment = budget}, exactly. When the budget
 * is smaller than the fixed fees, the whole budget is reserved, no store is funded and
 * {@link #shortfall()} gives the amount missing. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BudgetAllocation {

  BudgetAllocation() {}

  /**
   * The budget allocated.
   *
   * @return the budget
   */
  public abstract MonetaryAmount budget();

  /**
   * The amount reserved for the fixed fees: the fees, or the whole budget when it falls short.
   *
   * @return the reserved amount
   */
  public abstract MonetaryAmount fixedFeesReserved();

  /**
   * Each store's funding, in funding order: lowest input/output ratio first, ties by store id.
   *
   * @return one allocation per store
   */
  public abstract List<StoreAllocation> stores();

  /**
   * What is left after the stores are funded up to their caps: fixed investment (固定投入).
   *
   * @return the remainder, not negative
   */
  public abstract MonetaryAmount fixedInvestment();

  /**
   * How much the budget falls short of the fixed fees.
   *
   * @return the missing amount, or empty when the fees are covered
   */
  public abstract Optional<MonetaryAmount> shortfall();
}
