package dev.keyaccount.kpi.fill;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.core.result.FailureReason;
import dev.keyaccount.core.result.Failures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.threeten.extra.LocalDateRange;

/**
 * The order fill KPI (订单满足率): full quantity, on time, as the customer measures it. Seed case: fill
 * raised from 65% to 90% after fixing warehouse ageing rules, a +25-point improvement.
 *
 * <p>{@link #DEFAULT} rejects an order with a line that shipped more than was ordered
 * ({@link OverShipment#REJECTED}); {@link #ALLOWING_OVER_SHIPMENT} counts such a line complete and
 * counts only the cases ordered toward case fill, so rates stay in {@code [0, 1]}. An order that cannot
 * be measured (null, a repeated id, an over-shipped line where that is rejected) is left out and
 * reported as a failure item of the report; the others are measured. Every method takes at most
 * {@link #MAX_ORDERS} orders (more is an {@link IllegalArgumentException} naming {@code orders}). This
 * class is stateless and thread-safe.
 */
public final class FillRates {

  /**
   * The most orders one call measures: with at most {@link Order#MAX_LINES} lines of at most
   * {@link OrderLine#MAX_CASES} cases each, every total fits a long.
   */
  public static final int MAX_ORDERS = 500_000;

  /** Rejects orders with an over-shipped line. */
  public static final FillRates DEFAULT = new FillRates(OverShipment.REJECTED);

  /** Accepts over-shipped lines, counting the cases ordered toward fill. */
  public static final FillRates ALLOWING_OVER_SHIPMENT = new FillRates(OverShipment.COUNTED_AS_ORDERED);

  private final OverShipment overShipment;

  /**
   * Creates a calculator with an over-shipment policy.
   *
   * @param overShipment what to do with a line that shipped more than was ordered
   * @throws NullPointerException if the policy is null
   */
  public FillRates(OverShipment overShipment) {
    this.overShipment = Args.notNull(overShipment, "overShipment");
  }

  /**
   * The over-shipment policy of this calculator.
   *
   * @return the policy
   */
  public OverShipment overShipment() {
    return overShipment;
  }

  /**
   * Returns the change between two rates in percentage points.
   *
   * @param before the earlier rate
   * @param after the later rate
   * @return {@code (after − before) × 100}, exact
   * @throws NullPointerException if an argument is null
   */
  public BigDecimal pointsChange(Rate before, Rate after) {
    Args.notNull(before, "before");
    Args.notNull(after, "after");
    return after.minus(before).percent();
  }

  /**
   * Measures fill over a set of orders, leaving out and reporting as failure items the orders that
   * cannot be measured.
   *
   * @param orders the orders, at least one
   * @return the fill rates of the measured orders and the failure items of the others
   * @throws NullPointerException if the list is null
   * @throws IllegalArgumentException if there are no orders or none can be measured (naming the first failure)
   */
  public FillReport measure(List<Order> orders) {
    Args.notEmpty(orders, "orders");
    atMostMaxOrders(orders);
    Failures failures = new Failures("orders");
    List<Order> measured = new ArrayList<>(orders.size());
    for (int i = 0; i < orders.size(); i++) {
      Order order = orders.get(i);
      if (!failures.isNull(order, i) && !failures.isDuplicate(order.orderId(), i) && accepts(order, i, failures)) {
        measured.add(order);
      }
    }
    return report(measured, failures.items());
  }

  /**
   * Measures fill over the orders due in a period.
   *
   * @param orders the orders
   * @param period the period (half-open), matched against each order's due date
   * @return the fill rates of the orders due in the period, with the failure items of those that cannot
   *     be measured and of null orders, as {@link #measure(List)} reports them (positions are in
   *     {@code orders})
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the period is empty, no order is due in it, or none of those due
   *     can be measured
   */
  public FillReport measure(List<Order> orders, LocalDateRange period) {
    Args.notNull(orders, "orders");
    atMostMaxOrders(orders);
    Args.notNull(period, "period");
    Args.check(!period.isEmpty(), "period", "not be empty", period);
    Failures failures = new Failures("orders");
    List<Order> measured = new ArrayList<>();
    boolean anyDue = false;
    for (int i = 0; i < orders.size(); i++) {
      Order order = orders.get(i);
      if (failures.isNull(order, i)) {
        continue;
      }
      if (period.contains(order.dueDate())) {
        anyDue = true;
        if (!failures.isDuplicate(order.orderId(), i) && accepts(order, i, failures)) {
          measured.add(order);
        }
      }
    }
    Args.check(anyDue, "period", "contain the due date of some order", period);
    return report(measured, failures.items());
  }

