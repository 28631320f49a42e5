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
 * The reference and one-to-many passes at their edges: a loose match whose reference has the first
 * id of the run, and the candidates of an ambiguous combination in table order.
 */
class PassEdgeTest {

  @Test
  void aLooseMatch_toTheRunsFirstReference() {
    // D0 (another account) is read first: its reference "INV-1-5" gets id 0. A1 carries it in KA1;
    // D1 quotes "INV-15", which no authorization of KA1 carries: its loose form "INV-15" is A1's.
    MatchingResult result = MATCHER.match(List.of(
        ded("D0", "KA2", "promotion", "INV-1-5", cny("10.00"), JAN_31),
        ded("D1", "KA1", "promotion", "INV-15", cny("30.00"), JAN_31)),
        List.of(auth("A1", "KA1", ReasonType.PROMOTION, "INV-1-5", "100.00", JAN_31)));
    DeductionResult d1 = result.deductionResult("D1").orElseThrow();
    assertEquals(DeductionState.VALID, d1.state());
    assertEquals(List.of("A1"), d1.matches().stream().map(AuthorizationMatch::authorizationId).toList());
    assertEquals(cny("30.00"), d1.matches().get(0).amount());
    assertEquals(DeductionState.UNAUTHORIZED, result.deductionResult("D0").orElseThrow().state());
  }

  @Test
  void anAmbiguousCombination_reportsEachPairTogether_inTableOrder() {
    // 30 + 70 and 40 + 60 both make 100: ambiguous. The larger amounts are dated earlier, so the table
    // (by date) holds A70, A60, A40, A30, the amount pool the other way round. The pair found first
    // (30 + 70), then the second, each in table order.
    MatchingResult result = MATCHER.match(List.of(ded("D1", "KA1", "promotion", null, cny("100.00"), JAN_31)),
        List.of(auth("A30", "KA1", ReasonType.PROMOTION, null, "30.00", JAN_31.minusDays(1)),
            auth("A40", "KA1", ReasonType.PROMOTION, null, "40.00", JAN_31.minusDays(2)),
            auth("A60", "KA1", ReasonType.PROMOTION, null, "60.00", JAN_31.minusDays(3)),
            auth("A70", "KA1", ReasonType.PROMOTION, null, "70.00", JAN_31.minusDays(4))));
    DeductionResult d1 = result.deductionResult("D1").orElseThrow();
    assertEquals(DeductionState.UNRESOLVED, d1.state());
    assertEquals(List.of("A70", "A30", "A60", "A40"), d1.candidates());
  }

  private static List<String> matched(MatchingResult result, String id) {
    return result.deductionResult(id).orElseThrow().matches().stream()
        .map(m -> m.authorizationId() + " " + m.amount().getNumber().numberValue(BigDecimal.class).toPlainString())
        .toList();
  }

  @Test
  void twoClaims_completeTheLargerOfTwoRests_listedFirst() {
    // D1 (30.00, by reference) leaves 70.00 of A1, then D2 (40.00) leaves 10.00 of A2: A1's rest is
    // listed first but is the larger. D3 25.00 waits; D4 45.00 completes A1's rest with it.
    MatchingResult result = MATCHER.match(List.of(
        ded("D1", "KA1", "promotion", "R-1", cny("30.00"), JAN_31),
        ded("D2", "KA1", "promotion", "R-2", cny("40.00"), JAN_31),
        ded("D3", "KA1", "promotion", null, cny("25.00"), JAN_31.plusDays(1)),
        ded("D4", "KA1", "promotion", null, cny("45.00"), JAN_31.plusDays(2))),
        List.of(auth("A1", "KA1", ReasonType.PROMOTION, "R-1", "100.00", JAN_31),
            auth("A2", "KA1", ReasonType.PROMOTION, "R-2", "50.00", JAN_31)));
    assertEquals(List.of("A1 25"), matched(result, "D3"));
    assertEquals(List.of("A1 45"), matched(result, "D4"));
    assertEquals(DeductionState.VALID, result.deductionResult("D4").orElseThrow().state());
  }

