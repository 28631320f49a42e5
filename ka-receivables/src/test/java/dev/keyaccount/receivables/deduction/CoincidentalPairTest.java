package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.MATCHER;
import static dev.keyaccount.receivables.deduction.Fixtures.auth;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static dev.keyaccount.receivables.deduction.ReasonType.PROMOTION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A claim without a reference for which one pair of open authorizations adds up, among so many that a
 * pair was likely to by chance (no evidence), while the claim also completes an earlier claim awaiting a
 * complement into one authorization: the completion decides it (an independent tester's split, whose
 * second part was left unresolved by a chance pair). Without the earlier claim it stays unresolved with
 * the pair first, as before.
 */
class CoincidentalPairTest {

  /**
   * Fifteen promotions under 100.00: 60.01 + 39.99 is their only pair adding up to it, and 105 pairs of them
   * make a pair adding up to 10,000 fen 1 in 95 by chance; and S, 150.00.
   */
  private static List<Authorization> authorizations() {
    List<Authorization> out = new ArrayList<>();
    String[] amounts = {"60.01", "39.99", "1.01", "2.03", "4.07", "8.11", "16.13", "3.05", "5.09", "6.17", "7.19",
        "9.23", "10.29", "11.31", "12.37"};
    for (int i = 0; i < amounts.length; i++) {
      out.add(auth(String.format("A%02d", i), "KA1", PROMOTION, null, amounts[i], JAN_31));
    }
    out.add(auth("S", "KA1", PROMOTION, null, "150.00", JAN_31));
    return out;
  }

  @Test
  void aSplitCompletedByTheClaim_beatsAPairLikelyByChance() {
    // D1 50.00 waits (nothing adds up to it); D2 100.00 completes it into S 150.00.
    MatchingResult r = MATCHER.match(List.of(
        ded("D1", "KA1", "promotion", null, cny("50.00"), JAN_31.plusDays(1)),
        ded("D2", "KA1", "promotion", null, cny("100.00"), JAN_31.plusDays(5))), authorizations());
    for (String id : List.of("D1", "D2")) {
      DeductionResult d = r.deductionResult(id).orElseThrow();
      assertEquals(DeductionState.VALID, d.state(), id);
      assertEquals(MatchPass.COMBINATION, d.pass(), id);
      assertEquals("S", d.matches().get(0).authorizationId(), id);
    }
  }

  @Test
  void withNoClaimToComplete_thePairLikelyByChance_leavesTheClaimUnresolvedWithThePairFirst() {
    Deduction claim = ded("D2", "KA1", "promotion", null, cny("100.00"), JAN_31.plusDays(5));
    DeductionResult d = MATCHER.match(List.of(claim), authorizations()).deductionResult("D2").orElseThrow();
    assertEquals(DeductionState.UNRESOLVED, d.state());
    assertEquals(List.of("A01", "A00"), d.candidates().subList(0, 2));
    assertEquals(cny("100.00"), d.unresolved());
  }
}
