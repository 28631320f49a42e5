package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.MATCHER;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.money.Currencies;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The claims and the parts a {@link LedgerBlock} keeps: two claims whose hashes collide keep their own
 * owners, in a block left by a run and in one read back from parts; the claims and open views list what
 * the block holds; recovered and accepted parts survive a rebuild as columns.
 */
class LedgerBlockClaimsTest {

  static LedgerBlock block(DeductionLedger ledger) {
    try {
      Field f = LedgerState.class.getDeclaredField("block");
      f.setAccessible(true);
      return (LedgerBlock) f.get(ledger.state());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static org.javamoney.moneta.Money money(String value) {
    return (org.javamoney.moneta.Money) cny(value);
  }

  private static DeductionResult result(MatchingResult run, String id) {
    return run.deductionResults().stream().filter(r -> r.deductionId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void claimsWhoseHashesCollide_keepTheirOwnOwners() {
    // 31 × hash("PRM-1") + 10031 = 31 × hash("PRM-2") + 10000: the two claims hash alike in a block.
    assertEquals(LedgerBlock.claimHash("KA1", ReasonType.PROMOTION.ordinal(), "PRM-1", 10_031),
        LedgerBlock.claimHash("KA1", ReasonType.PROMOTION.ordinal(), "PRM-2", 10_000));
    LocalDate day = JAN_31;
    DeductionLedger first = MATCHER.match(List.of(ded("D1", "KA1", "promotion", "PRM-1", cny("100.31"), day),
        ded("D2", "KA1", "promotion", "PRM-2", cny("100.00"), day)), List.of(),
        DeductionLedger.empty(Currencies.CNY)).ledger();
    DeductionLedger rebuilt = DeductionLedger.of(Currencies.CNY, first.deductions(), first.authorizationUses());
    for (DeductionLedger ledger : List.of(first, rebuilt)) {
      assertTrue(block(ledger) != null);
      MatchingResult again = MATCHER.match(List.of(ded("D3", "KA1", "promotion", "prm 2", cny("100.00"), day.plusDays(7)),
          ded("D4", "KA1", "promotion", "PRM-0001", cny("100.31"), day.plusDays(7)),
          ded("D5", "KA1", "promotion", "PRM-1", cny("100.00"), day.plusDays(7))), List.of(), ledger);
      assertEquals("D2", result(again, "D3").duplicateOf().orElseThrow());
      assertEquals("D1", result(again, "D4").duplicateOf().orElseThrow());
      assertEquals(DeductionState.UNAUTHORIZED, result(again, "D5").state(), "another amount: another claim");
      // The block's own view of its claims: each owner with the key derived from its fields.
      Map<ClaimKey, String> claims = new HashMap<>();
      LayeredMap.Base<ClaimKey, String> view = block(ledger).claims();
      view.forEach(claims::put);
      assertEquals(Map.of(new ClaimKey("KA1", ReasonType.PROMOTION.ordinal(), "PRM-1", 10_031), "D1",
          new ClaimKey("KA1", ReasonType.PROMOTION.ordinal(), "PRM-2", 10_000), "D2"), claims);
      assertEquals(2, view.size());
      assertEquals("D2", view.get(new ClaimKey("KA1", ReasonType.PROMOTION.ordinal(), "PRM-2", 10_000)));
      assertEquals(null, view.get(new ClaimKey("KA1", ReasonType.PROMOTION.ordinal(), "PRM-2", 10_031)));
      // Both are disputed (nothing authorizes them), so both are open.
      assertEquals(2, block(ledger).openLines().size());
    }
  }

  @Test
  void recoveredAndAcceptedParts_surviveARebuildAsColumns() {
    LocalDate day = JAN_31;
    DeductionLedger ledger = MATCHER.match(List.of(ded("R", "KA1", "penalty", null, cny("100.00"), day),
        ded("L", "KA1", "penalty", null, cny("80.00"), day), ded("B", "KA1", "penalty", null, cny("50.00"), day)),
        List.of(), DeductionLedger.empty(Currencies.CNY)).ledger();
    ledger = ledger
        .apply(DeductionDecision.builder().deductionId("R").kind(DeductionDecision.Kind.RECOVER)
            .amount(money("30.00")).date(day.plusDays(5)).build())
        .apply(DeductionDecision.builder().deductionId("L").kind(DeductionDecision.Kind.ACCEPT_LOSS)
            .amount(money("20.00")).date(day.plusDays(6)).build())
        .apply(DeductionDecision.builder().deductionId("B").kind(DeductionDecision.Kind.RECOVER)
            .amount(money("10.00")).date(day.plusDays(6)).build())
        .apply(DeductionDecision.builder().deductionId("B").kind(DeductionDecision.Kind.ACCEPT_LOSS)
            .amount(money("5.00")).date(day.plusDays(7)).build());
    // Read back from parts: one block holding every line, recovered only, accepted only, and both.
    DeductionLedger rebuilt = DeductionLedger.of(Currencies.CNY, ledger.deductions(), ledger.authorizationUses());
    assertEquals(ledger.deductions(), rebuilt.deductions());
    LedgerDeduction r = rebuilt.deduction("R").orElseThrow();
    assertEquals(cny("30.00"), r.recovered());
    assertEquals(cny("0.00"), r.lossAccepted());
    LedgerDeduction l = rebuilt.deduction("L").orElseThrow();
    assertEquals(cny("0.00"), l.recovered());
    assertEquals(cny("20.00"), l.lossAccepted());
    LedgerDeduction b = rebuilt.deduction("B").orElseThrow();
    assertEquals(cny("10.00"), b.recovered());
    assertEquals(cny("5.00"), b.lossAccepted());
    LedgerColumns columns = rebuilt.deductionColumns();
    Map<String, Long> lost = new HashMap<>();
    for (int row = 0; row < columns.size(); row++) {
      lost.put(columns.id(row), columns.lossAcceptedMinorUnits(row) * 1_000_000 + columns.recoveredMinorUnits(row));
    }
    assertEquals(Map.of("R", 3_000L, "L", 2_000_000_000L, "B", 500_001_000L), lost);
  }
}
