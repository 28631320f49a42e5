package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.MATCHER;
import static dev.keyaccount.receivables.deduction.Fixtures.auth;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The amount pass at its edges: a partly used authorization whose rest lies exactly on the tolerance's
 * bounds (the standard policy allows CNY 0.50), and the order of the candidates it reports.
 */
class AmountPassEdgeTest {

  private static List<String> matched(DeductionResult r) {
    return r.matches().stream()
        .map(m -> m.authorizationId() + " " + m.amount().getNumber().numberValue(BigDecimal.class).toPlainString())
        .toList();
  }

  @Test
  void aRestExactlyOnTheLowBound_isFound() {
    // A1 100.00: D1 takes 60.00 of it by reference; D2 40.50 (no reference) a day later, low bound 40.00.
    MatchingResult result = MATCHER.match(List.of(
        ded("D1", "KA1", "promotion", "PRM-1", cny("60.00"), JAN_31),
        ded("D2", "KA1", "promotion", null, cny("40.50"), JAN_31.plusDays(1))),
        List.of(auth("A1", "KA1", ReasonType.PROMOTION, "PRM-1", "100.00", JAN_31)));
    assertEquals(List.of("A1 60"), matched(result.deductionResult("D1").orElseThrow()));
    DeductionResult d2 = result.deductionResult("D2").orElseThrow();
    assertEquals(List.of("A1 40"), matched(d2));
    assertEquals(DeductionState.VALID, d2.state());
  }

  @Test
  void aRestExactlyOnTheHighBound_isFound() {
    // The rest 40.00 and D2 39.50: high bound 40.00; D2 takes 39.50 and leaves 0.50 of A1.
    MatchingResult result = MATCHER.match(List.of(
        ded("D1", "KA1", "promotion", "PRM-1", cny("60.00"), JAN_31),
        ded("D2", "KA1", "promotion", null, cny("39.50"), JAN_31.plusDays(1))),
        List.of(auth("A1", "KA1", ReasonType.PROMOTION, "PRM-1", "100.00", JAN_31)));
    DeductionResult d2 = result.deductionResult("D2").orElseThrow();
    assertEquals(List.of("A1 39.5"), matched(d2));
    assertEquals(DeductionState.VALID, d2.state());
  }

  @Test
  void twoCandidates_areReportedInTableOrder_notInAmountOrder() {
    // AE 100.40 (earlier date) comes first in the table; in the amount pool AL 99.70 comes first.
    MatchingResult result = MATCHER.match(List.of(ded("D1", "KA1", "promotion", null, cny("100.00"), JAN_31)),
        List.of(auth("AL", "KA1", ReasonType.PROMOTION, null, "99.70", JAN_31),
            auth("AE", "KA1", ReasonType.PROMOTION, null, "100.40", JAN_31.minusDays(5))));
    DeductionResult d1 = result.deductionResult("D1").orElseThrow();
    assertEquals(DeductionState.UNRESOLVED, d1.state());
    assertEquals(List.of("AE", "AL"), d1.candidates());
  }

  @Test
  void anEmptiedAuthorization_isNoCandidate_evenForAClaimWithinTheTolerance() {
    // A1 100.00 is used up by D1 60.00 and D2 40.00 (by reference); D3 0.30 is within the 0.50
    // tolerance of A1's rest 0: still no candidate.
    MatchingResult result = MATCHER.match(List.of(
        ded("D1", "KA1", "promotion", "PRM-1", cny("60.00"), JAN_31),
        ded("D2", "KA1", "promotion", "PRM-1", cny("40.00"), JAN_31),
        ded("D3", "KA1", "promotion", null, cny("0.30"), JAN_31.plusDays(1))),
        List.of(auth("A1", "KA1", ReasonType.PROMOTION, "PRM-1", "100.00", JAN_31)));
    DeductionResult d3 = result.deductionResult("D3").orElseThrow();
    assertEquals(List.of(), matched(d3));
    assertEquals(List.of(), d3.candidates());
    assertEquals(DeductionState.UNAUTHORIZED, d3.state());
  }

  @Test
  void tenUntouchedCandidates_fillTheList_beforeAPartlyUsedOne() {
    // Ten untouched 100.00 and A11's rest 100.00 (after D1 by reference): D2 100.00 keeps the first ten
    // found, as many as a result reports.
    List<Authorization> auths = new java.util.ArrayList<>();
    List<String> ten = new java.util.ArrayList<>();
    for (int k = 1; k <= 10; k++) {
      String id = String.format("A%02d", k);
      auths.add(auth(id, "KA1", ReasonType.PROMOTION, null, "100.00", JAN_31));
      ten.add(id);
    }
    auths.add(auth("A11", "KA1", ReasonType.PROMOTION, "R-1", "200.00", JAN_31));
    MatchingResult result = MATCHER.match(List.of(
        ded("D1", "KA1", "promotion", "R-1", cny("100.00"), JAN_31),
        ded("D2", "KA1", "promotion", null, cny("100.00"), JAN_31.plusDays(1))), auths);
    assertEquals(List.of("A11 100"), matched(result.deductionResult("D1").orElseThrow()));
    DeductionResult d2 = result.deductionResult("D2").orElseThrow();
    assertEquals(DeductionState.UNRESOLVED, d2.state());
    assertEquals(ten, d2.candidates());
  }
}
