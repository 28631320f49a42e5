package dev.keyaccount.receivables.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.core.result.FailureReason;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class ReconciliationConsistencyTest {

  private static MonetaryAmount cny(long value) {
    return Money.of(value, Currencies.CNY);
  }

  private static ReconciliationLine line(String reference, long ours, long theirs) {
    return ReconciliationLine.builder().kind(ReconciliationLine.Kind.AMOUNT_DIFFERENCE).reference(reference)
        .ledgerAmount(cny(ours)).statementAmount(cny(theirs)).difference(cny(ours - theirs)).build();
  }

  @Test
  void reconciliation_linesNotExplainingTheDifference_isRejectedNamingLines() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Reconciliation.builder()
        .ledgerBalance(cny(100)).statementBalance(cny(90)).difference(cny(10)).addLines(line("INV1", 100, 95))
        .build());
    assertEquals("Argument 'lines' must explain the difference CNY 10 but has value CNY 5", e.getMessage());
  }

  @Test
  void reconciliation_differenceNotLedgerMinusStatement_isRejectedNamingDifference() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Reconciliation.builder()
        .ledgerBalance(cny(100)).statementBalance(cny(90)).difference(cny(5)).addLines(line("INV1", 100, 95))
        .build());
    assertEquals("Argument 'difference' must equal ledger balance - statement balance but has value CNY 5",
        e.getMessage());
  }

  @Test
  void reconciliation_consistentValues_build() {
    Reconciliation r = Reconciliation.builder().ledgerBalance(cny(100)).statementBalance(cny(95))
        .difference(cny(5)).addLines(line("INV1", 100, 95)).build();
    assertEquals(1, r.differences().size());
  }

  @Test
  void line_withNeitherAmount_isRejectedNamingLedgerAmount() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReconciliationLine.builder()
        .kind(ReconciliationLine.Kind.MATCHED).reference("INV1").difference(cny(0)).build());
    assertEquals("Argument 'ledgerAmount' must be present when the statement amount is not but has value "
        + Optional.empty(), e.getMessage());
  }

  @Test
  void line_withOneAmount_builds() {
    ReconciliationLine onlyOurs = ReconciliationLine.builder().kind(ReconciliationLine.Kind.ONLY_IN_LEDGER)
        .reference("INV1").ledgerAmount(cny(3)).difference(cny(3)).build();
    ReconciliationLine onlyTheirs = ReconciliationLine.builder().kind(ReconciliationLine.Kind.ONLY_IN_STATEMENT)
        .reference("DED1").statementAmount(cny(3)).difference(cny(-3)).build();
    assertEquals(Optional.of(cny(3)), onlyOurs.ledgerAmount());
    assertEquals(Optional.of(cny(3)), onlyTheirs.statementAmount());
  }

  @Test
  void reconcile_nullAndOtherCurrencyDocuments_areFailureItems_andTheRestIsReconciled() {
    List<Document> ledger = List.of(Document.of("INV1", cny(1)), Document.of("INV2", cny(2)),
        Document.of("INV3", Money.of(3, "USD")));
    List<Document> statement = Arrays.asList(Document.of("INV1", cny(1)), null);
    Reconciliation r = StatementReconciler.DEFAULT.reconcile(ledger, statement, Currencies.CNY);
    assertEquals(StatementReconciler.DEFAULT.reconcile(ledger.subList(0, 2), statement.subList(0, 1), Currencies.CNY)
        .lines(), r.lines());
    assertEquals(cny(2), r.difference());
    assertEquals(List.of(
        FailureItem.of("ledger", 2, "INV3", FailureReason.CURRENCY_MISMATCH,
            "Argument 'ledger[2].amount' must be in currency CNY but is in USD (value USD 3)"),
        FailureItem.of("statement", 1, null, FailureReason.NULL_ITEM,
            "Argument 'statement[1]' must not be null but has value null")), r.failures());
  }

  @Test
  void normalise_fullWidthRangeBoundaries() {
    // U+FF01 and U+FF5E fold to '!' (a separator) and '~' (a symbol, so a token); U+FF00 is unassigned
    // (a symbol) and U+FF5F folds to a parenthesis (a separator).
    assertEquals("A-~-1", References.normalise("\uFF01A\uFF5E1"));
    assertEquals("\uFF00-A-1", References.normalise("\uFF00A\uFF5F1"));
    // Full-width letters and digits are folded (leading zeros of a digit run dropped).
    assertEquals("AZ-9", References.normalise("\uFF21\uFF5A\uFF10\uFF19"));
    assertEquals("Z-1", References.normalise("\uFF5A\uFF11"));
  }
}
