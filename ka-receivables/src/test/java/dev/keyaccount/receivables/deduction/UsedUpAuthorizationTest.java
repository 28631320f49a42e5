package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An authorization used up by its references is not completed again by claims without a reference,
 * even when they add up to less than the combination tolerance (within it of the nothing left): they
 * stay unauthorized, not matched nor written off by a combination.
 */
class UsedUpAuthorizationTest {

  @Test
  void smallClaimsWithoutAReference_doNotCompleteAUsedUpAuthorization() {
    DeductionMatcher matcher = new DeductionMatcher(MatchingPolicy.builder().from(Fixtures.POLICY)
        .combinationTolerance(cny("1.00")).putWriteOffThresholds(ReasonType.PROMOTION, cny("0.00")).build());
    List<Authorization> auths = List.of(Fixtures.auth("A1", "KA1", ReasonType.PROMOTION, "PRM-1", "100.00", JAN_31));
    // D1 uses A1 in part, D2 uses up the rest; D3 and D4 (0.70 together) have no reference.
    MatchingResult run = matcher.match(List.of(ded("D1", "KA1", "promotion", "PRM-1", cny("60.00"), JAN_31),
        ded("D2", "KA1", "promotion", "PRM-1", cny("40.00"), JAN_31.plusDays(1)),
        ded("D3", "KA1", "promotion", null, cny("0.30"), JAN_31.plusDays(2)),
        ded("D4", "KA1", "promotion", null, cny("0.40"), JAN_31.plusDays(3))), auths);
    assertEquals(DeductionState.VALID, run.deductionResult("D1").orElseThrow().state());
    assertEquals(DeductionState.VALID, run.deductionResult("D2").orElseThrow().state());
    assertEquals(cny("0.00"), run.authorizationBalances().get(0).remaining());
    for (String id : List.of("D3", "D4")) {
      DeductionResult r = run.deductionResult(id).orElseThrow();
      assertEquals(DeductionState.UNAUTHORIZED, r.state(), id);
      assertEquals(cny("0.00"), r.matched(), id);
      assertTrue(r.matches().isEmpty(), id + " " + r.matches());
      assertTrue(r.candidates().isEmpty(), id + " " + r.candidates());
    }
  }
}
