package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.UnderMutation.examples;
import static dev.keyaccount.receivables.deduction.Fixtures.MATCHER;
import static dev.keyaccount.receivables.deduction.Fixtures.POLICY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.receivables.testing.GenerationOptions;
import dev.keyaccount.receivables.testing.GeneratedRemittance;
import dev.keyaccount.receivables.testing.RemittanceGenerator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * {@link LedgerColumns} and {@link UseColumns} give, row by row, exactly the figures of the values of
 * {@link DeductionLedger#deductions()} and {@link DeductionLedger#authorizationUses()}: on generated
 * remittances matched over two weeks, and on histories of several events (rematched, decided,
 * recovered).
 */
class LedgerColumnsTest {

  private static final DeductionLedger EMPTY = DeductionLedger.empty(Currencies.CNY);

  private static long minor(MonetaryAmount amount) {
    return Monies.toMinorUnits(amount);
  }

  /** Every column of every row against the value of the same position. */
  private static void assertColumnsEqualValues(DeductionLedger ledger) {
    List<LedgerDeduction> values = ledger.deductions();
    LedgerColumns d = ledger.deductionColumns();
    assertEquals(Currencies.CNY, d.currency());
    assertEquals(values.size(), d.size());
    for (int i = 0; i < values.size(); i++) {
      LedgerDeduction v = values.get(i);
      assertEquals(v.id(), d.id(i));
      assertEquals(v.accountId(), d.accountId(i));
      assertEquals(v.type(), d.type(i));
      assertEquals(v.reference(), d.reference(i));
      assertEquals(v.date(), d.date(i));
      assertEquals(v.state(), d.state(i));
      assertEquals(v.decided(), d.decided(i));
      assertEquals(List.of(minor(v.amount()), minor(v.matched()), minor(v.writtenOff()), minor(v.disputed()),
          minor(v.unresolved()), minor(v.recovered()), minor(v.lossAccepted()), minor(v.open())),
          List.of(d.amountMinorUnits(i), d.matchedMinorUnits(i), d.writtenOffMinorUnits(i), d.disputedMinorUnits(i),
              d.unresolvedMinorUnits(i), d.recoveredMinorUnits(i), d.lossAcceptedMinorUnits(i), d.openMinorUnits(i)),
          v.id());
      assertEquals(v.history().size(), d.eventCount(i));
      // Implied: one MATCHED event on the deduction's date, in its state, for its whole amount, undecided.
      LedgerEvent first = v.history().get(0);
      assertEquals(!v.decided() && v.history().size() == 1 && first.kind() == LedgerEvent.Kind.MATCHED
          && first.state() == v.state() && first.date().equals(v.date()) && first.amount().isEqualTo(v.amount()),
          d.impliedHistory(i), v.id());
      for (int e = 0; e < v.history().size(); e++) {
        LedgerEvent event = v.history().get(e);
        assertEquals(event.date(), d.eventDate(i, e));
        assertEquals(event.kind(), d.eventKind(i, e));
        assertEquals(event.state(), d.eventState(i, e));
        assertEquals(minor(event.amount()), d.eventAmountMinorUnits(i, e));
      }
    }
    List<LedgerDeduction> open = ledger.openDeductions();
    LedgerColumns o = ledger.openDeductionColumns();
    assertEquals(open.size(), o.size());
    for (int i = 0; i < open.size(); i++) {
      LedgerDeduction v = open.get(i);
      assertEquals(v.id(), o.id(i));
      assertEquals(v.date(), o.date(i));
      assertEquals(v.awaitsComplement(), o.awaitsComplement(i), v.id());
      assertEquals(minor(v.open()), o.openMinorUnits(i), v.id());
    }
    for (int i = 0; i < values.size(); i++) {
      assertEquals(values.get(i).awaitsComplement(), d.awaitsComplement(i), values.get(i).id());
    }
    List<AuthorizationUse> uses = ledger.authorizationUses();
    UseColumns u = ledger.useColumns();
    assertEquals(Currencies.CNY, u.currency());
    assertEquals(uses.size(), u.size());
    for (int i = 0; i < uses.size(); i++) {
      AuthorizationUse v = uses.get(i);
      assertEquals(v.authorizationId(), u.authorizationId(i));
      assertEquals(minor(v.amount()), u.amountMinorUnits(i));
      assertEquals(v.consumptions().size(), u.consumptionCount(i));
      for (int c = 0; c < v.consumptions().size(); c++) {
        Consumption consumption = v.consumptions().get(c);
        assertEquals(consumption.deductionId(), u.consumptionDeductionId(i, c));
        assertEquals(minor(consumption.amount()), u.consumptionAmountMinorUnits(i, c));
        assertEquals(consumption.date(), u.consumptionDate(i, c));
      }
    }
  }

  @Test
  void generatedLedgersOverTwoWeeks_columnsEqualTheValues() {
    qt().withExamples(examples(10, 2)).forAll(RemittanceGenerator.remittances(200, POLICY)).checkAssert(r -> {
      List<Deduction> sorted = new ArrayList<>(r.deductions());
      sorted.sort(Comparator.comparing(Deduction::date).thenComparing(Deduction::id));
      int half = sorted.size() / 2;
      DeductionLedger week1 = MATCHER.match(sorted.subList(0, half), r.authorizations(), EMPTY).ledger();
      assertColumnsEqualValues(week1);
      assertColumnsEqualValues(MATCHER.match(sorted.subList(half, sorted.size()), r.authorizations(), week1).ledger());
    });
  }

  @Test
  void historiesOfSeveralEvents_areReadEventByEvent() {
    // Fixtures.rematchedAndRecovered: D1 REMATCHED; D3 (500.00) disputed, 200.00 recovered; then 120.00 accepted.
    DeductionLedger ledger = Fixtures.rematchedAndRecovered()
        .apply(DeductionDecision.builder().deductionId("D3").kind(DeductionDecision.Kind.ACCEPT_LOSS)
            .amount(Monies.of(Fixtures.cny("120.00"))).date(Fixtures.JAN_31.plusDays(60)).build());
    assertColumnsEqualValues(ledger);
    LedgerColumns d = ledger.deductionColumns();
    int d3 = ledger.deductions().indexOf(ledger.deduction("D3").orElseThrow());
    assertEquals("D3", d.id(d3));
    assertEquals(4, d.eventCount(d3));
    assertEquals(LedgerEvent.Kind.RECOVERED, d.eventKind(d3, 2));
    assertEquals(20_000, d.eventAmountMinorUnits(d3, 2));
    assertEquals(20_000, d.recoveredMinorUnits(d3));
    assertEquals(12_000, d.lossAcceptedMinorUnits(d3));
    assertEquals(18_000, d.disputedMinorUnits(d3));
    assertEquals(18_000, d.openMinorUnits(d3));
    assertEquals(50_000, d.amountMinorUnits(d3));
    assertFalse(d.impliedHistory(d3), "four events");
    int d1 = ledger.deductions().indexOf(ledger.deduction("D1").orElseThrow());
    assertFalse(d.impliedHistory(d1), "rematched");
    int d2 = ledger.deductions().indexOf(ledger.deduction("D2").orElseThrow());
    assertTrue(d.impliedHistory(d2), "matched once, nothing since");
    UseColumns u = ledger.useColumns();
    assertEquals("A1", u.authorizationId(0));
    assertEquals(10_000, u.amountMinorUnits(0));
    // By date, then id: D2 (day 7) before D1 (day 30).
    assertEquals(List.of("D2", "D1"), List.of(u.consumptionDeductionId(0, 0), u.consumptionDeductionId(0, 1)));
  }

  @Test
  void aLedgerOfMoreRowsThanTheRadixThreshold_isInDateThenIdOrder() {
    // Twice the threshold of the radix sort, dates over a year and more: the sorted views' keys (days
    // above the first, then the ids' chars) must order as the values do.
    GeneratedRemittance r = RemittanceGenerator.generate(7L, 2 * KeySort.RADIX_MIN, POLICY,
        GenerationOptions.realistic());
    DeductionLedger ledger = MATCHER.match(r.deductions(), r.authorizations(), EMPTY).ledger();
    List<LedgerDeduction> all = ledger.deductions();
    assertTrue(all.size() >= KeySort.RADIX_MIN, "rows " + all.size());
    Comparator<LedgerDeduction> byDateThenId =
        Comparator.comparing(LedgerDeduction::date).thenComparing(LedgerDeduction::id);
    assertEquals(all.stream().sorted(byDateThenId).toList(), all);
    assertEquals(ledger.openDeductions().stream().sorted(byDateThenId).toList(), ledger.openDeductions());
    List<AuthorizationUse> uses = ledger.authorizationUses();
    assertTrue(uses.size() >= KeySort.RADIX_MIN, "uses " + uses.size());
    assertEquals(uses.stream().sorted(Comparator.comparing(AuthorizationUse::authorizationId)).toList(), uses);
    assertColumnsEqualValues(ledger);
  }

  @Test
  void theBuilder_fedDeductionsAndUsesFromTwoThreads_buildsTheSameLedger() throws Exception {
    qt().withExamples(examples(5, 1)).forAll(RemittanceGenerator.remittances(400, POLICY)).checkAssert(r -> {
      DeductionLedger ledger = MATCHER.match(r.deductions(), r.authorizations(), EMPTY).ledger();
      DeductionLedger.Builder builder = DeductionLedger.builder(Currencies.CNY);
      Thread uses = new Thread(() -> ledger.forEachAuthorizationUse(builder::addAuthorizationUse));
      uses.start();
      ledger.forEachDeduction(builder::addDeduction);
      try {
        uses.join();
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
      DeductionLedger built = builder.build();
      assertEquals(ledger.deductions(), built.deductions());
      assertEquals(ledger.openDeductions(), built.openDeductions());
      assertEquals(ledger.authorizationUses(), built.authorizationUses());
      // The claims came along too: the same remittance again is all repeated ids, as against the original.
      assertEquals(MATCHER.match(r.deductions(), r.authorizations(), ledger).rejected(),
          MATCHER.match(r.deductions(), r.authorizations(), built).rejected());
    });
  }

  @Test
  void anUnresolvedClaim_hasItsAmountUnresolved() {
    // D1 (80.00, no reference) equals A1 and A2 alike: UNRESOLVED, with both as candidates.
    DeductionLedger ledger = MATCHER.match(List.of(Fixtures.ded("D1", "promotion", null, "80.00")),
        List.of(Fixtures.auth("A1", ReasonType.PROMOTION, null, "80.00"),
            Fixtures.auth("A2", ReasonType.PROMOTION, null, "80.00")), EMPTY).ledger();
    assertColumnsEqualValues(ledger);
    LedgerColumns d = ledger.deductionColumns();
    assertEquals(DeductionState.UNRESOLVED, d.state(0));
    assertEquals(8_000, d.unresolvedMinorUnits(0));
    assertEquals(0, d.matchedMinorUnits(0));
    assertEquals(8_000, ledger.openDeductionColumns().unresolvedMinorUnits(0));
  }

  @Test
  void rowsAndEventsOutOfRange_areRejected() {
    DeductionLedger ledger = MATCHER.match(List.of(Fixtures.ded("D1", "promotion", "PRM-1", "60.00")),
        List.of(Fixtures.auth("A1", ReasonType.PROMOTION, "PRM-1", "100.00")), EMPTY).ledger();
    LedgerColumns d = ledger.deductionColumns();
    UseColumns u = ledger.useColumns();
    assertEquals(1, d.size());
    assertEquals(1, d.eventCount(0));
    assertThrows(IndexOutOfBoundsException.class, () -> d.id(1));
    assertThrows(IndexOutOfBoundsException.class, () -> d.id(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> d.eventKind(0, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> d.eventAmountMinorUnits(0, -1));
    assertEquals(1, u.consumptionCount(0));
    assertThrows(IndexOutOfBoundsException.class, () -> u.authorizationId(1));
    assertThrows(IndexOutOfBoundsException.class, () -> u.consumptionDate(0, 1));
    assertEquals(0, EMPTY.deductionColumns().size());
    assertEquals(0, EMPTY.useColumns().size());
  }
}