  @Test
  void twoClaims_completeARest_atEitherEndOfTheCombinationTolerance() {
    // Combination tolerance 1.00; A1's rest after D1 is 70.00; D3 + D4 is 70.50 or 69.50.
    DeductionMatcher tolerant = new DeductionMatcher(MatchingPolicy.builder().from(Fixtures.POLICY)
        .combinationTolerance(cny("1.00")).build());
    for (String last : List.of("45.50", "44.50")) {
      MatchingResult result = tolerant.match(List.of(
          ded("D1", "KA1", "promotion", "R-1", cny("30.00"), JAN_31),
          ded("D3", "KA1", "promotion", null, cny("25.00"), JAN_31.plusDays(1)),
          ded("D4", "KA1", "promotion", null, cny(last), JAN_31.plusDays(2))),
          List.of(auth("A1", "KA1", ReasonType.PROMOTION, "R-1", "100.00", JAN_31)));
      assertEquals(List.of("A1 25"), matched(result, "D3"), last);
      assertEquals(List.of(last.equals("45.50") ? "A1 45" : "A1 44.5"), matched(result, "D4"), last);
    }
  }

  @Test
  void aLikelyCoincidence_reportsItsPairFirst_thenTheRestInTableOrder() {
    // Combination tolerance 0.05, three candidates reported. D 1.01: A1 0.40 + A2 0.61 is the one pair;
    // with six candidates, C(6,2) / 101 = 0.149 makes it a likely coincidence. Dated from A1 back to C6,
    // the table holds C6, C5, C4, C3, A2, A1: the pair by table order, then C6.
    DeductionMatcher tolerant = new DeductionMatcher(MatchingPolicy.builder().from(Fixtures.POLICY)
        .combinationTolerance(cny("0.05")).absoluteTolerance(cny("0")).maxCandidatesReported(3).build());
    String[][] rows = {{"A1", "0.40"}, {"A2", "0.61"}, {"C3", "1.03"}, {"C4", "1.04"}, {"C5", "1.05"}, {"C6", "1.06"}};
    List<Authorization> auths = new java.util.ArrayList<>();
    for (int k = 0; k < rows.length; k++) {
      auths.add(auth(rows[k][0], "KA1", ReasonType.PROMOTION, null, rows[k][1], JAN_31.minusDays(k + 1)));
    }
    MatchingResult result = tolerant.match(List.of(ded("D", "KA1", "promotion", null, cny("1.01"), JAN_31)), auths);
    DeductionResult d = result.deductionResult("D").orElseThrow();
    assertEquals(DeductionState.UNRESOLVED, d.state());
    assertEquals(List.of("A2", "A1", "C6"), d.candidates());
  }

  @Test
  void aRestOfExactlyTheTolerance_isNoCandidateOfACombination() {
    // A0 100.00 keeps 0.50 after D0 99.50 (the standard tolerance: dust). D1 100.00 has two pairs
    // (30 + 70, 40 + 60): its candidates are those four, not A0.
    MatchingResult result = MATCHER.match(List.of(
        ded("D0", "KA1", "promotion", "R-0", cny("99.50"), JAN_31.minusDays(1)),
        ded("D1", "KA1", "promotion", null, cny("100.00"), JAN_31)),
        List.of(auth("A0", "KA1", ReasonType.PROMOTION, "R-0", "100.00", JAN_31.minusDays(5)),
            auth("A30", "KA1", ReasonType.PROMOTION, null, "30.00", JAN_31.minusDays(1)),
            auth("A40", "KA1", ReasonType.PROMOTION, null, "40.00", JAN_31.minusDays(2)),
            auth("A60", "KA1", ReasonType.PROMOTION, null, "60.00", JAN_31.minusDays(3)),
            auth("A70", "KA1", ReasonType.PROMOTION, null, "70.00", JAN_31.minusDays(4))));
    assertEquals(List.of("A0 99.5"), matched(result, "D0"));
    DeductionResult d1 = result.deductionResult("D1").orElseThrow();
    assertEquals(DeductionState.UNRESOLVED, d1.state());
    assertEquals(List.of("A70", "A30", "A60", "A40"), d1.candidates());
  }

