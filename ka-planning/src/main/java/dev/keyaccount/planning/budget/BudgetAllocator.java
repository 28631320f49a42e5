package dev.keyaccount.planning.budget;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Allocates a trade budget by the expense-first principle (费用从优原则): reserve the fixed fees first,
 * then fund stores from the lowest input/output ratio (投产比) up, each up to its cap, and put what is
 * left into fixed investment (固定投入).
 *
 * <p>The arithmetic is in whole minor units, so the parts sum exactly to the budget. A store with a
 * higher ratio is never funded while one with a lower ratio is short of its cap. The result does not
 * depend on the order of the stores. This class is stateless and thread-safe; use {@link #DEFAULT}.
 */
public final class BudgetAllocator {

  /** The shared instance. */
  public static final BudgetAllocator DEFAULT = new BudgetAllocator();

  private static final Comparator<StoreForecast> FUNDING_ORDER =
      Comparator.comparing(StoreForecast::inputOutputRatio).thenComparing(StoreForecast::storeId);

  private BudgetAllocator() {}

  /**
   * Allocates the request's budget.
   *
   * @param request the stores, expense ratio and fixed fees
   * @return the allocation, summing exactly to the budget
   * @throws NullPointerException if the request is null
   */
  public BudgetAllocation allocate(BudgetRequest request) {
    Args.notNull(request, "request");
    CurrencyUnit currency = request.currency();
    long budget = Monies.toMinorUnits(request.budget());
    long fees = Monies.toMinorUnits(request.fixedFees());
    long reserved = Math.min(budget, fees);
    long left = budget - reserved;
    List<StoreForecast> order = new ArrayList<>(request.stores());
    order.sort(FUNDING_ORDER);
    ImmutableBudgetAllocation.Builder result = ImmutableBudgetAllocation.builder()
        .budget(Monies.ofMinorUnits(budget, currency))
        .fixedFeesReserved(Monies.ofMinorUnits(reserved, currency));
    for (StoreForecast store : order) {
      long funded = atMost(store.effectiveCap(), left);
      left -= funded;
      result.addStores(ImmutableStoreAllocation.builder().store(store)
          .funded(Monies.ofMinorUnits(funded, currency)).build());
    }
    result.fixedInvestment(Monies.ofMinorUnits(left, currency));
    if (fees > budget) {
      result.shortfall(Monies.ofMinorUnits(fees - budget, currency));
    }
    return result.build();
  }

  /**
   * A store's cap in whole minor units, or {@code left} when that is less: a cap beyond what a long holds
   * (a store's forecast alone may be larger than the whole budget may be) takes what is left.
   */
  private static long atMost(MonetaryAmount cap, long left) {
    BigDecimal units = Monies.decimal(cap).movePointRight(Monies.minorDigits(cap.getCurrency()));
    return units.compareTo(BigDecimal.valueOf(left)) >= 0 ? left : units.longValueExact();
  }
}
