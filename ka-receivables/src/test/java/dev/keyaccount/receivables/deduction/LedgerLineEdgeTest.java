package dev.keyaccount.receivables.deduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.receivables.aging.AgingBuckets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * The compact ledger line at its edges: a one-event history is left out only when it is exactly the
 * event the line implies, the open amount is disputed plus unresolved, the open list follows
 * {@link LedgerDeduction#awaitsComplement()}, two lines are listed by date, and a built builder takes
 * no more uses.
 */
class LedgerLineEdgeTest {

  private static final LocalDate DAY = Fixtures.JAN_31;
  private static final Money TEN = Monies.of(Fixtures.cny("10.00"));
  private static final Money ZERO = Monies.of(Fixtures.cny("0"));

  private static LedgerDeduction.Builder line(String id, LocalDate date) {
    return LedgerDeduction.builder().id(id).accountId("KA1").amount(TEN).date(date).state(DeductionState.WRITTEN_OFF)
        .matched(ZERO).writtenOff(TEN).disputed(ZERO).unresolved(ZERO).recovered(ZERO).lossAccepted(ZERO);
  }

  @Test
  void aOneEventHistory_isKept_unlessItIsTheImpliedOne() {
    List<LedgerEvent> events = List.of(
        LedgerEvent.of(DAY, LedgerEvent.Kind.MATCHED, DeductionState.WRITTEN_OFF, TEN),
        LedgerEvent.of(DAY, LedgerEvent.Kind.REMATCHED, DeductionState.WRITTEN_OFF, TEN),
        LedgerEvent.of(DAY.plusDays(1), LedgerEvent.Kind.MATCHED, DeductionState.WRITTEN_OFF, TEN),
        LedgerEvent.of(DAY, LedgerEvent.Kind.MATCHED, DeductionState.WRITTEN_OFF, Monies.of(Fixtures.cny("4.00"))));
    List<LedgerDeduction> lines = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      lines.add(line("D" + i, DAY).history(List.of(events.get(i))).build());
    }
    // Two events, the first the implied one: both kept.
    lines.add(line("D9", DAY).history(List.of(events.get(0), events.get(1))).build());
    for (LedgerDeduction d : lines) {
      assertEquals(d, LedgerLine.of(d).toDeduction(Currencies.CNY), d.id());
      assertEquals(d.history(), LedgerLine.of(d).toDeduction(Currencies.CNY).history(), d.id());
    }
    DeductionLedger ledger = DeductionLedger.of(Currencies.CNY, lines, List.of());
    for (LedgerDeduction d : lines) {
      assertEquals(Optional.of(d), ledger.deduction(d.id()));
    }
  }

  @Test
  void theOpenAmount_isDisputedPlusUnresolved() {
    Money three = Monies.of(Fixtures.cny("3.00"));
    Money five = Monies.of(Fixtures.cny("5.00"));
    Money two = Monies.of(Fixtures.cny("2.00"));
    LedgerDeduction d = line("D1", DAY).state(DeductionState.UNRESOLVED).writtenOff(two).disputed(three)
        .unresolved(five)
        .history(List.of(LedgerEvent.of(DAY, LedgerEvent.Kind.DECIDED, DeductionState.UNRESOLVED, TEN))).build();
    DeductionLedger ledger = DeductionLedger.of(Currencies.CNY, List.of(d), List.of());
    assertEquals(List.of(Monies.of(Fixtures.cny("8.00")), ZERO),
        ledger.agedOpenAmounts(DAY.plusDays(10), AgingBuckets.of(30)));
    // 8.00 open of 10.00 deducted in a 30-day period: 24.0 days.
    assertEquals(Optional.of(new BigDecimal("24.0")), ledger.daysDeductionsOutstanding(DAY, 30));
  }

  @Test
  void theOpenList_holdsTheLinesThatAwaitAComplement() {
    List<LedgerDeduction> lines = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    DeductionState[] states = {DeductionState.UNAUTHORIZED, DeductionState.WRITTEN_OFF, DeductionState.UNRESOLVED,
        DeductionState.VALID};
    int k = 0;
    for (boolean decided : new boolean[] {false, true}) {
      for (String reference : new String[] {null, "PRM-1"}) {
        for (ReasonType type : new ReasonType[] {null, ReasonType.PROMOTION}) {
          for (boolean matched : new boolean[] {false, true}) {
            for (DeductionState state : states) {
              // Nothing disputed or unresolved: only awaiting a complement lists a line as open.
              LedgerDeduction d = line(String.format("D%02d", k++), DAY).state(state).decided(decided)
                  .reference(Optional.ofNullable(reference)).type(Optional.ofNullable(type))
                  .matched(matched ? TEN : ZERO).writtenOff(matched ? ZERO : TEN)
                  .history(List.of(LedgerEvent.of(DAY, LedgerEvent.Kind.MATCHED, state, TEN))).build();
              boolean awaits = !decided && reference == null && type != null && !matched
                  && state != DeductionState.VALID;
              assertEquals(awaits, d.awaitsComplement(), d.toString());
              assertEquals(awaits, LedgerLine.of(d).awaitsComplement(), d.toString());
              if (matched) {
                continue; // a matched part needs the uses that consumed it to be in a ledger
              }
              lines.add(d);
              if (awaits) {
                expected.add(d.id());
              }
            }
          }
        }
      }
    }
    assertEquals(3, expected.size());
    DeductionLedger ledger = DeductionLedger.of(Currencies.CNY, lines, List.of());
    assertEquals(expected, ledger.openDeductions().stream().map(LedgerDeduction::id).toList());
  }

  @Test
  void twoLines_areListedByDate() {
    for (int first = 0; first < 2; first++) {
      LedgerDeduction a = line("A", DAY.plusDays(first)).history(List.of()).build();
      LedgerDeduction b = line("B", DAY.plusDays(1 - first)).history(List.of()).build();
      DeductionLedger ledger = DeductionLedger.of(Currencies.CNY, List.of(a, b), List.of());
      List<String> expected = first == 0 ? List.of("A", "B") : List.of("B", "A");
      assertEquals(expected, ledger.deductions().stream().map(LedgerDeduction::id).toList());
    }
  }

  @Test
  void aBuiltBuilder_takesNoMoreUses() {
    DeductionLedger ledger = Fixtures.MATCHER.match(List.of(Fixtures.ded("D1", "promotion", "PRM-1", "60.00")),
        List.of(Fixtures.auth("A1", ReasonType.PROMOTION, "PRM-1", "100.00"))).ledger();
    AuthorizationUse use = ledger.authorizationUses().get(0);
    DeductionLedger.Builder builder = DeductionLedger.builder(Currencies.CNY);
    assertEquals(0, builder.build().deductionCount());
    assertThrows(IllegalStateException.class, () -> builder.addAuthorizationUse(use));
  }
}
