package dev.keyaccount.planning.promotion;

import java.util.SortedSet;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * Two promotions of one account that run at the same time on at least one common SKU (促销冲突).
 *
 * <p>The ids are ordered so that {@code firstId < secondId}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Overlap {

  Overlap() {}

  /**
   * The account both promotions run at.
   *
   * @return the account id
   */
  public abstract String accountId();

  /**
   * The lower of the two promotion ids.
   *
   * @return the first id
   */
  public abstract String firstId();

  /**
   * The higher of the two promotion ids.
   *
   * @return the second id
   */
  public abstract String secondId();

  /**
   * The SKUs both promotions cover.
   *
   * @return at least one SKU code, sorted
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> skuCodes();

  /**
   * The days both promotions run, half-open.
   *
   * @return the common period
   */
  public abstract LocalDateRange period();
}
