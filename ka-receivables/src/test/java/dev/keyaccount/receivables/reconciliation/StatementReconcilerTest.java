package dev.keyaccount.receivables.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import java.math.BigDecimal;
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

  /** The largest amount of one digit within the decimal bound: 34 digits before the point. */
  private static final MonetaryAmount NINE_E33 = Money.of(new BigDecimal("9E33"), Currencies.CNY);

  @Test
  void aReferencesDocumentsAddingUpBeyondTheDecimalBound_areNamedBySideAndReference() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StatementReconciler.DEFAULT
        .reconcile(List.of(Document.of("INV-1", NINE_E33), Document.of("inv 1", NINE_E33)), List.of(), Currencies.CNY));
    assertTrue(e.getMessage().startsWith("Argument 'ledger documents of reference INV-1 (a sum of their amounts)' must"
        + " have at most 34 digits before the decimal point"), e.getMessage());
  }

  @Test
  void aBalanceBeyondTheDecimalBound_namesItsSide() {
    List<Document> two = List.of(Document.of("INV-1", NINE_E33), Document.of("INV-2", NINE_E33));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StatementReconciler.DEFAULT.reconcile(List.of(), two, Currencies.CNY));
    assertTrue(e.getMessage().startsWith("Argument 'statement (a sum of their amounts)' must have at most 34 digits"),
        e.getMessage());
  }

  @Test
  void aDifferenceBeyondTheDecimalBound_namesTheReference() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StatementReconciler.DEFAULT
        .reconcile(List.of(Document.of("PAY-7", NINE_E33)), List.of(Document.of("PAY 7", NINE_E33.negate())),
            Currencies.CNY));
    assertTrue(e.getMessage().startsWith("Argument 'ledger documents of reference PAY-7 (their sum's difference from"
        + " the statement's)' must have at most 34 digits"), e.getMessage());
  }

  @Test
  void sumsAtTheDecimalBound_areKeptExactly() {
    MonetaryAmount half = Money.of(new BigDecimal("4.5E33"), Currencies.CNY);
    Reconciliation r = StatementReconciler.DEFAULT.reconcile(List.of(Document.of("INV-1", half),
        Document.of("INV-1", half)), List.of(Document.of("INV-2", NINE_E33)), Currencies.CNY);
    assertEquals(NINE_E33, r.ledgerBalance());
    assertEquals(NINE_E33, r.lines().get(0).ledgerAmount().orElseThrow());
    assertEquals(Money.of(BigDecimal.ZERO, Currencies.CNY), r.difference());
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
