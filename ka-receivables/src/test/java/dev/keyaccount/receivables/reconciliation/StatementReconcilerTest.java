package dev.keyaccount.receivables.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class StatementReconcilerTest {

  private static MonetaryAmount cny(long value) {
    return Money.of(value, Currencies.CNY);
  }

  @Test
  void seedCase2_a600000DifferenceExplainedDocumentByDocument() {
    List<Document> ours = List.of(Document.of("INV-001", cny(1_000_000)), Document.of("INV-002", cny(500_000)),
        Document.of("INV-003", cny(350_000)), Document.of("PAY-7", cny(-400_000)));
    List<Document> theirs = List.of(Document.of("inv 1", cny(1_000_000)), Document.of("INV002", cny(450_000)),
        Document.of("PAY 7", cny(-400_000)), Document.of("DED-9", cny(-200_000)));
    Reconciliation r = StatementReconciler.DEFAULT.reconcile(ours, theirs, Currencies.CNY);
    assertEquals(cny(1_450_000), r.ledgerBalance());
    assertEquals(cny(850_000), r.statementBalance());
    assertEquals(cny(600_000), r.difference());
    assertEquals(List.of(
        ReconciliationLine.builder().kind(ReconciliationLine.Kind.ONLY_IN_STATEMENT).reference("DED-9")
            .statementAmount(cny(-200_000)).difference(cny(200_000)).build(),
        ReconciliationLine.builder().kind(ReconciliationLine.Kind.MATCHED).reference("INV-1")
            .ledgerAmount(cny(1_000_000)).statementAmount(cny(1_000_000)).difference(cny(0)).build(),
        ReconciliationLine.builder().kind(ReconciliationLine.Kind.AMOUNT_DIFFERENCE).reference("INV-2")
            .ledgerAmount(cny(500_000)).statementAmount(cny(450_000)).difference(cny(50_000)).build(),
        ReconciliationLine.builder().kind(ReconciliationLine.Kind.ONLY_IN_LEDGER).reference("INV-3")
            .ledgerAmount(cny(350_000)).difference(cny(350_000)).build(),
        ReconciliationLine.builder().kind(ReconciliationLine.Kind.MATCHED).reference("PAY-7")
            .ledgerAmount(cny(-400_000)).statementAmount(cny(-400_000)).difference(cny(0)).build()),
        r.lines());
    assertEquals(3, r.differences().size());
    assertFalse(r.isReconciled());
  }

  @Test
  void sameReferenceTwiceOnOneSide_isSummed() {
    Reconciliation r = StatementReconciler.DEFAULT.reconcile(
        List.of(Document.of("INV-1", cny(60)), Document.of("inv1", cny(40))), List.of(Document.of("INV 1", cny(100))),
        Currencies.CNY);
    assertTrue(r.isReconciled());
    assertEquals(Optional.of(cny(100)), r.lines().get(0).ledgerAmount());
  }

  @Test
  void explainedLines_alwaysSumToTheDifference() {
    qt().withExamples(150).forAll(lists().of(integers().between(-50, 50)).ofSizeBetween(0, 30),
        lists().of(integers().between(-50, 50)).ofSizeBetween(0, 30)).checkAssert((a, b) -> {
          List<Document> ours = new ArrayList<>();
          List<Document> theirs = new ArrayList<>();
          for (int i = 0; i < a.size(); i++) {
            ours.add(Document.of("D-" + (i % 7), cny(a.get(i))));
          }
          for (int i = 0; i < b.size(); i++) {
            theirs.add(Document.of("d " + (i % 9), cny(b.get(i))));
          }
          Reconciliation r = StatementReconciler.DEFAULT.reconcile(ours, theirs, Currencies.CNY);
          List<MonetaryAmount> diffs = new ArrayList<>();
          r.lines().forEach(l -> diffs.add(l.difference()));
          assertEquals(r.difference(), Monies.sum(diffs, Currencies.CNY));
          assertEquals(Monies.sum(a.stream().map(StatementReconcilerTest::cny).collect(java.util.stream.Collectors.toList()),
              Currencies.CNY), r.ledgerBalance());
        });
  }
}
