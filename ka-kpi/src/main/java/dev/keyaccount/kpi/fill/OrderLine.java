package dev.keyaccount.kpi.fill;

import dev.keyaccount.core.Args;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a customer order: the cases ordered of a SKU, the cases shipped and the day they arrived.
 * A line that shipped anything has a delivery date; its cases are at most {@value #MAX_CASES}. This class
 * is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OrderLine {

  /** The most cases a line can order or ship (so that the totals of the most lines fit a long). */
  public static final long MAX_CASES = 1_000_000_000L;

  OrderLine() {}

  /**
   * Returns a line.
   *
   * @param sku the SKU code
   * @param orderedCases the cases ordered, positive
   * @param shippedCases the cases shipped, not negative
   * @param deliveredOn the delivery date, required when anything shipped
   * @return the line
   * @throws NullPointerException if the SKU is null
   * @throws IllegalArgumentException if a quantity is out of range or a shipped line has no date
   */
  public static OrderLine of(String sku, long orderedCases, long shippedCases, LocalDate deliveredOn) {
    return builder().sku(sku).orderedCases(orderedCases).shippedCases(shippedCases)
        .deliveredOn(Optional.ofNullable(deliveredOn)).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The SKU code.
   *
   * @return the code, not blank
   */
  public abstract String sku();

  /**
   * The cases ordered.
   *
   * @return the cases, positive
   */
  public abstract long orderedCases();

  /**
   * The cases shipped; may exceed the cases ordered, which {@link FillRates#DEFAULT} rejects.
   *
   * @return the cases, not negative
   */
  public abstract long shippedCases();

  /**
   * The day the shipment arrived.
   *
   * @return the date, empty when nothing shipped
   */
  public abstract Optional<LocalDate> deliveredOn();

  /**
   * Returns whether the line shipped in full.
   *
   * @return true if shipped ≥ ordered
   */
  public boolean isComplete() {
    return shippedCases() >= orderedCases();
  }

  @Value.Check
  void check() {
    Args.notBlank(sku(), "sku");
    Args.check(orderedCases() > 0 && orderedCases() <= MAX_CASES, "orderedCases", "be between 1 and " + MAX_CASES,
        orderedCases());
    Args.check(shippedCases() >= 0 && shippedCases() <= MAX_CASES, "shippedCases", "be between 0 and " + MAX_CASES,
        shippedCases());
    if (!(shippedCases() == 0 || deliveredOn().isPresent())) {
      throw Args.invalid("deliveredOn", "be given when " + shippedCases() + " cases shipped", "empty");
    }
  }

  /** Builds an {@link OrderLine}; the delivery date is optional when nothing shipped. */
  public static final class Builder extends ImmutableOrderLine.Builder {}
}
