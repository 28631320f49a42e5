package dev.keyaccount.receivables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.receivables.aging.AgingCalculator;
import dev.keyaccount.receivables.aging.AgingReport;
import dev.keyaccount.receivables.aging.OpenItem;
import dev.keyaccount.receivables.reconciliation.Document;
import dev.keyaccount.receivables.reconciliation.Reconciliation;
import dev.keyaccount.receivables.reconciliation.StatementReconciler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Shuffled input gives the same aging report and reconciliation; so do 8 threads at once. */
class DeterminismTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  private static List<OpenItem> items(List<Integer> days) {
    List<OpenItem> items = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      items.add(OpenItem.builder().accountId("KA" + (i % 4)).reference("INV-" + i).dueDate(AS_OF.minusDays(days.get(i)))
          .amount(Money.of(i * 3 + 1, Currencies.CNY)).build());
    }
    return items;
  }

  private static List<Document> documents(List<Integer> values, String prefix) {
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      documents.add(Document.of(prefix + (i % 11), Money.of(values.get(i), Currencies.CNY)));
    }
    return documents;
  }

  @Test
  void aging_shuffledItems_sameReport() {
    qt().withExamples(50).forAll(lists().of(integers().between(-20, 200)).ofSizeBetween(0, 40), longs().all())
        .checkAssert((days, seed) -> {
          List<OpenItem> items = items(days);
          AgingReport expected = AgingCalculator.DEFAULT.age(items, AS_OF, Currencies.CNY);
          List<OpenItem> shuffled = new ArrayList<>(items);
          Collections.shuffle(shuffled, new Random(seed));
          assertEquals(expected, AgingCalculator.DEFAULT.age(shuffled, AS_OF, Currencies.CNY));
        });
  }

  @Test
  void reconciliation_shuffledDocuments_sameResult() {
    qt().withExamples(50).forAll(lists().of(integers().between(-100, 100)).ofSizeBetween(0, 30),
        lists().of(integers().between(-100, 100)).ofSizeBetween(0, 30), longs().all()).checkAssert((a, b, seed) -> {
          List<Document> ours = documents(a, "INV-");
          List<Document> theirs = documents(b, "inv ");
          Reconciliation expected = StatementReconciler.DEFAULT.reconcile(ours, theirs, Currencies.CNY);
          List<Document> x = new ArrayList<>(ours);
          List<Document> y = new ArrayList<>(theirs);
          Collections.shuffle(x, new Random(seed));
          Collections.shuffle(y, new Random(seed + 1));
          assertEquals(expected, StatementReconciler.DEFAULT.reconcile(x, y, Currencies.CNY));
        });
  }

  @Test
  void eightThreads_shareInputs_andAgreeWithOne() throws Exception {
    List<Integer> days = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      days.add(i % 130 - 10);
    }
    List<OpenItem> items = items(days);
    List<Document> ours = documents(days, "INV-");
    List<Document> theirs = documents(days.subList(0, 400), "INV ");
    AgingReport aging = AgingCalculator.DEFAULT.age(items, AS_OF, Currencies.CNY);
    Reconciliation reconciliation = StatementReconciler.DEFAULT.reconcile(ours, theirs, Currencies.CNY);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Object[]>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(pool.submit(() -> new Object[] {AgingCalculator.DEFAULT.age(items, AS_OF, Currencies.CNY),
            StatementReconciler.DEFAULT.reconcile(ours, theirs, Currencies.CNY)}));
      }
      for (Future<Object[]> f : futures) {
        assertEquals(aging, f.get()[0]);
        assertEquals(reconciliation, f.get()[1]);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