  @Test
  void aRestAtTheTopOfTheCombinationTolerance_isACandidateOfACombination() {
    // Combination tolerance 0.05, no other: A0 200.05 keeps 100.05 after D0 (by reference). D1 100.00
    // (no reference) finds no single amount; two pairs make it ambiguous (listed first), and A0's rest,
    // exactly at the top of the range, is one more candidate.
    DeductionMatcher tolerant = new DeductionMatcher(MatchingPolicy.builder().from(Fixtures.POLICY)
        .combinationTolerance(cny("0.05")).absoluteTolerance(cny("0")).build());
    MatchingResult result = tolerant.match(List.of(
        ded("D0", "KA1", "promotion", "R-0", cny("100.00"), JAN_31.minusDays(1)),
        ded("D1", "KA1", "promotion", null, cny("100.00"), JAN_31)),
        List.of(auth("A0", "KA1", ReasonType.PROMOTION, "R-0", "200.05", JAN_31.minusDays(5)),
            auth("A30", "KA1", ReasonType.PROMOTION, null, "30.00", JAN_31.minusDays(1)),
            auth("A40", "KA1", ReasonType.PROMOTION, null, "40.00", JAN_31.minusDays(2)),
            auth("A60", "KA1", ReasonType.PROMOTION, null, "60.00", JAN_31.minusDays(3)),
            auth("A70", "KA1", ReasonType.PROMOTION, null, "70.00", JAN_31.minusDays(4))));
    assertEquals(List.of("A0 100"), matched(result, "D0"));
    DeductionResult d1 = result.deductionResult("D1").orElseThrow();
    assertEquals(DeductionState.UNRESOLVED, d1.state());
    assertEquals(List.of("A70", "A30", "A60", "A40", "A0"), d1.candidates());
  }

  /**
   * E 0.50 waits a day; D 1.00 with it makes S 1.50. The odds of a chance pair: one partner times the
   * authorizations dated within D's window (90 days) over the largest amount, T 2.01: 2 / 201 = 0.00995
   * takes S, 3 / 201 = 0.0149 is more than 1 in 100 and leaves D unresolved. V 1.60 is dated a day
   * before the window, U 0.20 (when given) on its last day.
   */
  private static MatchingResult pairWithDatedAuthorizations(boolean withU) {
    DeductionMatcher exact = new DeductionMatcher(MatchingPolicy.builder().from(Fixtures.POLICY)
        .absoluteTolerance(cny("0")).build());
    List<Authorization> auths = new java.util.ArrayList<>(List.of(
        auth("S", "KA1", ReasonType.PROMOTION, null, "1.50", JAN_31.minusDays(10)),
        auth("T", "KA1", ReasonType.PROMOTION, null, "2.01", JAN_31.minusDays(20)),
        auth("V", "KA1", ReasonType.PROMOTION, null, "1.60", JAN_31.minusDays(91))));
    if (withU) {
      auths.add(auth("U", "KA1", ReasonType.PROMOTION, null, "0.20", JAN_31.plusDays(90)));
    }
    return exact.match(List.of(ded("E", "KA1", "promotion", null, cny("0.50"), JAN_31.minusDays(1)),
        ded("D", "KA1", "promotion", null, cny("1.00"), JAN_31)), auths);
  }

  @Test
  void aPairsOdds_countTheAuthorizationsDatedWithinTheWindow_only() {
    MatchingResult taken = pairWithDatedAuthorizations(false);
    assertEquals(List.of("S 1"), matched(taken, "D"));
    assertEquals(List.of("S 0.5"), matched(taken, "E"));
    MatchingResult left = pairWithDatedAuthorizations(true);
    DeductionResult d = left.deductionResult("D").orElseThrow();
    assertEquals(DeductionState.UNRESOLVED, d.state());
    assertEquals(List.of("S"), d.candidates());
    assertEquals(List.of(), matched(left, "E"));
  }

  @Test
  void aClaimTakingTwentyAuthorizations_recordsEveryMatch() {
    // Twenty matches of one claim: more than the 16 the settlement starts with.
    List<Authorization> auths = new java.util.ArrayList<>();
    for (int k = 1; k <= 20; k++) {
      auths.add(auth(String.format("A%02d", k), "KA1", ReasonType.PROMOTION, "R-1", "10.00", JAN_31));
    }
    MatchingResult result = MATCHER.match(List.of(ded("D1", "KA1", "promotion", "R-1", cny("200.00"), JAN_31)),
        auths);
    DeductionResult d1 = result.deductionResult("D1").orElseThrow();
    assertEquals(DeductionState.VALID, d1.state());
    assertEquals(20, d1.matches().size());
    assertEquals("A20 10", matched(result, "D1").get(19));
  }
}