  /**
   * Measures fill per account; an order that cannot be measured is a failure item of its account's report.
   *
   * @param orders the orders of one or more accounts, at least one
   * @return the fill rates by account id, sorted by id (positions of failure items are in {@code orders});
   *     an account none of whose orders can be measured has no report, its failures being those of
   *     {@link #measure(List)} on the same input
   * @throws NullPointerException if the list or an order is null
   * @throws IllegalArgumentException if there are no orders
   */
  public Map<String, FillReport> byAccount(List<Order> orders) {
    Args.notEmpty(orders, "orders");
    atMostMaxOrders(orders);
    Failures failures = new Failures("orders");
    Map<String, List<Order>> grouped = new TreeMap<>();
    for (int i = 0; i < orders.size(); i++) {
      Order order = Args.notNull(orders.get(i), "orders", i);
      List<Order> group = grouped.computeIfAbsent(order.accountId(), k -> new ArrayList<>());
      if (!failures.isDuplicate(order.orderId(), i) && accepts(order, i, failures)) {
        group.add(order);
      }
    }
    Map<String, List<FailureItem>> failed = new TreeMap<>();
    for (FailureItem f : failures.items()) {
      failed.computeIfAbsent(orders.get(f.position()).accountId(), k -> new ArrayList<>()).add(f);
    }
    Map<String, FillReport> result = new TreeMap<>();
    grouped.forEach((account, list) -> {
      if (!list.isEmpty()) {
        result.put(account, report(list, failed.getOrDefault(account, List.of())));
      }
    });
    return result;
  }

  private static void atMostMaxOrders(List<Order> orders) {
    Args.check(orders.size() <= MAX_ORDERS, "orders", "have at most " + MAX_ORDERS + " orders",
        orders.size() + " orders");
  }

  private boolean accepts(Order order, int i, Failures failures) {
    if (overShipment == OverShipment.REJECTED) {
      for (OrderLine line : order.lines()) {
        if (line.shippedCases() > line.orderedCases()) {
          failures.add(i, order.orderId(), FailureReason.INVALID_VALUE,
              Args.message(failures.name(i) + ".lines", "not ship more than ordered", line));
          return false;
        }
      }
    }
    return true;
  }

  private static FillReport report(List<Order> orders, List<FailureItem> failures) {
    if (orders.isEmpty()) {
      throw Args.invalid("orders", "have at least one order that can be measured", failures.get(0).message());
    }
    int lines = 0;
    int completeLines = 0;
    int completeOrders = 0;
    int otif = 0;
    long ordered = 0;
    long filled = 0;
    for (Order order : orders) {
      for (OrderLine line : order.lines()) {
        lines++;
        completeLines += line.isComplete() ? 1 : 0;
        ordered = Math.addExact(ordered, line.orderedCases());
        filled = Math.addExact(filled, Math.min(line.shippedCases(), line.orderedCases()));
      }
      completeOrders += order.isComplete() ? 1 : 0;
      otif += order.isOnTimeInFull() ? 1 : 0;
    }
    BigDecimal orderCount = BigDecimal.valueOf(orders.size());
    return FillReport.builder()
        .orders(orders.size())
        .lines(lines)
        .orderedCases(ordered)
        .filledCases(filled)
        .caseFill(Rate.ratio(BigDecimal.valueOf(filled), BigDecimal.valueOf(ordered)))
        .lineFill(Rate.ratio(BigDecimal.valueOf(completeLines), BigDecimal.valueOf(lines)))
        .orderFill(Rate.ratio(BigDecimal.valueOf(completeOrders), orderCount))
        .onTimeInFull(Rate.ratio(BigDecimal.valueOf(otif), orderCount))
        .failures(failures)
        .build();
  }
}
