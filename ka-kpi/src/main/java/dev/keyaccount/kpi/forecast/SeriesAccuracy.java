package dev.keyaccount.kpi.forecast;

import org.immutables.value.Value;

/**
 * The forecast accuracy of one account's product over the months given. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class SeriesAccuracy {

  SeriesAccuracy() {}

  static SeriesAccuracy of(String accountId, String productId, Accuracy accuracy) {
    return ImmutableSeriesAccuracy.builder().accountId(accountId).productId(productId).accuracy(accuracy).build();
  }

  /**
   * The account's id.
   *
   * @return the id
   */
  public abstract String accountId();

  /**
   * The product's id.
   *
   * @return the id
   */
  public abstract String productId();

  /**
   * The accuracy over the series' months.
   *
   * @return the accuracy
   */
  public abstract Accuracy accuracy();
}
