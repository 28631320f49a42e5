package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.MATCHER;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyaccount.core.money.Currencies;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A claim's owner survives a ledger rebuilt from its parts (as its files are read back): a repeat
 * remitted after its original but dated before it is listed first by date, and must not take the claim.
 */
class LedgerClaimOwnerTest {

  private static Optional<String> duplicateOf(MatchingResult run, String id) {
    return run.deductionResults().stream().filter(r -> r.deductionId().equals(id)).findFirst().orElseThrow()
        .duplicateOf();
  }

  private static DeductionLedger rebuilt(DeductionLedger ledger) {
    return DeductionLedger.of(Currencies.CNY, ledger.deductions(), ledger.authorizationUses());
  }

  @Test
  void aRepeatDatedBeforeItsOriginal_neverOwnsTheClaim_inTheLedgerNorInItsRebuild() {
    // Week 1: DZ-2 (10 May) quotes KREF-1. Week 2: DZ-1 (1 May, listed first by date) repeats it.
    MatchingResult week1 = MATCHER.match(List.of(ded("DZ-2", "KA1", "promotion", "KREF-1", cny("10.00"),
        JAN_31.plusDays(99))), List.of(), DeductionLedger.empty(Currencies.CNY));
    MatchingResult week2 = MATCHER.match(List.of(ded("DZ-1", "KA1", "promotion", "KREF-1", cny("10.00"),
        JAN_31.plusDays(90))), List.of(), week1.ledger());
    assertEquals(DeductionState.DUPLICATE, week2.ledger().deduction("DZ-1").orElseThrow().state());
    assertEquals(Optional.of("DZ-2"), duplicateOf(week2, "DZ-1"));
    // Week 3 repeats it once more, in another spelling: a duplicate of the original, not of the repeat,
    // against the ledger a run left and against the same ledger rebuilt from its parts (twice over).
    List<Deduction> week3 = List.of(ded("DZ-3", "KA1", "promotion", "kref 1", cny("10.00"), JAN_31.plusDays(109)));
    for (DeductionLedger ledger : List.of(week2.ledger(), rebuilt(week2.ledger()), rebuilt(rebuilt(week2.ledger())))) {
      MatchingResult run = MATCHER.match(week3, List.of(), ledger);
      assertEquals(DeductionState.DUPLICATE, run.deductionResults().get(0).state());
      assertEquals(Optional.of("DZ-2"), duplicateOf(run, "DZ-3"));
    }
  }

  @Test
  void ofTwoDeductionsMakingTheSameClaim_theFirstAddedKeepsIt() {
    // Built by hand (no run decided them): neither was a duplicate when first matched.
    DeductionLedger ledger = MATCHER.match(List.of(ded("DA", "KA1", "promotion", "KREF-9", cny("10.00"),
        JAN_31)), List.of(), DeductionLedger.empty(Currencies.CNY)).ledger();
    LedgerDeduction a = ledger.deduction("DA").orElseThrow();
    LedgerDeduction b = LedgerDeduction.builder().from(a).id("DB").build();
    for (List<LedgerDeduction> order : List.of(List.of(a, b), List.of(b, a))) {
      DeductionLedger built = DeductionLedger.of(Currencies.CNY, order, List.of());
      // The first added owns the claim, the second not (the block lists them in the order added).
      LedgerBlock block = LedgerBlockClaimsTest.block(built);
      assertEquals(List.of(order.get(0).id(), order.get(1).id()), List.of(block.id(0), block.id(1)));
      assertEquals(List.of(true, false), List.of(block.ownsClaim(0), block.ownsClaim(1)));
      MatchingResult run = MATCHER.match(List.of(ded("DC", "KA1", "promotion", "KREF-9", cny("10.00"),
          JAN_31.plusDays(1))), List.of(), built);
      assertEquals(Optional.of(order.get(0).id()), duplicateOf(run, "DC"));
    }
  }
}
