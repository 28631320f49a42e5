package dev.keyaccount.receivables.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class AgingCalculatorTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  private static MonetaryAmount cny(long value) {
    return Money.of(value, Currencies.CNY);
  }

  private static OpenItem item(String account, int daysPastDue, long amount) {
    return OpenItem.builder().accountId(account).reference("INV-" + daysPastDue + "-" + amount)
        .dueDate(AS_OF.minusDays(daysPastDue)).amount(cny(amount)).build();
  }

  @Test
  void standardBuckets_labelsAndHalfOpenBoundaries() {
    AgingBuckets b = AgingBuckets.standard();
    assertEquals(List.of("current", "1-30", "31-60", "61-90", "90+"), b.labels());
    assertEquals(0, b.bucketOf(-5));
    assertEquals(0, b.bucketOf(0));
    assertEquals(1, b.bucketOf(1));
    assertEquals(1, b.bucketOf(30));
    assertEquals(2, b.bucketOf(31));
    assertEquals(2, b.bucketOf(60));
    assertEquals(3, b.bucketOf(61));
    assertEquals(3, b.bucketOf(90));
    assertEquals(4, b.bucketOf(91));
    assertEquals(5, b.size());
  }

  @Test
  void report_perAccountAndTotal() {
    AgingReport r = AgingCalculator.DEFAULT.age(List.of(item("KA1", -3, 100), item("KA1", 0, 50), item("KA1", 30, 10),
        item("KA2", 31, 20), item("KA2", 91, 7), item("KA2", 90, 3)), AS_OF, Currencies.CNY);
    assertEquals(List.of(cny(150), cny(10), cny(0), cny(0), cny(0)), r.byAccount().get("KA1"));
    assertEquals(List.of(cny(0), cny(0), cny(20), cny(3), cny(7)), r.byAccount().get("KA2"));
    assertEquals(List.of(cny(150), cny(10), cny(20), cny(3), cny(7)), r.totals());
    assertEquals(cny(190), r.total());
    assertEquals(cny(20), r.amount("KA2", "31-60"));
    assertEquals(AS_OF, r.asOf());
  }

  @Test
  void customBuckets() {
    AgingCalculator weekly = new AgingCalculator(AgingBuckets.of(1, 8));
    assertEquals(List.of("current", "1-7", "7+"), weekly.buckets().labels());
    AgingReport r = weekly.age(List.of(item("KA1", 7, 5), item("KA1", 8, 6)), AS_OF, Currencies.CNY);
    assertEquals(List.of(cny(0), cny(5), cny(6)), r.totals());
  }

  @Test
  void emptyReport_isZero() {
    AgingReport r = AgingCalculator.DEFAULT.age(List.of(), AS_OF, Currencies.CNY);
    assertEquals(cny(0), r.total());
    assertEquals(5, r.totals().size());
  }

  @Test
  void bucketsAddUpToTheTotal_andAccountsToTheTotals() {
    qt().withExamples(100).forAll(lists().of(integers().between(-30, 400)).ofSizeBetween(0, 40),
        integers().between(1, 5)).checkAssert((days, accounts) -> {
          List<OpenItem> items = new ArrayList<>();
          long expected = 0;
          for (int i = 0; i < days.size(); i++) {
            items.add(item("KA" + (i % accounts), days.get(i), i + 1));
            expected += i + 1;
          }
          AgingReport r = AgingCalculator.DEFAULT.age(items, AS_OF, Currencies.CNY);
          assertEquals(cny(expected), r.total());
          assertEquals(r.total(), Monies.sum(r.totals(), Currencies.CNY));
          for (int bucket = 0; bucket < r.totals().size(); bucket++) {
            int b = bucket;
            List<MonetaryAmount> column = new ArrayList<>();
            r.byAccount().values().forEach(v -> column.add(v.get(b)));
            assertEquals(r.totals().get(b), Monies.sum(column, Currencies.CNY));
          }
        });
  }

  @Test
  void aDocumentListedTwice_isAgedOnce_andTheRepeatIsAFailureItem() {
    OpenItem invoice = item("KA1", 10, 100);
    // The same reference in another account is another document.
    OpenItem elsewhere = OpenItem.builder().from(invoice).accountId("KA2").build();
    AgingReport r = AgingCalculator.DEFAULT.age(List.of(invoice, elsewhere, invoice), AS_OF, Currencies.CNY);
    assertEquals(cny(200), r.total());
    assertEquals(List.of(dev.keyaccount.core.result.FailureItem.of("items", 2, "INV-10-100",
        dev.keyaccount.core.result.FailureReason.DUPLICATE_ID,
        "Argument 'items[2]' must have a unique id but has value 'INV-10-100' (the id of items[0])")), r.failures());
  }

  @Test
  void itemsAddingUpBeyondTheDecimalBound_areRejectedNamingTheItems() {
    MonetaryAmount large = Money.of(new java.math.BigDecimal("9E+33"), Currencies.CNY);
    List<OpenItem> items = List.of(
        OpenItem.builder().accountId("KA1").reference("INV-1").dueDate(AS_OF).amount(large).build(),
        OpenItem.builder().accountId("KA1").reference("INV-2").dueDate(AS_OF).amount(large).build());
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new AgingCalculator(AgingBuckets.standard()).age(items, AS_OF, Currencies.CNY));
    org.junit.jupiter.api.Assertions.assertTrue(
        e.getMessage().startsWith("Argument 'items (a sum of their amounts)' must have at most 34 digits"),
        e.getMessage());
  }
}
