package dev.keyaccount.receivables.dso;

import dev.keyaccount.core.Args;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

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

  @Value.Check
  void check() {
    Args.notNegative(creditSales(), "creditSales");
    Args.positive(days(), "days");
  }
}
