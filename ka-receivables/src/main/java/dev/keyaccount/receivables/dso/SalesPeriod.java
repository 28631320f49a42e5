package dev.keyaccount.receivables.dso;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * The credit sales of one period (usually a month) and its length in days, for the countback method.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SalesPeriod {

  SalesPeriod() {}

  /**
   * Returns a period.
   *
   * @param creditSales the credit sales of the period, not negative
   * @param days the period's length, positive
   * @return the period
   * @throws IllegalArgumentException if the sales are negative or the days not positive
   */
  public static SalesPeriod of(MonetaryAmount creditSales, int days) {
    return ImmutableSalesPeriod.of(creditSales, days);
  }

  /**
   * The credit sales of the period.
   *
   * @return the sales, not negative
   */
  @Value.Parameter
  public abstract MonetaryAmount creditSales();

  /**
   * The period's length.
   *
   * @return the days, positive
   */
  @Value.Parameter
  public abstract int days();

  /** Holds every amount as a bounded {@code Money} (equal amounts, equal values), then checks them. */
  @Value.Check
  SalesPeriod check() {
    Money creditSales = Monies.of(creditSales(), "creditSales");
    if (creditSales != creditSales()) {
      return ImmutableSalesPeriod.builder().from(this).creditSales(creditSales).build();
    }
    Args.notNegative(creditSales(), "creditSales");
    Args.positive(days(), "days");
    return this;
  }
}
