package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.UnderMutation.examples;
import static dev.keyaccount.receivables.deduction.Fixtures.MATCHER;
import static dev.keyaccount.receivables.deduction.Fixtures.POLICY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.receivables.testing.RemittanceGenerator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ledger's compact storage ({@link LedgerLine}, {@link UseLine}) gives back exactly the values it
 * was made from, through every view, and rejects parts that do not add up.
 */
class LedgerStorageTest {

  private static final DeductionLedger EMPTY = DeductionLedger.empty(Currencies.CNY);

  @Test
  void everyView_andARebuiltLedger_giveTheSameValues() {
    qt().withExamples(examples(15, 3)).forAll(RemittanceGenerator.remittances(200, POLICY)).checkAssert(r -> {
      List<Deduction> sorted = new ArrayList<>(r.deductions());
      sorted.sort(Comparator.comparing(Deduction::date).thenComparing(Deduction::id));
      int half = sorted.size() / 2;
      DeductionLedger week1 = MATCHER.match(sorted.subList(0, half), r.authorizations(), EMPTY).ledger();
      DeductionLedger ledger = MATCHER.match(sorted.subList(half, sorted.size()), r.authorizations(), week1).ledger();

      List<LedgerDeduction> streamed = new ArrayList<>();
      ledger.forEachDeduction(streamed::add);
      assertEquals(ledger.deductions(), streamed);
      List<AuthorizationUse> uses = new ArrayList<>();
      ledger.forEachAuthorizationUse(uses::add);
      assertEquals(ledger.authorizationUses(), uses);
      for (LedgerDeduction d : streamed) {
        assertEquals(d, ledger.deduction(d.id()).orElseThrow());
        LedgerLine line = LedgerLine.of(d);
        assertEquals(d, line.toDeduction(Currencies.CNY), "a line gives back its value");
        assertEquals(d.awaitsComplement(), line.awaitsComplement(), d.id());
        assertEquals(!d.open().isZero() || d.awaitsComplement(), line.isOpen(), d.id());
      }
      for (AuthorizationUse u : uses) {
        assertEquals(u, UseLine.of(u).toUse(Currencies.CNY), "a use line gives back its value");
      }

      DeductionLedger rebuilt = DeductionLedger.of(Currencies.CNY, streamed, uses);
      assertEquals(ledger.deductions(), rebuilt.deductions());
      assertEquals(ledger.openDeductions(), rebuilt.openDeductions());
      assertEquals(ledger.authorizationUses(), rebuilt.authorizationUses());
      // The same remittance once more: every line is a repeated id, against either ledger alike.
      assertEquals(MATCHER.match(sorted, r.authorizations(), ledger).rejected(),
          MATCHER.match(sorted, r.authorizations(), rebuilt).rejected());
    });
  }

  @Test
  void decidedAndRematchedHistories_areKeptWhole() {
    // Fixtures.rematchedAndRecovered: D1 gets a REMATCHED event; D3 is disputed, then partly recovered.
    DeductionLedger ledger = Fixtures.rematchedAndRecovered();
    LedgerDeduction d1 = ledger.deduction("D1").orElseThrow();
    assertEquals(List.of(LedgerEvent.Kind.MATCHED, LedgerEvent.Kind.REMATCHED),
        d1.history().stream().map(LedgerEvent::kind).toList());
    assertEquals(DeductionState.VALID, d1.state());
    LedgerDeduction d3 = ledger.deduction("D3").orElseThrow();
    assertEquals(List.of(LedgerEvent.Kind.MATCHED, LedgerEvent.Kind.DECIDED, LedgerEvent.Kind.RECOVERED),
        d3.history().stream().map(LedgerEvent::kind).toList());
    for (LedgerDeduction d : List.of(d1, d3)) {
      assertEquals(d, LedgerLine.of(d).toDeduction(Currencies.CNY));
    }
    // One MATCHED event that is not the line's own (another state) is kept, not implied.
    LedgerDeduction odd = LedgerDeduction.builder().from(d1).history(List.of(LedgerEvent.of(d1.date(),
        LedgerEvent.Kind.MATCHED, DeductionState.UNAUTHORIZED, d1.amount()))).build();
    assertEquals(odd, LedgerLine.of(odd).toDeduction(Currencies.CNY));
  }

  @Test
  void theBuilder_givesTheLedgerOfOf_andBuildsOnce() {
    DeductionLedger ledger = MATCHER.match(List.of(Fixtures.ded("D1", "promotion", "PRM-1", "60.00"),
        Fixtures.ded("D2", "promotion", null, "25.00")), List.of(Fixtures.auth("A1", ReasonType.PROMOTION, "PRM-1",
        "100.00")), EMPTY).ledger();
    DeductionLedger.Builder builder = DeductionLedger.builder(Currencies.CNY);
    ledger.forEachDeduction(builder::addDeduction);
    ledger.forEachAuthorizationUse(builder::addAuthorizationUse);
    DeductionLedger built = builder.build();
    DeductionLedger of = DeductionLedger.of(Currencies.CNY, ledger.deductions(), ledger.authorizationUses());
    assertEquals(of.deductions(), built.deductions());
    assertEquals(of.openDeductions(), built.openDeductions());
    assertEquals(of.authorizationUses(), built.authorizationUses());
    assertThrows(IllegalStateException.class, builder::build);
    assertThrows(IllegalStateException.class, () -> builder.addDeduction(ledger.deductions().get(0)));
    DeductionLedger.Builder twice = DeductionLedger.builder(Currencies.CNY).addDeduction(ledger.deductions().get(0));
    IllegalArgumentException repeated = assertThrows(IllegalArgumentException.class,
        () -> twice.addDeduction(ledger.deductions().get(0)));
    assertTrue(repeated.getMessage().contains("'D1' (repeated)"), repeated.getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> DeductionLedger.builder(Currencies.CNY).addAuthorizationUse(ledger.authorizationUses().get(0)).build());
    assertTrue(unknown.getMessage().contains("'D1' in 'A1'"), unknown.getMessage());
    assertThrows(NullPointerException.class, () -> DeductionLedger.builder(null));
  }

