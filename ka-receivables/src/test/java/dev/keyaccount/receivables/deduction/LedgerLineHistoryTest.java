package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.MATCHER;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.keyaccount.core.money.Currencies;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@link LedgerLine} keeps a deduction's history as events, or none for the one event a run's
 * matching implies (matched on its date, in its state, for its amount); either way it counts the events
 * of the deduction it was made from and gives back that deduction.
 */
class LedgerLineHistoryTest {

  @Test
  void aLine_countsItsDeductionsEvents_andKeepsOnlyThoseNotImplied() {
    DeductionLedger ledger = MATCHER.match(List.of(ded("D1", "KA1", "promotion", "PRM-1", cny("100.00"), JAN_31),
        ded("D2", "KA1", "promotion", "PRM-2", cny("80.00"), JAN_31)),
        List.of(Fixtures.auth("A1", "KA1", ReasonType.PROMOTION, "PRM-1", "100.00", JAN_31)),
        DeductionLedger.empty(Currencies.CNY)).ledger();
    ledger = ledger.apply(DeductionDecision.builder().deductionId("D2").kind(DeductionDecision.Kind.WRITE_OFF)
        .date(JAN_31.plusDays(3)).build());

    // D1 was matched in full by the run: its one event is the implied one, not kept.
    LedgerDeduction d1 = ledger.deduction("D1").orElseThrow();
    assertEquals(1, d1.history().size());
    LedgerLine implied = LedgerLine.of(d1);
    assertEquals(1, implied.eventCount());
    assertNull(implied.storedEvent(0));
    assertEquals(d1, implied.toDeduction(Currencies.CNY));

    // D2 was decided: every event is kept, in order.
    LedgerDeduction d2 = ledger.deduction("D2").orElseThrow();
    LedgerLine kept = LedgerLine.of(d2);
    assertEquals(d2.history().size(), kept.eventCount());
    for (int k = 0; k < kept.eventCount(); k++) {
      assertEquals(d2.history().get(k), kept.storedEvent(k));
    }
    assertEquals(d2, kept.toDeduction(Currencies.CNY));
  }
}
