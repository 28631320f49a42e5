package dev.keyaccount.planning.rebate;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * What an account bought over a period (or up to a date), the base of its rebate: cases and net sales.
 *
 * <p>Bounds: cases from 0 to below 10^12; net sales not negative, whole minor units, below 10^12. This
 * class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RebatePerformance {

  RebatePerformance() {}

  /**
   * Returns a performance.
   *
   * @param cases cases bought
   * @param netSales net sales
   * @return the performance
   * @throws IllegalArgumentException if a value is out of bounds
   */
  public static RebatePerformance of(long cases, MonetaryAmount netSales) {
    return ImmutableRebatePerformance.of(cases, Monies.of(Args.notNull(netSales, "netSales")));
  }

  /**
   * Cases bought.
   *
   * @return not negative
   */
  @Value.Parameter
  public abstract long cases();

  /**
   * Net sales.
   *
   * @return not negative, whole minor units
   */
  @Value.Parameter
  public abstract Money netSales();

  @Value.Check
  void check() {
    Args.notNegative(cases(), "cases");
    if (cases() >= RebateTier.MAX_THRESHOLD.longValueExact()) {
      throw Args.invalid("cases", "be below " + RebateTier.MAX_THRESHOLD.toPlainString(), cases());
    }
    Args.notNegative(netSales(), "netSales");
    Args.check(Monies.isWholeMinorUnits(netSales()), "netSales", "be a whole number of minor units", netSales());
    if (Monies.decimal(netSales()).compareTo(RebateTier.MAX_THRESHOLD) >= 0) {
      throw Args.invalid("netSales", "be below " + RebateTier.MAX_THRESHOLD.toPlainString(), netSales());
    }
  }
}
