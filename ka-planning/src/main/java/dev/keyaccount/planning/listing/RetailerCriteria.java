package dev.keyaccount.planning.listing;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Rate;
import org.immutables.value.Value;

/**
 * A retailer's criteria for a new listing, replaceable data; {@link #standard()} asks for some
 * incremental volume, a front margin that is not negative, supplier support, a barcode and one in,
 * one out.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RetailerCriteria {

  RetailerCriteria() {}

  /**
   * Returns a new builder, starting from the standard criteria.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The standard criteria.
   *
   * @return the criteria
   */
  public static RetailerCriteria standard() {
    return builder().build();
  }

  /**
   * The fewest incremental cases the listing must bring.
   *
   * @return the minimum, not negative; 1 by default
   */
  @Value.Default
  public long minimumIncrementalCases() {
    return 1;
  }

  /**
   * The lowest acceptable front margin: (retail price − purchase price) / retail price.
   *
   * @return the minimum rate; 0% by default
   */
  @Value.Default
  public Rate minimumFrontMargin() {
    return Rate.ZERO;
  }

  /**
   * Whether positive supplier support is required.
   *
   * @return true by default
   */
  @Value.Default
  public boolean requireSupplierSupport() {
    return true;
  }

  /**
   * Whether a barcode is required.
   *
   * @return true by default
   */
  @Value.Default
  public boolean requireBarcode() {
    return true;
  }

  /**
   * Whether the retailer applies one in, one out.
   *
   * @return true by default
   */
  @Value.Default
  public boolean oneInOneOut() {
    return true;
  }

  @Value.Check
  void check() {
    Args.notNegative(minimumIncrementalCases(), "minimumIncrementalCases");
  }

  /** Builds {@link RetailerCriteria}; every attribute has the standard default. */
  public static final class Builder extends ImmutableRetailerCriteria.Builder {}
}
