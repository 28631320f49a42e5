package dev.keyaccount.kpi.fill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.core.result.FailureReason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class FillRatesTest {

  private static final LocalDate DUE = LocalDate.of(2026, 3, 10);

  private static Order order(String id, String account, OrderLine... lines) {
    return Order.builder().orderId(id).accountId(account).dueDate(DUE).addLines(lines).build();
  }

  private static OrderLine line(long ordered, long shipped, int dayOfMonth) {
    return OrderLine.of("SKU-" + ordered + "-" + shipped, ordered, shipped, shipped == 0 ? null : DUE.withDayOfMonth(dayOfMonth));
  }

  @Test
  void seed_fillRaisedFrom65To90_isPlus25Points() {
    FillReport before = FillRates.DEFAULT.measure(List.of(order("O1", "A", line(100, 65, 9))));
    FillReport after = FillRates.DEFAULT.measure(List.of(order("O2", "A", line(100, 90, 9))));
    assertEquals(Rate.of("0.65"), before.caseFill());
    assertEquals(Rate.of("0.90"), after.caseFill());
    assertEquals(0, new BigDecimal("25").compareTo(after.caseFillChangeInPoints(before)));
    assertEquals(0, new BigDecimal("25").compareTo(FillRates.DEFAULT.pointsChange(Rate.of("0.65"), Rate.of("0.90"))));
    assertEquals(0, new BigDecimal("-25").compareTo(before.caseFillChangeInPoints(after)));
  }

  @Test
  void caseLineOrderFillAndOtif() {
    List<Order> orders = List.of(
        order("O1", "A", line(10, 10, 10), line(20, 20, 9)),   // complete, on time
        order("O2", "A", line(10, 10, 11)),                    // complete, late
        order("O3", "A", line(10, 5, 8), line(10, 10, 8)),     // short
        order("O4", "A", line(10, 0, 1)));                     // nothing shipped
    FillReport r = FillRates.DEFAULT.measure(orders);
    assertEquals(4, r.orders());
    assertEquals(6, r.lines());
    assertEquals(70, r.orderedCases());
    assertEquals(55, r.filledCases());
    assertEquals(Rate.ratio(BigDecimal.valueOf(55), BigDecimal.valueOf(70)), r.caseFill());
    assertEquals(Rate.ratio(BigDecimal.valueOf(4), BigDecimal.valueOf(6)), r.lineFill());
    assertEquals(Rate.of("0.5"), r.orderFill());
    assertEquals(Rate.of("0.25"), r.onTimeInFull());
  }

  @Test
  void deliveredOnTheDueDate_isOnTime() {
    Order onDue = order("O1", "A", line(5, 5, 10));
    assertTrue(onDue.isOnTimeInFull());
    assertTrue(onDue.isComplete());
    Order dayLate = order("O2", "A", line(5, 5, 11));
    assertFalse(dayLate.isOnTimeInFull());
    assertTrue(dayLate.isComplete());
  }

  @Test
  void overShipment_rejectedByDefault_countedAsOrderedWhenAllowed() {
    List<Order> orders = List.of(order("O1", "A", line(10, 12, 9), line(10, 8, 9)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FillRates.DEFAULT.measure(orders));
    assertTrue(e.getMessage().startsWith("Argument 'orders' must have at least one order that can be measured but "
        + "has value Argument 'orders[0].lines' must not ship more than ordered but has value "), e.getMessage());
    assertTrue(e.getMessage().contains("shippedCases=12"), e.getMessage());
    FillReport rest = FillRates.DEFAULT.measure(List.of(orders.get(0), order("O2", "A", line(10, 5, 9))));
    assertEquals(1, rest.orders());
    assertEquals(Rate.of("0.5"), rest.caseFill());
    FailureItem over = rest.failures().get(0);
    assertEquals(FailureReason.INVALID_VALUE, over.reason());
    assertEquals(0, over.position());
    assertEquals(Optional.of("O1"), over.itemId());
    assertEquals(OverShipment.REJECTED, FillRates.DEFAULT.overShipment());
    assertEquals(FillRates.ALLOWING_OVER_SHIPMENT.measure(orders),
        new FillRates(OverShipment.COUNTED_AS_ORDERED).measure(orders));
    FillReport r = FillRates.ALLOWING_OVER_SHIPMENT.measure(orders);
    assertEquals(18, r.filledCases());
    assertEquals(Rate.of("0.9"), r.caseFill());
    assertEquals(Rate.of("0.5"), r.lineFill());
    assertEquals(Rate.ZERO, r.orderFill());
  }

  @Test
  void byAccount_andOverAPeriod() {
    Order a1 = order("O1", "A", line(10, 10, 9));
    Order b1 = order("O2", "B", line(10, 5, 9));
    Order late = Order.builder().orderId("O3").accountId("A").dueDate(DUE.plusMonths(1))
        .addLines(line(10, 0, 1)).build();
    Map<String, FillReport> byAccount = FillRates.DEFAULT.byAccount(List.of(b1, a1, late));
    assertEquals(List.of("A", "B"), List.copyOf(byAccount.keySet()));
    assertEquals(Rate.of("0.5"), byAccount.get("A").caseFill());
    assertEquals(Rate.of("0.5"), byAccount.get("B").caseFill());
    LocalDateRange march = LocalDateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
    FillReport inMarch = FillRates.DEFAULT.measure(List.of(a1, b1, late), march);
    assertEquals(2, inMarch.orders());
    assertEquals(Rate.of("0.75"), inMarch.caseFill());
    LocalDateRange endsOnDue = LocalDateRange.of(LocalDate.of(2026, 3, 1), DUE);
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> FillRates.DEFAULT.measure(List.of(a1, b1), endsOnDue));
    assertEquals("Argument 'period' must contain the due date of some order but has value 2026-03-01/2026-03-10",
        none.getMessage());
  }

  @Test
  void nullAndRepeatedOrders_areFailureItems_andTheOthersAreMeasured() {
    Order o1 = order("O1", "A", line(10, 10, 9));
    Order o2 = order("O2", "A", line(10, 5, 9));
    FillReport r = FillRates.DEFAULT.measure(java.util.Arrays.asList(o1, null, o2, order("O1", "A", line(1, 0, 9))));
    assertEquals(FillRates.DEFAULT.measure(List.of(o1, o2)).caseFill(), r.caseFill());
    assertEquals(2, r.orders());
    assertEquals(List.of(
        FailureItem.of("orders", 1, null, FailureReason.NULL_ITEM, "Argument 'orders[1]' must not be null but has value null"),
        FailureItem.of("orders", 3, "O1", FailureReason.DUPLICATE_ID,
            "Argument 'orders[3]' must have a unique id but has value 'O1' (the id of orders[0])")), r.failures());
    Map<String, FillReport> byAccount = FillRates.DEFAULT.byAccount(List.of(o1, order("O9", "B", line(10, 12, 9)), o2,
        order("O1", "B", line(1, 1, 9))));
    assertEquals(List.of("A"), List.copyOf(byAccount.keySet()));
    assertEquals(List.of(), byAccount.get("A").failures());
    FillReport b = FillRates.DEFAULT.byAccount(List.of(order("O9", "B", line(10, 12, 9)), order("O8", "B", line(2, 1, 9))))
        .get("B");
    assertEquals(1, b.orders());
    assertEquals(List.of(0), b.failures().stream().map(FailureItem::position).collect(java.util.stream.Collectors.toList()));
    // Over a period, a null order is a failure item too, as in the measure of all orders.
    FillReport inPeriod = FillRates.DEFAULT.measure(java.util.Arrays.asList(o1, null, o2),
        LocalDateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)));
    assertEquals(2, inPeriod.orders());
    assertEquals(List.of(FailureItem.of("orders", 1, null, FailureReason.NULL_ITEM,
        "Argument 'orders[1]' must not be null but has value null")), inPeriod.failures());
  }

  @Test
  void rejectedInput() {
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> FillRates.DEFAULT.measure(List.of()));
    assertEquals("Argument 'orders' must not be empty but has value []", empty.getMessage());
    IllegalArgumentException emptyPeriod = assertThrows(IllegalArgumentException.class,
        () -> FillRates.DEFAULT.measure(List.of(order("O1", "A", line(1, 1, 9))), LocalDateRange.of(DUE, DUE)));
    assertEquals("Argument 'period' must not be empty but has value 2026-03-10/2026-03-10", emptyPeriod.getMessage());
    IllegalArgumentException ordered = assertThrows(IllegalArgumentException.class,
        () -> OrderLine.of("S", 0, 0, null));
    assertEquals("Argument 'orderedCases' must be between 1 and 1000000000 but has value 0", ordered.getMessage());
    IllegalArgumentException shipped = assertThrows(IllegalArgumentException.class,
        () -> OrderLine.of("S", 1, -1, null));
    assertEquals("Argument 'shippedCases' must be between 0 and 1000000000 but has value -1", shipped.getMessage());
    IllegalArgumentException date = assertThrows(IllegalArgumentException.class, () -> OrderLine.of("S", 2, 1, null));
    assertEquals("Argument 'deliveredOn' must be given when 1 cases shipped but has value empty", date.getMessage());
    IllegalArgumentException noLines = assertThrows(IllegalArgumentException.class,
        () -> Order.builder().orderId("O").accountId("A").dueDate(DUE).build());
    assertEquals("Argument 'lines' must not be empty but has value []", noLines.getMessage());
    assertEquals("Argument 'overShipment' must not be null",
        assertThrows(NullPointerException.class, () -> new FillRates(null)).getMessage());
  }

  @Test
  void boundsKeepEveryTotalWithinALong() {
    // Long.MAX_VALUE cases on a line made the totals overflow (an ArithmeticException); each bound is checked.
    assertEquals("Argument 'orderedCases' must be between 1 and 1000000000 but has value 9223372036854775807",
        assertThrows(IllegalArgumentException.class, () -> OrderLine.of("S", Long.MAX_VALUE, 1, DUE)).getMessage());
    assertEquals("Argument 'shippedCases' must be between 0 and 1000000000 but has value 1000000001",
        assertThrows(IllegalArgumentException.class, () -> OrderLine.of("S", 1, 1_000_000_001L, DUE)).getMessage());
    OrderLine full = OrderLine.of("S", OrderLine.MAX_CASES, OrderLine.MAX_CASES, DUE);
    assertEquals("Argument 'lines' must have at most 10000 lines but has value 10001 lines",
        assertThrows(IllegalArgumentException.class, () -> Order.builder().orderId("O").accountId("A").dueDate(DUE)
            .addAllLines(java.util.Collections.nCopies(Order.MAX_LINES + 1, full)).build()).getMessage());
    Order big = order("O", "A", full, full);
    assertEquals("Argument 'orders' must have at most 500000 orders but has value 500001 orders",
        assertThrows(IllegalArgumentException.class,
            () -> FillRates.DEFAULT.measure(java.util.Collections.nCopies(FillRates.MAX_ORDERS + 1, big))).getMessage());
    // Lines at the bound add up exactly.
    FillReport report = FillRates.DEFAULT.measure(List.of(big, order("P", "A", full, line(OrderLine.MAX_CASES, 1, 9))));
    assertEquals(Rate.ratio(BigDecimal.valueOf(3 * OrderLine.MAX_CASES + 1), BigDecimal.valueOf(4 * OrderLine.MAX_CASES)),
        report.caseFill());
  }
}
