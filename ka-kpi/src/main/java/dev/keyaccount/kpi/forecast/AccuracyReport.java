package dev.keyaccount.kpi.forecast;

import dev.keyaccount.core.result.FailureItem;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Forecast accuracy per line and rolled up: per account and product, per account, per month and in
 * total. Every listing is in a fixed order (ids, then months, ascending), whatever the input order.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AccuracyReport {

  AccuracyReport() {}

  /**
   * The lines, ordered by account, product and month; each gives its own error and percentage error.
   *
   * @return the lines
   */
  public abstract List<ForecastLine> lines();

  /**
   * The accuracy of each account's product over the months, ordered by account then product.
   *
   * @return the series
   */
  public abstract List<SeriesAccuracy> bySeries();

  /**
   * The accuracy of each account over its products and months, ordered by account id.
   *
   * @return the accuracy per account id
   */
  public abstract Map<String, Accuracy> byAccount();

  /**
   * The accuracy of each month over all accounts and products, in month order.
   *
   * @return the accuracy per month
   */
  public abstract Map<YearMonth, Accuracy> byMonth();

  /**
   * The accuracy over all lines.
   *
   * @return the total
   */
  public abstract Accuracy total();

  /**
   * The lines left out, in input order: null, or repeating an account, product and month.
   *
   * @return the failure items
   */
  public abstract List<FailureItem> failures();
}
