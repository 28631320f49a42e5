package dev.keyaccount.planning.budget;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import java.math.RoundingMode;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * What the expense-first allocation (费用从优原则) starts from: each store's forecast, the expense ratio
 * (费用比) and the fixed fees to reserve (listing, barcode, festival fees).
 *
 * <p>The budget is {@code Σ forecast sales × expense ratio}, rounded down ({@link RoundingMode#DOWN}) to
 * the minor unit so that the plan never spends above the ratio. The budget and the fixed fees are each
 * at most {@link Long#MAX_VALUE} minor units (92,233,720,368,547,758.07 in a currency of two decimals),
 * as the allocation works in whole minor units. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BudgetRequest {

  BudgetRequest() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The stores, with forecast, ratio and cap.
   *
   * @return at least one store, ids unique
   */
  public abstract List<StoreForecast> stores();

  /**
   * The expense ratio (费用比): budget / sales.
   *
   * @return the ratio, between 0 and 1
   */
  public abstract Rate expenseRatio();

  /**
   * The fixed fees reserved before any store is funded.
   *
   * @return the fees, not negative, a whole number of minor units, in the sales currency
   */
  public abstract MonetaryAmount fixedFees();

  /**
   * The currency of the request: that of the first store's sales.
   *
   * @return the currency
   */
  public CurrencyUnit currency() {
    return stores().get(0).forecastSales().getCurrency();
  }

  /**
   * The total forecast sales.
   *
   * @return the exact sum
   */
  public MonetaryAmount totalSales() {
    return Monies.sum(stores().stream().map(StoreForecast::forecastSales)::iterator, currency());
  }

  /**
   * The budget: total sales × expense ratio, rounded down to the minor unit.
   *
   * @return the budget
   */
  public MonetaryAmount budget() {
    return Monies.round(expenseRatio().of(totalSales()), RoundingMode.DOWN);
  }

  /** Holds every amount as a bounded {@code Money} (equal amounts, equal values), then checks them. */
  @Value.Check
  BudgetRequest check() {
    Money fixedFees = Monies.of(fixedFees(), "fixedFees");
    if (fixedFees != fixedFees()) {
      return builder().from(this).fixedFees(fixedFees).build();
    }
    Args.notEmpty(stores(), "stores");
    Args.check(expenseRatio().isBetweenZeroAndOne(), "expenseRatio", "be between 0% and 100%", expenseRatio());
    Args.notNegative(fixedFees(), "fixedFees");
    Args.check(Monies.isWholeMinorUnits(fixedFees()), "fixedFees", "be a whole number of minor units", fixedFees());
    for (int i = 0; i < stores().size(); i++) {
      StoreForecast store = stores().get(i);
      if (!store.forecastSales().getCurrency().equals(currency())) {
        Args.sameCurrency(store.forecastSales(), currency(), "stores[" + i + "].forecastSales");
      }
    }
    Args.uniqueIds(stores(), StoreForecast::storeId, "stores");
    Args.sameCurrency(fixedFees(), currency(), "fixedFees");
    // The allocation is worked in whole minor units held in a long, so that its parts sum exactly.
    Money most = Monies.ofMinorUnits(Long.MAX_VALUE, currency());
    Args.check(fixedFees().isLessThanOrEqualTo(most), "fixedFees", "be at most " + most
        + " (the most minor units the allocation holds)", fixedFees());
    MonetaryAmount budget = budget();
    Args.check(budget.isLessThanOrEqualTo(most), "stores", "have forecast sales whose sum × expenseRatio (the"
        + " budget) is at most " + most + " (the most minor units the allocation holds)", budget);
    return this;
  }

  /** Builds a {@link BudgetRequest}; every attribute is required. */
  public static final class Builder extends ImmutableBudgetRequest.Builder {}
}
