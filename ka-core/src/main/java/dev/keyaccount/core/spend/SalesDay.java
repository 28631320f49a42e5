package dev.keyaccount.core.spend;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * What was sold on one day for a spend line (日销售): cases shipped and invoiced to the retailer, cases
 * the retailer sold to consumers by scan data, and net invoiced sales (净开票销售额).
 *
 * <p>Bounds: cases from 0 to 10^9; net sales not negative, whole minor units, below 10^12. Several
 * records may share a date (one per store or SKU). This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SalesDay {

  SalesDay() {}

  /**
   * Returns a sales record.
   *
   * @param date the day
   * @param casesShipped cases shipped and invoiced to the retailer
   * @param casesScanned cases the retailer sold, by scan data
   * @param netSales net invoiced sales
   * @return the record
   * @throws IllegalArgumentException if a count or the amount is out of bounds
   */
  public static SalesDay of(LocalDate date, long casesShipped, long casesScanned, MonetaryAmount netSales) {
    return ImmutableSalesDay.of(date, casesShipped, casesScanned, Monies.of(Args.notNull(netSales, "netSales")));
  }

  /**
   * The day.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Cases shipped and invoiced to the retailer.
   *
   * @return from 0 to 10^9
   */
  @Value.Parameter
  public abstract long casesShipped();

  /**
   * Cases the retailer sold to consumers, by scan data.
   *
   * @return from 0 to 10^9
   */
  @Value.Parameter
  public abstract long casesScanned();

  /**
   * Net invoiced sales.
   *
   * @return not negative, whole minor units
   */
  @Value.Parameter
  public abstract Money netSales();

  @Value.Check
  void check() {
    SpendBounds.cases(casesShipped(), "casesShipped");
    SpendBounds.cases(casesScanned(), "casesScanned");
    SpendBounds.amount(netSales(), netSales().getCurrency(), "netSales");
  }
}
