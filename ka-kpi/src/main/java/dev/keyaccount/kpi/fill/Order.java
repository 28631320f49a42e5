package dev.keyaccount.kpi.fill;

import dev.keyaccount.core.Args;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A customer order (订单): its account, the day it is due and its lines. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Order {

  /** The most lines an order can have. */
  public static final int MAX_LINES = 10_000;

  Order() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The order's id.
   *
   * @return the id, not blank
   */
  public abstract String orderId();

  /**
   * The ordering account's id.
   *
   * @return the id, not blank
   */
  public abstract String accountId();

  /**
   * The day the goods are due at the customer.
   *
   * @return the due date
   */
  public abstract LocalDate dueDate();

  /**
   * The lines.
   *
   * @return at least one line
   */
  public abstract List<OrderLine> lines();

  /**
   * Returns whether every line shipped in full.
   *
   * @return true if complete
   */
  public boolean isComplete() {
    for (OrderLine line : lines()) {
      if (!line.isComplete()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns whether the order arrived complete and no line later than the due date (on time in full).
   *
   * @return true if on time in full
   */
  public boolean isOnTimeInFull() {
    for (OrderLine line : lines()) {
      if (!line.isComplete() || line.deliveredOn().orElseThrow().isAfter(dueDate())) {
        return false;
      }
    }
    return true;
  }

  @Value.Check
  void check() {
    Args.notBlank(orderId(), "orderId");
    Args.notBlank(accountId(), "accountId");
    Args.notEmpty(lines(), "lines");
    Args.check(lines().size() <= MAX_LINES, "lines", "have at most " + MAX_LINES + " lines", lines().size() + " lines");
  }

  /** Builds an {@link Order}; every attribute is required, with at least one line. */
  public static final class Builder extends ImmutableOrder.Builder {}
}