  @Test
  void aLedgerIsListedByDateThenId_andRefusesDatesBeyondTheMatchersBounds() {
    // Ids out of order within a day and days out of order: the listing is by day, then id.
    List<LedgerDeduction> lines = new ArrayList<>();
    String[][] rows = {{"D9", "3"}, {"D1", "3"}, {"D5", "0"}, {"D10", "3"}, {"D2", "1"}, {"D0", "1"}};
    org.javamoney.moneta.Money ten = Monies.of(Fixtures.cny("10.00"));
    org.javamoney.moneta.Money zero = Monies.of(Fixtures.cny("0"));
    for (String[] row : rows) {
      lines.add(LedgerDeduction.builder().id(row[0]).accountId("KA1").amount(ten)
          .date(Fixtures.JAN_31.plusDays(Integer.parseInt(row[1]))).state(DeductionState.UNAUTHORIZED)
          .matched(zero).writtenOff(zero).disputed(ten).unresolved(zero).recovered(zero).lossAccepted(zero).build());
    }
    DeductionLedger ledger = DeductionLedger.of(Currencies.CNY, lines, List.of());
    List<String> expected = List.of("D5", "D0", "D2", "D1", "D10", "D9");
    assertEquals(expected, ledger.deductions().stream().map(LedgerDeduction::id).toList());
    assertEquals(expected, ledger.openDeductions().stream().map(LedgerDeduction::id).toList());
    List<String> streamed = new ArrayList<>();
    ledger.forEachDeduction(d -> streamed.add(d.id()));
    assertEquals(expected, streamed);
    LedgerDeduction far = LedgerDeduction.builder().from(lines.get(0)).id("DX")
        .date(java.time.LocalDate.of(2200, 1, 1)).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DeductionLedger.builder(Currencies.CNY).addDeduction(far));
    assertTrue(e.getMessage().contains("date of DX") && e.getMessage().contains("2200-01-01"), e.getMessage());
  }

  @Test
  void aLineWhosePartsDoNotAddUp_isRejected() {
    int valid = DeductionState.VALID.ordinal();
    IllegalArgumentException sum = assertThrows(IllegalArgumentException.class,
        () -> new LedgerLine("D1", "KA1", null, 0, 0, 10_000, valid, 6_000, 0, 0, 3_000));
    assertTrue(sum.getMessage().contains("amount") && sum.getMessage().contains("9000"), sum.getMessage());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> new LedgerLine("D1", "KA1", null, 0, 0, 10_000, valid, 11_000, -1_000, 0, 0));
    assertTrue(negative.getMessage().contains("parts of D1"), negative.getMessage());
  }

  @Test
  void consumptions_keepDateAndIdOrder_andNeverExceedTheAmount() {
    // 100.00 authorized; consumed by D2 on day 20 and D1 on day 10, then by D0 on day 20 and D3 on day 5.
    UseLine use = UseLine.unused("A1", 10_000).plus(new String[] {"D2", "D1"}, new long[] {2_000, 3_000},
        new int[] {20, 10}, 2);
    use = use.plus(new String[] {"D0", "D3", "ignored"}, new long[] {1_000, 4_000, 9}, new int[] {20, 5, 0}, 2);
    assertEquals(List.of("D3", "D1", "D0", "D2"), List.of(use.deductionId(0), use.deductionId(1),
        use.deductionId(2), use.deductionId(3)));
    assertEquals(List.of(4_000L, 3_000L, 1_000L, 2_000L), List.of(use.amount(0), use.amount(1), use.amount(2),
        use.amount(3)));
    assertEquals(10_000, use.consumed);
    assertEquals(use.toUse(Currencies.CNY), UseLine.of(use.toUse(Currencies.CNY)).toUse(Currencies.CNY));
    UseLine full = use;
    IllegalArgumentException beyond = assertThrows(IllegalArgumentException.class,
        () -> full.plus(new String[] {"D9"}, new long[] {1}, new int[] {30}, 1));
    assertTrue(beyond.getMessage().contains("consumptions of A1"), beyond.getMessage());
    assertThrows(IllegalArgumentException.class, () -> full.withAmount(9_999));
    assertThrows(IllegalArgumentException.class,
        () -> UseLine.unused("A2", 100).plus(new String[] {"D1"}, new long[] {0}, new int[] {1}, 1));
    assertEquals(10_001, full.withAmount(10_001).amount);
  }
}
